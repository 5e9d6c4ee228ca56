package date

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// parsedSentence builds a parsed sentence from "word/UPOS/head/deprel" items.
func parsedSentence(s string) *analysis.Sentence {
	var text strings.Builder
	var toks []analysis.Token
	for i, item := range strings.Fields(s) {
		p := strings.Split(item, "/")
		if i > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(p[0])
		head := 0
		for _, c := range p[2] {
			head = head*10 + int(c-'0')
		}
		toks = append(toks, analysis.Token{Span: annals.Span{Text: p[0], Start: start, End: start + len(p[0])}, Form: p[0], UPOS: p[1], Head: head, Deprel: p[3]})
	}
	return &analysis.Sentence{Span: annals.Span{Text: text.String(), Start: 0, End: text.Len()}, Tokens: toks}
}

func TestDaterFollowsTheParse(t *testing.T) {
	// Trump announced a deadline of September .
	s := parsedSentence("Trump/PROPN/2/nsubj announced/VERB/0/root a/DET/4/det deadline/NOUN/2/obj of/ADP/6/case September/PROPN/4/nmod ./PUNCT/2/punct")
	// They met on Wednesday .
	s2 := parsedSentence("They/PRON/2/nsubj met/VERB/0/root on/ADP/4/case Wednesday/PROPN/2/obl ./PUNCT/2/punct")
	s2.Index = 1
	shift := len(s.Text) + 1
	s2.Start, s2.End = shift, shift+len(s2.Text)
	for i := range s2.Tokens {
		s2.Tokens[i].Start += shift
		s2.Tokens[i].End += shift
	}
	doc := s.Text + " " + s2.Text
	pred := func(s *analysis.Sentence, i int) annals.Predicate {
		return annals.Predicate{Span: s.Tokens[i].Span, Lemma: strings.ToLower(s.Tokens[i].Form)}
	}
	a := &analysis.Analysis{
		Document:  annals.Document{ID: "d", Text: doc, Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)},
		Sentences: []analysis.Sentence{*s, *s2},
		Statements: []annals.Statement{
			{Sentence: 0, Subject: annals.Argument{Span: s.Tokens[0].Span}, Predicate: pred(s, 1)},
			{Sentence: 1, Subject: annals.Argument{Span: s2.Tokens[0].Span}, Predicate: pred(s2, 1)},
		},
	}
	if err := (Dater{}).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if got := a.Statements[0].Time; got == nil || !got.FromDocument() {
		t.Errorf("a deadline of September dates the deadline, not the announcement: %+v", got)
	}
	if got := a.Statements[1].Time; got == nil || got.FromDocument() || got.Value != "2025-07-23" {
		t.Errorf("met on Wednesday: %+v", got)
	}
}
