package extract

import (
	"testing"

	"github.com/annals/annals"
)

// TestAllegedContent: what a verb of saying or alleging says is its
// speaker's, not the text's fact, when the parse hangs the verb as a
// participle on its own subject (an aside between it and its clause), or
// the clause as a second act coordinated with it; a conjunct with an act
// of its own after it leaves the parse as it is.
func TestAllegedContent(t *testing.T) {
	runRowCases(t, []rowCase{
		{"the verb read as a participle on the subject of the clause", `
The DET DT the 2 det
envoy NOUN NN envoy 14 nsubj:pass
alleged VERB VBN allege 2 acl
, PUNCT , , 6 punct
by ADP IN by 6 case
way NOUN NN way 3 obl
of ADP IN of 8 case
example NOUN NN example 6 nmod
, PUNCT , , 14 punct
the DET DT the 11 det
airline NOUN NN airline 14 nsubj
had AUX VBD have 14 aux
" PUNCT ` + "``" + ` " 14 punct
contributed VERB VBN contribute 0 root
to ADP IN to 17 case
the DET DT the 17 det
violence NOUN NN violence 14 obl
" PUNCT '' " 14 punct
. PUNCT . . 14 punct`,
			[]string{"envoy · allege · the airline had \" contributed to the violence", "airline · contribute · violence [allege] [says envoy] {The envoy}"}},
		{"the subject made the root, the clause hung on the verb", `
The DET DT the 2 det
ambassador NOUN NN ambassador 0 root
alleged VERB VBN allege 2 acl
, PUNCT , , 6 punct
by ADP IN by 6 case
way NOUN NN way 2 obl
of ADP IN of 8 case
example NOUN NN example 6 nmod
, PUNCT , , 14 punct
that SCONJ IN that 14 mark
the DET DT the 12 det
airline NOUN NN airline 14 nsubj
had AUX VBD have 14 aux
contributed VERB VBN contribute 2 advcl
to ADP IN to 17 case
the DET DT the 17 det
violence NOUN NN violence 14 obl
. PUNCT . . 2 punct`,
			[]string{"ambassador · allege · that the airline had contributed to the violence", "airline · contribute · violence [allege] [says ambassador] {The ambassador}"}},
		{"the clause read as a second act of the speakers", `
Her PRON PRP$ her 2 nmod:poss
lawyers NOUN NNS lawyer 4 nsubj
have AUX VBP have 4 aux
alleged VERB VBN allege 0 root
the DET DT the 6 det
guard NOUN NN guard 8 nsubj
was AUX VBD be 8 cop
bribed ADJ JJ bribed 4 conj
. PUNCT . . 4 punct`,
			[]string{"lawyers · allege · the guard was bribed", "guard · be · bribed [allege] [says lawyers] {Her lawyers}"}},
		{"the clause read as a second act of the sentence, its subject as what was alleged", `
The DET DT the 2 det
union NOUN NN union 3 nsubj
criticised VERB VBD criticise 0 root
the DET DT the 5 det
board NOUN NN board 3 obj
over ADP IN over 8 case
a DET DT a 8 det
report NOUN NN report 3 obl
alleging VERB VBG allege 8 acl
the DET DT the 11 det
chairman NOUN NN chairman 9 obj
hid VERB VBD hide 3 conj
the DET DT the 14 det
losses NOUN NNS loss 12 obj
. PUNCT . . 3 punct`,
			[]string{"union · criticise · board", "report · allege · the chairman hid the losses", "chairman · hide · losses [allege] [says report] {a report}"}},
		{"a gerund's aside before the that-clause of saying", `
Police NOUN NNS police 2 nsubj
said VERB VBD say 0 root
, PUNCT , , 4 punct
citing VERB VBG cite 2 ccomp
witnesses NOUN NNS witness 4 obj
, PUNCT , , 10 punct
that SCONJ IN that 10 mark
the DET DT the 9 det
gunman NOUN NN gunman 10 nsubj
fled VERB VBN flee 4 ccomp
on ADP IN on 12 case
foot NOUN NN foot 10 obl
. PUNCT . . 2 punct`,
			[]string{"Police · say · that the gunman fled on foot", "Police · cite · witnesses", "gunman · flee · foot [says Police] {Police}"}},
		{"a that-clause after an aside read as a second act", `
Prosecutors NOUN NNS prosecutor 2 nsubj
alleged VERB VBD allege 0 root
, PUNCT , , 4 punct
citing VERB VBG cite 2 advcl
bank NOUN NN bank 6 compound
records NOUN NNS record 4 obj
, PUNCT , , 11 punct
that SCONJ IN that 11 mark
the DET DT the 10 det
mayor NOUN NN mayor 11 nsubj
took VERB VBD take 2 conj
bribes NOUN NNS bribe 11 obj
. PUNCT . . 2 punct`,
			[]string{"Prosecutors · allege · that the mayor took bribes", "Prosecutors · cite · bank records", "mayor · take · bribes [allege] [says Prosecutors] {Prosecutors}"}},
		{"a conjunct with a second act after it is left alone", `
Investigators NOUN NNS investigator 3 nsubj
were AUX VBD be 3 cop
able ADJ JJ able 0 root
to PART TO to 5 mark
determine VERB VB determine 3 xcomp
the DET DT the 7 det
truck NOUN NN truck 5 obj
had AUX VBD have 9 aux
come VERB VBN come 3 conj
from ADP IN from 12 case
the DET DT the 12 det
port NOUN NN port 9 obl
and CCONJ CC and 14 cc
spoke VERB VBD speak 9 conj
with ADP IN with 17 case
the DET DT the 17 det
driver NOUN NN driver 14 obl
. PUNCT . . 3 punct`,
			[]string{"Investigators · be · able to determine the truck", "Investigators · determine · truck [able]", "Investigators · come", "Investigators · speak · driver"}},
	}, briefSpoken)
}

// briefSpoken is brief with the passive flag and the words of the
// attribution, which must not run on into what it attributes.
func briefSpoken(st annals.Statement) string {
	b := brief(st)
	if st.Passive {
		b += " [passive]"
	}
	if st.Attribution != nil {
		b += " {" + st.Attribution.Text + "}"
	}
	return b
}
