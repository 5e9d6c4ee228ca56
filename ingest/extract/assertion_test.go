package extract

import (
	"fmt"

	"strings"
	"testing"

	"github.com/annals/annals/ingest/analysis"
)

// TestAssertion: what a sentence does not assert as its own fact carries
// its negation, modality or source; one case per rule, on parses written
// out (some of them as the parser gets them wrong).
func TestAssertion(t *testing.T) {
	tests := []rowCase{
		{"a direct question asserts nothing", `
Do VERB VB do 0 root
the DET DT the 3 det
stars NOUN NNS star 4 nsubj
have VERB VBP have 1 parataxis
planets NOUN NNS planet 4 obj
? PUNCT . ? 1 punct`,
			nil},
		{"a quoted question asserts nothing; the asking is a fact", `
" PUNCT ` + "``" + ` " 4 punct
Is AUX VBZ be 4 cop
it PRON PRP it 4 nsubj
over ADV RB over 8 ccomp
? PUNCT . ? 4 punct
" PUNCT '' " 4 punct
she PRON PRP she 8 nsubj
asked VERB VBD ask 0 root
. PUNCT . . 8 punct`,
			[]string{"she · ask · Is it over"}},
		{"a linking phrase is no object", `
On ADP IN on 2 case
top NOUN NN top 7 obl
of ADP IN of 4 case
that PRON DT that 2 nmod
, PUNCT , , 7 punct
I PRON PRP I 7 nsubj
live VERB VBP live 0 root
with ADP IN with 9 case
HIV PROPN NNP HIV 7 obl
. PUNCT . . 7 punct`,
			[]string{"I · live · HIV"}},
		{"a hedge states nothing", `
As ADV RB as 2 advmod
far ADV RB far 8 advmod
as SCONJ IN as 5 mark
I PRON PRP I 5 nsubj
know VERB VBP know 2 advcl
, PUNCT , , 8 punct
nobody PRON NN nobody 8 nsubj
builds VERB VBZ build 0 root
it PRON PRP it 8 obj
. PUNCT . . 8 punct`,
			[]string{"nobody · build · it [not]"}},
		{"a stance is no act", `
Blake PROPN NNP Blake 2 nsubj
opposed VERB VBD oppose 0 root
ending VERB VBG end 2 xcomp
the DET DT the 5 det
war NOUN NN war 3 obj
. PUNCT . . 2 punct`,
			[]string{"Blake · end · war [oppose]"}},
		{"a denied clause is negated and attributed", `
The DET DT the 2 det
minister NOUN NN minister 3 nsubj
denied VERB VBD deny 0 root
that SCONJ IN that 8 mark
the DET DT the 6 det
army NOUN NN army 8 nsubj
had AUX VBD have 8 aux
fired VERB VBN fire 3 ccomp
on ADP IN on 10 case
protesters NOUN NNS protester 8 obl
. PUNCT . . 3 punct`,
			[]string{"minister · deny · that the army had fired on protesters", "army · fire · protesters [not] [says minister]"}},
		{"what is hoped is not asserted", `
I PRON PRP I 2 nsubj
hope VERB VBP hope 0 root
it PRON PRP it 6 nsubj
does AUX VBZ do 6 aux
not PART RB not 6 advmod
happen VERB VB happen 2 ccomp
. PUNCT . . 2 punct`,
			[]string{"I · hope · it does not happen", "it · happen [not] [hope] [says I]"}},
		{"has yet to: not yet", `
President PROPN NNP President 2 nmod:desc
Trump PROPN NNP Trump 3 nsubj
has VERB VBZ have 0 root
yet ADV RB yet 3 advmod
to PART TO to 6 mark
concede VERB VB concede 3 xcomp
the DET DT the 8 det
election NOUN NN election 6 obj
. PUNCT . . 3 punct`,
			[]string{"Trump · concede · election [not]"}},
		{"an infinitive on a negated adjective", `
I PRON PRP I 4 nsubj
am AUX VBP be 4 cop
not PART RB not 4 advmod
ready ADJ JJ ready 0 root
to PART TO to 6 mark
talk VERB VB talk 4 xcomp
about ADP IN about 8 case
politics NOUN NNS politics 6 obl
. PUNCT . . 4 punct`,
			[]string{"I · be · ready to talk about politics [not]", "I · talk · politics [not] [ready]"}},
		{"a negative subject negates", `
Nobody PRON NN nobody 3 nsubj:pass
was AUX VBD be 3 aux:pass
injured VERB VBN injure 0 root
in ADP IN in 6 case
the DET DT the 6 det
blast NOUN NN blast 3 obl
. PUNCT . . 3 punct`,
			[]string{"Nobody · injure [not]"}},
		{"an embedded question", `
He PRON PRP he 2 nsubj
asked VERB VBD ask 0 root
whether SCONJ IN whether 7 mark
the DET DT the 5 det
talks NOUN NNS talk 7 nsubj
would AUX MD would 7 aux
resume VERB VB resume 2 ccomp
. PUNCT . . 2 punct`,
			[]string{"He · ask · whether the talks would resume", "talks · resume [whether] [says He]"}},
		{"what a condition conditions carries its mark; the condition states nothing", `
If SCONJ IN if 4 mark
the DET DT the 3 det
vote NOUN NN vote 4 nsubj
fails VERB VBZ fail 9 advcl
, PUNCT , , 4 punct
the DET DT the 7 det
government NOUN NN government 9 nsubj
will AUX MD will 9 aux
resign VERB VB resign 0 root
. PUNCT . . 9 punct`,
			[]string{"government · resign [if]"}},
		{"when, under a clause that is not asserted (generic you states nothing)", `
When ADV WRB when 4 advmod
a DET DT a 3 det
star NOUN NN star 4 nsubj
collapses VERB VBZ collapse 8 advcl
, PUNCT , , 4 punct
you PRON PRP you 8 nsubj
would AUX MD would 8 aux
think VERB VB think 0 root
. PUNCT . . 8 punct`,
			[]string{"star · collapse [when]"}},
		{"according to, fronted and read as a verb", `
According VERB VBG accord 6 advcl
to ADP IN to 1 fixed
the DET DT the 4 det
ministry NOUN NN ministry 1 nsubj
, PUNCT , , 1 punct
people NOUN NNS people 7 nsubj
died VERB VBD die 0 root
. PUNCT . . 7 punct`,
			[]string{"people · die [says ministry]"}},
		{"the clause a verb of saying governs, its subject taken for an object", `
Ana PROPN NNP Ana 2 nsubj
announced VERB VBD announce 0 root
classes NOUN NNS class 2 obj
would AUX MD would 6 aux
be AUX VB be 6 aux:pass
cancelled VERB VBN cancel 2 ccomp
. PUNCT . . 2 punct`,
			[]string{"Ana · announce · classes would be cancelled", "classes · cancel [would] [says Ana]"}},
		{"the addressee is no part of what is said", `
The DET DT the 2 det
mayor NOUN NN mayor 3 nsubj
told VERB VBD tell 0 root
reporters NOUN NNS reporter 8 nsubj
the DET DT the 6 det
bridge NOUN NN bridge 8 nsubj
would AUX MD would 8 aux
reopen VERB VB reopen 3 ccomp
. PUNCT . . 3 punct`,
			[]string{"mayor · tell · the bridge would reopen", "bridge · reopen [would] [says mayor]"}},
		{"a headline's infinitive is a plan", `
Apple PROPN NNP Apple 3 nsubj
to PART TO to 3 mark
cut VERB VB cut 0 root
prices NOUN NNS price 3 obj`,
			[]string{"Apple · cut · prices [to]"}},
		{"an adjective of schedule", `
The DET DT the 2 det
talks NOUN NNS talk 4 nsubj
are AUX VBP be 4 cop
set ADJ JJ set 0 root
to PART TO to 6 mark
resume VERB VB resume 4 xcomp
. PUNCT . . 4 punct`,
			[]string{"talks · be · set to resume", "talks · resume [set]"}},
		{"an embedded question after any verb is not asserted", `
Lawmakers NOUN NNS lawmaker 2 nsubj
vowed VERB VBD vow 0 root
to PART TO to 4 mark
investigate VERB VB investigate 2 xcomp
whether SCONJ IN whether 8 mark
the DET DT the 7 det
minister NOUN NN minister 8 nsubj
used VERB VBN use 4 ccomp
public ADJ JJ public 10 amod
funds NOUN NNS fund 8 obj
. PUNCT . . 2 punct`,
			[]string{"Lawmakers · investigate · whether the minister used public funds [vow]", "minister · use · public funds [whether]"}},
		{"if after a verb of examining asks; the examining is a fact", `
Police NOUN NNS police 3 nsubj
are AUX VBP be 3 aux
examining VERB VBG examine 0 root
if SCONJ IN if 8 mark
the DET DT the 6 det
driver NOUN NN driver 8 nsubj
was AUX VBD be 8 cop
drunk ADJ JJ drunk 3 advcl
. PUNCT . . 3 punct`,
			[]string{"Police · examine", "driver · be · drunk [if]"}},
		{"if after a verb with a complement of its own is a condition", `
She PRON PRP she 2 nsubj
decided VERB VBD decide 0 root
to PART TO to 4 mark
sell VERB VB sell 2 xcomp
the DET DT the 6 det
house NOUN NN house 4 obj
if SCONJ IN if 9 mark
prices NOUN NNS price 9 nsubj
rose VERB VBD rise 2 advcl
. PUNCT . . 2 punct`,
			[]string{"She · sell · house [if]", "prices · rise [if]"}},
		{"what someone is accused of is the accuser's claim", `
Prosecutors NOUN NNS prosecutor 2 nsubj
accused VERB VBD accuse 0 root
the DET DT the 4 det
mayor NOUN NN mayor 2 obj
of SCONJ IN of 6 mark
taking VERB VBG take 4 acl
bribes NOUN NNS bribe 6 obj
. PUNCT . . 2 punct`,
			[]string{"Prosecutors · accuse · mayor", "mayor · take · bribes [accuse] [says Prosecutors]"}},
		{"what is claimed is not asserted", `
The DET DT the 2 det
group NOUN NN group 3 nsubj
claimed VERB VBD claim 0 root
the DET DT the 5 det
attack NOUN NN attack 8 nsubj
was AUX VBD be 8 cop
a DET DT a 8 det
success NOUN NN success 3 ccomp
. PUNCT . . 3 punct`,
			[]string{"group · claim · the attack was a success", "attack · be · a success [claim] [says group]"}},
		{"what one claims to have done is a claim", `
The DET DT the 2 det
rebels NOUN NNS rebel 3 nsubj
claimed VERB VBD claim 0 root
to PART TO to 6 mark
have AUX VB have 6 aux
downed VERB VBN down 3 xcomp
a DET DT a 8 det
jet NOUN NN jet 6 obj
. PUNCT . . 3 punct`,
			[]string{"rebels · down · jet [claim]"}},
		{"allegedly: others' word", `
The DET DT the 2 det
senator NOUN NN senator 4 nsubj
allegedly ADV RB allegedly 4 advmod
took VERB VBD take 0 root
bribes NOUN NNS bribe 4 obj
. PUNCT . . 4 punct`,
			[]string{"senator · take · bribes [allege]"}},
		{"a passive of saying hands its subject to the act, which is hearsay", `
He PRON PRP he 3 nsubj:pass
is AUX VBZ be 3 aux:pass
said VERB VBN say 0 root
to PART TO to 6 mark
have AUX VB have 6 aux
left VERB VBN leave 3 ccomp
the DET DT the 8 det
city NOUN NN city 6 obj
. PUNCT . . 3 punct`,
			[]string{"He · leave · city [say]"}},
		{"not known to be: unknown, not denied", `
The DET DT the 2 det
gas NOUN NN gas 5 nsubj:pass
is AUX VBZ be 5 aux:pass
not PART RB not 5 advmod
known VERB VBN know 0 root
to PART TO to 8 mark
be AUX VB be 8 cop
toxic ADJ JJ toxic 5 xcomp
. PUNCT . . 5 punct`,
			[]string{"gas · be · toxic [know]"}},
		{"a reduced relative of suspicion: the noun is what is suspected", `
A DET DT a 2 det
woman NOUN NN woman 9 nsubj:pass
suspected VERB VBN suspect 2 acl
of SCONJ IN of 5 mark
stealing VERB VBG steal 3 advcl
the DET DT the 7 det
car NOUN NN car 5 obj
was AUX VBD be 9 aux:pass
arrested VERB VBN arrest 0 root
. PUNCT . . 9 punct`,
			[]string{"woman · steal · car [suspect]", "woman · arrest"}},
		{"an object that denies: the negation, once", `
The DET DT the 2 det
council NOUN NN council 3 nsubj
had VERB VBD have 0 root
no DET DT no 5 det
say NOUN NN say 3 obj
. PUNCT . . 3 punct`,
			[]string{"council · have · say [not]"}},
		{"a name that is to act: the act, planned", `
The DET DT the 2 det
mayor NOUN NN mayor 3 nmod:desc
Okafor PROPN NNP Okafor 6 nsubj:outer
is AUX VBZ be 6 cop
to PART TO to 6 mark
open VERB VB open 0 root
the DET DT the 8 det
bridge NOUN NN bridge 6 obj
. PUNCT . . 6 punct`,
			[]string{"Okafor · open · bridge [to]"}},
		{"a name that is to act, 'be' read as an auxiliary", `
Police NOUN NNS police 2 nsubj
said VERB VBD say 0 root
the DET DT the 4 det
ministry PROPN NNP Ministry 7 nsubj
was AUX VBD be 7 aux
to PART TO to 7 mark
review VERB VB review 2 ccomp
the DET DT the 9 det
case NOUN NN case 7 obj
. PUNCT . . 2 punct`,
			[]string{"Police · say · the ministry was to review the case", "ministry · review · case [to] [says Police]"}},
		{"a participle on the object of an act to come: to come too", `
The DET DT the 2 det
firm NOUN NN firm 4 nsubj
will AUX MD will 4 aux
open VERB VB open 0 root
a DET DT a 6 det
plant NOUN NN plant 4 obj
built VERB VBN build 6 acl
by ADP IN by 9 case
Ana PROPN NNP Ana 7 obl:agent
. PUNCT . . 4 punct`,
			[]string{"firm · open · plant [will]", "Ana · build · plant [will]"}},
		{"a participle on a subject: done", `
A DET DT a 2 det
bridge NOUN NN bridge 7 nsubj:pass
built VERB VBN build 2 acl
by ADP IN by 5 case
Ana PROPN NNP Ana 3 obl:agent
will AUX MD will 7 aux
be AUX VB be 7 aux:pass
replaced VERB VBN replace 0 root
. PUNCT . . 7 punct`,
			[]string{"Ana · build · bridge"}},
		{"an aim that is to act: what the aim is, no act", `
The DET DT the 2 det
aim NOUN NN aim 5 nsubj:outer
is AUX VBZ be 5 cop
to PART TO to 5 mark
cut VERB VB cut 0 root
costs NOUN NNS cost 5 obj
. PUNCT . . 5 punct`,
			[]string{"aim · be · cut costs [to]"}},
	}
	runRowCases(t, tests, brief)
}

// TestQuestions: a question runs back from its mark to the quotation mark,
// colon or sentence start that opens it, and no further.
func TestQuestions(t *testing.T) {
	for _, tt := range []struct{ words, want string }{
		{`Do stars have planets ?`, "[[0 5]]"},
		{`" We won , " he said , " but is it enough ? "`, "[[9 14]]"},
		{`He asked : why now ?`, "[[3 6]]"},
		{`He asked why .`, "[]"},
	} {
		var toks []analysis.Token
		for _, w := range strings.Fields(tt.words) {
			toks = append(toks, analysis.Token{Form: w})
		}
		if got := fmt.Sprint(questions(toks)); got != tt.want {
			t.Errorf("questions(%s) = %s, want %s", tt.words, got, tt.want)
		}
	}
}

// TestFactiveGovernor: what a verb that takes its clause as true governs,
// with no speaker of its own, is asserted ("later confirming it had
// closed the plant").
func TestFactiveGovernor(t *testing.T) {
	s := conll(t, `
The DET DT the 2 det
firm NOUN NN firm 3 nsubj
cut VERB VBD cut 0 root
jobs NOUN NNS job 3 obj
and CCONJ CC and 6 cc
sold VERB VBD sell 3 conj
assets NOUN NNS asset 6 obj
, PUNCT , , 10 punct
later ADV RBR late 10 advmod
confirming VERB VBG confirm 6 advcl
it PRON PRP it 13 nsubj
had AUX VBD have 13 aux
closed VERB VBN close 10 ccomp
a DET DT a 15 det
plant NOUN NN plant 13 obj
. PUNCT . . 3 punct`)
	for _, st := range (Clauses{}).Extract("d", s) {
		if st.Predicate.Lemma == "close" {
			if st.Modality != "" {
				t.Errorf("close: modality %q, want none", st.Modality)
			}
			return
		}
	}
	t.Error("no statement of close")
}
