package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestKillDuringIngestJoins kills an ingest whose documents join a surname
// stored alone to a full name named later with SIGKILL amid its commits,
// and ingests the same file again: the store then exports what one
// uninterrupted ingest exports, with every join finished.
func TestKillDuringIngestJoins(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test: starts processes and ingests a corpus (skipped with -short)")
	}
	// As in TestKillDuringLoad: articles that name "Francis" alone, then
	// "Saint Francis", whom the ingest joins it to; then others, to be
	// killed amid.
	lines := []int{19, 55, 126}
	for i := range 120 {
		if !slices.Contains(lines, i) {
			lines = append(lines, i)
		}
	}
	corpus := corpusLines(t, wikinews(t), lines)
	dir := t.TempDir()
	ingestArgs := func(db string) []string { return []string{"ingest", "--quiet", "--db", db, corpus} }
	export := func(db string) []string {
		t.Helper()
		out, errs, code := runCLI(t, "", "export", "--format", "nquads", "--db", db)
		if code != 0 {
			t.Fatalf("export: exit %d: %s", code, errs)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		slices.Sort(lines)
		return lines
	}

	clean := filepath.Join(dir, "clean.db")
	if out, errs, code := runCLI(t, "", ingestArgs(clean)...); code != 0 {
		t.Fatalf("clean ingest: exit %d: %s%s", code, out, errs)
	}
	want := export(clean)
	if !slices.ContainsFunc(want, func(l string) bool { return strings.Contains(l, "mergedInto") }) {
		t.Fatal("the clean ingest joined no actors: the test needs a corpus that does")
	}
	fi, err := os.Stat(clean)
	if err != nil {
		t.Fatal(err)
	}
	threshold := fi.Size() / 3 // see TestKillDuringIngest

	db := filepath.Join(dir, "crash.db")
	ran := killWhenGrown(t, db, threshold, time.Millisecond, ingestArgs(db)...)
	crashed := sortedQuads(t, db)
	t.Logf("killed after %v with %d quads stored", ran.Round(time.Millisecond), len(crashed))
	if len(crashed) == 0 {
		t.Errorf("the kill fell before the first commit")
	}

	if out, errs, code := runCLI(t, "", ingestArgs(db)...); code != 0 {
		t.Fatalf("re-run: exit %d: %s%s", code, out, errs)
	}
	got := export(db)
	if !slices.Equal(got, want) {
		t.Errorf("after the re-run: %d lines, one ingest %d; only after the re-run:\n%s\nonly after one ingest:\n%s",
			len(got), len(want), strings.Join(firstOf(without(got, want), 20), "\n"), strings.Join(firstOf(without(want, got), 20), "\n"))
	}
}
