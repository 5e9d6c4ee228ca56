// Package extract reads subject–predicate–object statements off the
// sentences of an analysis: Clauses off the dependency parse, Patterns off
// part-of-speech patterns, ByParse choosing between them by whether a
// sentence has a parse. A Stage runs an Extractor over a whole document.
// ImpliedStatements and Asides read what the syntax says without a verb,
// for Open IE output.
package extract

import (
	"context"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// Extractor reads the statements of one sentence.
type Extractor interface {
	// Extract returns the statements of sentence s of document doc (an
	// id, which the statements carry).
	Extract(doc string, s *analysis.Sentence) []annals.Statement
}

// ByParse extracts a sentence with Parsed when it has a dependency parse,
// and with Unparsed when it has none (a model without a parser).
type ByParse struct {
	Parsed, Unparsed Extractor
}

// Extract implements Extractor.
func (e ByParse) Extract(doc string, s *analysis.Sentence) []annals.Statement {
	if s.Parsed() {
		return e.Parsed.Extract(doc, s)
	}
	return e.Unparsed.Extract(doc, s)
}

// Stage is the pipeline stage that runs an Extractor over every sentence of
// a document but its captions and credit lines, and appends the statements
// to it; then a document-level step gives quotations the speaker another
// sentence names.
type Stage struct {
	// Version is the stage's name and the version of its rules, as Name
	// reports it: part of the pipeline's version, so that changed rules
	// re-extract documents.
	Version   string
	Extractor Extractor
}

// ClauseStage is the standard extraction stage ("clauses/15"): clauses off
// the parse, part-of-speech patterns for sentences without one.
func ClauseStage() Stage {
	return Stage{Version: "clauses/15", Extractor: ByParse{Parsed: Clauses{}, Unparsed: Patterns{}}}
}

// PatternStage extracts with part-of-speech patterns only ("patterns/1").
func PatternStage() Stage { return Stage{Version: "patterns/1", Extractor: Patterns{}} }

// Name identifies the stage and its version.
func (s Stage) Name() string { return s.Version }

// Run appends the statements of every sentence of a to a.Statements, each
// once: a statement the extractor gives twice (the same spans and lemma,
// hence the same ID) is kept the first time.
func (s Stage) Run(ctx context.Context, a *analysis.Analysis) error {
	seen := map[string]bool{}
	for _, st := range a.Statements {
		seen[st.ID] = true
	}
	for i := range a.Sentences {
		if i%64 == 0 { // a long document can be cancelled midway
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if caption(a.Document.Text, &a.Sentences[i]) || foreign(&a.Sentences[i]) {
			continue // an image's caption or credit, or a quotation in its own language, states nothing
		}
		for _, st := range s.Extractor.Extract(a.Document.ID, &a.Sentences[i]) {
			if !wholeWords(&a.Sentences[i], &st) {
				continue // a piece of a hyphenated word read as an act or as two parts
			}
			if st.ID != "" && seen[st.ID] {
				continue // two readings of one clause gave the same statement
			}
			seen[st.ID] = true
			a.Statements = append(a.Statements, st)
		}
	}
	attributeQuotes(a)
	return nil
}
