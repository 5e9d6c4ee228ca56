package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
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
	cmd := child(t, envChildArgs, ingestArgs(db)...)
	var childErr bytes.Buffer
	cmd.Stderr = &childErr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	start := time.Now()
	for killed := false; !killed; {
		select {
		case err := <-exited:
			t.Fatalf("the ingest ended (%v) before it could be killed: make the input bigger\n%s", err, childErr.String())
		case <-time.After(time.Millisecond):
		}
		if fi, err := os.Stat(db); err == nil && fi.Size() >= threshold {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
		if time.Since(start) > 60*time.Second {
			cmd.Process.Kill()
			t.Fatal("no commit within 60 s")
		}
	}
	err = <-exited
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != -1 {
		t.Fatalf("child: %v, want killed by a signal", err)
	}
	crashed := sortedQuads(t, db)
	t.Logf("killed after %v with %d quads stored", time.Since(start).Round(time.Millisecond), len(crashed))
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
