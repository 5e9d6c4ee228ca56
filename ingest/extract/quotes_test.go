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

// TestQuoteObject: a reporting statement that closes a quotation and says
// nothing else, or only whom it told, takes the quotation as what it says.
func TestQuoteObject(t *testing.T) {
	tests := []struct {
		name, text, speaker, verb, lemma, object string
		want                                     string // the object's text, "-" for none
	}{
		{"a bare said", `“The dam held.” Ana said.`, "Ana", "said", "say", "", "The dam held"},
		{"told whom only", `“The dam held,” Ana told the council.`, "Ana", "told", "tell", "the council", "The dam held"},
		{"a clause of its own stays", `“The dam held.” Ana said the river rose.`, "Ana", "said", "say", "the river rose", "the river rose"},
		{"what comes after a colon is what it says", `“The dam held.” Ana said: “It will hold.”`, "Ana", "said", "say", "", "-"},
		{"a phrase in quotation marks is no quotation", `It had “minor damage”. Officials at the site were told.`, "Officials", "told", "tell", "", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: tt.text}}
			a.Sentences = []analysis.Sentence{{Span: annals.Span{Text: tt.text, Start: 0, End: len(tt.text)}}}
			st := annals.Statement{Subject: annals.Argument{Span: spanOf(t, tt.text, tt.speaker)},
				Predicate: annals.Predicate{Span: spanOf(t, tt.text, tt.verb), Lemma: tt.lemma}}
			if tt.object != "" {
				o := annals.Argument{Span: spanOf(t, tt.text, tt.object)}
				st.Object = &o
			}
			a.Statements = append(a.Statements, st)
			attributeQuotes(a)
			got := "-"
			if o := a.Statements[0].Object; o != nil {
				got = o.Text
				if !o.Valid(tt.text) {
					t.Errorf("object %+v is not the text at its offsets", o.Span)
				}
			}
			if got != tt.want {
				t.Errorf("object %q, want %q", got, tt.want)
			}
		})
	}
}
