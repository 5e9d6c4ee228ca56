package ingest

import (
	"context"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/text"
)

// Splitter splits a document into sentences and words, with byte offsets.
type Splitter struct{}

// Name implements Stage.
func (Splitter) Name() string { return "split/2" }

// Run implements Stage.
func (Splitter) Run(ctx context.Context, a *analysis.Analysis) error {
	doc := a.Document.Text
	sents := text.Sentences(doc)
	if err := ctx.Err(); err != nil { // splitting a long text takes seconds
		return err
	}
	a.Sentences = make([]analysis.Sentence, len(sents))
	for i, s := range sents {
		toks := make([]analysis.Token, len(s.Tokens))
		for j, t := range s.Tokens {
			toks[j] = analysis.Token{Span: annals.Span{Text: t.Text, Start: t.Start, End: t.End}, Form: t.Form, Head: -1}
		}
		a.Sentences[i] = analysis.Sentence{Span: annals.Span{Text: doc[s.Start:s.End], Start: s.Start, End: s.End}, Index: i, Tokens: toks}
	}
	return nil
}

// LineSplitter takes the whole document as one sentence whose words are
// separated by spaces (Penn Treebank tokens such as "“", "n't", "-LRB-").
type LineSplitter struct{}

// Name implements Stage.
func (LineSplitter) Name() string { return "lines/1" }

// Run implements Stage.
func (LineSplitter) Run(_ context.Context, a *analysis.Analysis) error {
	doc := a.Document.Text
	var toks []analysis.Token
	for i := 0; i < len(doc); {
		for i < len(doc) && isSpace(doc[i]) {
			i++
		}
		j := i
		for j < len(doc) && !isSpace(doc[j]) {
			j++
		}
		if j > i {
			word := doc[i:j]
			toks = append(toks, analysis.Token{Span: annals.Span{Text: word, Start: i, End: j}, Form: treebankForm(word), Head: -1})
		}
		i = j
	}
	a.Sentences = nil
	if len(toks) > 0 {
		start, end := toks[0].Start, toks[len(toks)-1].End
		a.Sentences = []analysis.Sentence{{Span: annals.Span{Text: doc[start:end], Start: start, End: end}, Tokens: toks}}
	}
	return nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// treebankForm spells Penn Treebank escapes as the words they stand for.
func treebankForm(w string) string {
	switch w {
	case "``", "''":
		return `"`
	case "`":
		return "'"
	case "-LRB-", "-LCB-", "-LSB-":
		return "("
	case "-RRB-", "-RCB-", "-RSB-":
		return ")"
	}
	return w
}
