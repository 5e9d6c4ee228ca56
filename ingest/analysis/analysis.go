// Package analysis is the blackboard the ingest stages share: a document as
// it passes through the pipeline (Analysis), its sentences and annotated
// words, and the views of a sentence that more than one stage reads (noun
// phrases, verb groups, word classes). It imports no stage, so that every
// stage can import it and data flows one way: from the pipeline, through
// the stages, into the Analysis.
package analysis

import (
	"time"

	"github.com/annals/annals"
)

// Analysis is a document as it passes through the pipeline: each stage reads
// what earlier stages added and adds its own part.
type Analysis struct {
	Document   annals.Document
	Sentences  []Sentence
	Statements []annals.Statement
	Actors     []annals.Actor
	// Mentions are the actor mentions found in the text, in text order.
	Mentions []Mention
	// Events are the event mentions no statement covers: a verb or a noun
	// naming an act ("the earthquake", "to host") with a predicate and a
	// fact but no subject (package ingest/fact). They are not statements:
	// the store, the views and Extraction leave them out.
	Events []annals.Statement
}

// Sentence is one sentence of the document and its words.
type Sentence struct {
	annals.Span
	Index  int
	Tokens []Token
}

// Token is one word with its annotation. Head is the 1-based index of its
// head within the sentence (0 for the root, -1 when there is no parse).
type Token struct {
	annals.Span
	Form   string // the word as a treebank spells it (ASCII quotes)
	Lemma  string
	UPOS   string // universal part of speech: NOUN, PROPN, VERB, ...
	XPOS   string // Penn Treebank tag: NN, NNP, VBD, ...
	Head   int
	Deprel string
}

// Parsed reports whether the sentence has a dependency parse.
func (s *Sentence) Parsed() bool { return len(s.Tokens) > 0 && s.Tokens[0].Head >= 0 }

// TokensBetween lists the tokens of sentence i that lie between two byte
// offsets of the document: the words of a span such as a statement's
// subject. It is nil for a sentence out of range or an empty stretch.
func (a *Analysis) TokensBetween(i, start, end int) []Token {
	if i < 0 || i >= len(a.Sentences) || start >= end {
		return nil
	}
	var out []Token
	for _, t := range a.Sentences[i].Tokens {
		if t.Start >= start && t.End <= end {
			out = append(out, t)
		}
	}
	return out
}

// Mention is a stretch of text that names an actor.
type Mention struct {
	annals.Span
	Sentence int
	Actor    string // annals.Actor ID
	// People marks a mention that names the people of its actor, a
	// country, rather than the country: a demonym standing alone ("the
	// Americans", "Ukrainians said"). The statements take it for the
	// country; a reader of the mentions may tell the two apart.
	People bool
}

// Extraction returns what the analysis found, as the store takes it.
func (a *Analysis) Extraction() *annals.Extraction {
	spans := make([]annals.Span, len(a.Sentences))
	for i, s := range a.Sentences {
		spans[i] = s.Span
	}
	return &annals.Extraction{Document: a.Document, Sentences: spans, Statements: a.Statements, Actors: a.Actors}
}

// DocumentTime is the document date standing in for a statement's time
// (marked so by having no expression); nil when the document has no date.
func DocumentTime(d time.Time) *annals.Time {
	if d.IsZero() {
		return nil
	}
	return &annals.Time{Value: d.Format("2006-01-02"), Type: annals.TimexDate, Earliest: d, Latest: d,
		Precision: annals.PrecisionDay, Kind: annals.KindEvent, Source: annals.SourceDocument}
}
