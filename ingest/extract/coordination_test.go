package extract

import (
	"strings"
	"testing"

	"github.com/annals/annals"
)

// TestCoordination: coordinations the parse misreads (modifiers taken for
// phrases, subjects side by side, a striving verb hung inside a claim) and
// verbs of giving with two objects, written out as the parser makes them,
// and the statements read off the mended tree. One case per rule, and the
// readings each rule must leave alone.
func TestCoordination(t *testing.T) {
	tests := []rowCase{
		{"coordinated modifiers before a head noun make one phrase", `
Arco PROPN NNP Arco 2 nsubj
acquired VERB VBD acquire 0 root
Austrian PROPN NNP Austrian 4 compound
mortar PROPN NNP mortar 2 obj
and CCONJ CC and 6 cc
shell NOUN NN shell 4 conj
manufacturer NOUN NN manufacturer 4 flat
Linz PROPN NNP Linz 10 compound
Defence PROPN NNP Defence 10 compound
Works PROPN NNP Works 2 obl
. PUNCT . . 2 punct`,
			[]string{"Arco · acquire · Austrian mortar and shell manufacturer Linz Defence Works"}},
		{"a modifier of the second of two phrases is no phrase of its own", `
The DET DT the 2 det
city NOUN NN city 3 nsubj
named VERB VBD name 0 root
the DET DT the 6 det
grocery NOUN NN grocery 6 compound
chain NOUN NN chain 3 obj
and CCONJ CC and 8 cc
property NOUN NN property 6 conj
developer NOUN NN developer 6 conj
Lato PROPN NNP Lato 11 compound
Homes PROPN NNP Homes 6 conj
. PUNCT . . 3 punct`,
			[]string{"city · name · grocery chain", "city · name · property developer Lato Homes"}},
		{"names that share a surname are left as they are", `
Tomas PROPN NNP Tomas 5 nsubj
and CCONJ CC and 3 cc
Marek PROPN NNP Marek 1 conj
Sekal PROPN NNP Sekal 1 flat
made VERB VBD make 0 root
a DET DT a 7 det
film NOUN NN film 5 obj
. PUNCT . . 5 punct`,
			[]string{"Tomas and Marek Sekal · make · film", "Marek · make · film"}}, // as without the rule
		{"a title before a name the parse made the subject is left alone", `
Local ADJ JJ local 2 amod
actor NOUN NN actor 7 nsubj
and CCONJ CC and 4 cc
producer NOUN NN producer 2 conj
Ana PROPN NNP Ana 7 nsubj
Ruiz PROPN NNP Ruiz 5 flat
sold VERB VBD sell 0 root
tickets NOUN NNS ticket 7 obj
. PUNCT . . 7 punct`,
			[]string{"Ana Ruiz · sell · tickets"}},
		{"two subjects joined by and are coordinated", `
Ana PROPN NNP Ana 5 nsubj
and CCONJ CC and 4 cc
her PRON PRP$ her 4 nmod:poss
lawyers NOUN NNS lawyer 5 nsubj
appealed VERB VBD appeal 0 root
the DET DT the 7 det
ruling NOUN NN ruling 5 obj
. PUNCT . . 5 punct`,
			[]string{"Ana · appeal · ruling", "lawyers · appeal · ruling"}},
		{"a striving verb after a contested claim is the claimants' act", `
The DET DT the 2 det
party NOUN NN party 3 nsubj
claimed VERB VBD claim 0 root
its PRON PRP$ its 5 nmod:poss
rival NOUN NN rival 7 nsubj
only ADV RB only 7 advmod
won VERB VBD win 3 ccomp
through ADP IN through 9 case
fraud NOUN NN fraud 7 obl
and CCONJ CC and 11 cc
sought VERB VBD seek 7 conj
to PART TO to 13 mark
overturn VERB VB overturn 11 xcomp
the DET DT the 15 det
result NOUN NN result 13 obj
. PUNCT . . 3 punct`,
			[]string{"party · claim · its rival only won through fraud", "rival · win [claim] [says party] {through fraud}", "party · overturn · result [seek]"}},
		{"a verb coordinated inside what was said keeps the clause's subject", `
Police NOUN NNS police 2 nsubj
said VERB VBD say 0 root
the DET DT the 4 det
man NOUN NN man 5 nsubj
fled VERB VBD flee 2 ccomp
and CCONJ CC and 7 cc
tried VERB VBD try 5 conj
to PART TO to 9 mark
hide VERB VB hide 7 xcomp
. PUNCT . . 2 punct`,
			[]string{"Police · say · the man fled and tried to hide", "man · flee [says Police]", "man · hide [try] [says Police]"}},
		{"a verb of giving: the thing given is the object, whom it went to a qualifier", `
The DET DT the 2 det
governor NOUN NN governor 3 nsubj
granted VERB VBD grant 0 root
Ana PROPN NNP Ana 5 compound
Ruiz PROPN NNP Ruiz 3 obj
a DET DT a 10 det
full ADJ JJ full 10 amod
and CCONJ CC and 9 cc
unconditional ADJ JJ unconditional 7 conj
pardon NOUN NN pardon 5 nmod
. PUNCT . . 3 punct`,
			[]string{"governor · grant · full and unconditional pardon {Ana Ruiz}"}},
		{"an indirect object the parse names is the recipient", `
The DET DT the 2 det
council NOUN NN council 3 nsubj
gave VERB VBD give 0 root
residents NOUN NNS resident 3 iobj
a DET DT a 6 det
refund NOUN NN refund 3 obj
. PUNCT . . 3 punct`,
			[]string{"council · give · refund {residents}"}},
		{"two bare objects of a verb of giving, the second a determined phrase: the first is the recipient", `
The DET DT the 2 det
club NOUN NN club 3 nsubj
sent VERB VBD send 0 root
members NOUN NNS member 3 obj
a DET DT a 6 det
letter NOUN NN letter 3 obj
. PUNCT . . 3 punct`,
			[]string{"club · send · letter {members}"}},
		{"two bare common nouns of a verb of giving, the second undetermined, stay as parsed", `
The DET DT the 2 det
club NOUN NN club 3 nsubj
sent VERB VBD send 0 root
members NOUN NNS member 3 obj
letters NOUN NNS letter 3 obj
. PUNCT . . 3 punct`,
			[]string{"club · send · members"}},
		{"a verb that names its object something has no recipient: the object runs on over what it is named", `
She PRON PRP she 2 nsubj
called VERB VBD call 0 root
him PRON PRP he 2 obj
a DET DT a 5 det
liar NOUN NN liar 2 obj
. PUNCT . . 2 punct`,
			[]string{"She · call · him a liar"}},
		{"what a verb of naming names its object, parsed as an open complement, is part of the object", `
The DET DT the 2 det
mayor NOUN NN mayor 3 nsubj
called VERB VBD call 0 root
the DET DT the 5 det
plan NOUN NN plan 3 obj
a DET DT a 7 det
disaster NOUN NN disaster 3 xcomp
. PUNCT . . 3 punct`,
			[]string{"mayor · call · the plan a disaster"}},
		{"what 'have' had done to its object is part of the object", `
The DET DT the 2 det
firm NOUN NN firm 3 nsubj
had VERB VBD have 0 root
its PRON PRP$ its 5 nmod:poss
licence NOUN NN licence 3 obj
revoked VERB VBN revoke 3 xcomp
. PUNCT . . 3 punct`,
			[]string{"firm · have · its licence revoked", "licence · revoke"}},
		{"a verb of naming whose object is a bare 'it' keeps it alone: what is named is elsewhere", `
She PRON PRP she 2 nsubj
called VERB VBD call 0 root
it PRON PRP it 2 obj
a DET DT a 5 det
mess NOUN NN mess 2 xcomp
. PUNCT . . 2 punct`,
			[]string{"She · call · it"}},
	}
	tests = append(tests,
		rowCase{"a verb before a coordinated verb shares its object", `
The DET DT the 2 det
guests NOUN NNS guest 3 nsubj
ate VERB VBD eat 0 root
and CCONJ CC and 5 cc
drank VERB VBD drink 3 conj
fine ADJ JJ fine 7 amod
wine NOUN NN wine 5 obj
. PUNCT . . 3 punct`,
			[]string{"guests · eat · fine wine", "guests · drink · fine wine"}},
		rowCase{"an intransitive verb borrows no object", `
The DET DT the 2 det
police NOUN NNS police 3 nsubj
arrived VERB VBD arrive 0 root
and CCONJ CC and 5 cc
detained VERB VBD detain 3 conj
two NUM CD two 7 nummod
men NOUN NNS man 5 obj
. PUNCT . . 3 punct`,
			[]string{"police · arrive", "police · detain · two men"}},
	)
	runRowCases(t, tests, briefQualified)
}

// briefQualified is brief with the qualifiers.
func briefQualified(st annals.Statement) string { return brief(st) + qualifiers(st) }

// qualifiers spells a statement's qualifiers, each in braces.
func qualifiers(st annals.Statement) string {
	var b strings.Builder
	for _, q := range st.Qualifiers {
		b.WriteString(" {" + q.Text + "}")
	}
	return b.String()
}
