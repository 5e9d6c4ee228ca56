package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
)

// referenced is a short news story whose second sentence takes up the
// suspect by pronouns only, in its object, its source and a qualifier.
func referenced() *annals.Extraction {
	text := "Police named the suspect as Ruth Alder. Officers found a letter from her in her car, her lawyer said."
	doc := annals.Document{ID: "doc:alder", Date: day("2024-03-02"), DateSource: annals.DateField, Text: text}
	nth := func(s string, n int) annals.Span {
		i := -1
		for ; n >= 0; n-- {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	sp := func(s string) annals.Span { return nth(s, 0) }
	ref := func(n int) annals.Reference { return annals.Reference{Span: nth("her", n), Actor: "ruth-alder"} }
	st := annals.Statement{
		Doc: doc.ID, Sentence: 1,
		Subject:     annals.Argument{Span: sp("Officers")},
		Predicate:   annals.Predicate{Span: sp("found"), Lemma: "find"},
		Object:      &annals.Argument{Span: sp("a letter from her"), Norm: "letter", Refs: []annals.Reference{ref(0)}},
		Attribution: &annals.Argument{Span: sp("her lawyer"), Refs: []annals.Reference{ref(2)}},
		Qualifiers:  []annals.Qualifier{{Span: sp("in her car"), Prep: "in", Refs: []annals.Reference{ref(1)}}},
		Confidence:  0.7,
	}
	st.ID = annals.StatementID(&st)
	return &annals.Extraction{
		Document:   doc,
		Sentences:  []annals.Span{sp("Police named the suspect as Ruth Alder."), sp("Officers found a letter from her in her car, her lawyer said.")},
		Statements: []annals.Statement{st},
		Actors:     []annals.Actor{{ID: "ruth-alder", Name: "Ruth Alder", Type: annals.ActorPerson}},
	}
}

// TestReferencesRoundTrip checks that the references of a statement's
// object, source and qualifiers read back in order, within their phrases,
// that re-ingesting a changed document leaves none of the old ones, and
// that forgetting the document removes them and the actor only they named.
func TestReferencesRoundTrip(t *testing.T) {
	for _, b := range testBackends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			s := openBackend(t, b)
			x := referenced()
			w := s.NewWriter("test")
			if _, err := w.Write(ctx, x); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(ctx); err != nil {
				t.Fatal(err)
			}
			got, err := s.Statements(ctx, Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if g, w := asJSON(t, got), asJSON(t, x.Statements); g != w {
				t.Errorf("statements read back differ:\n got %s\nwant %s", g, w)
			}
			countRefs := func() (nodes, actor int) {
				all, err := s.AllQuads(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range all {
					if _, ok := vocab.ReferenceIndex(q.Subject); ok {
						nodes++
					}
					if q.Subject == s.iri.Actor("ruth-alder") || q.Object == s.iri.Actor("ruth-alder") {
						actor++
					}
				}
				return nodes, actor
			}
			if n, _ := countRefs(); n == 0 {
				t.Fatal("no quads about reference nodes")
			}
			// The statement again without its source's reference.
			y := referenced()
			y.Document.Title = "Suspect named"
			y.Statements[0].Attribution.Refs = nil
			if got, err := w.Write(ctx, y); err != nil || got != Replaced {
				t.Fatalf("changed write = %v, %v; want Replaced", got, err)
			}
			w.Close(ctx)
			got, _ = s.Statements(ctx, Filter{})
			if g, w := asJSON(t, got), asJSON(t, y.Statements); g != w {
				t.Errorf("after replace:\n got %s\nwant %s", g, w)
			}
			before, _ := countRefs()
			f, err := s.Forget(ctx, x.Document.ID)
			if err != nil || !f.Found {
				t.Fatalf("Forget = %+v, %v", f, err)
			}
			if nodes, actor := countRefs(); nodes != 0 || actor != 0 {
				t.Errorf("after Forget: %d quads about reference nodes (of %d), %d about the actor only they named", nodes, before, actor)
			}
		})
	}
}
