package ingest

import (
	"context"
	"fmt"

	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/nlp"
)

// Annotator tags, lemmatises and parses every sentence with a language model.
type Annotator struct{ Model *nlp.Model }

// Name implements Stage.
func (Annotator) Name() string { return "annotate/5" }

// Run implements Stage.
func (an Annotator) Run(ctx context.Context, a *analysis.Analysis) error {
	var words []nlp.Word
	for i := range a.Sentences {
		if i%progressEvery == 0 && i > 0 { // a long document can be cancelled midway
			if err := ctx.Err(); err != nil {
				return err
			}
			report(ctx, a, an.Name(), i)
		}
		toks := a.Sentences[i].Tokens
		words = words[:0]
		for j, t := range toks {
			w := nlp.Word{Form: t.Form}
			if j+1 < len(toks) && toks[j+1].Start == t.End {
				w.Misc = "SpaceAfter=No" // the tagger joins a hyphen inside a word
			}
			words = append(words, w)
		}
		an.Model.Tag(words)
		an.Model.Parse(words)
		for j, w := range words {
			toks[j].Lemma, toks[j].UPOS, toks[j].XPOS = w.Lemma, w.UPOS, w.XPOS
			if an.Model.HasParser() {
				toks[j].Head, toks[j].Deprel = w.Head, w.Deprel
			}
		}
	}
	return nil
}

// CoNLLU returns the annotated sentences of an analysis as CoNLL-U, each
// with its number and text as comments, and SpaceAfter=No where no space
// follows a word in the text.
func CoNLLU(a *analysis.Analysis) []nlp.Sentence {
	sents := make([]nlp.Sentence, len(a.Sentences))
	for i, s := range a.Sentences {
		words := make([]nlp.Word, len(s.Tokens))
		for j, t := range s.Tokens {
			words[j] = nlp.Word{Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Head: t.Head, Deprel: t.Deprel}
			if j+1 < len(s.Tokens) && s.Tokens[j+1].Start == t.End {
				words[j].Misc = "SpaceAfter=No"
			}
		}
		sents[i] = nlp.Sentence{
			Comments: []string{fmt.Sprintf("# sent_id = %d", i+1), "# text = " + oneLine(s.Text)},
			Words:    words,
		}
	}
	return sents
}

// oneLine folds the line breaks of a sentence for a CoNLL-U comment.
func oneLine(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' || c == '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}
