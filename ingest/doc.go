// Package ingest turns documents into statements: a pipeline of stages that
// split a document into sentences, annotate their words, extract
// subject–predicate–object statements, date them and resolve their actors.
//
// Each stage is a Stage; later work replaces one stage without touching the
// others. Documents are read by package ingest/source.
package ingest
