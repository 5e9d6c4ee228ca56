package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractFacts: --format jsonl gives every statement a fact, the same
// for one event told by two documents of a run, and --events adds event
// mentions of their own kind, with no subject, that share the facts of
// the statements of their event.
func TestExtractFacts(t *testing.T) {
	dir := t.TempDir()
	path := writeFactNews(t, dir)
	type line struct {
		Doc, Kind, Fact string
		Subject         *struct{ Text string }
		Predicate       struct{ Text, Lemma string }
	}
	read := func(out string) []line {
		var lines []line
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var x line
			if err := json.Unmarshal([]byte(l), &x); err != nil {
				t.Fatalf("%s: %v", l, err)
			}
			lines = append(lines, x)
		}
		return lines
	}
	out, errs, code := runCLI(t, "", "extract", "--format", "jsonl", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	acquired := map[string]string{} // doc -> fact of "acquired"
	for _, l := range read(out) {
		if l.Fact == "" || l.Kind != "" {
			t.Errorf("statement %+v: no fact, or a kind", l)
		}
		if l.Predicate.Lemma == "acquire" {
			acquired[l.Doc] = l.Fact
		}
	}
	if len(acquired) != 3 || acquired["a"] != acquired["b"] || acquired["a"] == acquired["c"] {
		t.Errorf("facts of acquired by document %v: want a = b != c", acquired)
	}
	out, errs, code = runCLI(t, "", "extract", "--format", "jsonl", "--events", path)
	if code != 0 {
		t.Fatalf("--events: exit %d: %s", code, errs)
	}
	mentions := 0
	for _, l := range read(out) {
		if l.Kind != "mention" {
			continue
		}
		mentions++
		if l.Subject != nil {
			t.Errorf("event mention %+v has a subject", l)
		}
		if l.Predicate.Text == "acquisition" && l.Fact != acquired[l.Doc] {
			t.Errorf("%s: the acquisition %s, acquired %s: want one fact", l.Doc, l.Fact, acquired[l.Doc])
		}
	}
	if mentions < 2 {
		t.Errorf("--events: %d event mentions, want the two acquisitions at least:\n%s", mentions, out)
	}
	if _, errs, code := runCLI(t, "", "extract", "--format", "tsv", "--events", path); code != 2 || !strings.Contains(errs, "--events") {
		t.Errorf("--events with tsv: exit %d, %q; want a usage error", code, errs)
	}
}

// writeFactNews writes the facts tests' news to dir/news.jsonl: one
// acquisition two documents tell (a and b) and another act of the same
// verb (c).
func writeFactNews(t *testing.T, dir string) string {
	t.Helper()
	docs := []string{
		`{"id":"a","date":"2031-05-02","text":"Norland Steel acquired the Brixton foundry on Monday. The acquisition of the foundry cost Norland Steel 40 million euros."}`,
		`{"id":"b","date":"2031-05-03","text":"Norland Steel acquired the Brixton foundry, the steelmaker said. Workers at the Brixton foundry welcomed the acquisition."}`,
		`{"id":"c","date":"2031-05-02","text":"The Orvala Museum acquired a painting by Ines Corra at an auction in Paris."}`,
	}
	path := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(docs, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
