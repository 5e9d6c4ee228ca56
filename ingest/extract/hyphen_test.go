package extract_test

import (
	"context"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
)

// TestHyphenParticiples: a participle joined by a hyphen to the word
// before it ("state-owned", "Iran-backed") is an adjective, no act, run
// through the standard pipeline (the parse is the parser's own); a
// predicate ("is well-known for") is no modifier and keeps its statement.
func TestHyphenParticiples(t *testing.T) {
	for _, text := range []string{
		"On Monday, state-owned Iranian news agency Mehr reported the arrests.",
		"US-led forces struck the base on Monday.",
		"Iran-backed militias attacked the embassy.",
	} {
		for _, st := range pipelineStatements(t, text) {
			switch st.Predicate.Lemma {
			case "be":
				if st.Subject.Text == "Mehr" {
					t.Errorf("%q: Mehr · be %s", text, st.Predicate.Text)
				}
			case "own", "lead", "back":
				t.Errorf("%q: a statement of %q (%s · %s)", text, st.Predicate.Lemma, st.Subject.Text, st.Predicate.Text)
			}
		}
	}
}

// TestHyphenPredicate: a hyphened participle after a copula or passive
// auxiliary is the predicate, and keeps its statement.
func TestHyphenPredicate(t *testing.T) {
	if len(pipelineStatements(t, "The charity is well-known for its campaigns.")) == 0 {
		t.Error("no statement of 'is well-known for'")
	}
}

// pipelineStatements runs the standard pipeline on a one-paragraph text.
func pipelineStatements(t *testing.T, text string) []annals.Statement {
	t.Helper()
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: text, Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)}}
	if err := pipe.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a.Statements
}
