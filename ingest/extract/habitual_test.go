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

// TestHabitualWould: a past habit told with "would" happened, again and
// again, and carries no modality; what someone said would happen, a
// supposition and a wish keep theirs.
func TestHabitualWould(t *testing.T) {
	runRowCases(t, []rowCase{
		{"as a boy, every week", `
As ADP IN as 3 case
a DET DT a 3 det
boy NOUN NN boy 6 obl
he PRON PRP he 6 nsubj
would AUX MD would 6 aux
mail VERB VB mail 0 root
songs NOUN NNS song 6 obj
to ADP IN to 10 case
his PRON PRP$ his 10 nmod:poss
cousin NOUN NN cousin 6 obl
every DET DT every 12 det
week NOUN NN week 6 obl:unmarked
. PUNCT . . 6 punct`,
			[]string{"he · mail · songs"}},
		{"coordinated with a past, sometimes", `
The DET DT the 2 det
rebels NOUN NNS rebel 5 nsubj
were AUX VBD be 5 cop
former ADJ JJ former 5 amod
soldiers NOUN NNS soldier 0 root
and CCONJ CC and 10 cc
they PRON PRP they 10 nsubj
would AUX MD would 10 aux
sometimes ADV RB sometimes 10 advmod
attack VERB VB attack 5 conj
the DET DT the 12 det
farms NOUN NNS farm 10 obj
. PUNCT . . 5 punct`,
			[]string{"rebels · be · former soldiers", "they · attack · farms"}},
		{"a used-to clause qualifies it", `
When ADV WRB when 3 advmod
we PRON PRP we 3 nsubj
used VERB VBD use 10 advcl
to PART TO to 5 mark
deliver VERB VB deliver 3 xcomp
food NOUN NN food 5 obj
, PUNCT , , 3 punct
we PRON PRP we 10 nsubj
would AUX MD would 10 aux
wear VERB VB wear 0 root
gloves NOUN NNS glove 10 obj
. PUNCT . . 10 punct`,
			[]string{"we · deliver · food", "we · wear · gloves"}},
		{"what he said he would always do stays modal", `
He PRON PRP he 2 nsubj
said VERB VBD say 0 root
he PRON PRP he 6 nsubj
would AUX MD would 6 aux
always ADV RB always 6 advmod
support VERB VB support 2 ccomp
her PRON PRP she 6 obj
. PUNCT . . 2 punct`,
			[]string{"He · say · he would always support her", "he · support · her [would] [says He]"}},
		{"a past in a relative clause frames nothing", `
The DET DT the 2 det
deal NOUN NN deal 12 nsubj
, PUNCT , , 2 punct
which PRON WDT which 6 nsubj:pass
was AUX VBD be 6 aux:pass
signed VERB VBN sign 2 acl:relcl
in ADP IN in 8 case
May PROPN NNP May 6 obl
, PUNCT , , 2 punct
would AUX MD would 12 aux
regularly ADV RB regularly 12 advmod
review VERB VB review 0 root
tariffs NOUN NNS tariff 12 obj
. PUNCT . . 12 punct`,
			[]string{"deal · sign", "deal · review · tariffs [would]"}},
		{"a frequency with no past stays modal", `
Every DET DT every 2 det
summer NOUN NN summer 5 obl:unmarked
they PRON PRP they 5 nsubj
would AUX MD would 5 aux
camp VERB VB camp 0 root
by ADP IN by 8 case
the DET DT the 8 det
lake PROPN NNP lake 5 obl
. PUNCT . . 5 punct`,
			[]string{"they · camp [would]"}},
	}, brief)
}
