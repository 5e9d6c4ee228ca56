package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annals/annals/graph"
	cgraph "github.com/cayleygraph/cayley/graph"
)

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// mergeEdits are the commands the kill tests interrupt, on the bundled
// article's store.
var mergeEdits = [][]string{
	{"actors", "merge", "Kremlin", "Russia"},
	{"actors", "rename", "Peskov", "Dmitry S. Peskov"},
}

// TestKillDuringMerge kills `actors merge` and `actors rename` with SIGKILL
// at random points: the store is then as it was or wholly edited, never
// between, and running the command again ends in the quads of an
// uninterrupted run.
func TestKillDuringMerge(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test: starts processes (skipped with -short)")
	}
	base := ingested(t)
	before := sortedQuads(t, base)
	dir := t.TempDir()
	for _, edit := range mergeEdits {
		t.Run(edit[1], func(t *testing.T) {
			clean := filepath.Join(dir, edit[1]+"-clean.db")
			copyFile(t, base, clean)
			start := time.Now()
			if out, err := child(t, envChildArgs, append(edit, "--db", clean)...).CombinedOutput(); err != nil {
				t.Fatalf("uninterrupted %v: %v\n%s", edit, err, out)
			}
			took := time.Since(start)
			want := sortedQuads(t, clean)
			if slices.Equal(want, before) {
				t.Fatalf("%v changed nothing", edit)
			}
			seen := map[string]int{}
			for i := range 8 {
				db := filepath.Join(dir, edit[1]+"-crash.db")
				copyFile(t, base, db)
				cmd := child(t, envChildArgs, append(edit, "--db", db)...)
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				// from the start to a little past the uninterrupted run's end
				delay := time.Duration(rand.Int64N(int64(took) * 3 / 2))
				time.Sleep(delay)
				cmd.Process.Signal(syscall.SIGKILL)
				var exit *exec.ExitError
				if err := cmd.Wait(); err != nil && !errors.As(err, &exit) {
					t.Fatal(err)
				}
				switch got := sortedQuads(t, db); {
				case slices.Equal(got, before):
					seen["untouched"]++
				case slices.Equal(got, want):
					seen["done"]++
				default:
					t.Fatalf("kill %d after %v: %d quads, neither the %d before nor the %d after", i, delay, len(got), len(before), len(want))
				}
				out, errs, code := runCLI(t, "", append(edit, "--db", db)...)
				if code != 0 && !strings.Contains(errs, "already one actor") {
					t.Fatalf("re-run after the kill: exit %d: %s%s", code, out, errs)
				}
				if got := sortedQuads(t, db); !slices.Equal(got, want) {
					t.Fatalf("re-run after a kill at %v: %d quads, an uninterrupted run %d", delay, len(got), len(want))
				}
			}
			t.Logf("%v took %v; after 8 kills the store was %v", edit, took.Round(time.Millisecond), seen)
		})
	}
}

// TestRepeatedMergeCompletesHalfMerge: a store that an older version left
// between a merge's two commits (its additions stored, its deletions not:
// both names listed, the old actor's quads still there) is completed by
// running the merge again, instead of "already one actor".
func TestRepeatedMergeCompletesHalfMerge(t *testing.T) {
	base := ingested(t)
	dir := t.TempDir()
	edit := mergeEdits[0]
	clean := filepath.Join(dir, "clean.db")
	copyFile(t, base, clean)
	if out, errs, code := runCLI(t, "", append(edit, "--db", clean)...); code != 0 {
		t.Fatalf("merge: exit %d: %s%s", code, out, errs)
	}
	want := sortedQuads(t, clean)

	// the half merge: the merged store's new quads added to the old store
	half := filepath.Join(dir, "half.db")
	copyFile(t, base, half)
	ctx := context.Background()
	merged, err := graph.Open(ctx, clean, graph.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	qs, err := merged.AllQuads(ctx)
	merged.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(ctx, half)
	if err != nil {
		t.Fatal(err)
	}
	var adds []cgraph.Delta
	for _, q := range qs {
		adds = append(adds, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	err = s.QuadStore().ApplyDeltas(adds, cgraph.IgnoreOpts{IgnoreDup: true})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}

	out, errs, code := runCLI(t, "", append(edit, "--db", half)...)
	if code != 0 || !strings.Contains(out, "merged Kremlin (kremlin) into Russia (russia)") {
		t.Errorf("repeated merge: exit %d\n%s%s", code, out, errs)
	}
	if got := sortedQuads(t, half); !slices.Equal(got, want) {
		t.Errorf("after the repeated merge: %d quads, a whole merge %d", len(got), len(want))
	}
	out, errs, code = runCLI(t, "", append(edit, "--db", half)...)
	if code != 2 || !strings.Contains(errs, "already one actor") {
		t.Errorf("a third merge: exit %d\n%s%s", code, out, errs)
	}
}
