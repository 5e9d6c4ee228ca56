package export

import (
	"context"
	"io"

	"github.com/cayleygraph/quad"
)

// NQuads writes quads as N-Quads (RDF 1.1), one quad a line.
//
// Every IRI is written in full, datatype IRIs included: quad's native values
// (quad.Time, quad.Int, quad.Float, quad.Bool) name their datatype as
// "xsd:dateTime" and so on, which N-Quads readers take for an IRI with the
// scheme "xsd" rather than the XML Schema datatype.
//
// The output is deterministic: lines are sorted in byte order and duplicate
// quads are written once, as `LC_ALL=C sort -u` would leave them. Language
// tags are lower-cased, "x"^^xsd:string is written "x", and xsd:boolean
// values "true"/"false" (quad.Bool's own "True" is not valid xsd:boolean).
//
// It returns an error, having written nothing, if a quad is not RDF: a
// literal subject or graph name, a predicate that is not an IRI, a relative
// IRI, or text that is not UTF-8.
func NQuads(w io.Writer, quads []quad.Quad) error {
	return WriteNQuads(context.Background(), w, SliceQuads(quads))
}
