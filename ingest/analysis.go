package ingest

import "github.com/annals/annals"

// Analysis is a document as it passes through the pipeline: each stage reads
// what earlier stages added and adds its own part.
type Analysis struct {
	Document   annals.Document
	Sentences  []Sentence
	Statements []annals.Statement
	Actors     []annals.Actor
	// Mentions are the actor mentions found in the text, in text order.
	Mentions []Mention
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

// Mention is a stretch of text that names an actor.
type Mention struct {
	annals.Span
	Sentence int
	Actor    string // annals.Actor ID
}

// Extraction returns what the analysis found, as the store takes it.
func (a *Analysis) Extraction() *annals.Extraction {
	spans := make([]annals.Span, len(a.Sentences))
	for i, s := range a.Sentences {
		spans[i] = s.Span
	}
	return &annals.Extraction{Document: a.Document, Sentences: spans, Statements: a.Statements, Actors: a.Actors}
}
