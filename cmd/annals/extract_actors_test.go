package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// TestExtractActors: --format actors gives each actor of a document once,
// with every mention that refers to it (names, short names, pronouns) as
// byte offsets into the text, and the same id for one person in two
// documents of the run.
func TestExtractActors(t *testing.T) {
	dir := t.TempDir()
	docs := []string{
		`{"id":"a","date":"2025-07-23","text":"Defence Minister Rustem Umerov proposed a meeting in Istanbul. He said the talks were useful. Umerov met Russian officials."}`,
		`{"id":"b","date":"2025-07-24","text":"Rustem Umerov left Istanbul on Thursday."}`,
	}
	path := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(docs, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runCLI(t, "", "extract", "--format", "actors", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	texts := map[string]string{"a": "", "b": ""}
	for _, d := range docs {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal([]byte(d), &rec); err != nil {
			t.Fatal(err)
		}
		texts[rec.ID] = rec.Text
	}
	type mention struct {
		Start, End int
		Text       string
	}
	ids := map[string]map[string]bool{} // doc → actor ids
	var umerov map[string][]string      // doc → mention texts of the actor named Rustem Umerov
	umerovIDs := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var a struct {
			Doc, ID, Name, Type string
			Mentions            []mention
		}
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if ids[a.Doc] == nil {
			ids[a.Doc] = map[string]bool{}
		}
		if ids[a.Doc][a.ID] {
			t.Errorf("actor %s twice in document %s", a.ID, a.Doc)
		}
		ids[a.Doc][a.ID] = true
		if len(a.Mentions) == 0 || a.Type == "" || a.Name == "" {
			t.Errorf("incomplete actor %s", line)
		}
		for _, m := range a.Mentions {
			text := texts[a.Doc]
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Errorf("mention %+v is not the text of document %s", m, a.Doc)
			}
		}
		if a.Name == "Rustem Umerov" {
			if umerov == nil {
				umerov = map[string][]string{}
			}
			umerovIDs[a.Doc] = a.ID
			for _, m := range a.Mentions {
				umerov[a.Doc] = append(umerov[a.Doc], m.Text)
			}
			if a.Type != "PERSON" {
				t.Errorf("Umerov typed %s", a.Type)
			}
		}
	}
	if got := strings.Join(umerov["a"], "|"); !strings.Contains(got, "Rustem Umerov") || !strings.Contains(got, "|He|") || !strings.HasSuffix(got, "|Umerov") {
		t.Errorf("Umerov's mentions in a: %q", got)
	}
	if umerovIDs["a"] == "" || umerovIDs["a"] != umerovIDs["b"] {
		t.Errorf("Umerov's ids: %v, want one id in both documents", umerovIDs)
	}
}

// TestWriteActorsPeople: the mentions that name a country's people ("the
// Americans") are printed as an actor of their own, a GROUP, beside the
// country, while both keep the country's id in the analysis.
func TestWriteActorsPeople(t *testing.T) {
	text := "Canada signed the deal. Canadians welcomed it."
	a := &analysis.Analysis{
		Document: annals.Document{ID: "d", Text: text},
		Actors:   []annals.Actor{{ID: "canada", Name: "Canada", Type: annals.ActorCountry}},
		Mentions: []analysis.Mention{
			{Span: annals.Span{Text: "Canada", Start: 0, End: 6}, Actor: "canada"},
			{Span: annals.Span{Text: "Canadians", Start: 24, End: 33}, Actor: "canada", People: true},
		},
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := writeActors(w, a); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := `{"doc":"d","id":"canada","name":"Canada","type":"COUNTRY","mentions":[{"start":0,"end":6,"text":"Canada"}]}
{"doc":"d","id":"canada/people","name":"Canadians","type":"GROUP","mentions":[{"start":24,"end":33,"text":"Canadians"}]}
`
	if got := buf.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
