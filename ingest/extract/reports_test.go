package extract

import (
	"testing"
)

// TestReports: what a clause does not assert and who says it, on parses
// as the parser gets them wrong (rows of annals parse): nouns of claim,
// reporting verbs cut off from their clause, clipped objects of said,
// postposed speakers, conditions anywhere, interview labels, verbs that
// ask their object to act, and relative clauses whose antecedent is lost.
func TestReports(t *testing.T) {
	tests := []rowCase{
		{"a noun of claim: its clause is alleged, with no that", `
The DET DT the 2 det
strike NOUN NN strike 3 nsubj
began VERB VBD begin 0 root
after ADP IN after 6 case
an DET DT a 6 det
allegation NOUN NN allegation 3 obl
the DET DT the 8 det
manager NOUN NN manager 9 nsubj
fired VERB VBN fire 6 acl:relcl
a DET DT a 12 det
union NOUN NN union 12 compound
leader NOUN NN leader 9 obj
. PUNCT . . 3 punct`,
			[]string{"strike · begin", "manager · fire · union leader [allege]"}},
		{"the owner of a noun of claim is the source; the clause the parse hung on the main verb is the noun's", `
The DET DT the 2 det
government NOUN NN government 4 nmod:poss
's PART POS 's 2 case
claim NOUN NN claim 11 nsubj:pass
that PRON IN that 9 mark
the DET DT the 7 det
vote NOUN NN vote 9 nsubj:pass
was AUX VBD be 9 aux:pass
rigged VERB VBN rig 11 ccomp
was AUX VBD be 11 aux:pass
rejected VERB VBN reject 0 root
by ADP IN by 14 case
the DET DT the 14 det
court NOUN NN court 11 obl:agent
. PUNCT . . 11 punct`,
			[]string{"vote · rig [claim] [says government]", "court · reject · claim"}},
		{"a relative clause on a noun of claim is asserted", `
The DET DT the 2 det
report NOUN NN report 0 root
that SCONJ IN that 6 mark
the DET DT the 5 det
agency NOUN NN agency 6 nsubj
released VERB VBN release 2 acl
on ADP IN on 8 case
Monday PROPN NNP Monday 6 obl
criticised VERB VBD criticise 6 advcl
the DET DT the 11 det
plan NOUN NN plan 9 obj
. PUNCT . . 2 punct`,
			[]string{"agency · release"}},
		{"a noun of claim the parse took for a verb with no subject", `
Reports VERB VBZ report 0 root
that SCONJ IN that 5 mark
the DET DT the 4 det
army NOUN NN army 5 nsubj
fired VERB VBN fire 1 ccomp
on ADP IN on 7 case
protesters NOUN NNS protester 5 obl
spread VERB VBN spread 5 xcomp
quickly ADV RB quickly 8 advmod
. PUNCT . . 1 punct`,
			[]string{"army · fire · protesters [report]", "army · spread [report]"}},
		{"the possibility that: possible", `
There PRON EX there 2 expl
is VERB VBZ be 0 root
a DET DT a 4 det
possibility NOUN NN possibility 2 nsubj
that SCONJ IN that 9 mark
the DET DT the 7 det
talks NOUN NNS talk 9 nsubj
will AUX MD will 9 aux
collapse VERB VB collapse 4 acl:relcl
. PUNCT . . 2 punct`,
			[]string{"possibility · be", "talks · collapse [possible]"}},
		{"a reporting verb read as a noun, cut off from its clause by an aside", `
The DET DT the 3 det
lawsuit NOUN NN lawsuit 3 compound
alleges NOUN NNS allege 0 root
, PUNCT , , 7 punct
among ADP IN among 7 case
other ADJ JJ other 7 amod
things NOUN NNS thing 3 nmod
, PUNCT , , 12 punct
that SCONJ IN that 12 mark
the DET DT the 11 det
mayor NOUN NN mayor 12 nsubj
hid VERB VBD hide 3 acl:relcl
the DET DT the 14 det
funds NOUN NNS fund 12 obj
. PUNCT . . 3 punct`,
			[]string{"lawsuit · allege · that the mayor hid the funds", "mayor · hide · funds [allege] [says lawsuit]"}},
		{"a that-clause hung on the aside's noun is what was said", `
The DET DT the 2 det
minister NOUN NN minister 3 nsubj
said VERB VBD say 0 root
, PUNCT , , 7 punct
in ADP IN in 7 case
a DET DT a 7 det
statement NOUN NN statement 3 obl
, PUNCT , , 13 punct
that SCONJ IN that 13 mark
the DET DT the 11 det
mine NOUN NN mine 13 nsubj
would AUX MD would 13 aux
close VERB VB close 7 acl:relcl
. PUNCT . . 3 punct`,
			[]string{"minister · say · that the mine would close", "mine · close [would] [says minister]"}},
		{"the clipped object of said gives way to the clause it opens", `
He PRON PRP he 2 nsubj
said VERB VBD say 0 root
the DET DT the 5 det
" PUNCT ` + "`" + `` + "`" + ` " 5 punct
phony NOUN NN phony 2 obj
" PUNCT '' " 5 punct
and CCONJ CC and 9 cc
" PUNCT ` + "`" + `` + "`" + ` " 9 punct
nasty ADJ JJ nasty 5 conj
" PUNCT '' " 9 punct
Warren PROPN NNP Warren 12 compound
attacked VERB VBN attack 9 advcl
Sanders PROPN NNPS Sanders 12 obj
during ADP IN during 16 case
the DET DT the 16 det
debates NOUN NNS debate 12 obl
. PUNCT . . 2 punct`,
			[]string{"He · say · the \" phony \" and \" nasty \" Warren attacked Sanders during the debates", "Warren · attack · Sanders [says He]"}},
		{"a clause coordinated with a verb of saying, no conjunction between, is what was said", `
She PRON PRP she 2 nsubj
claimed VERB VBD claim 0 root
the DET DT the 12 det
" PUNCT ` + "`" + `` + "`" + ` " 5 punct
corrupt ADJ JJ corrupt 12 amod
" PUNCT '' " 5 punct
and CCONJ CC and 9 cc
" PUNCT ` + "`" + `` + "`" + ` " 9 punct
weak ADJ JJ weak 5 conj
" PUNCT '' " 9 punct
Morgan PROPN NNP Morgan 12 nsubj
ruined VERB VBD ruin 2 conj
the DET DT the 14 det
city NOUN NN city 12 obj
during ADP IN during 17 case
his PRON PRP$ his 17 nmod:poss
term NOUN NN term 14 nmod
. PUNCT . . 2 punct`,
			[]string{"She · claim · the \" corrupt \" and \" weak \" Morgan ruined the city during his term", "corrupt \" and \" weak \" Morgan · ruin · city [claim] [says She]"}},
		{"a postposed speaker ends in the name of its apposition", `
" PUNCT ` + "`" + `` + "`" + ` " 5 punct
The DET DT the 3 det
results NOUN NNS result 5 nsubj
were AUX VBD be 5 cop
clear ADJ JJ clear 8 ccomp
, PUNCT , , 5 punct
" PUNCT '' " 5 punct
said VERB VBD say 0 root
University PROPN NNP University 8 nsubj
of ADP IN of 11 case
Leeds PROPN NNP Leeds 9 nmod
, PUNCT , , 15 punct
Harrogate PROPN NNP Harrogate 15 nmod:poss
's PART POS 's 13 case
provost NOUN NN provost 9 appos
, PUNCT , , 18 punct
Helen PROPN NNP Helen 18 compound
Ward PROPN NNP _ 15 appos
. PUNCT . . 8 punct`,
			[]string{"results · be · clear [says Helen Ward]", "Helen Ward · say · The results were clear", "Helen Ward · provost of · Harrogate"}},
		{"an if-clause after a conjunction conditions what the parse hung inside it, and states nothing", `
I PRON PRP I 3 nsubj
still ADV RB still 3 advmod
read VERB VBP read 0 root
the DET DT the 5 det
forums NOUN NNS forum 3 obj
, PUNCT , , 5 punct
and CCONJ CC and 6 cc
if SCONJ IN if 10 mark
I PRON PRP I 10 nsubj
have VERB VBP have 7 advcl
something PRON NN something 10 obj
to PART TO to 13 mark
add VERB VB add 10 xcomp
I PRON PRP I 16 nsubj
'll AUX MD will 16 aux
post VERB VB post 13 ccomp
a DET DT a 18 det
reply NOUN NN reply 16 obj
. PUNCT . . 3 punct`,
			[]string{"I · read · forums", "I · add · I 'll post a reply [to]", "I · post · reply [if] [says I]"}},
		{"an interview's speaker label is no subject", `
( PUNCT -LRB- ( 4 punct
( PUNCT -LRB- ( 4 punct
Ana PROPN NNP Ana 4 compound
Ruiz PROPN NNP Ruiz 10 nsubj
) PUNCT -RRB- ) 4 punct
) PUNCT -RRB- ) 4 punct
Red PROPN NNP Red 8 compound
Hat PROPN NNP Hat 4 conj
has AUX VBZ have 10 aux
invested VERB VBN invest 0 root
a DET DT a 12 det
lot NOUN NN lot 10 obj
of ADP IN of 14 case
resources NOUN NNS resource 12 nmod
. PUNCT . . 10 punct`,
			[]string{"Red Hat · invest · lot of resources"}},
		{"the object of a verb that asks acts, not yet", `
He PRON PRP he 2 nsubj
asked VERB VBD ask 0 root
Russia PROPN NNP Russia 2 iobj
to PART TO to 5 mark
leave VERB VB leave 2 xcomp
Ukraine PROPN NNP Ukraine 5 obj
. PUNCT . . 2 punct`,
			[]string{"He · ask · Russia to leave Ukraine", "Russia · leave · Ukraine [ask]"}},
		{"an infinitive the parse hung on the object of a directive verb", `
Callamard PROPN NNP Callamard 2 nsubj
encouraged VERB VBD encourage 0 root
the DET DT the 4 det
agency NOUN NN agency 2 obj
to PART TO to 6 mark
release VERB VB release 4 acl
the DET DT the 8 det
files NOUN NNS file 6 obj
. PUNCT . . 2 punct`,
			[]string{"Callamard · encourage · the agency to release the files", "agency · release · files [encourage]"}},
		{"plans to: the subject of have means to act", `
The DET DT the 2 det
tribe NOUN NN tribe 3 nsubj
has VERB VBZ have 0 root
plans NOUN NNS plan 3 obj
to PART TO to 6 mark
widen VERB VB widen 4 acl
the DET DT the 8 det
range NOUN NN range 6 obj
. PUNCT . . 3 punct`,
			[]string{"tribe · have · plans", "tribe · widen · range [to]"}},
		{"a relative clause after a comma with no and is no conjunct: its object is unknown", `
Following VERB VBG follow 3 amod
previous ADJ JJ previous 3 amod
rounds NOUN NNS round 0 root
, PUNCT , , 3 punct
sides NOUN NNS side 6 nsubj
exchanged VERB VBN exchange 3 acl:relcl
proposals NOUN NNS proposal 6 obj
, PUNCT , , 12 punct
which PRON WDT which 12 obj
the DET DT the 11 det
Kremlin PROPN NNP Kremlin 12 nsubj
described VERB VBD describe 6 conj
. PUNCT . . 3 punct`,
			[]string{"sides · exchange · proposals", "Kremlin · describe"}},
		{"a relative pronoun whose antecedent the parse lost is no object", `
It PRON PRP it 4 nsubj
is AUX VBZ be 4 cop
about ADP IN about 4 case
stars NOUN NNS star 0 root
that PRON WDT that 7 nsubj
are AUX VBP be 7 cop
far ADV RB far 4 acl:relcl
from ADP IN from 9 case
us PRON PRP we 7 obl
, PUNCT , , 15 punct
and CCONJ CC and 15 cc
which PRON WDT which 15 obj
we PRON PRP we 15 nsubj
never ADV RB never 15 advmod
observed VERB VBD observe 4 conj
. PUNCT . . 4 punct`,
			[]string{"It · be · about stars that are far from us", "stars · be · far", "we · observe [not]"}},
		{"a reporting verb that says its own quotation lends no speaker to the clause before it", `
The DET DT the 2 det
researchers NOUN NNS researcher 3 nsubj
noted VERB VBD note 0 root
the DET DT the 5 det
risk NOUN NN risk 3 obj
: PUNCT : : 8 punct
Ruiz PROPN NNP Ruiz 8 nsubj
remarked VERB VBD remark 3 parataxis
, PUNCT , , 14 punct
" PUNCT ` + "`" + `` + "`" + ` " 14 punct
The DET DT the 12 det
team NOUN NN team 14 nsubj
has AUX VBZ have 14 aux
helped VERB VBN help 8 ccomp
. PUNCT . . 14 punct
" PUNCT '' " 14 punct`,
			[]string{"researchers · note · risk", "Ruiz · remark · The team has helped", "team · help [says Ruiz]"}},
	}
	runRowCases(t, tests, brief)
}
