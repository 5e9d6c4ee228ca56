package ingest

import (
	"context"
	"fmt"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/nlp"
	"github.com/annals/annals/ingest/text"
	"github.com/annals/annals/ingest/timex"
)

// Default returns the standard pipeline: split, annotate, extract, date,
// resolve actors. The model is loaded once per process.
func Default() (*Pipeline, error) { return standard(Splitter{}) }

// ForLines returns the standard pipeline for text that is already one
// sentence split into words by spaces, as benchmarks give it.
func ForLines() (*Pipeline, error) { return standard(LineSplitter{}) }

func standard(split Stage) (*Pipeline, error) {
	model, err := nlp.Default()
	if err != nil {
		return nil, fmt.Errorf("load language model: %w", err)
	}
	return NewPipeline(split, Annotator{Model: model}, PatternExtractor{}, Dater{}, ActorStage{}), nil
}

// Splitter splits a document into sentences and words, with byte offsets.
type Splitter struct{}

// Name implements Stage.
func (Splitter) Name() string { return "split/1" }

// Run implements Stage.
func (Splitter) Run(_ context.Context, a *Analysis) error {
	doc := a.Document.Text
	sents := text.Sentences(doc)
	a.Sentences = make([]Sentence, len(sents))
	for i, s := range sents {
		toks := make([]Token, len(s.Tokens))
		for j, t := range s.Tokens {
			toks[j] = Token{Span: annals.Span{Text: t.Text, Start: t.Start, End: t.End}, Form: t.Form, Head: -1}
		}
		a.Sentences[i] = Sentence{Span: annals.Span{Text: doc[s.Start:s.End], Start: s.Start, End: s.End}, Index: i, Tokens: toks}
	}
	return nil
}

// LineSplitter takes the whole document as one sentence whose words are
// separated by spaces (Penn Treebank tokens such as "“", "n't", "-LRB-").
type LineSplitter struct{}

// Name implements Stage.
func (LineSplitter) Name() string { return "lines/1" }

// Run implements Stage.
func (LineSplitter) Run(_ context.Context, a *Analysis) error {
	doc := a.Document.Text
	var toks []Token
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
			toks = append(toks, Token{Span: annals.Span{Text: word, Start: i, End: j}, Form: treebankForm(word), Head: -1})
		}
		i = j
	}
	a.Sentences = nil
	if len(toks) > 0 {
		start, end := toks[0].Start, toks[len(toks)-1].End
		a.Sentences = []Sentence{{Span: annals.Span{Text: doc[start:end], Start: start, End: end}, Tokens: toks}}
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

// Annotator tags, lemmatises and parses every sentence with a language model.
type Annotator struct{ Model *nlp.Model }

// Name implements Stage.
func (Annotator) Name() string { return "annotate/1" }

// Run implements Stage.
func (an Annotator) Run(ctx context.Context, a *Analysis) error {
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

// Dater puts each statement on the timeline: the time expression of its
// sentence nearest its verb dates it; otherwise the document date stands in,
// marked as such.
type Dater struct{}

// Name implements Stage.
func (Dater) Name() string { return "date/1" }

// Run implements Stage.
func (Dater) Run(_ context.Context, a *Analysis) error {
	exprs := timex.Find(a.Document.Text, a.Document.Date)
	for i := range a.Statements {
		st := &a.Statements[i]
		if st.Sentence < 0 || st.Sentence >= len(a.Sentences) {
			continue
		}
		sent := a.Sentences[st.Sentence].Span
		var best *timex.Expression
		bestDist := 0
		for k := range exprs {
			e := &exprs[k]
			if e.Start < sent.Start || e.End > sent.End || e.Type == annals.TimexDuration && e.Earliest.IsZero() && e.Latest.IsZero() || e.Type == annals.TimexSet {
				continue
			}
			d := distance(e.Start, e.End, st.Predicate.Start, st.Predicate.End)
			if best == nil || d < bestDist {
				best, bestDist = e, d
			}
		}
		switch {
		case best != nil:
			expr := annals.Span{Text: best.Text, Start: best.Start, End: best.End}
			st.Time = &annals.Time{Value: best.Value, Type: best.Type, Expr: &expr, Earliest: best.Earliest,
				Latest: best.Latest, Precision: best.Precision, Kind: best.Kind}
		case !a.Document.Date.IsZero():
			d := a.Document.Date
			st.Time = &annals.Time{Value: d.Format("2006-01-02"), Type: annals.TimexDate, Earliest: d, Latest: d,
				Precision: annals.PrecisionDay, Kind: annals.KindEvent}
		}
	}
	return nil
}

// distance is how far apart two byte ranges are.
func distance(s1, e1, s2, e2 int) int {
	switch {
	case e1 <= s2:
		return s2 - e1
	case e2 <= s1:
		return s1 - e2
	}
	return 0
}
