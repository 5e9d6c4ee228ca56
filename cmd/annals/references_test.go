package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/export"
)

// TestReferencesInViews: a pronoun the actor stage resolves inside an
// object reaches the store and comes back in the timeline's table, its
// JSON and the CSV export with the actor it stands for.
func TestReferencesInViews(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "story.jsonl")
	story := `{"id": "alder", "date": "2024-03-02", "text": "Police named the suspect as Ruth Alder. Detectives said his brother Tom Alder had met her twice."}` + "\n"
	if err := os.WriteFile(in, []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "annals.db")
	if out, errs, code := runCLI(t, "", "ingest", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	const clarified = "met her [Ruth Alder] twice"
	out, errs, code := runCLI(t, "", "timeline", "--db", db, "--min-confidence", "0")
	if code != 0 || !strings.Contains(out, clarified) {
		t.Errorf("timeline: exit %d, no %q in\n%s%s", code, clarified, out, errs)
	}
	out, errs, code = runCLI(t, "", "timeline", "--db", db, "--min-confidence", "0", "--json")
	if code != 0 {
		t.Fatalf("timeline --json: exit %d: %s", code, errs)
	}
	var sts []export.StatementJSON
	if err := json.Unmarshal([]byte(out), &sts); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range sts {
		if s.Object != nil && len(s.Object.Refs) == 1 {
			r := s.Object.Refs[0]
			found = r.Text == "her" && r.Entity == "ruth-alder" && r.Name == "Ruth Alder" && strings.Contains(s.Reading, clarified)
		}
	}
	if !found {
		t.Errorf("no object with the reference her → Ruth Alder in\n%s", out)
	}
	out, errs, code = runCLI(t, "", "export", "--db", db, "--format", "csv", "--min-confidence", "0")
	if code != 0 || !strings.Contains(out, clarified) || !strings.Contains(out, `""actor"":""ruth-alder""`) {
		t.Errorf("export csv: exit %d, no reading or reference in\n%s%s", code, out, errs)
	}
}
