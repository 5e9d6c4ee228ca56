// Package vocab names the terms of the store's quad schema and of the
// exports' derived view (docs/schema.md), mints the IRIs of data nodes, and
// spells quad values as RDF terms.
//
// Package graph writes and reads the store in these terms and package export
// reads the same quads back, so each term is declared once, here: a term
// renamed for one is renamed for the other. The package depends on nothing
// of Annals but its domain types.
package vocab
