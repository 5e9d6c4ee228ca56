package extract

import (
	"testing"

	"github.com/annals/annals"
)

// clipped shows a statement with its object's whole text and the
// preposition the verb carries, so a test sees where the object stops.
func clipped(st annals.Statement) string {
	s := st.Subject.Label() + " · " + st.Predicate.Lemma
	if st.Object != nil {
		if st.Object.Prep != "" {
			s += " " + st.Object.Prep
		}
		s += " · " + st.Object.Text
	}
	if st.Negated {
		s += " [not]"
	}
	if st.Modality != "" {
		s += " [" + st.Modality + "]"
	}
	if st.Attribution != nil {
		s += " [says " + st.Attribution.Label() + "]"
	}
	return s
}

// TestClippedObjects: parses that cut an object short of its point (a
// modifier without its noun, a relative clause without its stranded
// preposition, a reported finding without its predicate), written out as
// the parser makes them, and the readings each rule must leave alone.
func TestClippedObjects(t *testing.T) {
	runRowCases(t, []rowCase{
		{"coordinated modifiers split at the and: the noun they share is the object", `
The DET DT the 2 det
retailer NOUN NN retailer 3 nsubj
sold VERB VBD sell 0 root
its PRON PRP$ its 7 nmod:poss
roughly ADV RB roughly 6 advmod
300 NUM CD 300 7 compound
Dutch ADJ JJ Dutch 3 ccomp
and CCONJ CC and 11 cc
45 NUM CD 45 11 nummod
Belgian ADJ JJ Belgian 11 amod
branches NOUN NNS branch 3 conj
to ADP IN to 14 case
an DET DT a 14 det
investor NOUN NN investor 11 nmod
. PUNCT . . 3 punct`,
			[]string{"retailer · sell · its roughly 300 Dutch and 45 Belgian branches to an investor"}},
		{"a second phrase with its own determiner is left as parsed", `
The DET DT the 2 det
retailer NOUN NN retailer 3 nsubj
sold VERB VBD sell 0 root
its PRON PRP$ its 5 nmod:poss
300 NUM CD 300 5 nummod
Dutch ADJ JJ Dutch 3 obj
and CCONJ CC and 9 cc
the DET DT the 9 det
Belgian ADJ JJ Belgian 9 amod
branches NOUN NNS branch 5 conj
. PUNCT . . 3 punct`,
			[]string{"retailer · sell · Dutch"}},
		{"a relative clause's stranded preposition is the verb's, its negation kept", `
They PRON PRP they 2 nsubj
plan VERB VBP plan 0 root
to PART TO to 4 mark
open VERB VB open 2 xcomp
a DET DT a 6 det
market NOUN NN market 4 obj
which PRON WDT which 12 obj
traders NOUN NNS trader 12 nsubj
have AUX VBP have 12 aux
not PART RB not 12 advmod
yet ADV RB yet 12 advmod
moved VERB VBN move 6 acl:relcl
into ADP IN into 12 obl
. PUNCT . . 2 punct`,
			[]string{"They · open · a market [plan]", "traders · move into · a market [not]"}},
		{"a stranded preposition before another phrase of the verb", `
It PRON PRP it 4 nsubj
is AUX VBZ be 4 cop
a DET DT a 4 det
hall NOUN NN hall 0 root
which PRON WDT which 7 obj
she PRON PRP she 7 nsubj
worked VERB VBD work 4 acl:relcl
in ADV RB in 7 advmod
for ADP IN for 10 case
years NOUN NNS year 7 obl
. PUNCT . . 4 punct`,
			[]string{"It · be · a hall which she worked in for years", "she · work in · a hall"}},
		{"a preposition with its own phrase is not stranded", `
It PRON PRP it 4 nsubj
is AUX VBZ be 4 cop
a DET DT a 4 det
report NOUN NN report 0 root
which PRON WDT which 7 obj
she PRON PRP she 7 nsubj
wrote VERB VBD write 4 acl:relcl
in ADP IN in 9 case
May PROPN NNP May 7 obl
. PUNCT . . 4 punct`,
			[]string{"It · be · a report which she wrote in May", "she · write · a report"}},
		{"a reported clause hung on the verb above the verb of saying", `
The DET DT the 2 det
minister NOUN NN minister 3 nsubj
went VERB VBD go 0 root
on ADV RB on 3 advmod
to PART TO to 6 mark
say VERB VB say 3 xcomp
hundreds NOUN NNS hundred 6 obj
of ADP IN of 9 case
jobs NOUN NNS job 7 nmod
could AUX MD could 12 aux
be AUX VB be 12 aux:pass
saved VERB VBN save 3 parataxis
. PUNCT . . 12 punct`,
			[]string{"minister · go · to say hundreds of jobs could be saved", "minister · say · hundreds of jobs could be saved", "hundreds of jobs · save [could] [says minister]"}},
		{"a reported clause whose that the parse gave the subject, opened by was to", `
The DET DT the 2 det
lawyer NOUN NN lawyer 3 nsubj
argued VERB VBD argue 0 root
that SCONJ IN that 7 mark
the DET DT the 7 det
real ADJ JJ real 7 amod
aim NOUN NN aim 3 ccomp
of ADP IN of 10 case
the DET DT the 10 det
audit NOUN NN audit 7 nmod
was AUX VBD be 13 aux
to PART TO to 13 mark
discredit VERB VB discredit 3 xcomp
the DET DT the 15 det
mayor NOUN NN mayor 13 obj
. PUNCT . . 3 punct`,
			[]string{"lawyer · argue · that the real aim of the audit was to discredit the mayor", "real aim of the audit · be · discredit the mayor [says lawyer]"}},
		{"a reported clause the parse saw but not its subject", `
The DET DT the 2 det
union NOUN NN union 3 nsubj
alleged VERB VBD allege 0 root
the DET DT the 5 det
purpose NOUN NN purpose 3 obj
of ADP IN of 8 case
the DET DT the 8 det
review NOUN NN review 5 nmod
was AUX VBD be 12 cop
to PART TO to 12 mark
" PUNCT ` + "``" + ` " 12 punct
cut VERB VB cut 3 ccomp
wages NOUN NNS wage 12 obj
" PUNCT '' " 12 punct
. PUNCT . . 3 punct`,
			[]string{"union · allege · the purpose of the review was to \" cut wages", "purpose of the review · be · cut wages [allege] [says union]"}},
		{"a reported clause with a quotation hung on the verb above", `
She PRON PRP she 2 nsubj
told VERB VBD tell 0 root
the DET DT the 4 det
court NOUN NN court 2 iobj
that SCONJ IN that 7 mark
officials NOUN NNS official 7 nsubj
suspect VERB VBP suspect 2 ccomp
the DET DT the 9 det
files NOUN NNS file 7 obj
had AUX VBD have 13 aux
been AUX VBN be 13 aux:pass
" PUNCT ` + "``" + ` " 13 punct
destroyed VERB VBN destroy 2 ccomp
in ADP IN in 15 case
error NOUN NN error 13 obl
" PUNCT '' " 13 punct
. PUNCT . . 2 punct`,
			[]string{"She · tell · that officials suspect the files had been \" destroyed in error", "officials · suspect · the files had been \" destroyed in error [says She]", "files · destroy [suspect] [says officials]"}},
		{"a phrase between the noun and the clause the parse saw is no part of the clause's subject", `
The DET DT the 2 det
paper NOUN NN paper 3 nsubj
reported VERB VBD report 0 root
the DET DT the 5 det
club NOUN NN club 3 obj
because ADP IN because 9 case
of ADP IN of 6 fixed
the DET DT the 9 det
injury NOUN NN injury 3 obl
has AUX VBZ have 11 aux
postponed VERB VBN postpone 3 ccomp
the DET DT the 13 det
match NOUN NN match 11 obj
. PUNCT . . 3 punct`,
			[]string{"paper · report · the club because of the injury has postponed the match", "club · postpone · the match [says paper]"}},
	}, clipped)
}

// TestWhenClauses: a state a copula states holds at the time a "when"
// clause names, which its statement keeps as a qualifier with "when";
// other verbs' clauses are left as they were.
func TestWhenClauses(t *testing.T) {
	withWhen := func(st annals.Statement) string {
		s := brief(st)
		for _, q := range st.Qualifiers {
			s += " {" + q.Prep + ": " + q.Text + "}"
		}
		return s
	}
	runRowCases(t, []rowCase{
		{"a state at the time of a when clause", `
Ana PROPN NNP Ana 3 nsubj
was AUX VBD be 3 cop
furious ADJ JJ furious 0 root
when ADV WRB when 7 advmod
the DET DT the 6 det
club NOUN NN club 7 nsubj
sold VERB VBD sell 3 advcl
her PRON PRP she 7 obj
. PUNCT . . 3 punct`,
			[]string{"Ana · be · furious {when: when the club sold her}", "club · sell · her"}},
		{"a verb's when clause says when it happened, and is kept as a qualifier too", `
Ana PROPN NNP Ana 2 nsubj
left VERB VBD leave 0 root
when ADV WRB when 6 advmod
the DET DT the 5 det
club NOUN NN club 6 nsubj
sold VERB VBD sell 2 advcl
her PRON PRP she 6 obj
. PUNCT . . 2 punct`,
			[]string{"Ana · leave {when: when the club sold her}", "club · sell · her"}},
	}, withWhen)
}
