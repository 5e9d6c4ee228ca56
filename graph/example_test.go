package graph_test

import (
	"context"
	"fmt"

	"github.com/annals/annals"
	"github.com/annals/annals/graph"
)

func ExampleStore() {
	ctx := context.Background()
	store, err := graph.Open(ctx, "memory") // a file path opens an embedded bbolt store
	if err != nil {
		panic(err)
	}
	defer store.Close()

	text := "Ukraine proposed talks."
	st := annals.Statement{
		Doc:       "doc-1",
		Subject:   annals.Argument{Span: annals.Span{Text: "Ukraine", Start: 0, End: 7}, Actor: "ukraine"},
		Predicate: annals.Predicate{Span: annals.Span{Text: "proposed", Start: 8, End: 16}, Lemma: "propose"},
		Object:    &annals.Argument{Span: annals.Span{Text: "talks", Start: 17, End: 22}},
	}
	st.ID = annals.StatementID(&st)
	w := store.NewWriter("example")
	if _, err := w.Write(ctx, &annals.Extraction{
		Document:   annals.Document{ID: "doc-1", Text: text},
		Sentences:  []annals.Span{{Text: text, Start: 0, End: len(text)}},
		Statements: []annals.Statement{st},
		Actors:     []annals.Actor{{ID: "ukraine", Name: "Ukraine", Type: annals.ActorCountry}},
	}); err != nil {
		panic(err)
	}
	if err := w.Close(ctx); err != nil {
		panic(err)
	}

	sts, _ := store.Statements(ctx, graph.Filter{Actors: []string{"ukraine"}})
	for _, s := range sts {
		fmt.Println(s.Subject.Text, "·", s.Predicate.Lemma, "·", s.Object.Text)
	}
	// Output: Ukraine · propose · talks
}
