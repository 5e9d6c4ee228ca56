package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals"
)

// edgeReading is a statement as subject · predicate lemma and the
// object's preposition · object, with
// the modality after a slash when there is one.
func edgeReading(st annals.Statement) string {
	r := st.Subject.Text + " · " + st.Predicate.Lemma
	if st.Object != nil && st.Object.Prep != "" {
		r += " " + st.Object.Prep
	}
	if st.Object != nil {
		r += " · " + st.Object.Text
	}
	if st.Modality != "" {
		r += " /" + st.Modality
	}
	return r
}

// TestEdges: no word that changes the meaning is cut from the edge of a
// statement's part, run through the standard pipeline: a hyphenated word
// stays whole, or its piece makes no statement; a degree word stays with
// its adjective, and "too ... to" makes no statement of the act it
// denies; "gonna" is "going to"; a noun compound read as a verb and a
// relative clause makes no act of its first noun.
func TestEdges(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // readings that must be there
		not        []string // readings, or "lemma:" prefixes of predicates, that must not
	}{
		{"a hyphenated title and the name after it stay with the phrase",
			"The agency sent a letter to President-elect Ana Ruiz on Monday.",
			[]string{"The agency · send · a letter to President-elect Ana Ruiz"}, nil},
		{"a compound adjective after a copula is whole",
			"The mayor was very power-hungry.",
			[]string{"The mayor · be · power-hungry"}, []string{"The mayor · be · hungry"}},
		{"a participle ending a compound adjective is no act, and its noun is the object",
			"Experts warned the deal could have far-reaching effects on prices.",
			[]string{"the deal · have · far-reaching effects on prices /could"}, []string{"lemma:reach"}},
		{"a hyphenated noun is no verb and its object",
			"I rarely hear about IRL meet-ups.",
			[]string{"I · hear about · IRL meet-ups"}, []string{"lemma:meet"}},
		{"a piece of a word the parse split between two clauses is no subject",
			"If the data are right, experts say, containing COVID-19 may need new tools.",
			nil, []string{"19 · need · new tools /may", "COVID-19 · need · new tools /may"}},
		{"a verb that ends a hyphenated word is the whole word",
			"The grant will enable researchers to jump-start the search for a vaccine.",
			[]string{"researchers · jump-start · the search for a vaccine /enable"}, []string{"lemma:start"}},
		{"a role's words are the whole hyphenated word",
			"The news came from his son-in-law, Marc Duval, on Friday.",
			[]string{"Marc Duval · son-in-law"}, []string{"Marc Duval · law"}},
		{"too before an adjective stays, and the infinitive it denies makes no statement",
			"The union said the hall is too small to be used as a venue.",
			[]string{"the hall · be · too small to be used as a venue"}, []string{"lemma:use"}},
		{"barely stays with its adjective",
			"The river was barely visible from the road.",
			[]string{"The river · be · barely visible"}, nil},
		{"every bit as ... as compares",
			"The new engine is every bit as fast as the old one.",
			[]string{"The new engine · be · every bit as fast as the old one"}, nil},
		{"the too of also is no degree word",
			"She too is a nurse.",
			[]string{"She · be · a nurse"}, nil},
		{"gonna is going to: the copula's statement, in the future",
			"Officials said the shortage is gonna be a problem.",
			[]string{"the shortage · be · a problem /will"}, []string{"lemma:go"}},
		{"a noun compound read as a coordinated verb is the next clause's subject",
			"The team mostly fixes bugs, and feature requests usually come from players.",
			[]string{"feature requests · come"}, []string{"lemma:feature"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			var lemmas []string
			for _, st := range pipelineStatements(t, c.text) {
				got = append(got, edgeReading(st))
				lemmas = append(lemmas, "lemma:"+st.Predicate.Lemma)
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: no %q in %q", c.text, w, got)
				}
			}
			for _, n := range c.not {
				if strings.HasPrefix(n, "lemma:") && slices.Contains(lemmas, n) || slices.Contains(got, n) {
					t.Errorf("%q: %q in %q", c.text, n, got)
				}
			}
		})
	}
}

// TestEdgeQualifiers: a phrase that opens inside a hyphenated word ("in
// voting" of "mail-in voting") is no phrase; the word stays whole in the
// one that holds it.
func TestEdgeQualifiers(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Officials warned of fraud in mail-in voting.", "in mail-in voting"},
	} {
		var quals []string
		for _, st := range pipelineStatements(t, c.text) {
			for _, q := range st.Qualifiers {
				quals = append(quals, q.Text)
			}
		}
		if !slices.Equal(quals, []string{c.want}) {
			t.Errorf("%q: qualifiers %q, want [%q]", c.text, quals, c.want)
		}
	}
}
