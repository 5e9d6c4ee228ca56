package extract

import "testing"

// TestEmbedding: verbs of saying, believing, suggesting and showing whose
// clause the parse cut off, on parses as the parser gets them (rows of
// annals parse): what they govern is the clause, and the clause is theirs.
func TestEmbedding(t *testing.T) {
	tests := []rowCase{
		{"the words before a clause's subject are no object of suggested: the clause is what was suggested", `
Ana PROPN NNP Ana 2 nsubj
claimed VERB VBD claim 0 root
she PRON PRP she 5 nsubj
was AUX VBD be 5 aux
resting VERB VBG rest 2 ccomp
and CCONJ CC and 7 cc
suggested VERB VBD suggest 2 conj
Oscar PROPN NNP Oscar 9 compound
winner NOUN NN winner 7 obj
Ben PROPN NNP Ben 14 nsubj
Cruz PROPN NNP Cruz 10 flat
may AUX MD may 14 aux
have AUX VB have 14 aux
edited VERB VBN edit 2 parataxis
the DET DT the 16 det
film NOUN NN film 14 obj
. PUNCT . . 2 punct`,
			[]string{"Ana · claim · she was resting", "she · rest [claim] [says Ana]",
				"Ana · suggest · Oscar winner Ben Cruz may have edited the film", "Ben Cruz · edit · film [may] [says Ana]"}},
		{"a participle on the object of showed that takes an object of its own heads the clause shown", `
A DET DT a 3 det
Gallup PROPN NNP Gallup 3 compound
survey NOUN NN survey 4 nsubj
showed VERB VBD show 0 root
40 NUM CD 40 6 nummod
percent NOUN NN percent 4 obj
of ADP IN of 8 case
voters NOUN NNS voter 6 nmod
backed VERB VBN back 6 acl
Ruiz PROPN NNP Ruiz 9 obj
. PUNCT . . 4 punct`,
			[]string{"Gallup survey · show · 40 percent of voters backed Ruiz", "40 percent of voters · back · Ruiz [says Gallup survey]"}},
		{"what was told the addressee is the that-clause the parse buried in its appositions", `
A DET DT a 3 det
hospital NOUN NN hospital 3 compound
official NOUN NN official 4 nsubj
told VERB VBD tell 0 root
Radio PROPN NNP Radio 6 compound
Sur PROPN NNP Sur 4 iobj
, PUNCT , , 11 punct
a DET DT a 11 det
local ADJ JJ local 11 amod
news NOUN NN news 11 compound
outlet NOUN NN outlet 6 appos
, PUNCT , , 14 punct
that DET DT that 14 det
one NOUN NN one 11 appos
of ADP IN of 14 nmod
the DET DT the 15 obj
dead NOUN NN dead 19 acl
was AUX VBD be 19 cop
Ana PROPN NNP Ana 16 conj
Ruiz PROPN NNP Ruiz 19 flat
. PUNCT . . 4 punct`,
			[]string{"hospital official · tell · one of the dead was Ana Ruiz", "Radio Sur · local news outlet"}},
		{"an addressee before a clause the parse hung elsewhere stays whom it was told", `
The DET DT the 2 det
minister NOUN NN minister 3 nsubj
told VERB VBD tell 0 root
reporters NOUN NNS reporter 3 obj
the DET DT the 6 det
bridge NOUN NN bridge 8 nsubj
would AUX MD would 8 aux
reopen VERB VB reopen 3 parataxis
. PUNCT . . 3 punct`,
			[]string{"minister · tell · the bridge would reopen", "bridge · reopen [would] [says minister]"}},
		{"a passive of finding names no finder", `
The DET DT the 2 det
body NOUN NN body 4 nsubj:pass
was AUX VBD be 4 aux:pass
found VERB VBN find 0 root
in ADP IN in 7 case
a DET DT a 7 det
house NOUN NN house 4 obl
he PRON PRP he 9 nsubj
owned VERB VBD own 4 ccomp
. PUNCT . . 4 punct`,
			[]string{"body · be find · he owned", "he · own"}},
	}
	runRowCases(t, tests, readingBrief)
}

// TestReportedContent: a verb of saying whose content the parse cut off
// or mistook (the clause's subject read as its object, a gerund read as
// its clause, a clause after a semicolon read as what it reports), on
// parses as the parser gets them or as it gets them in longer sentences:
// what is said is the whole clause, and an aside says nothing.
func TestReportedContent(t *testing.T) {
	tests := []rowCase{
		{"the verb of saying the parse hung on the reported clause's verb, with the clause's subject for its object, says the whole clause; a clause coordinated after it stays the writer's", `
The DET DT the 2 det
mayor NOUN NN mayor 4 nsubj
has AUX VBZ have 4 aux
said VERB VBN say 12 advcl
the DET DT the 7 det
new ADJ JJ new 7 amod
rules NOUN NNS rule 4 obj
for ADP IN for 10 case
the DET DT the 10 det
harbour NOUN NN harbour 7 nmod
will AUX MD will 12 aux
apply VERB VB apply 0 root
from ADP IN from 14 case
May PROPN NNP May 12 obl
, PUNCT , , 18 punct
but CCONJ CC but 18 cc
traders NOUN NNS trader 18 nsubj
want VERB VBP want 12 conj
more ADJ JJR more 20 amod
time NOUN NN time 18 obj
. PUNCT . . 12 punct`,
			[]string{"mayor · say · the new rules for the harbour will apply from May", "new rules · apply [will] [says mayor]", "traders · want · more time"}},
		{"an object and its appositions before a clause with no subject of its own are that clause's subject, across a comma", `
In ADP IN in 2 case
March PROPN NNP March 6 obl
, PUNCT , , 2 punct
the DET DT the 5 det
league PROPN NNP league 6 nsubj
announced VERB VBD announce 0 root
two NUM CD two 9 nummod
young ADJ JJ young 9 amod
players NOUN NNS player 6 obj
, PUNCT , , 12 punct
Ana PROPN NNP Ana 12 compound
Ruiz PROPN NNP Ruiz 9 appos
and CCONJ CC and 15 cc
her PRON PRP$ her 15 nmod:poss
sister NOUN NN sister 12 conj
Eva PROPN NNP Eva 15 appos
Ruiz PROPN NNP Ruiz 16 flat
, PUNCT , , 20 punct
were AUX VBD be 20 aux:pass
suspended VERB VBN suspend 6 conj
from ADP IN from 23 case
the DET DT the 23 det
cup NOUN NN cup 20 obl
. PUNCT . . 6 punct`,
			[]string{"league · announce · two young players , Ana Ruiz and her sister Eva Ruiz , were suspended from the cup", "Ana Ruiz and her sister Eva Ruiz · be suspend [says league]", "Ana Ruiz · young players", "Eva Ruiz · sister of · her"}},
		{"a phrase the parse hung on the verb of saying between the object and the clause belongs to the clause's subject", `
The DET DT the 2 det
agency NOUN NN agency 3 nsubj
announced VERB VBD announce 0 root
the DET DT the 6 det
flight NOUN NN flight 6 compound
recorder NOUN NN recorder 3 obj
from ADP IN from 9 case
the DET DT the 9 det
jet NOUN NN jet 3 obl
has AUX VBZ have 12 aux
been AUX VBN be 12 aux:pass
found VERB VBN find 3 advcl
in ADP IN in 15 case
the DET DT the 15 det
lake PROPN NNP lake 12 obl
. PUNCT . . 3 punct`,
			[]string{"agency · announce · the flight recorder from the jet has been found in the lake", "flight recorder · be find [says agency]"}},
		{"a quotation mark between the object and the clause's verb does not part them", `
The DET DT the 2 det
minister NOUN NN minister 3 nsubj
added VERB VBD add 0 root
officials NOUN NNS official 3 obj
" PUNCT '' " 4 punct
are AUX VBP be 8 aux
still ADV RB still 8 advmod
searching VERB VBG search 3 advcl
the DET DT the 10 det
coast NOUN NN coast 8 obj
" PUNCT '' " 8 punct
. PUNCT . . 3 punct`,
			[]string{"minister · add · officials \" are still searching the coast", "officials · search · coast [says minister]"}},
		{"a bare gerund after a comma is the speaker's second act, not what was said: what was said is the quotation", `
" PUNCT ` + "`" + `` + "`" + ` " 5 punct
The DET DT the 3 det
bridge NOUN NN bridge 5 nsubj
will AUX MD will 5 aux
reopen VERB VB reopen 0 root
in ADP IN in 7 case
June PROPN NNP June 5 obl
, PUNCT , , 5 punct
" PUNCT ` + "`" + `` + "`" + ` " 5 punct
the DET DT the 11 det
mayor NOUN NN mayor 12 nsubj
said VERB VBD say 5 parataxis
, PUNCT , , 14 punct
repeating VERB VBG repeat 12 ccomp
his PRON PRP$ his 16 nmod:poss
promise NOUN NN promise 14 obj
of ADP IN of 19 case
last ADJ JJ last 19 amod
year NOUN NN year 16 nmod
. PUNCT . . 5 punct`,
			[]string{"bridge · reopen [will] [says mayor]", "mayor · say · The bridge will reopen in June", "mayor · repeat · promise of last year"}},
		{"a clause after a semicolon reports nothing of the clause before it", `
Well INTJ UH well 4 discourse
, PUNCT , , 1 punct
it PRON PRP it 4 nsubj
took VERB VBD take 0 root
ten NUM CD ten 6 nummod
years NOUN NNS year 4 obj
, PUNCT , , 10 punct
as SCONJ IN as 10 mark
I PRON PRP I 10 nsubj
said VERB VBD say 4 advcl
; PUNCT , ; 13 punct
we PRON PRP we 13 nsubj
started VERB VBD start 4 parataxis
observing VERB VBG observe 13 xcomp
in ADP IN in 16 case
2005 NUM CD 2005 14 obl
. PUNCT . . 4 punct`,
			[]string{"it · take · ten years [says we]", "I · say [says we]", "we · observe"}},
	}
	runRowCases(t, tests, readingBrief)
}
