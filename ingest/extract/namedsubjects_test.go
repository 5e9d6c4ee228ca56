package extract

import "testing"

// TestNamedSubjects checks the repairs that give a clause back the name
// the parse hung elsewhere: a name set off before a phrase taken for the
// subject, a place that completes the name in the subject's phrase, and
// an apposition after coordinated sources of "according to".
func TestNamedSubjects(t *testing.T) {
	runRowCases(t, []rowCase{
		{"a name set off before a phrase taken for the subject", `
Okafor PROPN NNP Okafor 4 vocative
, PUNCT , , 1 punct
in ADP IN in 4 case
remarks NOUN NNS remark 8 nsubj
to ADP IN to 6 case
reporters NOUN NNS reporter 4 nmod
, PUNCT , , 4 punct
denied VERB VBD deny 0 root
the DET DT the 10 det
claim NOUN NN claim 8 obj
. PUNCT . . 8 punct`,
			[]string{"Okafor · deny · claim"}},
		{"a place that completes the name in the subject's phrase", `
Ana PROPN NNP Ana 10 nsubj
Ruiz PROPN NNP Ruiz 1 flat
of ADP IN of 5 case
the DET DT the 5 det
University PROPN NNP University 1 nmod
of ADP IN of 7 case
Delmont PROPN NNP Delmont 5 nmod
, PUNCT , , 9 punct
Eastport PROPN NNP Eastport 10 nsubj
disputed VERB VBD dispute 0 root
the DET DT the 12 det
findings NOUN NNS finding 10 obj
. PUNCT . . 10 punct`,
			[]string{"Ana Ruiz of the University of Delmont , Eastport · dispute · findings"}},
		{"an opening time is no name to go on", `
Thereafter PROPN NNP Thereafter 5 nsubj
, PUNCT , , 3 punct
Okafor PROPN NNP Okafor 5 nsubj
quickly ADV RB quickly 5 advmod
posted VERB VBD post 0 root
a DET DT a 7 det
report NOUN NN report 5 obj
. PUNCT . . 5 punct`,
			[]string{"Okafor · post · report"}},
		{"an apposition after coordinated sources", `
According VERB VBG accord 3 case
to ADP IN to 1 fixed
Ledger PROPN NNP Ledger 11 nsubj
and CCONJ CC and 5 cc
Courier PROPN NNP Courier 3 conj
, PUNCT , , 7 punct
Okafor PROPN NNP Okafor 5 appos
is AUX VBZ be 11 cop
the DET DT the 11 det
likely ADJ JJ likely 11 amod
winner NOUN NN winner 0 root
. PUNCT . . 11 punct`,
			[]string{"Okafor · be · the likely winner [says Ledger]"}},
	}, brief)
}
