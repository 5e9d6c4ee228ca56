package serve

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph"
)

// TestReferencesOnThePage: the page's statements show whom a pronoun
// inside the object stands for, though no statement's argument names that
// actor, and their JSON has the reference.
func TestReferencesOnThePage(t *testing.T) {
	text := "Police named the suspect as Ruth Alder. Officers found a letter from her."
	sp := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	st := annals.Statement{
		Doc: "alder", Sentence: 1, Confidence: 0.8,
		Subject:   annals.Argument{Span: sp("Officers")},
		Predicate: annals.Predicate{Span: sp("found"), Lemma: "find"},
		Object:    &annals.Argument{Span: sp("a letter from her"), Refs: []annals.Reference{{Span: sp("her"), Actor: "ruth-alder"}}},
		Time:      &annals.Time{Value: "2024-03-02", Type: annals.TimexDate, Precision: annals.PrecisionDay, Kind: annals.KindEvent, Earliest: day("2024-03-02"), Latest: day("2024-03-02")},
	}
	st.ID = annals.StatementID(&st)
	x := &annals.Extraction{
		Document:   annals.Document{ID: "alder", Date: day("2024-03-02"), DateSource: annals.DateField, Text: text},
		Sentences:  []annals.Span{sp("Police named the suspect as Ruth Alder."), sp("Officers found a letter from her.")},
		Statements: []annals.Statement{st},
		Actors:     []annals.Actor{{ID: "ruth-alder", Name: "Ruth Alder", Type: annals.ActorPerson}},
	}
	ctx := context.Background()
	store, err := graph.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	w := store.NewWriter("test")
	if _, err := w.Write(ctx, x); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	srv, err := New(store, Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)

	const want = "a letter from her [Ruth Alder]"
	var l listJSON[statementJSON]
	get(t, ts.URL, "/api/statements", 200, &l)
	if len(l.Items) != 1 || l.Items[0].Rest != want || len(l.Items[0].Object.Refs) != 1 || l.Items[0].Object.Refs[0].Name != "Ruth Alder" {
		t.Errorf("/api/statements: %+v", l.Items)
	}
	var days listJSON[dayJSON]
	get(t, ts.URL, "/api/timeline", 200, &days)
	if len(days.Items) != 1 || len(days.Items[0].Statements) != 1 || days.Items[0].Statements[0].Rest != want {
		t.Errorf("/api/timeline: %+v", days.Items)
	}
}
