package selection

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph"
)

// partsStore stores "Russian forces struck Kyiv. Kyiv asked Berlin. Russia
// offered talks.", with Russian forces part of Russia.
func partsStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	text := "Russian forces struck Kyiv. Kyiv asked Berlin. Russia offered talks."
	at := func(s string, from int) annals.Span {
		i := from + strings.Index(text[from:], s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	arg := func(s string, from int, actor string) *annals.Argument {
		return &annals.Argument{Span: at(s, from), Actor: actor}
	}
	sts := []annals.Statement{
		{Doc: "p", Sentence: 0, Subject: *arg("Russian forces", 0, "russian-forces"),
			Predicate: annals.Predicate{Span: at("struck", 0), Lemma: "strike"}, Object: arg("Kyiv", 0, "kyiv")},
		{Doc: "p", Sentence: 1, Subject: *arg("Kyiv", 20, "kyiv"),
			Predicate: annals.Predicate{Span: at("asked", 0), Lemma: "ask"}, Object: arg("Berlin", 0, "berlin")},
		{Doc: "p", Sentence: 2, Subject: *arg("Russia", 40, "russia"),
			Predicate: annals.Predicate{Span: at("offered", 0), Lemma: "offer"}, Object: arg("talks", 0, "")},
	}
	for i := range sts {
		sts[i].Confidence = 0.9
		sts[i].ID = annals.StatementID(&sts[i])
	}
	x := &annals.Extraction{Document: annals.Document{ID: "p", Text: text}, Statements: sts,
		Sentences: []annals.Span{at("Russian forces struck Kyiv.", 0), at("Kyiv asked Berlin.", 0), at("Russia offered talks.", 0)},
		Actors: []annals.Actor{{ID: "russia", Name: "Russia", Type: annals.ActorCountry},
			{ID: "russian-forces", Name: "Russian forces", Type: annals.ActorOrganization, Country: "russia"},
			{ID: "kyiv", Name: "Kyiv", Type: annals.ActorPlace}, {ID: "berlin", Name: "Berlin", Type: annals.ActorPlace}}}
	w := st.NewWriter("test")
	if _, err := w.Write(ctx, x); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestActorParts: an actor selects its parts' statements too, and hops
// start from them, unless ActorOnly.
func TestActorParts(t *testing.T) {
	st := partsStore(t)
	ctx := context.Background()
	for _, c := range []struct {
		name   string
		p      Params
		lemmas []string
	}{
		{"with parts", Params{Actors: []string{"Russia"}}, []string{"strike", "offer"}},
		{"actor only", Params{Actors: []string{"Russia"}, ActorOnly: true}, []string{"offer"}},
		{"hops from the parts", Params{Actors: []string{"Russia"}, Hops: 1}, []string{"strike", "ask", "offer"}},
		{"hops from the actor only", Params{Actors: []string{"Russia"}, Hops: 1, ActorOnly: true}, []string{"offer"}},
	} {
		t.Run(c.name, func(t *testing.T) {
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
				t.Errorf("got %v, want %v", lemmas, c.lemmas)
			}
		})
	}
}
