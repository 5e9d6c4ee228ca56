package extract

import "testing"

// TestAccordingSubjects: a source the parse made the subject goes back
// under "according to"; its apposition is the subject.
func TestAccordingSubjects(t *testing.T) {
	runRowCases(t, []rowCase{
		{"the source read as the subject, the subject as its apposition", `
According VERB VBG accord 8 advcl
to ADP IN to 1 fixed
the DET DT the 4 det
agency PROPN NNP agency 8 nsubj:pass
, PUNCT , , 7 punct
the DET DT the 7 det
party NOUN NN party 4 appos
scheduled VERB VBN schedule 0 root
a DET DT a 10 det
vote NOUN NN vote 8 obj
. PUNCT . . 8 punct`,
			[]string{"party · schedule · vote [says agency]"}},
		{"the source read as a modifier of the subject's noun is the clause's source", `
According VERB VBG accord 3 case
to ADP IN to 1 fixed
Reuters PROPN NNP Reuters 6 compound
, PUNCT , , 3 punct
other ADJ JJ other 6 amod
schools NOUN NNS school 7 nsubj
closed VERB VBD close 0 root
. PUNCT . . 7 punct`,
			[]string{"other schools · close [says Reuters]"}},
		{"an apposition of a plain subject stays as it is", `
The DET DT the 2 det
agency NOUN NN agency 6 nsubj
, PUNCT , , 5 punct
a DET DT a 5 det
regulator NOUN NN regulator 2 appos
scheduled VERB VBD schedule 0 root
a DET DT a 8 det
vote NOUN NN vote 6 obj
. PUNCT . . 6 punct`,
			[]string{"agency · schedule · vote"}},
	}, brief)
}
