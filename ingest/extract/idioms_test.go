package extract

import (
	"testing"

	"github.com/annals/annals"
)

// readingBrief is brief with the object's preposition after the verb, as
// the reader's views show it: "mayor · pay tribute to · firefighters";
// a passive verb after "be", as a lemma.
func readingBrief(st annals.Statement) string {
	s := st.Subject.Label() + " · " + st.Predicate.Lemma
	if st.Passive {
		s = st.Subject.Label() + " · be " + st.Predicate.Lemma
	}
	if st.Object != nil {
		if st.Object.Prep != "" {
			s += " " + st.Object.Prep
		}
		s += " · " + st.Object.Label()
	}
	if st.Modality != "" {
		s += " [" + st.Modality + "]"
	}
	if st.Attribution != nil {
		s += " [says " + st.Attribution.Label() + "]"
	}
	return s
}

// TestIdioms: light verbs with the noun that makes one act with them,
// verbs with the preposition of their object, and embedding verbs whose
// clause the parse cut off, on parses as the parser gets them (rows of
// annals parse).
func TestIdioms(t *testing.T) {
	tests := []rowCase{
		{"a light verb's noun, tagged an adverb, is part of the predicate; the phrase after it is the object", `
The DET DT the 2 det
mayor NOUN NN mayor 3 nsubj
paid VERB VBD pay 0 root
tribute ADV RB tribute 3 advmod
to ADP IN to 7 case
the DET DT the 7 det
firefighters NOUN NNS firefighter 3 obl
. PUNCT . . 3 punct`,
			[]string{"mayor · pay tribute to · firefighters"}},
		{"an idiom in a relative clause with its preposition stranded: the antecedent is the object", `
These PRON DT this 4 nsubj
are AUX VBP be 4 cop
the DET DT the 4 det
talks NOUN NNS talk 0 root
that PRON WDT that 7 obj
Ana PROPN NNP Ana 7 nsubj
took VERB VBD take 4 acl:relcl
part NOUN NN part 7 obj
in ADP IN in 7 advmod
. PUNCT . . 4 punct`,
			[]string{"These · be · the talks that Ana took part in", "Ana · take part in · talks"}},
		{"an idiom with no object", `
The DET DT the 2 det
senator NOUN NN senator 3 nsubj
followed VERB VBD follow 0 root
suit NOUN NN suit 3 obj
. PUNCT . . 3 punct`,
			[]string{"senator · follow suit"}},
		{"a noun with a quality is an object, not an idiom", `
The DET DT the 2 det
actor NOUN NN actor 3 nsubj
took VERB VBD take 0 root
a DET DT a 5 det
part NOUN NN part 3 obj
in ADP IN in 8 case
the DET DT the 8 det
play NOUN NN play 5 nmod
. PUNCT . . 3 punct`,
			[]string{"actor · take · part"}},
		{"an idiom's object only by the prepositions it takes; a phrase of time is none", `
The DET DT the 2 det
rally NOUN NN rally 3 nsubj
took VERB VBD take 0 root
place NOUN NN place 3 obj
on ADP IN on 6 case
Monday PROPN NNP Monday 3 obl
in ADP IN in 9 case
the DET DT the 9 det
capital NOUN NN capital 3 obl
. PUNCT . . 3 punct`,
			[]string{"rally · take place"}},
		{"a phrase an idiom does not take is no object, though its preposition often is", `
The DET DT the 2 det
vote NOUN NN vote 3 nsubj
took VERB VBD take 0 root
place NOUN NN place 3 obj
with ADP IN with 7 case
little ADJ JJ little 7 amod
fuss NOUN NN fuss 3 obl
. PUNCT . . 3 punct`,
			[]string{"vote · take place"}},
		{"a verb's prepositional object comes before other phrases", `
The DET DT the 2 det
team NOUN NN team 3 nsubj
went VERB VBD go 0 root
through ADP IN through 6 case
the DET DT the 6 det
files NOUN NNS file 3 obl
down ADV RB down 3 advmod
to ADP IN to 11 case
the DET DT the 11 det
last ADJ JJ last 11 amod
page NOUN NN page 3 obl
. PUNCT . . 3 punct`,
			[]string{"team · go through · files"}},
		{"a root noun with a past tense read as its participle: the noun acts", `
Ruiz PROPN NNS Ruiz 0 root
called VERB VBN call 1 acl
for ADP IN for 5 case
the DET DT the 5 det
release NOUN NN release 2 obl
of ADP IN of 7 case
prisoners NOUN NNS prisoner 5 nmod
and CCONJ CC and 9 cc
expressed VERB VBD express 1 conj
concern NOUN NN concern 9 obj
about ADP IN about 12 case
costs NOUN NNS cost 10 nmod
. PUNCT . . 1 punct`,
			[]string{"Ruiz · call for · release of prisoners", "Ruiz · express concern about · costs"}},
		{"a participle on a root noun whose phrase is no object the verb takes stays passive: a caption", `
Three NUM CD three 2 nummod
people NOUN NNS people 0 root
killed VERB VBN kill 2 acl
in ADP IN in 6 case
the DET DT the 6 det
crash NOUN NN crash 3 obl
. PUNCT . . 2 punct`,
			[]string{"Three people · be kill"}},
	}
	runRowCases(t, tests, readingBrief)
}
