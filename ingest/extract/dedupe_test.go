package extract

import (
	"context"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// twice is an extractor that gives every statement two times, as two
// readings of one clause can.
type twice struct{}

func (twice) Extract(doc string, s *analysis.Sentence) []annals.Statement {
	st := annals.Statement{Doc: doc, Sentence: s.Index, Subject: annals.Argument{Span: s.Span},
		Predicate: annals.Predicate{Span: s.Span, Lemma: "say"}}
	st.ID = annals.StatementID(&st)
	return []annals.Statement{st, st}
}

func TestStageKeepsEachStatementOnce(t *testing.T) {
	a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: "Ana spoke. Ben spoke."},
		Sentences: []analysis.Sentence{
			{Span: annals.Span{Text: "Ana spoke.", Start: 0, End: 10}, Index: 0},
			{Span: annals.Span{Text: "Ben spoke.", Start: 11, End: 21}, Index: 1},
		}}
	if err := (Stage{Version: "test/1", Extractor: twice{}}).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Statements) != 2 || a.Statements[0].ID == a.Statements[1].ID {
		t.Errorf("want one statement per sentence, got %d: %+v", len(a.Statements), a.Statements)
	}
}
