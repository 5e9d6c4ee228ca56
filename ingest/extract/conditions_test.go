package extract

import "testing"

// TestInvertedConditions: a condition that puts its auxiliary first
// ("Had the storm arrived", "Should the talks fail") asserts nothing, and
// what would follow from it is marked "if", however the parse hangs the
// two; a relative "had" and a question are left alone.
func TestInvertedConditions(t *testing.T) {
	tests := []rowCase{
		{"had first, the condition read as the root", `
Had VERB VBD have 0 root
the DET DT the 3 det
storm NOUN NN storm 4 nsubj
arrived VERB VBD arrive 1 ccomp
earlier ADV RBR early 4 advmod
, PUNCT , , 11 punct
the DET DT the 8 det
bridge NOUN NN bridge 11 nsubj
would AUX MD would 11 aux
have AUX VB have 11 aux
collapsed VERB VBN collapse 4 conj
. PUNCT . . 1 punct`,
			[]string{"storm · arrive [if]", "bridge · collapse [if]"}},
		{"had first, the consequence read as what was said", `
Had AUX VBD have 3 aux
I PRON PRP I 3 nsubj
said VERB VBD say 0 root
that SCONJ IN that 9 mark
, PUNCT , , 4 punct
they PRON PRP they 9 nsubj
would AUX MD would 9 aux
have AUX VB have 9 aux
fired VERB VBN fire 3 ccomp
me PRON PRP I 9 obj
. PUNCT . . 3 punct`,
			[]string{"they · fire · me [if]"}},
		{"should first, the should hung on the consequence", `
Should AUX MD should 9 aux
the DET DT the 4 det
talks NOUN NNS talk 4 compound
fail NOUN NN fail 9 nsubj:outer
, PUNCT , , 9 punct
the DET DT the 7 det
union NOUN NN union 9 nsubj
will AUX MD will 9 aux
strike VERB VB strike 0 root
on ADP IN on 11 case
Monday PROPN NNP Monday 9 obl
. PUNCT . . 9 punct`,
			[]string{"union · strike [if]"}},
		{"were first, parsed as a condition", `
Were AUX VBD be 3 aux:pass
he PRON PRP he 3 nsubj:pass
elected VERB VBN elect 7 advcl
, PUNCT , , 3 punct
he PRON PRP he 7 nsubj
would AUX MD would 7 aux
cut VERB VB cut 0 root
taxes NOUN NNS tax 7 obj
. PUNCT . . 7 punct`,
			[]string{"he · cut · taxes [if]"}},
		{"a relative clause's had is a fact", `
The DET DT the 2 det
firm NOUN NN firm 11 nsubj
, PUNCT , , 5 punct
which PRON WDT which 5 nsubj
had VERB VBD have 2 acl:relcl
the DET DT the 7 det
contract NOUN NN contract 5 obj
, PUNCT , , 2 punct
would AUX MD would 11 aux
not PART RB not 11 advmod
comment VERB VB comment 0 root
. PUNCT . . 11 punct`,
			[]string{"firm · have · contract", "firm · comment [not] [would]"}},
		{"a question sets no condition", `
Should AUX MD should 3 aux
we PRON PRP we 3 nsubj
leave VERB VB leave 0 root
, PUNCT , , 7 punct
or CCONJ CC or 7 cc
will AUX MD will 7 aux
they PRON PRP they 7 nsubj
stay VERB VB stay 3 conj
? PUNCT . ? 3 punct`,
			nil},
	}
	runRowCases(t, tests, brief)
}
