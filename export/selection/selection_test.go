package selection

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/graph"
)

// chain stores a – b – c: "a meets b" on July 1, "b calls c" on July 2.
func chain(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	text := "A met B. B called C."
	at := func(s string, from int) annals.Span {
		for i := from; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return annals.Span{Text: s, Start: i, End: i + len(s)}
			}
		}
		panic(s)
	}
	on := func(day int) *annals.Time {
		d := time.Date(2025, 7, day, 0, 0, 0, 0, time.UTC)
		return &annals.Time{Value: d.Format(time.DateOnly), Type: annals.TimexDate, Earliest: d, Latest: d,
			Precision: annals.PrecisionDay, Kind: annals.KindEvent}
	}
	sts := []annals.Statement{
		{Doc: "d", Sentence: 0, Subject: annals.Argument{Span: at("A", 0), Actor: "a"},
			Predicate: annals.Predicate{Span: at("met", 0), Lemma: "meet"},
			Object:    &annals.Argument{Span: at("B", 0), Actor: "b"}, Time: on(1), Confidence: 0.9},
		{Doc: "d", Sentence: 1, Subject: annals.Argument{Span: at("B", 9), Actor: "b"},
			Predicate: annals.Predicate{Span: at("called", 0), Lemma: "call"},
			Object:    &annals.Argument{Span: at("C", 0), Actor: "c"}, Time: on(2), Confidence: 0.6},
	}
	for i := range sts {
		sts[i].ID = annals.StatementID(&sts[i])
	}
	x := &annals.Extraction{Document: annals.Document{ID: "d", Text: text},
		Sentences: []annals.Span{at("A met B.", 0), at("B called C.", 0)}, Statements: sts,
		Actors: []annals.Actor{{ID: "a", Name: "A", Type: annals.ActorPerson}, {ID: "b", Name: "B", Type: annals.ActorPerson},
			{ID: "c", Name: "C", Type: annals.ActorCountry}}}
	w := st.NewWriter("test")
	if _, err := w.Write(ctx, x); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestTimeline(t *testing.T) {
	st := chain(t)
	ctx := context.Background()
	tests := []struct {
		name   string
		sel    Selection
		lemmas []string
		actors []string
	}{
		{"all", Selection{}, []string{"meet", "call"}, []string{"a", "b", "c"}},
		{"actor", Selection{Actors: []string{"A"}}, []string{"meet"}, []string{"a", "b"}},
		{"one hop", Selection{Actors: []string{"a"}, Hops: 1}, []string{"meet", "call"}, []string{"a", "b", "c"}},
		{"predicate", Selection{Predicates: []string{"call"}}, []string{"call"}, []string{"b", "c"}},
		{"dates", Selection{From: time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC)}, []string{"call"}, []string{"b", "c"}},
		{"confidence", Selection{MinConfidence: 0.7}, []string{"meet"}, []string{"a", "b"}},
	}
	for _, tt := range tests {
		tl, err := tt.sel.Timeline(ctx, st)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var lemmas, actors []string
		for _, s := range tl.Statements {
			lemmas = append(lemmas, s.Predicate.Lemma)
		}
		for _, a := range tl.Actors {
			actors = append(actors, a.ID)
		}
		if !slices.Equal(lemmas, tt.lemmas) || !slices.Equal(actors, tt.actors) {
			t.Errorf("%s: %v with %v, want %v with %v", tt.name, lemmas, actors, tt.lemmas, tt.actors)
		}
	}
	if _, err := (Selection{Hops: 1}).Timeline(ctx, st); !errors.Is(err, ErrHopsWithoutActor) {
		t.Errorf("hops without an actor: %v", err)
	}
	var unknown *ActorError
	if _, err := (Selection{Actors: []string{"Atlantis"}}).Timeline(ctx, st); !errors.As(err, &unknown) || unknown.Name != "Atlantis" {
		t.Errorf("unknown actor: %v", err)
	}
}

// TestHideGeneric: a generic statement ("C rules A", on no day) is in the
// zero selection and out of one that hides generic statements, as the
// reader's views ask by default; dated statements stay either way.
func TestHideGeneric(t *testing.T) {
	st := chain(t)
	ctx := context.Background()
	text := "C rules A."
	s := annals.Statement{Doc: "g", Subject: annals.Argument{Span: annals.Span{Text: "C", Start: 0, End: 1}, Actor: "c"},
		Predicate: annals.Predicate{Span: annals.Span{Text: "rules", Start: 2, End: 7}, Lemma: "rule"},
		Object:    &annals.Argument{Span: annals.Span{Text: "A", Start: 8, End: 9}, Actor: "a"},
		Time:      &annals.Time{Kind: annals.KindGeneric}, Confidence: 0.9}
	s.ID = annals.StatementID(&s)
	w := st.NewWriter("test")
	if _, err := w.Write(ctx, &annals.Extraction{Document: annals.Document{ID: "g", Text: text},
		Sentences: []annals.Span{{Text: text, End: len(text)}}, Statements: []annals.Statement{s}}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		p      Params
		lemmas []string
	}{
		{"zero", Params{}, []string{"meet", "call", "rule"}},
		{"hidden", Params{HideGeneric: true}, []string{"meet", "call"}},
		{"hidden, by actor", Params{Actors: []string{"c"}, HideGeneric: true}, []string{"call"}},
	} {
		sel, err := c.p.Selection()
		if err != nil {
			t.Fatal(err)
		}
		tl, err := sel.Timeline(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		var lemmas []string
		for _, s := range tl.Statements {
			lemmas = append(lemmas, s.Predicate.Lemma)
		}
		if !slices.Equal(lemmas, c.lemmas) {
			t.Errorf("%s: %v, want %v", c.name, lemmas, c.lemmas)
		}
	}
}
