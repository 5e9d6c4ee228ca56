package graph

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/actor"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// second is another document that names Russia: "Russia shelled Kharkiv."
func second() *annals.Extraction {
	text := "Russia shelled Kharkiv."
	doc := annals.Document{ID: "doc:2", Date: day("2025-07-24"), DateSource: annals.DateField, Text: text}
	sp := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	st := annals.Statement{
		Doc: doc.ID, Sentence: 0,
		Subject:    annals.Argument{Span: sp("Russia"), Actor: "russia"},
		Predicate:  annals.Predicate{Span: sp("shelled"), Lemma: "shell"},
		Object:     &annals.Argument{Span: sp("Kharkiv"), Actor: "kharkiv"},
		Confidence: 0.7,
	}
	st.ID = annals.StatementID(&st)
	return &annals.Extraction{
		Document: doc, Sentences: []annals.Span{sp(text)}, Statements: []annals.Statement{st},
		Actors: []annals.Actor{
			{ID: "russia", Name: "Russia", Type: annals.ActorCountry, Aliases: []string{"Moscow", "Russia"}},
			{ID: "kharkiv", Name: "Kharkiv", Type: annals.ActorPlace},
		},
	}
}

func writeAll(t *testing.T, s *Store, xs ...*annals.Extraction) {
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
}

func quadSet(t *testing.T, s *Store) []string {
	t.Helper()
	qs, err := s.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	return out
}

func TestForget(t *testing.T) {
	for _, b := range testBackends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			s := openBackend(t, b)
			writeAll(t, s, sample(), second())
			got, err := s.Forget(ctx, "doc:1")
			if err != nil {
				t.Fatal(err)
			}
			// Ukraine and the bodies were named only by doc:1; Russia is
			// still the subject of doc:2's statement.
			if want := (Forgotten{Found: true, Statements: 2, Nodes: 2, Quads: got.Quads}); got != want || got.Quads == 0 {
				t.Errorf("Forget = %+v, want %+v", got, want)
			}
			// What is left is what doc:2 alone would have made.
			only := openBackend(t, testBackends()[0])
			writeAll(t, only, second())
			if g, w := quadSet(t, s), quadSet(t, only); !reflect.DeepEqual(g, w) {
				t.Errorf("after forget:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
			}
			if _, ok, _ := s.ActorByID(ctx, "ukraine"); ok {
				t.Error("ukraine is still there")
			}
			again, err := s.Forget(ctx, "doc:1")
			if err != nil || again.Found {
				t.Errorf("second Forget = %+v, %v; want not found", again, err)
			}
			// Ingesting it again adds it anew.
			w := s.NewWriter("test")
			w.JoinActors(actor.NewJoiner(nil))
			if o, err := w.Write(ctx, sample()); err != nil || o != Added {
				t.Errorf("re-ingest = %v, %v; want Added", o, err)
			}
			w.Close(ctx)
			sts, _ := s.Statements(ctx, Filter{})
			if len(sts) != 3 {
				t.Errorf("%d statements after re-ingest, want 3", len(sts))
			}
		})
	}
}

func TestForgetReadOnly(t *testing.T) {
	path := t.TempDir() + "/annals.db"
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	writeAll(t, s, sample())
	s.Close()
	ro, err := Open(context.Background(), path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Forget(context.Background(), "doc:1"); err == nil {
		t.Error("forget on a read-only store succeeded")
	}
}

func TestCheckAndPrune(t *testing.T) {
	ctx := context.Background()
	s := openBackend(t, testBackends()[1])
	x := sample()
	// An actor named without a statement about it.
	x.Actors = append(x.Actors, annals.Actor{ID: "kyiv", Name: "Kyiv", Type: annals.ActorPlace})
	writeAll(t, s, x, second())
	r, err := s.Check(ctx)
	if err != nil || len(r.Problems) > 0 || r.Statements != 3 || len(r.Documents) != 2 {
		t.Fatalf("Check = %+v, %v", r, err)
	}
	if n, err := s.Prune(ctx); err != nil || n != 1 {
		t.Errorf("Prune = %d, %v; want 1 (kyiv)", n, err)
	}
	if _, ok, _ := s.ActorByID(ctx, "kyiv"); ok {
		t.Error("kyiv survived Prune")
	}
	if n, _ := s.Prune(ctx); n != 0 {
		t.Errorf("second Prune removed %d", n)
	}
	// A statement whose document is gone is reported.
	doc := s.iri.Document("doc:2")
	own, err := s.quadsWith(ctx, quad.Subject, doc)
	if err != nil {
		t.Fatal(err)
	}
	var deltas []cgraph.Delta
	for _, q := range own {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	r, err = s.Check(ctx)
	if err != nil || len(r.Problems) != 1 || !strings.Contains(r.Problems[0], "not stored") {
		t.Errorf("Check after removing doc:2's own graph = %+v, %v", r, err)
	}
}
