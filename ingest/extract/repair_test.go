package extract

import (
	"strings"
	"testing"
)

// TestRepairs: parses gone wrong in the ways the repairs mend, written out
// as the parser makes them, and the statements read off the mended tree.
// One case per repair.
func TestRepairs(t *testing.T) {
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"a fronted phrase coordinated with the subject qualifies the verb", `
At ADP IN at 3 case
the DET DT the 3 det
rally NOUN NN rally 9 nsubj
, PUNCT , , 7 punct
party NOUN NN party 6 compound
chairman NOUN NN chairman 7 nmod:desc
Ana PROPN NNP Ana 3 conj
Ruiz PROPN NNP Ruiz 7 flat
spoke VERB VBD speak 0 root
. PUNCT . . 9 punct`,
			[]string{"Ana Ruiz · speak {At the rally}"}},
		{"a phrase of time after the subject is no second subject", `
The DET DT the 2 det
mayor NOUN NN mayor 5 nsubj
on ADP IN on 4 case
Monday PROPN NNP Monday 5 nsubj
told VERB VBD tell 0 root
reporters NOUN NNS reporter 5 iobj
the DET DT the 8 det
bridge NOUN NN bridge 10 nsubj
would AUX MD would 10 aux
reopen VERB VB reopen 5 ccomp
. PUNCT . . 5 punct`,
			[]string{"mayor · tell · the bridge would reopen {on Monday}", "bridge · reopen [would] [says mayor]"}},
		{"a prepositional phrase after the subject ends the subject's phrase", `
The DET DT the 2 det
commission NOUN NN commission 5 nsubj
on ADP IN on 4 case
elections NOUN NNS election 5 nsubj
announced VERB VBD announce 0 root
new ADJ JJ new 7 amod
rules NOUN NNS rule 5 obj
. PUNCT . . 5 punct`,
			[]string{"commission · announce · new rules"}},
		{"a fronted phrase alone leaves the verb without a subject", `
Among ADP IN among 3 case
the DET DT the 3 det
victims NOUN NNS victim 6 nsubj
was AUX VBD be 6 cop
a DET DT a 6 det
child NOUN NN child 0 root
. PUNCT . . 6 punct`,
			nil},
		{"words of time the parse put into the subject's phrase", `
On ADP IN on 3 case
Friday PROPN NNP Friday 3 compound
officials NOUN NNS official 4 nsubj
reported VERB VBD report 0 root
the DET DT the 6 det
fire NOUN NN fire 4 obj
. PUNCT . . 4 punct`,
			[]string{"officials · report · fire {On Friday}"}},
		{"a phrase before a possessor the parse put into the subject's phrase", `
During ADP IN during 6 case
the DET DT the 3 det
war NOUN NN war 6 nsubj
Britain PROPN NNP Britain 6 nmod:poss
's PART POS 's 4 case
army NOUN NN army 7 nsubj
grew VERB VBD grow 0 root
. PUNCT . . 7 punct`,
			[]string{"army · grow {During the war}"}},
		{"an apposition taken for a second subject", `
Ana PROPN NNP Ana 10 nsubj
Ruiz PROPN NNP Ruiz 1 flat
, PUNCT , , 5 punct
a DET DT a 5 det
spokeswoman NOUN NN spokeswoman 10 nsubj
for ADP IN for 8 case
the DET DT the 8 det
port NOUN NN port 5 nmod
, PUNCT , , 5 punct
told VERB VBD tell 0 root
reporters NOUN NNS reporter 10 obj
. PUNCT . . 10 punct`,
			[]string{"Ana Ruiz · tell · reporters", "Ana Ruiz · spokeswoman for · port"}},
		{"a reduced relative before the main verb, the parse rooted on the noun", `
A DET DT a 2 det
woman NOUN NN woman 0 root
believed VERB VBN believe 2 acl
to PART TO to 6 mark
have AUX VB have 6 aux
stolen VERB VBN steal 3 xcomp
the DET DT the 8 det
car NOUN NN car 10 nsubj:pass
was AUX VBD be 10 aux:pass
arrested VERB VBN arrest 6 ccomp
on ADP IN on 12 case
Monday PROPN NNP Monday 10 obl
. PUNCT . . 2 punct`,
			[]string{"woman · steal · car [believe]", "woman · arrest {on Monday}"}},
		{"a reduced relative whose participle the tagger took for a past tense", `
Two NUM CD two 2 nummod
men NOUN NNS man 3 nsubj
thought VERB VBD think 0 root
to PART TO to 6 mark
have AUX VB have 6 aux
helped VERB VBN help 3 xcomp
the DET DT the 8 det
thief NOUN NN thief 10 nsubj:pass
were AUX VBD be 10 aux:pass
questioned VERB VBN question 6 xcomp
. PUNCT . . 3 punct`,
			[]string{"Two men · help · thief [think]", "Two men · question"}},
		{"a reported clause whose verb the parse hung as an adverbial", `
The DET DT the 2 det
ministry NOUN NN ministry 3 nsubj
indicated VERB VBD indicate 0 root
no DET DT no 5 det
aid NOUN NN aid 3 obj
will AUX MD will 7 aux
come VERB VB come 3 advcl
without ADP IN without 9 case
reform NOUN NN reform 7 obl
. PUNCT . . 3 punct`,
			[]string{"ministry · indicate · no aid will come without reform", "aid · come [not] [will] [says ministry] {without reform}"}},
		{"a reported clause whose verb the parse hung on its subject as a participle", `
The DET DT the 2 det
report NOUN NN report 3 nsubj
claimed VERB VBD claim 0 root
the DET DT the 5 det
firm NOUN NN firm 3 obj
knew VERB VBD know 5 acl
about ADP IN about 9 case
the DET DT the 9 det
leak NOUN NN leak 6 obl
. PUNCT . . 3 punct`,
			[]string{"report · claim · the firm knew about the leak", "firm · know · leak [claim] [says report]"}},
		{"a reported clause the parse hung as an open complement with the subject as object", `
Residents NOUN NNS resident 2 nsubj
claimed VERB VBD claim 0 root
fires NOUN NNS fire 2 obj
had AUX VBD have 6 aux
been AUX VBN be 6 cop
set ADJ JJ set 2 xcomp
deliberately ADV RB deliberately 6 advmod
. PUNCT . . 2 punct`,
			[]string{"Residents · claim · fires had been set deliberately", "fires · be · set [claim] [says Residents]"}},
		{"a reported clause read as a relative clause on whom it was told", `
Residents NOUN NNS resident 2 nsubj
told VERB VBD tell 0 root
the DET DT the 4 det
newspaper NOUN NN newspaper 2 iobj
that PRON WDT that 9 mark
the DET DT the 7 det
street NOUN NN street 9 nsubj
is AUX VBZ be 9 cop
quiet ADJ JJ quiet 4 acl:relcl
. PUNCT . . 2 punct`,
			[]string{"Residents · tell · that the street is quiet", "street · be · quiet [says Residents]"}},
		{"an infinitive right after the object of a directive verb is what the object is asked to do", `
The DET DT the 2 det
council NOUN NN council 3 nsubj
urged VERB VBD urge 0 root
the DET DT the 5 det
mayor NOUN NN mayor 3 obj
to PART TO to 7 mark
resign VERB VB resign 3 advcl
. PUNCT . . 3 punct`,
			[]string{"council · urge · the mayor to resign", "mayor · resign [urge]"}},
		{"an infinitive after a thing pressed is its purpose", `
He PRON PRP he 2 nsubj
pressed VERB VBD press 0 root
the DET DT the 4 det
button NOUN NN button 2 obj
to PART TO to 6 mark
open VERB VB open 2 advcl
the DET DT the 8 det
door NOUN NN door 6 obj
. PUNCT . . 2 punct`,
			[]string{"He · press · button"}},
		{"a bare noun phrase right after a verb with no object is its object, not an oblique", `
Ruiz PROPN NNP Ruiz 2 nsubj
defeated VERB VBD defeat 0 root
incumbent ADJ JJ incumbent 6 amod
Senator PROPN NNP Senator 6 compound
Ana PROPN NNP Ana 6 compound
Lopez PROPN NNP Lopez 2 obl
. PUNCT . . 2 punct`,
			[]string{"Ruiz · defeat · incumbent Senator Ana Lopez"}},
		{"a bare phrase of degree after a verb stays an oblique", `
Members NOUN NNS member 2 nsubj
struggled VERB VBD struggle 0 root
a DET DT a 4 det
lot NOUN NN lot 2 obl
. PUNCT . . 2 punct`,
			[]string{"Members · struggle {a lot}"}},
		{"a noun takes no object: the phrase hung on it is the subject of the verb after it", `
Ana PROPN NNP Ana 2 nsubj
seconded VERB VBD second 0 root
the DET DT the 4 det
proposal NOUN NN proposal 2 obj
the DET DT the 6 det
fires NOUN NNS fire 4 obj
be AUX VB be 8 aux:pass
added VERB VBN add 2 conj
to ADP IN to 11 case
the DET DT the 11 det
agenda NOUN NN agenda 8 obl
. PUNCT . . 2 punct`,
			[]string{"Ana · second · proposal", "fires · add · agenda"}},
		{"a noun after 'to' with an object of its own is an infinitive", `
The DET DT the 2 det
firms NOUN NNS firm 3 nsubj
agreed VERB VBD agree 0 root
to ADP IN to 5 case
swap NOUN NN swap 3 obl
patents NOUN NNS patent 5 obj
. PUNCT . . 3 punct`,
			[]string{"firms · swap · patents [agree]"}},
		{"a relative pronoun after a quantifier is no fronted phrase", `
They PRON PRP they 2 nsubj
saw VERB VBD see 0 root
ten NUM CD ten 4 nummod
statues NOUN NNS statue 2 obj
, PUNCT , , 10 punct
all DET DT all 10 nsubj:pass
of ADP IN of 8 case
which PRON WDT which 10 nsubj:pass
were AUX VBD be 10 aux:pass
carved VERB VBN carve 2 parataxis
. PUNCT . . 2 punct`,
			[]string{"They · see · ten statues"}},
		{"an infinitive coordinated with the verb that calls for it belongs with its first infinitive", `
Ana PROPN NNP Ana 2 nsubj
urged VERB VBD urge 0 root
the DET DT the 4 det
council NOUN NN council 2 obj
to PART TO to 6 mark
cut VERB VB cut 2 xcomp
rents NOUN NNS rent 6 obj
and CCONJ CC and 10 cc
to PART TO to 10 mark
stop VERB VB stop 2 conj
evictions NOUN NNS eviction 10 obj
. PUNCT . . 2 punct`,
			[]string{"Ana · urge · the council to cut rents and to stop evictions", "council · cut · rents [urge]"}},
		{"a bare infinitive after a past tense shares no subject with it", `
Ana PROPN NNP Ana 2 nsubj
told VERB VBD tell 0 root
voters NOUN NNS voter 2 obj
to PART TO to 5 mark
register VERB VB register 2 xcomp
and CCONJ CC and 7 cc
vote VERB VB vote 2 conj
early ADV RB early 7 advmod
. PUNCT . . 2 punct`,
			[]string{"Ana · tell · voters to register and vote early", "voters · register [tell]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := conll(t, tt.rows)
			before := append(s.Tokens[:0:0], s.Tokens...)
			var got []string
			for _, st := range clauseStatements("d", s) {
				b := brief(st)
				for _, q := range st.Qualifiers {
					b += " {" + q.Text + "}"
					if st.Subject.Start < q.End && q.Start < st.Subject.End {
						t.Errorf("subject %q overlaps qualifier %q", st.Subject.Text, q.Text)
					}
				}
				got = append(got, b)
				if !st.Subject.Valid(s.Text) || st.Object != nil && !st.Object.Valid(s.Text) {
					t.Errorf("%s: a span is not the text at its offsets", brief(st))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			for i := range before {
				if before[i] != s.Tokens[i] {
					t.Fatalf("token %d of the sentence changed: %+v, was %+v", i, s.Tokens[i], before[i])
				}
			}
		})
	}
}

// TestClauseInSubject: a participle on the first of two subjects joined by
// ", and" is the first clause's verb, active: "the state issued a bond",
// not "the state · be issued · a bond".
func TestClauseInSubject(t *testing.T) {
	s := conll(t, `
With ADP IN with 3 case
the DET DT the 3 det
decree NOUN NN decree 15 obl
, PUNCT , , 3 punct
the DET DT the 6 det
state NOUN NN state 15 nsubj
issued VERB VBN issue 6 acl
a DET DT a 9 det
bond NOUN NN bond 7 obj
, PUNCT , , 15 punct
and CCONJ CC and 14 cc
the DET DT the 14 det
daily ADJ JJ daily 14 amod
paper NOUN NN paper 15 nsubj
covered VERB VBD cover 0 root
the DET DT the 17 det
story NOUN NN story 15 obj
. PUNCT . . 15 punct`)
	for _, st := range (Clauses{}).Extract("d", s) {
		if st.Predicate.Lemma == "issue" {
			if st.Passive || st.Subject.Text != "the state" {
				t.Errorf("got %q · issue (passive %v), want the state · issue, active", st.Subject.Text, st.Passive)
			}
			return
		}
	}
	t.Error("no statement of issue")
}
