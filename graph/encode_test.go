package graph

import (
	"slices"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

func TestUnique(t *testing.T) {
	a := quad.Make(quad.IRI("s"), quad.IRI("p"), quad.String("a"), nil)
	b := quad.Make(quad.IRI("s"), quad.IRI("p"), quad.String("b"), nil)
	c := quad.Make(quad.IRI("s"), quad.IRI("p"), quad.String("a"), quad.IRI("g")) // a in another graph
	for _, tc := range []struct {
		name    string
		in, out []quad.Quad
	}{
		{"empty", nil, nil},
		{"no repeats", []quad.Quad{b, a, c}, []quad.Quad{b, a, c}},
		{"repeats keep the first place", []quad.Quad{b, a, b, c, a, a}, []quad.Quad{b, a, c}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := unique(slices.Clone(tc.in)); !slices.Equal(got, tc.out) {
				t.Errorf("unique(%v) = %v, want %v", tc.in, got, tc.out)
			}
		})
	}
}

// TestExtractionQuadsStable wants the same quads in the same order from the
// same extraction, none twice, starting with the document's own: writes and
// "extract --format nquads" are reproducible and readable.
func TestExtractionQuadsStable(t *testing.T) {
	x := mention("d1", "Donald Trump", annals.ActorPerson)
	x.Statements = append(x.Statements, x.Statements[0]) // a repeated statement repeats its quads
	enc := encoder{vocab.IRIs{Base: DefaultBase}}
	first := enc.extractionQuads(x, "h")
	second := enc.extractionQuads(x, "h")
	if !slices.Equal(first, second) {
		t.Fatalf("two encodings differ:\n%v\n%v", first, second)
	}
	seen := map[quad.Quad]bool{}
	for _, q := range first {
		if seen[q] {
			t.Errorf("quad twice: %v", q)
		}
		seen[q] = true
	}
	if doc := enc.iri.Document("d1"); len(first) == 0 || first[0].Subject != doc {
		t.Errorf("first quad %v, want one about %v", first[0], doc)
	}
}
