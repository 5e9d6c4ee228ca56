package ingest

import (
	"context"

	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/nlp"
)

// Annotator tags, lemmatises and parses every sentence with a language model.
type Annotator struct{ Model *nlp.Model }

// Name implements Stage.
func (Annotator) Name() string { return "annotate/1" }

// Run implements Stage.
func (an Annotator) Run(ctx context.Context, a *analysis.Analysis) error {
	var words []nlp.Word
	for i := range a.Sentences {
		toks := a.Sentences[i].Tokens
		words = words[:0]
		for _, t := range toks {
			words = append(words, nlp.Word{Form: t.Form})
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
