// Package graph keeps statements in a Cayley quad store and answers queries
// about them: timelines, actors, relations between actors, and Gizmo queries
// through Cayley's own query layer.
//
// The quad schema is written down in docs/schema.md. In short: every
// statement is a named graph of its own. Its subject–predicate–object edge is
// a quad labelled with the statement's IRI, and its metadata (spans, time,
// confidence, provenance) are quads about that IRI in the same graph.
// Documents are named graphs too; actors live in the default graph, one node
// each, shared by every document that names them.
// Package graph/vocab declares every term and mints every IRI of the
// schema; package export reads the store's quads by the same declarations.
//
// Backends register through blank imports, as in Cayley: this package
// compiles in an embedded bbolt file (the default), PostgreSQL and an
// in-memory store for tests.
package graph
