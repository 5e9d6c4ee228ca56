package graph

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/annals/annals/ingest/actor"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ingestAll writes xs with a joining writer, as `annals ingest` does.
func ingestAll(t *testing.T, s *Store, xs ...*annals.Extraction) WriteStats {
	t.Helper()
	ctx := context.Background()
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	for _, x := range xs {
		if _, err := w.Write(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return w.Stats()
}

// TestWriteFinishesHalfDoneJoin stops an ingest where a kill could: after
// the commit of a document whose full name absorbs a surname stored alone
// ("Saint Francis" after "Francis"), with the join's redirect, and after
// the additions of the merge that follows. Running the same ingest again
// ends as one uninterrupted ingest.
func TestWriteFinishesHalfDoneJoin(t *testing.T) {
	ctx := context.Background()
	first, full := mention("d1", "Francis", annals.ActorPerson), mention("d2", "Saint Francis", annals.ActorPerson)
	clean := openTemp(t, "memory")
	ingestAll(t, clean, first, full)
	want := quadSet(t, clean)
	if _, ok, err := clean.ActorByID(ctx, "saint-francis"); err != nil || !ok {
		t.Fatalf("the clean ingest has no Saint Francis (%v)", err)
	}
	for _, stage := range []string{"document", "merge additions"} {
		t.Run(stage, func(t *testing.T) {
			s := openTemp(t, "memory")
			ingestAll(t, s, first)
			// what Write commits for the second document before it merges
			add := append(Quads(full, "", "test"), quad.Make(s.iri.Actor("francis"), vocab.PropMergedInto, s.iri.Actor("saint-francis"), nil))
			var deltas []cgraph.Delta
			for _, q := range add {
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			}
			if err := s.apply(deltas); err != nil {
				t.Fatal(err)
			}
			if stage == "merge additions" { // as an older version's first commit of two
				applyMergeAdditions(ctx, t, s, "francis", "saint-francis")
			}
			st := ingestAll(t, s, first, full)
			if st.Unchanged != 2 {
				t.Errorf("re-run: %+v", st)
			}
			if got := quadSet(t, s); !reflect.DeepEqual(got, want) {
				t.Errorf("after the re-run: %d quads, one ingest %d; only after the re-run:\n%s\nonly after one ingest:\n%s",
					len(got), len(want), strings.Join(minus(got, want), "\n"), strings.Join(minus(want, got), "\n"))
			}
		})
	}
}
