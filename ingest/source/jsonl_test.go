package source

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
)

func TestJSONLDocuments(t *testing.T) {
	tests := []struct {
		name     string
		line     string
		date     time.Time // Options.Date
		want     annals.Document
		wantWarn bool
	}{
		{
			name: "all fields",
			line: `{"id":"a1","date":"2019-01-04","title":"T","text":"Some text.","url":"https://x.org/a"}`,
			want: annals.Document{ID: "a1", Title: "T", URL: "https://x.org/a", Text: "Some text.", Date: day("2019-01-04"), DateSource: annals.DateField},
		},
		{
			name: "numeric id kept as written",
			line: `{"id": 42, "date": "January 4, 2019", "text": "Some text."}`,
			want: annals.Document{ID: "42", Text: "Some text.", Date: day("2019-01-04"), DateSource: annals.DateField},
		},
		{
			name: "field date beats flag",
			line: `{"id":"a","date":"2019-01-04T22:00:00+02:00","text":"Some text."}`,
			date: day("2025-07-23"),
			want: annals.Document{ID: "a", Text: "Some text.", Date: day("2019-01-04"), DateSource: annals.DateField},
		},
		{
			name: "flag date when the record has none",
			line: `{"id":"a","text":"Friday, January 4, 2019\n\nSome text."}`,
			date: day("2025-07-23"),
			want: annals.Document{ID: "a", Text: "Friday, January 4, 2019\n\nSome text.", Date: day("2025-07-23"), DateSource: annals.DateFlag},
		},
		{
			name: "dateline when neither",
			line: `{"id":"a","date":null,"text":"Friday, January 4, 2019\n\nSome text."}`,
			want: annals.Document{ID: "a", Text: "Friday, January 4, 2019\n\nSome text.", Date: day("2019-01-04"), DateSource: annals.DateDateline},
		},
		{
			name:     "no date at all",
			line:     `{"text":"Some text."}`,
			want:     annals.Document{ID: ID("Some text."), Text: "Some text."},
			wantWarn: true,
		},
		{
			name: "other fields go to Meta",
			line: `{"id":"a","date":"2019-01-04","text":"T.","license":"CC BY 2.5","n": 3,"tags":[ "x", 1 ],"ok":true,"none":null,"obj":{"k": "v"}}`,
			want: annals.Document{ID: "a", Text: "T.", Date: day("2019-01-04"), DateSource: annals.DateField, Meta: map[string]string{
				"license": "CC BY 2.5", "n": "3", "tags": `["x",1]`, "ok": "true", "none": "null", "obj": `{"k":"v"}`,
			}},
		},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"news.jsonl": "\n" + test.line + "\r\n"})
			path := filepath.Join(dir, "news.jsonl")
			var logged bytes.Buffer
			opts := Options{Date: test.date, Log: slog.New(slog.NewTextHandler(&logged, nil))}

			results := readAll(t, []string{path}, opts)
			if len(results) != 1 || results[0].err != nil {
				t.Fatalf("got %v, want one document", results)
			}
			want := test.want
			want.Origin = path + ":2" // line 1 is blank
			assertDocument(t, results[0].doc, want)
			gotWarn := strings.Contains(logged.String(), "no date found") && strings.Contains(logged.String(), want.Origin)
			if gotWarn != test.wantWarn {
				t.Errorf("warning logged = %v, want %v; log: %q", gotWarn, test.wantWarn, logged.String())
			}
		})
	}
}

func TestJSONLLongLine(t *testing.T) {
	text := strings.Repeat("A very long news text. ", 50_000) // over 1 MB on one line
	dir := writeFiles(t, map[string]string{"long.ndjson": `{"id":"long","text":"` + text + `"}` + "\n" + `{"id":"next","text":"x"}`})
	results := readAll(t, []string{filepath.Join(dir, "long.ndjson")}, Options{})
	if len(results) != 2 {
		t.Fatalf("got %d results, want 2", len(results))
	}
	if results[0].err != nil || results[0].doc.Text != text {
		t.Errorf("long record: err %v, text of %d bytes, want %d", results[0].err, len(results[0].doc.Text), len(text))
	}
	if results[1].err != nil || results[1].doc.ID != "next" || !strings.HasSuffix(results[1].doc.Origin, ":2") {
		t.Errorf("record after the long one: %+v, %v", results[1].doc, results[1].err)
	}
}

// TestBundledExample reads the example article shipped with the repository.
func TestBundledExample(t *testing.T) {
	const path = "../../testdata/istanbul-talks.jsonl"
	results := readAll(t, []string{path}, Options{})
	if len(results) != 1 || results[0].err != nil {
		t.Fatalf("got %v, want one document", results)
	}
	doc := results[0].doc
	if doc.ID != "istanbul-talks" || !doc.Date.Equal(day("2025-07-23")) || doc.DateSource != annals.DateField {
		t.Errorf("got id %q, date %v (%s); want istanbul-talks, 2025-07-23 (field)", doc.ID, doc.Date, doc.DateSource)
	}
	if !strings.HasPrefix(doc.Text, "Ukraine proposed direct negotiations") || doc.Origin != path+":1" {
		t.Errorf("text starts %q, origin %q", doc.Text[:min(40, len(doc.Text))], doc.Origin)
	}
}

func TestIDsAreStable(t *testing.T) {
	const text = "The same text.\n"
	dir := writeFiles(t, map[string]string{
		"a.txt":       text,
		"b/copy.txt":  text,
		"c.md":        "---\nid: given\n---\n" + text,
		"d.jsonl":     `{"text":"The same text.\n"}` + "\n" + `{"id":"kept","text":"The same text.\n"}`,
		"e/other.txt": "Another text.\n",
	})
	var ids []string
	for _, r := range readAll(t, []string{dir}, Options{}) {
		if r.err != nil {
			t.Fatal(r.err)
		}
		ids = append(ids, r.doc.ID)
	}
	// A file is known by its path inside the folder, a JSON Lines record
	// without an id by its text's hash.
	want := []string{"a.txt", "b/copy.txt", "given", ID(text), "kept", "e/other.txt"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("ids = %v, want %v", ids, want)
	}
	// The derived id is part of the contract: it must not change between versions.
	if got := ID("hello"); got != "doc-2cf24dba5fb0a30e" {
		t.Errorf(`ID("hello") = %q, want "doc-2cf24dba5fb0a30e"`, got)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name       string
		input      string
		format     string
		stdinName  string
		wantTexts  []string
		wantOrigin string
		wantError  string
	}{
		{name: "sniffed JSON Lines", input: "  \n{\"text\":\"one\"}\n{\"text\":\"two\"}\n", wantTexts: []string{"one", "two"}, wantOrigin: "<stdin>:2"},
		{name: "sniffed JSON Lines after a byte order mark", input: "\uFEFF{\"text\":\"one\"}", wantTexts: []string{"one"}, wantOrigin: "<stdin>:1"},
		{name: "sniffed text", input: "Plain news.\n", wantTexts: []string{"Plain news.\n"}, wantOrigin: "<stdin>"},
		{name: "named stdin", input: "Plain news.\n", stdinName: "pipe", wantTexts: []string{"Plain news.\n"}, wantOrigin: "pipe"},
		{name: "given text format", input: "{not json}", format: "text", wantTexts: []string{"{not json}"}, wantOrigin: "<stdin>"},
		{name: "given markdown format", input: "# Title\n\nNews.", format: "markdown", wantTexts: []string{"Title\n\nNews.\n"}, wantOrigin: "<stdin>"},
		{name: "given jsonl format", input: `{"text":"one"}`, format: "jsonl", wantTexts: []string{"one"}, wantOrigin: "<stdin>:1"},
		{name: "unknown format", input: "x", format: "pdf", wantError: `<stdin>: unknown format "pdf" (want text, markdown or jsonl)`},
		{name: "empty stdin", input: "", wantError: "<stdin>: empty file"},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			opts := Options{Stdin: strings.NewReader(test.input), Format: test.format, StdinName: test.stdinName}
			results := readAll(t, []string{"-"}, opts)
			if test.wantError != "" {
				if len(results) != 1 || results[0].err == nil || results[0].err.Error() != test.wantError {
					t.Fatalf("got %v, want error %q", results, test.wantError)
				}
				return
			}
			var texts []string
			for _, r := range results {
				if r.err != nil {
					t.Fatal(r.err)
				}
				texts = append(texts, r.doc.Text)
			}
			if strings.Join(texts, "|") != strings.Join(test.wantTexts, "|") {
				t.Errorf("texts = %q, want %q", texts, test.wantTexts)
			}
			if results[0].doc.Origin != test.wantOrigin {
				t.Errorf("origin = %q, want %q", results[0].doc.Origin, test.wantOrigin)
			}
		})
	}
	t.Run("markdown title", func(t *testing.T) {
		results := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader("# Title\n\nNews."), Format: "markdown"})
		if results[0].doc.Title != "Title" {
			t.Errorf("title = %q, want Title", results[0].doc.Title)
		}
	})
}

func TestCancelledContextStops(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.jsonl": `{"text":"one"}` + "\n" + `{"text":"two"}` + "\n" + `{"text":"three"}`})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []result
	for doc, err := range Documents(ctx, []string{filepath.Join(dir, "a.jsonl"), dir}, Options{}) {
		got = append(got, result{doc, err})
		cancel()
	}
	if len(got) != 2 || got[0].err != nil || got[1].err != context.Canceled {
		t.Fatalf("got %v, want one document then context.Canceled", got)
	}
}

func TestStoppingEarly(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "one", "b.txt": "two", "c/d.jsonl": `{"text":"three"}`})
	for stopAfter := 1; stopAfter <= 3; stopAfter++ {
		seen := 0
		for range Documents(context.Background(), []string{dir, dir}, Options{}) {
			seen++
			if seen == stopAfter {
				break // would panic in the iterator if it yielded again
			}
		}
		if seen != stopAfter {
			t.Errorf("saw %d values, want %d", seen, stopAfter)
		}
	}
}
