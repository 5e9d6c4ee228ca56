package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals/graph"
)

// TestKillDuringLoad kills a load of extracted N-Quads with SIGKILL after
// its first commits and loads the same file again: the store then holds
// the quads one uninterrupted load gives, with no actor merged into another
// back under its own name and no merge left half done.
func TestKillDuringLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test: starts processes and loads a corpus (skipped with -short)")
	}
	// First three articles that name "Francis" alone, then "Saint
	// Francis", whom the loader merges it into; then others, to be killed
	// amid. Loading the first again must not bring "Francis" back.
	lines := []int{19, 55, 126}
	for i := range 40 {
		if !slices.Contains(lines, i) {
			lines = append(lines, i)
		}
	}
	corpus := corpusLines(t, wikinews(t), lines)
	dir := t.TempDir()
	nq, errs, code := runCLI(t, "", "extract", "--format", "nquads", corpus)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	input := filepath.Join(dir, "all.nq")
	if err := os.WriteFile(input, []byte(nq), 0o644); err != nil {
		t.Fatal(err)
	}

	// Small batches: many commits, so that the kill falls between two;
	// without fsync (a kill loses no commit, only a power cut could).
	loadArgs := func(db string) []string {
		return []string{"load", "--quiet", "--nosync", "--batch", "2000", "--db", db, input}
	}
	clean := filepath.Join(dir, "clean.db")
	if out, errs, code := runCLI(t, "", loadArgs(clean)...); code != 0 {
		t.Fatalf("clean load: exit %d: %s%s", code, out, errs)
	}
	want := sortedQuads(t, clean)
	fi, err := os.Stat(clean)
	if err != nil {
		t.Fatal(err)
	}
	threshold := fi.Size() / 3 // see TestKillDuringIngest

	db := filepath.Join(dir, "crash.db")
	ran := killWhenGrown(t, db, threshold, time.Millisecond, loadArgs(db)...)
	crashed := sortedQuads(t, db)
	t.Logf("killed after %v with %d of %d quads stored", ran.Round(time.Millisecond), len(crashed), len(want))
	if len(crashed) == 0 || len(crashed) >= len(want) {
		t.Errorf("the kill did not fall mid-load: %d of %d quads stored", len(crashed), len(want))
	}

	if out, errs, code := runCLI(t, "", loadArgs(db)...); code != 0 {
		t.Fatalf("re-run: exit %d: %s%s", code, out, errs)
	}
	got := sortedQuads(t, db)
	if !slices.Equal(got, want) {
		t.Errorf("after the re-run: %d quads, one load %d; only after the re-run:\n%s\nonly after one load:\n%s",
			len(got), len(want), strings.Join(firstOf(without(got, want), 20), "\n"), strings.Join(firstOf(without(want, got), 20), "\n"))
	}
}

// corpusLines writes the articles of src on the given lines (counted from
// 0), in that order, and returns the file.
func corpusLines(t *testing.T, src string, lines []int) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	all := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	var out bytes.Buffer
	for _, i := range lines {
		out.Write(append(all[i], '\n'))
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sortedQuads lists a store's quads in N-Quads, sorted.
func sortedQuads(t *testing.T, db string) []string {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, db, graph.ReadOnly())
	if err != nil {
		t.Fatalf("open %s: %v", db, err)
	}
	defer s.Close()
	qs, err := s.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return out
}

// without lists the strings of a not in b.
func without(a, b []string) []string {
	in := make(map[string]bool, len(b))
	for _, s := range b {
		in[s] = true
	}
	var out []string
	for _, s := range a {
		if !in[s] {
			out = append(out, s)
		}
	}
	return out
}

// firstOf is at most the first n strings of a.
func firstOf(a []string, n int) []string { return a[:min(n, len(a))] }
