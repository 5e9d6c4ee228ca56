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
