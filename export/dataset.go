package export

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// rdfDataset turns quads into RDF 1.1 quads ready to serialise, sorted by
// their N-Quads line in byte order and without duplicates (an RDF dataset is
// a set). Both RDF writers start here so that they write the same terms.
//
// It rejects, as vocab.RDFConverter does, rather than drops or mangles, quads
// that RDF cannot express. A silent drop is what json-gold does with a
// relative IRI, and a lost quad is worse than a failed export.
func rdfDataset(quads []quad.Quad) ([]quad.Quad, error) {
	type lined struct {
		q    quad.Quad
		line string
	}
	out := make([]lined, 0, len(quads))
	var rdf vocab.RDFConverter
	for i, q := range quads {
		rq, err := rdf.Quad(q)
		if err != nil {
			return nil, fmt.Errorf("export: quad %d (%s): %w", i, q.NQuad(), err)
		}
		out = append(out, lined{rq, rq.NQuad()})
	}
	slices.SortFunc(out, func(a, b lined) int { return cmp.Compare(a.line, b.line) })
	out = slices.CompactFunc(out, func(a, b lined) bool { return a.line == b.line })
	sorted := make([]quad.Quad, len(out))
	for i, l := range out {
		sorted[i] = l.q
	}
	return sorted, nil
}
