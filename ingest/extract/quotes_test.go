package extract

import (
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// TestAttributeQuotes: a quotation gets the speaker a neighbouring
// sentence names, and nothing else does.
func TestAttributeQuotes(t *testing.T) {
	// each statement: its subject's word, its predicate's word and lemma
	// (the first occurrence of each word in the text)
	type stmt struct{ subj, word, lemma string }
	tests := []struct {
		name  string
		text  string
		stmts []stmt
		want  string // the attribution of each statement, "-" for none
	}{
		{"the speaker in the next sentence",
			`“The rains will come soon.” Ana said. The dam held.`,
			[]stmt{{"rains", "come", "come"}, {"Ana", "said", "say"}, {"dam", "held", "hold"}},
			"Ana - -"},
		{"the speaker before a colon, for every sentence of the quotation",
			`Ana said: “The dam held. Nobody left.” The river rose.`,
			[]stmt{{"Ana", "said", "say"}, {"dam", "held", "hold"}, {"Nobody", "left", "leave"}, {"river", "rose", "rise"}},
			"- Ana Ana -"},
		{"a quotation that goes on after its speaker",
			`"The dam held," the mayor said. "We were lucky."`,
			[]stmt{{"dam", "held", "hold"}, {"mayor", "said", "say"}, {"We", "were", "be"}},
			"mayor - mayor"},
		{"a reporting verb with a clause of its own speaks of something else",
			`“The dam held.” Ana said the river rose.`,
			[]stmt{{"dam", "held", "hold"}, {"Ana", "said", "say"}, {"river", "rose", "rise"}},
			"- - -"},
		{"a quotation left open ends at the paragraph",
			"\"The dam held.\n\nAna said the river rose.",
			[]stmt{{"dam", "held", "hold"}, {"Ana", "said", "say"}},
			"- -"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: tt.text}}
			for _, s := range tt.stmts {
				st := annals.Statement{Subject: annals.Argument{Span: spanOf(t, tt.text, s.subj)},
					Predicate: annals.Predicate{Span: spanOf(t, tt.text, s.word), Lemma: s.lemma}}
				if s.subj == "Ana" && s.lemma == "say" && strings.Contains(tt.text, "the river rose") {
					o := annals.Argument{Span: spanOf(t, tt.text, "the river rose")}
					st.Object = &o
				}
				a.Statements = append(a.Statements, st)
			}
			attributeQuotes(a)
			var got []string
			for _, st := range a.Statements {
				if st.Attribution == nil {
					got = append(got, "-")
				} else {
					got = append(got, st.Attribution.Text)
				}
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("attributions %q, want %q", g, tt.want)
			}
		})
	}
}

// spanOf is the span of the first occurrence of w in text.
func spanOf(t *testing.T, text, w string) annals.Span {
	t.Helper()
	i := strings.Index(text, w)
	if i < 0 {
		t.Fatalf("%q not in %q", w, text)
	}
	return annals.Span{Text: w, Start: i, End: i + len(w)}
}
