package extract

import "testing"

// TestWrongSubjects checks the rules that keep a phrase that is not the
// doer from becoming a clause's subject: the object of a gerund that
// opens the subject, a description in apposition read as a second name, a
// description that a relative clause hangs on instead of the name, what a
// reported "there is" says there is, and a participle's "by" phrase;
// and a verb after "but" that takes no "not" from the verb before it.
func TestWrongSubjects(t *testing.T) {
	runRowCases(t, []rowCase{
		{"a gerund opens the subject", `
Defeating VERB VBG defeat 0 root
the DET DT the 3 det
governor NOUN NN governor 4 nsubj
starts VERB VBZ start 1 ccomp
with SCONJ IN with 6 mark
uniting VERB VBG unite 4 advcl
the DET DT the 8 det
party NOUN NN party 6 obj
. PUNCT . . 1 punct
`,
			[]string{"Defeating · start"}},
		{"a gerund after that", `
Critics NOUN NNS critic 2 nsubj
warned VERB VBD warn 0 root
that SCONJ IN that 4 mark
building VERB VBG build 2 ccomp
the DET DT the 6 det
dam NOUN NN dam 8 nsubj
would AUX MD would 8 aux
flood VERB VB flood 4 ccomp
the DET DT the 10 det
valley NOUN NN valley 8 obj
. PUNCT . . 2 punct
`,
			[]string{"Critics · warn · that building the dam would flood the valley", "building · flood · valley [would] [says Critics]"}},
		{"a participle as adjective stays", `
Rising VERB VBG rise 0 root
prices NOUN NNS price 4 nsubj
have AUX VBP have 4 aux
hurt VERB VBN hurt 1 ccomp
families NOUN NNS family 4 obj
. PUNCT . . 1 punct
`,
			[]string{"prices · hurt · families"}},
		{"a participle before a title stays", `
Visiting VERB VBG visit 5 advcl
President PROPN NNP President 3 nmod:desc
Xi PROPN NNP Xi 5 nsubj
Jinping PROPN NNP Jinping 3 flat
met VERB VBD meet 0 root
the DET DT the 8 det
prime ADJ JJ prime 8 amod
minister NOUN NN minister 5 obj
. PUNCT . . 5 punct
`,
			[]string{"Xi Jinping · visit", "Xi Jinping · meet · prime minister"}},
		{"a description set off after a name", `
Oregon PROPN NNP Oregon 2 compound
governor NOUN NN governor 3 nmod:desc
Kate PROPN NNP Kate 9 nsubj
Brown PROPN NNP Brown 3 flat
, PUNCT , , 7 punct
a DET DT a 7 det
Democrat PROPN NNP Democrat 3 conj
, PUNCT , , 3 punct
said VERB VBD say 0 root
she PRON PRP she 12 nsubj
would AUX MD would 12 aux
resign VERB VB resign 9 ccomp
. PUNCT . . 9 punct
`,
			[]string{"Kate Brown · say · she would resign", "she · resign [would] [says Kate Brown]"}},
		{"names in a list stay", `
Ruiz PROPN NNP Ruiz 7 nsubj
, PUNCT , , 3 punct
Lopez PROPN NNP Lopez 1 conj
, PUNCT , , 6 punct
and CCONJ CC and 6 cc
Hale PROPN NNP Hale 1 conj
signed VERB VBD sign 0 root
the DET DT the 9 det
letter NOUN NN letter 7 obj
. PUNCT . . 7 punct
`,
			[]string{"Ruiz · sign · letter", "Lopez · sign · letter", "Hale · sign · letter"}},
		{"a relative clause on a description of a name", `
Reports NOUN NNS report 2 nsubj
said VERB VBD say 0 root
Garcia PROPN NNP Garcia 17 nsubj
, PUNCT , , 8 punct
a DET DT a 8 det
former ADJ JJ former 8 amod
state NOUN NN state 8 compound
senator NOUN NN senator 3 appos
who PRON WP who 10 nsubj
gained VERB VBD gain 8 acl:relcl
fame NOUN NN fame 10 obj
in ADP IN in 13 case
2018 NUM CD 2018 11 nmod
, PUNCT , , 3 punct
does AUX VBZ do 17 aux
not PART RB not 17 advmod
plan VERB VB plan 2 ccomp
to PART TO to 19 mark
run VERB VB run 17 xcomp
. PUNCT . . 2 punct
`,
			[]string{"Reports · say · Garcia , a former state senator who gained fame in 2018 , does not plan to run", "Garcia · gain · fame [says Reports]", "Garcia · run [not] [plan] [says Reports]", "Garcia · former state senator"}},
		{"a relative clause on a plain noun", `
The DET DT the 2 det
senator NOUN NN senator 3 nsubj
met VERB VBD meet 0 root
a DET DT a 5 det
farmer NOUN NN farmer 3 obj
who PRON WP who 7 nsubj
grows VERB VBZ grow 5 acl:relcl
rice NOUN NN rice 7 obj
. PUNCT . . 3 punct
`,
			[]string{"senator · meet · farmer", "farmer · grow · rice"}},
		{"a verb coordinated with a reported there is", `
The DET DT the 2 det
agency NOUN NN agency 5 nsubj
did AUX VBD do 5 aux
not PART RB not 5 advmod
mention VERB VB mention 0 root
if SCONJ IN if 8 mark
there PRON EX there 8 expl
were VERB VBD be 5 ccomp
casualties NOUN NNS casualty 8 nsubj
, PUNCT , , 12 punct
but CCONJ CC but 12 cc
said VERB VBD say 8 conj
exports NOUN NNS export 15 nsubj
were AUX VBD be 15 aux
continuing VERB VBG continue 12 ccomp
. PUNCT . . 5 punct
`,
			[]string{"agency · mention · if there were casualties [not]", "casualties · be [if] [says agency]", "agency · say · exports were continuing", "exports · continue [says agency]"}},
		{"a participle's by phrase before the verb", `
According VERB VBG accord 4 case
to ADP IN to 1 fixed
U.S. PROPN NNP U.S. 4 compound
Attorney PROPN NNP Attorney 15 obl
Ruiz PROPN NNP Ruiz 4 flat
, PUNCT , , 8 punct
the DET DT the 8 det
letter NOUN NN letter 4 appos
if SCONJ IN if 10 mark
written VERB VBN write 15 advcl
by ADP IN by 13 case
the DET DT the 13 det
defendant NOUN NN defendant 10 obl:agent
could AUX MD could 15 aux
strengthen VERB VB strengthen 0 root
the DET DT the 17 det
case NOUN NN case 15 obj
. PUNCT . . 15 punct`,
			[]string{"U.S. Attorney Ruiz · letter"}},
		{"a conjunct after but takes no not", `
The DET DT the 2 det
minister NOUN NN minister 5 nsubj
did AUX VBD do 5 aux
not PART RB not 5 advmod
resign VERB VB resign 0 root
but CCONJ CC but 7 cc
apologized VERB VBD apologize 5 conj
to ADP IN to 9 case
voters NOUN NNS voter 7 obl
. PUNCT . . 5 punct`,
			[]string{"minister · resign [not]", "minister · apologize · voters"}},
	}, brief)
}

// TestGerundOfSaying: the gerund of a verb that reports a clause opens
// no subject ("saying the vote was rigged, Ana refused").
func TestGerundOfSaying(t *testing.T) {
	tr := newTree(conll(t, `
Saying VERB VBG say 6 advcl
the DET DT the 3 det
vote NOUN NN vote 5 nsubj:pass
was AUX VBD be 5 aux:pass
rigged VERB VBN rig 1 ccomp
Ana PROPN NNP Ana 7 nsubj
refused VERB VBD refuse 0 root
. PUNCT . . 7 punct`))
	if tr.gerundOpener(0) {
		t.Error("a gerund of saying taken to open a subject")
	}
}
