package extract

import (
	"testing"

	"github.com/annals/annals"
)

// withPhrases shows a statement as clipped does, and the phrases after
// its verb, so a test sees where every argument stops.
func withPhrases(st annals.Statement) string { return clipped(st) + qualifiers(st) }

// TestNextClauseSubjects: a second clause's subject the parse hung as a
// conjunct inside the first clause, written out as the parser makes it,
// becomes that clause's subject; a conjunct with a preposition, or before
// a verb with a subject of its own, is left alone.
func TestNextClauseSubjects(t *testing.T) {
	runRowCases(t, []rowCase{
		{"a conjunct before a verb without a subject is its subject", `
The DET DT the 2 det
summit NOUN NN summit 4 nsubj:pass
was AUX VBD be 4 aux:pass
held VERB VBN hold 11 advcl
in ADP IN in 6 case
Doha PROPN NNP Doha 4 obl
and CCONJ CC and 9 cc
foreign ADJ JJ foreign 9 amod
reporters NOUN NNS reporter 6 conj
were AUX VBD be 11 aux:pass
refused VERB VBN refuse 0 root
visas NOUN NNS visa 11 obj
. PUNCT . . 11 punct`,
			[]string{"summit · hold {in Doha}", "foreign reporters · refuse · visas"}},
		{"the source of an according-to phrase read as the subject gives way to the conjunct", `
According VERB VBG accord 5 case
to ADP IN to 1 fixed
the DET DT the 5 det
statistics NOUN NNS statistics 5 compound
office NOUN NN office 14 nsubj
, PUNCT , , 9 punct
in ADP IN in 9 case
recent ADJ JJ recent 9 amod
years NOUN NNS year 5 nmod
most ADJ JJS most 11 amod
strikes NOUN NNS strike 9 conj
have AUX VBP have 14 aux
been AUX VBN be 14 cop
short ADJ JJ short 0 root
. PUNCT . . 14 punct`,
			[]string{"most strikes · be · short [says statistics office]"}},
		{"a participle after the conjunct goes with it", `
While SCONJ IN while 6 mark
Ana PROPN NNP Ana 6 nsubj
is AUX VBZ be 6 cop
a DET DT a 6 det
skilled ADJ JJ skilled 6 amod
lawyer NOUN NN lawyer 16 advcl
, PUNCT , , 8 punct
knowledge NOUN NN knowledge 6 conj
of ADP IN of 11 case
the DET DT the 11 det
law NOUN NN law 8 nmod
gained VERB VBN gain 6 acl
abroad ADV RB abroad 12 advmod
does AUX VBZ do 16 aux
not PART RB not 16 advmod
make VERB VB make 0 root
a DET DT a 18 det
judge NOUN NN judge 16 obj
. PUNCT . . 16 punct`,
			[]string{"Ana · be · a skilled lawyer", "knowledge of the law · gain", "knowledge of the law · make · a judge [not]"}},
		{"a conjunct with a preposition is no subject", `
Talks NOUN NNS talk 2 nsubj
began VERB VBD begin 0 root
in ADP IN in 4 case
May PROPN NNP May 2 obl
and CCONJ CC and 7 cc
by ADP IN by 7 case
June PROPN NNP June 4 conj
were AUX VBD be 9 aux:pass
stalled VERB VBN stall 2 conj
. PUNCT . . 2 punct`,
			[]string{"Talks · begin {in May and by June}", "Talks · stall"}},
		{"a verb with its own subject keeps it", `
The DET DT the 2 det
leaders NOUN NNS leader 7 nsubj
of ADP IN of 4 case
France PROPN NNP France 2 nmod
and CCONJ CC and 6 cc
Chile PROPN NNP Chile 4 conj
agreed VERB VBD agree 0 root
. PUNCT . . 7 punct`,
			[]string{"leaders of France and Chile · agree"}},
	}, withPhrases)
}

// TestClauseConjuncts: a clause the parse coordinated with a verb's object
// (a "noun" with an object of its own, a conjunct with its own subject) is
// no second object.
func TestClauseConjuncts(t *testing.T) {
	runRowCases(t, []rowCase{
		{"a verb read as a noun coordinated with the object", `
Access NOUN NN access 4 nsubj:pass
was AUX VBD be 4 aux:pass
not PART RB not 4 advmod
restored VERB VBN restore 0 root
for ADP IN for 7 case
the DET DT the 7 det
archives NOUN NNS archive 4 obl
and CCONJ CC and 10 cc
still ADV RB still 10 advmod
shows NOUN NNS show 7 conj
an DET DT a 13 det
old ADJ JJ old 13 amod
notice NOUN NN notice 10 obj
. PUNCT . . 4 punct`,
			[]string{"Access · restore for · the archives [not]"}},
		{"a conjunct with its own subject", `
Ana PROPN NNP Ana 2 nsubj
returned VERB VBD return 0 root
to ADP IN to 4 case
Leeds PROPN NNP Leeds 2 obl
, PUNCT , , 11 punct
where ADV WRB where 11 advmod
she PRON PRP she 11 nsubj
is AUX VBZ be 11 cop
a DET DT a 11 det
former ADJ JJ former 11 amod
councillor NOUN NN councillor 4 conj
. PUNCT . . 2 punct`,
			[]string{"Ana · return to · Leeds", "she · be · a former councillor"}},
		{"coordinated objects are left alone", `
Ana PROPN NNP Ana 2 nsubj
visited VERB VBD visit 0 root
Leeds PROPN NNP Leeds 2 obj
and CCONJ CC and 5 cc
York PROPN NNP York 3 conj
. PUNCT . . 2 punct`,
			[]string{"Ana · visit · Leeds", "Ana · visit · York"}},
	}, withPhrases)
}

// TestNotAnObject: an adverbial clause or a relative clause the parse hung
// as what a verb says or does is no object; a question a verb of asking
// takes, and a condition with its main clause, are.
func TestNotAnObject(t *testing.T) {
	runRowCases(t, []rowCase{
		{"a condition without its main clause is not what was said", `
The DET DT the 2 det
mayor NOUN NN mayor 3 nsubj
said VERB VBD say 0 root
if SCONJ IN if 8 mark
the DET DT the 6 det
goal NOUN NN goal 8 nsubj
is AUX VBZ be 8 cop
peace NOUN NN peace 3 ccomp
, PUNCT , , 13 punct
then ADV RB then 13 advmod
rivals NOUN NNS rival 13 nsubj
should AUX MD should 13 aux
leave VERB VB leave 3 parataxis
. PUNCT . . 3 punct`,
			[]string{"mayor · say", "goal · be · peace [if] [says mayor]", "rivals · leave [should] [says mayor]"}},
		{"a condition with its main clause is what was said", `
The DET DT the 2 det
mayor NOUN NN mayor 3 nsubj
said VERB VBD say 0 root
if SCONJ IN if 8 mark
the DET DT the 6 det
goal NOUN NN goal 8 nsubj
is AUX VBZ be 8 cop
peace NOUN NN peace 3 ccomp
, PUNCT , , 13 punct
then ADV RB then 13 advmod
rivals NOUN NNS rival 13 nsubj
should AUX MD should 13 aux
leave VERB VB leave 8 ccomp
. PUNCT . . 3 punct`,
			[]string{"mayor · say · if the goal is peace , then rivals should leave", "goal · be · peace [if] [says mayor]", "rivals · leave [should]"}},
		{"a denied verb's if asks", `
He PRON PRP he 4 nsubj
did AUX VBD do 4 aux
not PART RB not 4 advmod
mention VERB VB mention 0 root
if SCONJ IN if 8 mark
anyone PRON NN anyone 8 nsubj:pass
was AUX VBD be 8 aux:pass
hurt VERB VBN hurt 4 ccomp
. PUNCT . . 4 punct`,
			[]string{"He · mention · if anyone was hurt [not]", "anyone · hurt [if] [says He]"}},
		{"a relative clause after a comma is not what the verb did", `
He PRON PRP he 2 nsubj
retired VERB VBD retire 0 root
in ADP IN in 4 case
2015 NUM CD 2015 2 obl
, PUNCT , , 7 punct
which PRON WDT which 7 nsubj
ended VERB VBD end 2 ccomp
the DET DT the 9 det
project NOUN NN project 7 obj
. PUNCT . . 2 punct`,
			[]string{"He · retire {in 2015}"}},
		{"a verb of deciding takes a question", `
The DET DT the 2 det
council NOUN NN council 3 nsubj
decided VERB VBD decide 0 root
who PRON WP who 5 nsubj
runs VERB VBZ run 3 ccomp
the DET DT the 7 det
library NOUN NN library 5 obj
. PUNCT . . 3 punct`,
			[]string{"council · decide · who runs the library"}},
	}, withPhrases)
}

// TestOpenerClauses: "after", "before", "since" and "until" open phrases
// and clauses both; a phrase the parse made of a clause's opener and
// subject, its verb a second act of the sentence's subject, becomes the
// clause again. A phrase of time, and a verb joined by "and", are left.
func TestOpenerClauses(t *testing.T) {
	runRowCases(t, []rowCase{
		{"the opener and the subject of a clause read as a phrase", `
The DET DT the 2 det
county NOUN NN county 3 nsubj
issued VERB VBD issue 0 root
an DET DT a 5 det
order NOUN NN order 3 obj
, PUNCT , , 9 punct
after ADP IN after 9 case
the DET DT the 9 det
agency NOUN NN agency 3 obl
placed VERB VBD place 3 conj
the DET DT the 12 det
town NOUN NN town 10 obj
under ADP IN under 15 case
a DET DT a 15 det
warning NOUN NN warning 10 obl
. PUNCT . . 3 punct`,
			[]string{"county · issue · an order", "agency · place · the town {under a warning}"}},
		{"a verb joined by and is the subject's second act", `
The DET DT the 2 det
senate NOUN NN senate 3 nsubj
met VERB VBD meet 0 root
after ADP IN after 6 case
the DET DT the 6 det
vote NOUN NN vote 3 obl
and CCONJ CC and 8 cc
passed VERB VBD pass 3 conj
the DET DT the 10 det
bill NOUN NN bill 8 obj
. PUNCT . . 3 punct`,
			[]string{"senate · meet {after the vote}", "senate · pass · the bill"}},
	}, withPhrases)
}
