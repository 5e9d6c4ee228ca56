package main

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// TestWriteCaRB checks the printing of openie.Tuples (tested there):
// one tab-separated line a tuple, confidence to four places, qualifiers as
// further columns, tabs and newlines in the text made spaces, and the
// tuples below --min-confidence left out.
func TestWriteCaRB(t *testing.T) {
	text := "Ana\tsold maps in Lyon."
	sp := func(start, end int) annals.Span { return annals.Span{Text: text[start:end], Start: start, End: end} }
	a := &analysis.Analysis{
		Document:  annals.Document{ID: "d", Text: text},
		Sentences: []analysis.Sentence{{Span: sp(0, len(text))}},
		Statements: []annals.Statement{{
			Subject: annals.Argument{Span: sp(0, 3)}, Predicate: annals.Predicate{Span: sp(4, 8), Lemma: "sell"},
			Object: &annals.Argument{Span: sp(9, 13)}, Qualifiers: []annals.Qualifier{{Span: sp(14, 21), Prep: "in"}},
			Confidence: 0.7,
		}, {
			Subject: annals.Argument{Span: sp(0, 3)}, Predicate: annals.Predicate{Span: sp(4, 8), Lemma: "sell"},
			Confidence: 0.1,
		}},
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := writeCaRBDocument(w, &extractOptions{MinConfidence: 0.5}, a); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if got, want := buf.String(), "Ana sold maps in Lyon.\t0.7000\tAna\tsold\tmaps\tin Lyon\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
