// Package ingest turns documents into statements: a pipeline of stages that
// split a document into sentences, annotate their words, extract
// subject–predicate–object statements, date them, resolve their actors and
// type their events.
//
// Each stage is a Stage; later work replaces one stage without touching the
// others. The stages share one blackboard, package ingest/analysis, and live
// in packages of their own that import it and not this one:
// ingest/extract (statements), ingest/date (their time), ingest/actor (who)
// and ingest/event (what kind of event); this package holds the pipeline,
// the splitters and the annotator, and Default, which puts them together.
// Pipeline.Analyse runs a pipeline over many documents in parallel.
// Documents are read by package ingest/source; package ingest/openie writes
// statements as Open IE tuples.
package ingest
