package extract

import (
	"testing"

	"github.com/annals/annals"
)

// TestPassives: active verbs the parse read as passives, passives whose
// agent it hung on the wrong word, and verbs of naming set off by commas,
// written out as the parser makes them, and the statements read off them.
// One case per rule.
func TestPassives(t *testing.T) {
	tests := []rowCase{
		{"the perfect's have makes a participle active", `
The DET DT the 2 det
storm NOUN NN storm 4 nsubj:pass
had AUX VBD have 4 aux
flooded VERB VBN flood 0 root
the DET DT the 6 det
valley NOUN NN valley 4 obj
. PUNCT . . 4 punct`,
			[]string{"storm · flood · valley"}},
		{"an object a passive could not keep makes a participle active", `
Police NOUN NN police 2 nsubj:pass
detained VERB VBN detain 0 root
three NUM CD three 4 nummod
men NOUN NNS man 2 obj
. PUNCT . . 2 punct`,
			[]string{"Police · detain · three men"}},
		{"a participle heading a sentence of prose with no passive auxiliary is a past tense", `
Two NUM CD two 2 nummod
families NOUN NNS family 3 nsubj:pass
sued VERB VBN sue 0 root
to PART TO to 6 mark
be AUX VB be 6 aux:pass
allowed VERB VBN allow 3 xcomp
to PART TO to 8 mark
stay VERB VB stay 6 xcomp
. PUNCT . . 3 punct`,
			[]string{"Two families · sue · to be allowed to stay", "Two families · allow · to stay [passive]"}},
		{"a headline's participle stays passive", `
Residents NOUN NNS resident 2 nsubj:pass
evacuated VERB VBN evacuate 0 root
after ADP IN after 4 case
floods NOUN NNS flood 2 obl`,
			[]string{"Residents · evacuate [passive] {after floods}"}},
		{"a verb of naming keeps its predicate noun in the passive", `
Ana PROPN NNP Ana 2 nsubj:pass
named VERB VBN name 0 root
chief NOUN NN chief 2 obj`,
			[]string{"Ana · name · chief [passive]"}},
		{"a coordinated participle with an object of its own is active", `
In ADP IN in 2 case
1970 NUM CD 1970 0 root
, PUNCT , , 4 punct
Tom PROPN NNP Tom 8 nsubj:pass
, PUNCT , , 8 punct
who PRON WP who 8 nsubj:pass
was AUX VBD be 8 aux:pass
known VERB VBN know 2 parataxis
for ADP IN for 10 case
jazz NOUN NN jazz 8 obl
, PUNCT , , 12 punct
formed VERB VBN form 8 conj
the DET DT the 14 det
band NOUN NN band 12 obj
. PUNCT . . 2 punct`,
			[]string{"Tom · form · band"}},
		{"an agent hung on the secondary predicate is the passive verb's", `
Cows NOUN NNS cow 3 nsubj:pass
are AUX VBP be 3 aux:pass
considered VERB VBN consider 0 root
sacred VERB VBN sacr 3 xcomp
by ADP IN by 7 case
many ADJ JJ many 7 amod
villagers NOUN NNS villager 4 obl:agent
. PUNCT . . 3 punct`,
			[]string{"Cows · consider · sacred [passive] {by many villagers}"}},
		{"a participle of naming between commas read as a relative clause's tense", `
The DET DT the 2 det
company NOUN NN company 8 nsubj
, PUNCT , , 4 punct
dubbed VERB VBD dub 2 acl:relcl
the DET DT the 6 det
giant NOUN NN giant 4 obj
, PUNCT , , 2 punct
grew VERB VBD grow 0 root
fast ADV RB fast 8 advmod
. PUNCT . . 8 punct`,
			[]string{"company · dub · giant [passive]", "company · grow"}},
		{"a participle of naming between commas read as the main verb", `
Ana PROPN NNP Ana 4 nsubj
Ruiz PROPN NNP Ruiz 1 flat
, PUNCT , , 1 punct
nicknamed VERB VBD nickname 0 root
the DET DT the 7 det
Iron PROPN NNP Iron 7 compound
Lady PROPN NNP Lady 4 obj
, PUNCT , , 9 punct
had VERB VBD have 4 conj
many ADJ JJ many 11 amod
enemies NOUN NNS enemy 9 obj
. PUNCT . . 4 punct`,
			[]string{"Ana Ruiz · nickname · Iron Lady [passive]", "Ana Ruiz · have · many enemies"}},
	}
	runRowCases(t, tests, briefPassive)
}

// briefPassive is brief with the passive flag and the qualifiers.
func briefPassive(st annals.Statement) string {
	b := brief(st)
	if st.Passive {
		b += " [passive]"
	}
	return b + qualifiers(st)
}

// TestPatientWithoutPreposition: a passive participle on a noun made
// active gives the noun as the object without the preposition the noun's
// own phrase opens with ("According to a poll published by Gallup" →
// Gallup · publish · a poll).
func TestPatientWithoutPreposition(t *testing.T) {
	s := conll(t, `
According VERB VBG accord 3 case
to ADP IN to 1 fixed
poll NOUN NN poll 9 obl
published VERB VBN publish 3 acl
by ADP IN by 6 case
Gallup PROPN NNP Gallup 4 obl:agent
, PUNCT , , 9 punct
voters NOUN NNS voter 9 nsubj
agree VERB VBP agree 0 root
. PUNCT . . 9 punct`)
	for _, st := range (Clauses{}).Extract("d", s) {
		if st.Predicate.Lemma != "publish" {
			continue
		}
		if st.Subject.Text != "Gallup" || st.Object == nil || st.Object.Text != "poll" {
			t.Fatalf("got %q · publish · %+v, want Gallup · publish · poll", st.Subject.Text, st.Object)
		}
		return
	}
	t.Fatal("no statement of publish")
}
