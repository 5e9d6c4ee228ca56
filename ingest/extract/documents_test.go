package extract

import "testing"

// TestDocumentReads: a text after the "reads" of what it says is the
// subject, and the source of what it says, however the parse hung the
// "reads"; a text before "reads" says what follows; a person who reads a
// text is left alone.
func TestDocumentReads(t *testing.T) {
	tests := []rowCase{
		{"reads the notice, read as a purpose of the quote", `
" PUNCT '' " 5 punct
The DET DT the 3 det
shop NOUN NN shop 5 nsubj
will AUX MD will 5 aux
close VERB VB close 0 root
at ADP IN at 7 case
noon NOUN NN noon 5 obl
, PUNCT , , 5 punct
" PUNCT '' " 5 punct
reads VERB VBZ read 5 advcl
the DET DT the 12 det
notice NOUN NN notice 10 obj
. PUNCT . . 5 punct`,
			[]string{"shop · close [will] [says notice]", "notice · read · The shop will close at noon"}},
		{"reads the notice, read as a second act of the quote", `
" PUNCT '' " 5 punct
The DET DT the 3 det
shop NOUN NN shop 5 nsubj
will AUX MD will 5 aux
close VERB VB close 0 root
at ADP IN at 7 case
noon NOUN NN noon 5 obl
" PUNCT '' " 5 punct
, PUNCT , , 10 punct
reads VERB VBZ read 5 conj
the DET DT the 12 det
notice NOUN NN notice 10 obj
. PUNCT . . 5 punct`,
			[]string{"shop · close [will] [says notice]", "notice · read · The shop will close at noon"}},
		{"reads the motion after an unquoted clause", `
Because SCONJ IN because 6 mark
only ADV RB only 6 advmod
the DET DT the 4 det
board NOUN NN board 6 nsubj
may AUX MD may 6 aux
sell VERB VB sell 10 advcl
the DET DT the 8 det
land NOUN NN land 6 obj
, PUNCT , , 6 punct
reads VERB VBZ read 0 root
the DET DT the 12 det
motion NOUN NN motion 10 obj
. PUNCT . . 10 punct`,
			[]string{"board · sell · land [may] [says motion]", "motion · read · Because only the board may sell the land"}},
		{"the letter reads: what it says", `
The DET DT the 2 det
letter NOUN NN letter 3 nsubj
reads VERB VBZ read 0 root
: PUNCT : : 7 punct
the DET DT the 6 det
board NOUN NN board 7 nsubj
owns VERB VBZ own 3 ccomp
the DET DT the 9 det
land NOUN NN land 7 obj
. PUNCT . . 3 punct`,
			[]string{"letter · read · the board owns the land", "board · own · land [says letter]"}},
		{"a person reads a text", `
Ana PROPN NNP Ana 2 nsubj
read VERB VBD read 0 root
the DET DT the 4 det
letter NOUN NN letter 2 obj
. PUNCT . . 2 punct`,
			[]string{"Ana · read · letter"}},
	}
	runRowCases(t, tests, brief)
}
