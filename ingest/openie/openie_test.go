package openie

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/extract"
)

// conll builds a parsed sentence from lines "FORM UPOS XPOS LEMMA HEAD DEPREL",
// one word a line, words joined by single spaces in the text.
func conll(t *testing.T, rows string) *analysis.Sentence {
	t.Helper()
	s, err := analysis.SentenceFromRows(rows)
	if err != nil {
		t.Fatal(err)
	}
	return &s
}

func TestBalanceQuotes(t *testing.T) {
	doc := "She called it `` a relic '' of the past ; `` old '' things stay ."
	tests := []struct{ span, want string }{
		{"`` a relic", "`` a relic ''"},
		{"old ''", "`` old ''"},
		{"a relic", "a relic"},
		{"`` a relic '' of the past", "`` a relic '' of the past"},
	}
	for _, tt := range tests {
		start := strings.Index(doc, tt.span)
		sp := annals.Span{Text: tt.span, Start: start, End: start + len(tt.span)}
		if got := balanceQuotes(doc, sp); got.Text != tt.want || got.Text != doc[got.Start:got.End] {
			t.Errorf("balanceQuotes(%q) = %q, want %q", tt.span, got.Text, tt.want)
		}
	}
}

// TestTuples: statements as Open IE writes them, each shown as its
// confidence and its arguments and relation joined by " | ".
func TestTuples(t *testing.T) {
	tests := []struct {
		name string
		rows string
		want []string // arg1 | relation | arg2 ..., with the confidence
	}{
		{"an apposition is its own 'be' statement and leaves the subject", `
Ana PROPN NNP Ana 2 compound
Ruiz PROPN NNP Ruiz 8 nsubj
, PUNCT , , 6 punct
a DET DT a 6 det
retired ADJ JJ retired 6 amod
chemist NOUN NN chemist 2 appos
, PUNCT , , 2 punct
moved VERB VBD move 0 root
to ADP IN to 10 case
Lyon PROPN NNP Lyon 8 obl
in ADP IN in 12 case
1990 NUM CD 1990 8 obl
. PUNCT . . 8 punct`,
			[]string{"0.6700 Ana Ruiz | moved to | Lyon | in 1990", "0.6000 Ana Ruiz | be | a retired chemist",
				"0.2010 Ana Ruiz | moved to Lyon in | 1990"}},
		{"with no object, the phrase after the verb is one", `
She PRON PRP she 2 nsubj
works VERB VBZ work 0 root
at ADP IN at 5 case
a DET DT a 5 det
bakery NOUN NN bakery 2 obl
. PUNCT . . 2 punct`,
			[]string{"0.6000 She | works at | a bakery"}},
		{"a one-word object and its preposition make the relation", `
They PRON PRP they 2 nsubj
took VERB VBD take 0 root
part NOUN NN part 2 obj
in ADP IN in 6 case
the DET DT the 6 det
talks NOUN NNS talk 2 obl
. PUNCT . . 2 punct`,
			[]string{"0.7000 They | took part in | the talks"}},
		{"adverbs before the verb and particles after it", `
Ben PROPN NNP Ben 3 nsubj
often ADV RB often 3 advmod
looks VERB VBZ look 0 root
back ADV RB back 3 advmod
on ADP IN on 6 case
childhood NOUN NN childhood 3 obl
. PUNCT . . 3 punct`,
			[]string{"0.7000 Ben | often looks back on | childhood"}},
		{"the verb of a clausal object joins the relation, and the verb that governs it joins the clause's: one tuple", `
Ana PROPN NNP Ana 3 nsubj:pass
was AUX VBD be 3 aux:pass
trained VERB VBN train 0 root
to PART TO to 5 mark
repair VERB VB repair 3 xcomp
the DET DT the 7 det
engines NOUN NNS engine 5 obj
. PUNCT . . 3 punct`,
			[]string{"0.6200 Ana | was trained to repair | the engines"}},
		{"a participle on its subject gets its copula back", `
The DET DT the 2 det
firm NOUN NN firm 8 nsubj
, PUNCT , , 4 punct
based VERB VBN base 2 acl
in ADP IN in 6 case
Denver PROPN NNP Denver 4 obl
, PUNCT , , 2 punct
makes VERB VBZ make 0 root
pumps NOUN NNS pump 8 obj
. PUNCT . . 8 punct`,
			[]string{"0.5000 The firm | be based in | Denver", "0.6700 The firm | makes | pumps"}},
		{"a participle opening the sentence gets its copula back", `
Born VERB VBN bear 6 advcl
in ADP IN in 3 case
Oslo PROPN NNP Oslo 1 obl
, PUNCT , , 6 punct
Ana PROPN NNP Ana 6 nsubj
settled VERB VBD settle 0 root
there ADV RB there 6 advmod
. PUNCT . . 6 punct`,
			[]string{"0.5200 Ana | be Born in | Oslo", "0.6000 Ana | settled | "}},
		{"no copula for a participle that is its subject's verb, mistagged", `
Both DET DT both 2 det
teams NOUN NNS team 8 nsubj
agreed VERB VBN agree 2 acl
to ADP IN to 5 case
terms NOUN NNS term 3 obl
, PUNCT , , 8 punct
and CCONJ CC and 8 cc
Ana PROPN NNP Ana 8 nsubj
signed VERB VBD sign 0 root
. PUNCT . . 8 punct`,
			[]string{"0.6000 Both teams | agreed to | terms", "0.6000 Ana | signed | "}},
		{"coordinated subjects and objects give one tuple each, as facts", `
Ana PROPN NNP Ana 4 nsubj
and CCONJ CC and 3 cc
Ben PROPN NNP Ben 1 conj
sell VERB VBP sell 0 root
maps NOUN NNS map 4 obj
and CCONJ CC and 7 cc
globes NOUN NNS globe 5 conj
. PUNCT . . 4 punct`,
			[]string{"0.7000 Ana | sell | maps", "0.7000 Ana | sell | globes", "0.7000 Ben | sell | maps", "0.7000 Ben | sell | globes"}},
		{"the verbs that govern the act and share its subject open the relation", `
She PRON PRP she 3 nsubj:pass
was AUX VBD be 3 aux:pass
said VERB VBN say 0 root
to PART TO to 6 mark
have AUX VB have 6 aux
built VERB VBN build 3 xcomp
boats NOUN NNS boat 6 obj
. PUNCT . . 3 punct`,
			[]string{"0.6200 She | was said to have built | boats"}},
		{"a phrase of time after a one-word object does not join the relation", `
The DET DT the 2 det
firm NOUN NN firm 4 nsubj:pass
is AUX VBZ be 4 aux:pass
expected VERB VBN expect 0 root
to PART TO to 6 mark
announce VERB VB announce 4 xcomp
results NOUN NNS result 6 obj
on ADP IN on 9 case
Monday PROPN NNP Monday 6 obl
. PUNCT . . 4 punct`,
			[]string{"0.6500 The firm | is expected to announce | results | on Monday", "0.1950 The firm | is expected to announce results on | Monday"}},
		{"no tuple whose subject holds a verb of its own or opens with a preposition", `
It PRON PRP it 4 nsubj
was AUX VBD be 4 cop
school NOUN NN school 4 compound
practice NOUN NN practice 0 root
to PART TO to 6 mark
move VERB VB move 4 acl
pupils NOUN NNS pupil 6 obj
into ADP IN into 10 case
the DET DT the 10 det
class NOUN NN class 6 obl
that PRON WDT that 13 nsubj:pass
was AUX VBD be 13 aux:pass
chosen VERB VBN choose 10 acl:relcl
by ADP IN by 15 case
Ana PROPN NNP Ana 13 obl:agent
. PUNCT . . 4 punct`,
			// the relative clause's patient is "the class", its preposition left out
			[]string{"0.6500 It | was | school practice | to move pupils into the class that was chosen by Ana", "0.6000 the class | was chosen by | Ana"}},
		{"a copula, its negation, its adjective and the adjective's preposition make the relation", `
The DET DT the 2 det
council NOUN NN council 5 nsubj
is AUX VBZ be 5 cop
n't PART RB not 5 advmod
sure ADJ JJ sure 0 root
of ADP IN of 8 case
any DET DT any 8 det
savings NOUN NNS saving 5 obl
. PUNCT . . 5 punct`,
			[]string{"0.6500 The council | is n't sure of | any savings"}},
		{"a coordinated verb of the same form takes the auxiliaries of the first", `
The DET DT the 2 det
ore NOUN NN ore 4 nsubj:pass
is AUX VBZ be 4 aux:pass
cut VERB VBN cut 0 root
and CCONJ CC and 6 cc
washed VERB VBN wash 4 conj
with ADP IN with 8 case
water NOUN NN water 6 obl
. PUNCT . . 4 punct`,
			[]string{"0.5500 The ore | is cut | ", "0.6200 The ore | is washed with | water"}},
		{"a finite verb coordinated with a passive takes no auxiliary", `
He PRON PRP he 3 nsubj:pass
was AUX VBD be 3 aux:pass
elected VERB VBN elect 0 root
but CCONJ CC but 5 cc
died VERB VBD die 3 conj
in ADP IN in 7 case
1879 NUM CD 1879 5 obl
. PUNCT . . 3 punct`,
			[]string{"0.5500 He | was elected | ", "0.5200 He | died in | 1879"}},
		{"a preposition of several words stays whole, and an adverb after one is no argument", `
They PRON PRP they 2 nsubj
won VERB VBD win 0 root
the DET DT the 4 det
match NOUN NN match 2 obj
in ADP IN in 6 case
front NOUN NN front 2 obl
of ADP IN of 9 case
a DET DT a 9 det
crowd NOUN NN crowd 6 nmod
because ADP IN because 13 case
of ADP IN of 10 fixed
the DET DT the 13 det
rain NOUN NN rain 2 obl
in ADP IN in 15 case
particular ADJ JJ particular 2 obl
. PUNCT . . 2 punct`,
			[]string{"0.7000 They | won | the match | in front of a crowd | because of the rain | in particular",
				"0.2100 They | won the match in front of | a crowd", "0.2100 They | won the match because of | the rain"}},
		{"a clause as object keeps its first clause", `
Ana PROPN NNP Ana 2 nsubj
said VERB VBD say 0 root
prices NOUN NNS price 4 nsubj
rose VERB VBD rise 2 ccomp
and CCONJ CC and 7 cc
wages NOUN NNS wage 7 nsubj
fell VERB VBD fall 4 conj
. PUNCT . . 2 punct`,
			[]string{"0.6500 Ana | said | prices rose | and wages fell", "0.6000 prices | rose | ", "0.6000 wages | fell | "}},
		{"a copula's adjective and the verb it governs", `
They PRON PRP they 3 nsubj
were AUX VBD be 3 cop
able ADJ JJ able 0 root
to PART TO to 5 mark
reach VERB VB reach 3 xcomp
the DET DT the 7 det
summit NOUN NN summit 5 obj
. PUNCT . . 3 punct`,
			[]string{"0.6500 They | were able to reach | the summit"}},
		{"a copula's prepositional predicate", `
The DET DT the 2 det
office NOUN NN office 6 nsubj
is AUX VBZ be 6 cop
in ADP IN in 6 case
the DET DT the 6 det
harbour NOUN NN harbour 0 root
. PUNCT . . 6 punct`,
			[]string{"0.6500 The office | is in | the harbour"}},
		{"a passive keeps its order, agent last", `
The DET DT the 2 det
boat NOUN NN boat 4 nsubj:pass
was AUX VBD be 4 aux:pass
sold VERB VBN sell 0 root
by ADP IN by 7 case
a DET DT a 7 det
dealer NOUN NN dealer 4 obl:agent
. PUNCT . . 4 punct`,
			[]string{"0.7000 The boat | was sold by | a dealer"}},
		{"a gerund clause after a preposition is an argument", `
The DET DT the 2 det
gate NOUN NN gate 4 nsubj:pass
is AUX VBZ be 4 aux:pass
opened VERB VBN open 0 root
by SCONJ IN by 6 mark
pressing VERB VBG press 4 advcl
a DET DT a 8 det
button NOUN NN button 6 obj
. PUNCT . . 4 punct`,
			[]string{"0.5500 The gate | is opened by | pressing a button"}},
		{"an object's prepositional phrase is an argument of its own, and a tuple of its own", `
They PRON PRP they 2 nsubj
restored VERB VBD restore 0 root
the DET DT the 4 det
mill NOUN NN mill 2 obj
in ADP IN in 6 case
Dorset PROPN NNP Dorset 4 nmod
. PUNCT . . 2 punct`,
			[]string{"0.7000 They | restored | the mill | in Dorset", "0.2100 They | restored the mill in | Dorset"}},
		{"'of' stays with its noun", `
They PRON PRP they 2 nsubj
restored VERB VBD restore 0 root
the DET DT the 4 det
roof NOUN NN roof 2 obj
of ADP IN of 7 case
the DET DT the 7 det
barn NOUN NN barn 4 nmod
. PUNCT . . 2 punct`,
			[]string{"0.7000 They | restored | the roof of the barn"}},
		{"'of' stays with its noun when the parse makes it the phrase's head", `
They PRON PRP they 2 nsubj
kept VERB VBD keep 0 root
a DET DT a 4 det
ring NOUN NN ring 2 obj
of ADP IN of 4 nmod
Ana PROPN NNP Ana 5 nmod:poss
's PART POS 's 6 case
. PUNCT . . 2 punct`,
			[]string{"0.7000 They | kept | a ring of Ana 's"}},
		{"a participle on the object leaves it", `
They PRON PRP they 2 nsubj
won VERB VBD win 0 root
a DET DT a 4 det
contract NOUN NN contract 2 obj
awarded VERB VBN award 4 acl
by ADP IN by 8 case
the DET DT the 8 det
navy NOUN NN navy 5 obl:agent
. PUNCT . . 2 punct`,
			[]string{"0.7000 They | won | a contract | awarded by the navy", "0.6000 a contract | be awarded by | the navy"}},
		{"a clause as object stays whole", `
Ana PROPN NNP Ana 2 nsubj
said VERB VBD say 0 root
prices NOUN NNS price 4 nsubj
rose VERB VBD rise 2 ccomp
in ADP IN in 6 case
May PROPN NNP May 4 obl
. PUNCT . . 2 punct`,
			[]string{"0.6500 Ana | said | prices rose in May", "0.6000 prices | rose in | May"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := conll(t, tt.rows)
			a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: s.Text}, Sentences: []analysis.Sentence{*s}}
			if err := extract.ClauseStage().Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tu := range Tuples(a) {
				if tu.Sentence != a.Document.Text {
					t.Fatalf("tuple of sentence %q, want %q", tu.Sentence, a.Document.Text)
				}
				got = append(got, fmt.Sprintf("%.4f %s", tu.Confidence, strings.Join(append([]string{tu.Arg1, tu.Rel, tu.Arg2}, tu.Args...), " | ")))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
