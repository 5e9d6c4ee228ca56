package graph

import (
	"context"
	"slices"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// countingQuadStore counts the transactions committed through it.
type countingQuadStore struct {
	graph.QuadStore
	commits int
}

func (c *countingQuadStore) ApplyDeltas(in []graph.Delta, opts graph.IgnoreOpts) error {
	c.commits++
	return c.QuadStore.ApplyDeltas(in, opts)
}

// twoActorStore holds "Trump" and "Donald Trump", each in two documents
// and with an alias, so that the merge rewrites statements and
// descriptions.
func twoActorStore(t *testing.T, backend string) *Store {
	t.Helper()
	ctx := context.Background()
	s := openTemp(t, backend)
	w := s.NewWriter("test")
	for i, who := range []string{"Trump", "Donald Trump", "Trump", "Donald Trump"} {
		x := mention("d"+string(rune('1'+i)), who, annals.ActorPerson)
		x.Actors[0].Aliases = []string{"The President"}
		if _, err := w.Write(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func sortedQuads(t *testing.T, s *Store) []string {
	t.Helper()
	all, err := s.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(all))
	for i, q := range all {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			t.Errorf("a quad lost a node: %v", q)
		}
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return out
}

// TestMergeAndRenameCommitOnce: a merge and a rename are one transaction
// each, and what they store is what the two commits stored.
func TestMergeAndRenameCommitOnce(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{"memory", "bolt", "pebble"} {
		t.Run(backend, func(t *testing.T) {
			s := twoActorStore(t, backend)
			c := &countingQuadStore{QuadStore: s.qs}
			s.qs = c
			if err := s.MergeActors(ctx, "trump", "donald-trump"); err != nil {
				t.Fatal(err)
			}
			if c.commits != 1 {
				t.Errorf("merge: %d commits, want 1", c.commits)
			}
			got := sortedQuads(t, s)

			ref := twoActorStore(t, backend)
			a, _, _ := ref.ActorByID(ctx, "trump")
			b, _, _ := ref.ActorByID(ctx, "donald-trump")
			deltas, err := ref.mergeDeltas(ctx, a, b)
			if err != nil {
				t.Fatal(err)
			}
			if err := ref.apply(deltas); err != nil {
				t.Fatal(err)
			}
			if want := sortedQuads(t, ref); !slices.Equal(got, want) {
				t.Errorf("one-commit merge stored %d quads, two commits %d: %v", len(got), len(want), symmetricDiff(got, want))
			}

			c.commits = 0
			if err := s.RenameActor(ctx, "trump", "Donald J. Trump"); err != nil {
				t.Fatal(err)
			}
			if c.commits != 1 {
				t.Errorf("rename: %d commits, want 1", c.commits)
			}
			d, _, _ := s.ActorByID(ctx, "donald-trump")
			if d.Name != "Donald J. Trump" || !slices.Equal(d.Aliases, []string{"Donald Trump", "The President", "Trump"}) {
				t.Errorf("after rename: %+v", d)
			}
			sts, err := s.Statements(ctx, Filter{Actors: []string{"donald-trump"}})
			if err != nil || len(sts) != 4 {
				t.Errorf("statements of the merged actor: %d, %v", len(sts), err)
			}
		})
	}
}

// TestRepairHalfMerge: a store left between the two commits of an older
// merge (its additions stored, its deletions not) is completed by
// RepairMerges to what a whole merge stores; a half rename by a rename.
func TestRepairHalfMerge(t *testing.T) {
	ctx := context.Background()
	whole := twoActorStore(t, "bolt")
	if err := whole.MergeActors(ctx, "trump", "donald-trump"); err != nil {
		t.Fatal(err)
	}
	want := sortedQuads(t, whole)

	s := twoActorStore(t, "bolt")
	a, _, _ := s.ActorByID(ctx, "trump")
	b, _, _ := s.ActorByID(ctx, "donald-trump")
	deltas, err := s.mergeDeltas(ctx, a, b)
	if err != nil {
		t.Fatal(err)
	}
	var adds []graph.Delta
	for _, d := range deltas {
		if d.Action == graph.Add {
			adds = append(adds, d)
		}
	}
	if err := s.apply(adds); err != nil {
		t.Fatal(err)
	}
	if slices.Equal(sortedQuads(t, s), want) {
		t.Fatal("the half merge is already whole")
	}
	done, err := s.RepairMerges(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if done["trump"] != "donald-trump" || len(done) != 1 {
		t.Errorf("RepairMerges = %v", done)
	}
	if got := sortedQuads(t, s); !slices.Equal(got, want) {
		t.Errorf("after the repair %d quads, a whole merge %d: %v", len(got), len(want), symmetricDiff(got, want))
	}
	if done, err := s.RepairMerges(ctx); err != nil || len(done) != 0 {
		t.Errorf("a second repair: %v, %v", done, err)
	}

	// a half rename: the new name added, the old one not yet removed
	node := s.iri.Actor("donald-trump")
	if err := s.apply([]graph.Delta{
		{Quad: quad.Make(node, vocab.PropName, quad.String("Donald J. Trump"), nil), Action: graph.Add},
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.RenameActor(ctx, "donald-trump", "Donald J. Trump"); err != nil {
		t.Fatal(err)
	}
	d, _, _ := s.ActorByID(ctx, "donald-trump")
	qs, _ := s.quadsWith(ctx, quad.Subject, node)
	names := 0
	for _, q := range qs {
		if q.Predicate == vocab.PropName {
			names++
		}
	}
	if d.Name != "Donald J. Trump" || names != 1 || !slices.Contains(d.Aliases, "Donald Trump") {
		t.Errorf("after repeating a half rename: %+v, %d names", d, names)
	}
}

// symmetricDiff lists the lines of a not in b (marked -) and of b not in a (+).
func symmetricDiff(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, "-"+x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			out = append(out, "+"+x)
		}
	}
	return out
}
