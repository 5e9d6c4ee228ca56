package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTimelineFacts: ingest gives one event two documents tell one fact,
// as extract does; the timeline prints the fact once with both sources,
// --json keeps a row per statement with the fact's sources, and
// --min-sources keeps the facts enough documents state.
func TestTimelineFacts(t *testing.T) {
	dir := t.TempDir()
	path := writeFactNews(t, dir)
	db := filepath.Join(dir, "facts.db")
	if _, errs, code := runCLI(t, "", "ingest", "-q", "--db", db, path); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	out, errs, code := runCLI(t, "", "timeline", "--db", db, "--min-confidence", "0", "--json")
	if code != 0 {
		t.Fatalf("timeline --json: exit %d: %s", code, errs)
	}
	var rows []struct {
		Doc, Fact string
		Predicate struct{ Lemma string }
		Sources   int
		Support   struct{ Docs, Attributed []string }
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	acquired := map[string]int{} // doc -> sources of its "acquired"
	for _, r := range rows {
		if r.Sources < 1 || len(r.Support.Docs) != r.Sources {
			t.Errorf("%s %s: %d sources, documents %v", r.Doc, r.Predicate.Lemma, r.Sources, r.Support.Docs)
		}
		if r.Predicate.Lemma == "acquire" {
			acquired[r.Doc] = r.Sources
		}
	}
	if acquired["a"] != 2 || acquired["b"] != 2 || acquired["c"] != 1 {
		t.Errorf("sources of acquired by document: %v, want a and b 2, c 1", acquired)
	}

	out, errs, code = runCLI(t, "", "timeline", "--db", db, "--min-confidence", "0", "--min-sources", "2")
	if code != 0 {
		t.Fatalf("timeline --min-sources 2: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	// the header, the fact once (a's statement, the older article's), b's
	// source under it; b only says the steelmaker said so
	if len(lines) != 3 || !strings.Contains(lines[1], "acquire") || !strings.Contains(lines[1], " 2, 1 attributed ") ||
		!strings.Contains(lines[1], "a#0") || strings.TrimSpace(lines[2]) != "b#0" {
		t.Errorf("timeline --min-sources 2:\n%s\nwant the acquisition once, from a#0 and b#0", out)
	}
	out, _, _ = runCLI(t, "", "timeline", "--db", db, "--min-confidence", "0")
	if n := strings.Count(out, " acquire "); n != 2 {
		t.Errorf("timeline: acquire printed %d times, want 2 (the foundry's once, the painting's):\n%s", n, out)
	}
	out, errs, code = runCLI(t, "", "export", "--db", db, "--format", "csv", "--min-confidence", "0", "--min-sources", "2")
	if code != 0 {
		t.Fatalf("export --min-sources 2: exit %d: %s", code, errs)
	}
	records, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) != 3 { // the header and a row per statement of the fact
		t.Fatalf("export csv --min-sources 2: %d records, want 3:\n%s", len(records), out)
	}
	for _, r := range records[1:] {
		if got := r[slices.Index(records[0], "sources")]; got != "2" {
			t.Errorf("csv sources %q, want 2: %v", got, r)
		}
	}
	out, errs, code = runCLI(t, "", "timeline", "--db", db, "--min-confidence", "0", "--json", "--by-fact", "--min-sources", "2")
	if code != 0 {
		t.Fatalf("timeline --json --by-fact: exit %d: %s", code, errs)
	}
	var facts []struct {
		Fact      string
		Sources   int
		Support   struct{ Docs []string }
		Statement struct {
			Doc     string
			Sources int
		}
	}
	if err := json.Unmarshal([]byte(out), &facts); err != nil {
		t.Fatal(err)
	}
	if len(facts) != 1 || facts[0].Sources != 2 || !slices.Equal(facts[0].Support.Docs, []string{"a", "b"}) ||
		facts[0].Statement.Doc != "a" || facts[0].Statement.Sources != 0 {
		t.Errorf("timeline --json --by-fact --min-sources 2: %+v, want the acquisition once, from a and b, a's statement shown", facts)
	}
	if _, errs, code := runCLI(t, "", "timeline", "--db", db, "--by-fact"); code != 2 {
		t.Errorf("--by-fact without --json: exit %d, %q; want a usage error", code, errs)
	}
	if _, errs, code := runCLI(t, "", "timeline", "--db", db, "--min-sources", "-1"); code != 2 {
		t.Errorf("--min-sources -1: exit %d, %q; want a usage error", code, errs)
	}
}

// TestRelationsSources: relations tells each statement's sources, and
// --min-sources keeps the statements whose fact enough articles state.
func TestRelationsSources(t *testing.T) {
	dir := t.TempDir()
	docs := []string{
		`{"id":"a","date":"2031-05-02","text":"Norland Steel acquired Caldera Metals on Monday."}`,
		`{"id":"b","date":"2031-05-03","text":"Norland Steel acquired Caldera Metals this week."}`,
		`{"id":"c","date":"2031-05-04","text":"Norland Steel sued Caldera Metals over a contract in Lisbon."}`,
	}
	path := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(docs, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "facts.db")
	if _, errs, code := runCLI(t, "", "ingest", "-q", "--db", db, path); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	for _, c := range []struct {
		min  string
		want []string // what the output must hold
		not  []string // and must not
	}{
		{"0", []string{"acquire", "2 sources", "sue", "1 source"}, nil},
		{"2", []string{"acquire", "2 sources"}, []string{"sue"}},
		{"3", []string{"no statement whose fact enough articles state"}, []string{"acquire", "sue"}},
	} {
		out, errs, code := runCLI(t, "", "relations", "--db", db, "Norland Steel", "Caldera Metals", "--min-confidence", "0", "--min-sources", c.min)
		if code != 0 {
			t.Fatalf("relations --min-sources %s: exit %d: %s", c.min, code, errs)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("relations --min-sources %s: no %q in\n%s", c.min, w, out)
			}
		}
		for _, w := range c.not {
			if strings.Contains(out, w) {
				t.Errorf("relations --min-sources %s: %q in\n%s", c.min, w, out)
			}
		}
	}
}
