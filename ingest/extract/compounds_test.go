package extract

import "testing"

// TestCompounds: noun compounds the parse split or read a verb into, as
// the parser gets them (rows of annals parse).
func TestCompounds(t *testing.T) {
	runRowCases(t, []rowCase{
		{"a headline's role noun tagged an adjective heads the subject", `
Acme PROPN NNP Acme 3 nsubj
executive ADJ JJ executive 3 amod
leaves VERB VBZ leave 0 root
company NOUN NN company 3 obj
. PUNCT . . 3 punct`,
			[]string{"Acme executive · leave · company"}},
		{"a number and the noun tagged an adjective after it are one subject", `
Four NUM CD four 2 nummod
senators NOUN NNS senator 3 nsubj
opposed VERB VBD oppose 0 root
the DET DT the 5 det
bill NOUN NN bill 3 obj
; PUNCT , ; 9 punct
one NUM CD one 9 nsubj
independent ADJ JJ independent 9 amod
abstained VERB VBD abstain 3 parataxis
. PUNCT . . 3 punct`,
			[]string{"Four senators · oppose · bill", "one independent · abstain"}},
		{"an adjective that is a phrase of its own stays out of the subject", `
Ana PROPN NNP Ana 4 nsubj
, PUNCT , , 3 punct
tired ADJ JJ tired 4 amod
left VERB VBD leave 0 root
early ADV RB early 4 advmod
. PUNCT . . 4 punct`,
			[]string{"Ana · leave"}},
		{"a capitalised word inside a title is no verb", `
Acme PROPN NNP Acme 7 nsubj
Chief PROPN NNP Chief 1 flat
Operating VERB VBG operate 7 advcl
Officer PROPN NNP Officer 7 nsubj
Ana PROPN NNP Ana 4 flat
Ruiz PROPN NNP Ruiz 4 flat
spoke VERB VBD speak 0 root
at ADP IN at 10 case
the DET DT the 10 det
fair NOUN NN fair 7 obl
. PUNCT . . 7 punct`,
			[]string{"Officer Ana Ruiz · speak"}},
		{"a brand's mixed-case word is no verb", `
The DET DT the 2 det
album NOUN NN album 3 nsubj
sold VERB VBD sell 0 root
well ADV RB well 3 advmod
in ADP IN in 7 case
the DET DT the 7 det
online NOUN NN online 3 obl
iTunes VERB VBZ itune 3 conj
Music NOUN NN music 10 compound
Store NOUN NN store 8 obj
. PUNCT . . 3 punct`,
			[]string{"album · sell"}},
		{"a headline in title case keeps its capitalised verb", `
Acme PROPN NNP Acme 2 compound
Boss PROPN NNP Boss 3 nsubj
Quits VERB VBZ quit 0 root
Board PROPN NNP Board 3 obj
Amid ADP IN amid 6 case
Probe PROPN NNP Probe 3 obl`,
			[]string{"Acme Boss · quit · Board"}},
	}, brief)
}
