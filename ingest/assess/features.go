package assess

import (
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// ArgKind is what a subject or object is, as a reader sees it.
type ArgKind int

// Kinds of argument, from the most to the least useful to a reader.
const (
	ArgActor             ArgKind = iota // names an actor of the document
	ArgResolvedPronoun                  // a pronoun resolved to an actor
	ArgName                             // a proper name that is no actor (a product, an event)
	ArgNoun                             // a common noun phrase
	ArgUnresolvedPronoun                // a pronoun no actor was found for
	ArgClause                           // a clause or a long stretch, not a phrase
	ArgNone                             // no object
)

// longArgument is how many words make an argument a stretch of text rather
// than a phrase: a parse gone wrong, as a rule ("An apartment building
// collapsed on Monday in Magnitogorsk, a city in ..." as a subject).
const longArgument = 12

// Features are what the model reads of one statement.
type Features struct {
	Extractor      float64 // the extractor's own confidence, 0..1
	Subject        ArgKind
	Object         ArgKind
	Copula         bool // the predicate is "be"
	LightVerb      bool // have, do, make, get, take, give, go: little act of their own
	Role           bool // a role read off a title or an apposition
	Negated        bool
	Modal          bool // a modality keeps the act from having happened
	Attributed     bool
	DocumentDate   bool // dated by the article date alone
	ReportingVerb  bool // say, tell, announce, ...: the act is the saying
	SubjectWords   int
	PredicateWords int
}

// lightVerbs say little of their own without their complement.
var lightVerbs = map[string]bool{"have": true, "do": true, "make": true, "get": true, "take": true,
	"give": true, "go": true, "come": true, "put": true, "keep": true}

// personalPronouns are the pronouns a resolved argument may be written as.
var personalPronouns = map[string]bool{"i": true, "me": true, "you": true, "he": true, "him": true,
	"she": true, "her": true, "it": true, "we": true, "us": true, "they": true, "them": true,
	"his": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// FeaturesOf reads the features of statement st of analysis a.
func FeaturesOf(a *analysis.Analysis, st *annals.Statement) Features {
	f := Features{
		Extractor:     st.Confidence,
		Subject:       argKind(a, &st.Subject),
		Object:        ArgNone,
		Copula:        st.Predicate.Lemma == "be",
		LightVerb:     lightVerbs[st.Predicate.Lemma],
		Role:          st.Role,
		Negated:       st.Negated,
		Modal:         st.Modality != "",
		Attributed:    st.Attribution != nil,
		DocumentDate:  st.Time.FromDocument(),
		ReportingVerb: analysis.IsReportingVerb(st.Predicate.Lemma),
		SubjectWords:  len(strings.Fields(st.Subject.Text)),
	}
	if st.Object != nil {
		f.Object = argKind(a, st.Object)
	}
	f.PredicateWords = len(strings.Fields(st.Predicate.Text))
	return f
}

// argKind tells what an argument is.
func argKind(a *analysis.Analysis, arg *annals.Argument) ArgKind {
	words := strings.Fields(arg.Text)
	switch {
	case arg.Pronoun && arg.Actor == "":
		return ArgUnresolvedPronoun
	case arg.Actor != "" && len(words) == 1 && personalPronouns[strings.ToLower(words[0])]:
		return ArgResolvedPronoun
	case arg.Actor != "":
		return ArgActor
	case len(words) >= longArgument:
		return ArgClause
	case properName(a, arg.Span):
		return ArgName
	}
	return ArgNoun
}

// properName reports whether the argument's head words are proper nouns.
func properName(a *analysis.Analysis, sp annals.Span) bool {
	proper, words := 0, 0
	for i := range a.Sentences {
		s := &a.Sentences[i]
		if s.End <= sp.Start || s.Start >= sp.End {
			continue
		}
		for _, t := range s.Tokens {
			if t.Start >= sp.Start && t.End <= sp.End && t.UPOS != "PUNCT" {
				words++
				if analysis.IsProperTag(t.XPOS) {
					proper++
				}
			}
		}
	}
	return words > 0 && 2*proper >= words
}
