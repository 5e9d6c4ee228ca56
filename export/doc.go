// Package export writes the timeline graph out: as N-Quads and JSON-LD for
// RDF tools (with [Enrich]'s derived view in OWL-Time and Web Annotation
// terms), as Graphviz DOT and SVG for people, and as GraphML and CSV for
// network and spreadsheet tools.
//
// The RDF writers take quads, not the store, so that any slice of the graph
// (a query result, one document's statements, a test fixture) can be
// exported the same way. Both first turn the quads into plain RDF 1.1 terms
// (see [NQuads]): full IRIs everywhere, including the datatype IRIs that
// quad's native values (quad.Time, quad.Int, ...) carry in short form, and
// lexical forms that are valid for their XSD datatype. Both sort, so the same
// quads always give the same bytes.
//
// The DOT, SVG, GraphML and CSV writers take domain values ([Timeline]),
// because a timeline drawing needs dates, modality and actor types, which
// are easier to read there than to reassemble from quads.
package export
