package extract

import "testing"

// TestHabitual: the "used" of a habitual past makes no statement; the
// infinitive's act does, with the tense and negation of "used", as the
// parser hangs it or misreads it as a purpose. A passive "used to" and a "used" with an object are uses.
func TestHabitual(t *testing.T) {
	tests := []rowCase{
		{"used to: the infinitive's act", `
She PRON PRP she 2 nsubj
used VERB VBD use 0 root
to PART TO to 4 mark
teach VERB VB teach 2 xcomp
music NOUN NN music 4 obj
. PUNCT . . 2 punct`,
			[]string{"She · teach · music"}},
		{"used to read as a purpose", `
Her PRON PRP$ her 2 nmod:poss
father NOUN NN father 3 nsubj
used VERB VBD use 0 root
to PART TO to 5 mark
sell VERB VB sell 3 advcl
fish NOUN NNS fish 5 obj
at ADP IN at 9 case
the DET DT the 9 det
market NOUN NN market 5 obl
. PUNCT . . 3 punct`,
			[]string{"father · sell · fish"}},
		{"did not use to: the infinitive's act, not done", `
I PRON PRP I 4 nsubj
did AUX VBD do 4 aux
not PART RB not 4 advmod
use VERB VB use 0 root
to PART TO to 6 mark
talk VERB VB talk 4 advcl
much ADV RB much 6 advmod
. PUNCT . . 4 punct`,
			[]string{"I · talk [not]"}},
		{"a passive use is left alone", `
The DET DT the 2 det
tools NOUN NNS tool 4 nsubj:pass
were AUX VBD be 4 aux:pass
used VERB VBN use 0 root
to PART TO to 6 mark
cut VERB VB cut 4 xcomp
stone NOUN NN stone 6 obj
. PUNCT . . 4 punct`,
			[]string{"tools · use · to cut stone", "tools · cut · stone"}},
		{"a use with an object is left alone", `
The DET DT the 3 det
old ADJ JJ old 3 amod
man NOUN NN man 4 nsubj
used VERB VBD use 0 root
a DET DT a 6 det
stick NOUN NN stick 4 obj
to PART TO to 8 mark
walk VERB VB walk 4 advcl
. PUNCT . . 4 punct`,
			[]string{"old man · use · stick"}},
	}
	runRowCases(t, tests, brief)
}
