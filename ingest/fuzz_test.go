package ingest

import (
	"context"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// pipelines are the standard pipelines, loaded once for all fuzz inputs.
var pipelines = sync.OnceValues(func() ([]*Pipeline, error) {
	whole, err := Default()
	if err != nil {
		return nil, err
	}
	lines, err := ForLines()
	if err != nil {
		return nil, err
	}
	return []*Pipeline{whole, lines}, nil
})

// FuzzPipeline runs both standard pipelines over any text: no panic, and
// every span they make (sentences, words, mentions, each part of each
// statement) is a well-formed span of the document's text.
func FuzzPipeline(f *testing.F) {
	for _, seed := range []string{
		"Russia offered to return the bodies of 3,000 soldiers on Wednesday, the Kremlin said.",
		"President Volodymyr Zelensky met Umerov. He proposed talks by the end of August.",
		"the resolve evident the reversed tried .", // once a slice-bounds panic in the clause extractor
		"\"We will not go,\" she said. According to the ministry, nobody was hurt.",
		"((WN)) Do these stars have planets?\n\nYes — in 2019, two years later…",
		"",
		"\x00\xff a",
	} {
		f.Add(seed)
	}
	pipes, err := pipelines()
	if err != nil {
		f.Fatal(err)
	}
	date := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // sources refuse what is not UTF-8 before the pipeline sees it
		}
		for _, p := range pipes {
			a := &analysis.Analysis{Document: annals.Document{ID: "fuzz", Text: text, Date: date}}
			if err := p.Run(context.Background(), a); err != nil {
				t.Fatalf("%s: %v", p.Version(), err)
			}
			checkSpans(t, a)
		}
	})
}

// checkSpans fails t for any span of the analysis that is not a span of
// its document's text.
func checkSpans(t *testing.T, a *analysis.Analysis) {
	t.Helper()
	text := a.Document.Text
	valid := func(what string, s annals.Span) {
		if !s.Valid(text) {
			t.Fatalf("%s %+v is not a span of %q", what, s, text)
		}
	}
	for _, s := range a.Sentences {
		valid("sentence", s.Span)
		for _, tok := range s.Tokens {
			valid("token", tok.Span)
		}
	}
	for _, m := range a.Mentions {
		valid("mention", m.Span)
	}
	for _, st := range a.Statements {
		if st.Sentence < 0 || st.Sentence >= len(a.Sentences) {
			t.Fatalf("statement of sentence %d of %d", st.Sentence, len(a.Sentences))
		}
		valid("subject", st.Subject.Span)
		valid("predicate", st.Predicate.Span)
		if st.Object != nil {
			valid("object", st.Object.Span)
		}
		if st.Attribution != nil {
			valid("attribution", st.Attribution.Span)
		}
		for _, q := range st.Qualifiers {
			valid("qualifier", q.Span)
		}
		if st.Time != nil && st.Time.Expr != nil {
			valid("time expression", *st.Time.Expr)
		}
	}
}
