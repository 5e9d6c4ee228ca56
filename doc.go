// Package annals holds the domain types of Annals, a tool that turns English
// news text into a timeline knowledge graph.
//
// The types here are shared by every stage: package ingest reads documents and
// makes [Statement]s from their text, package graph keeps them in a Cayley quad
// store and answers queries, and package export writes them out. Data flows one
// way, text → ingest → graph → export; this package depends on none of them.
package annals
