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

// TestInfinitiveOfStance: an infinitive after an adjective of fortune or
// pride, or of feeling in the past, happened; after one of disposition or
// likelihood, or a verb of effort, it did not, and the effort is still a
// statement of its own.
func TestInfinitiveOfStance(t *testing.T) {
	runRowCases(t, []rowCase{
		{"fortunate to win: she won", `
She PRON PRP she 3 nsubj
was AUX VBD be 3 cop
fortunate ADJ JJ fortunate 0 root
to PART TO to 5 mark
win VERB VB win 3 xcomp
the DET DT the 7 det
title NOUN NN title 5 obj
in ADP IN in 9 case
2015 NUM CD 2015 5 obl
. PUNCT . . 3 punct`,
			[]string{"She · be · fortunate to win the title in 2015", "She · win · title"}},
		{"was happy to answer: he answered", `
He PRON PRP he 3 nsubj
was AUX VBD be 3 cop
happy ADJ JJ happy 0 root
to PART TO to 5 mark
answer VERB VB answer 3 xcomp
questions NOUN NNS question 5 obj
. PUNCT . . 3 punct`,
			[]string{"He · be · happy to answer questions", "He · answer · questions"}},
		{"is happy to answer: an offer", `
She PRON PRP she 3 nsubj
is AUX VBZ be 3 cop
happy ADJ JJ happy 0 root
to PART TO to 5 mark
answer VERB VB answer 3 xcomp
questions NOUN NNS question 5 obj
. PUNCT . . 3 punct`,
			[]string{"She · be · happy to answer questions", "She · answer · questions [happy]"}},
		{"prone to collapse, prone read as a participle: a tendency", `
The DET DT the 2 det
team NOUN NN team 4 nsubj:pass
was AUX VBD be 4 aux:pass
prone VERB VBN pro 0 root
to PART TO to 6 mark
collapse VERB VB collapse 4 xcomp
in ADP IN in 10 case
the DET DT the 10 det
final ADJ JJ final 10 amod
minutes NOUN NNS minute 6 obl
. PUNCT . . 4 punct`,
			[]string{"team · pro · to collapse in the final minutes", "team · collapse [prone]"}},
		{"struggling to censor: the struggle is a fact, the censoring is not", `
The DET DT the 2 det
company NOUN NN company 4 nsubj
is AUX VBZ be 4 aux
struggling VERB VBG struggle 0 root
to PART TO to 6 mark
censor VERB VB censor 4 xcomp
the DET DT the 8 det
videos NOUN NNS video 6 obj
. PUNCT . . 4 punct`,
			[]string{"company · struggle · to censor the videos", "company · censor · videos [struggle]"}},
		{"likely to attack keeps its modality", `
The DET DT the 2 det
rebels NOUN NNS rebel 4 nsubj
are AUX VBP be 4 cop
likely ADJ JJ likely 0 root
to PART TO to 6 mark
attack VERB VB attack 4 xcomp
the DET DT the 8 det
town NOUN NN town 6 obj
. PUNCT . . 4 punct`,
			[]string{"rebels · be · likely to attack the town", "rebels · attack · town [likely]"}},
	}, brief)
}
