package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// TestCompounds: noun compounds the parse split or read a verb into, as
// the parser gets them (rows of annals parse).
func TestCompounds(t *testing.T) {
	runRowCases(t, []rowCase{
		{"a headline's role noun tagged an adjective heads the subject", `
Corvant PROPN NNP Corvant 3 nsubj
chairman ADJ JJ chairman 3 amod
quits VERB VBZ quit 0 root
board NOUN NN board 3 obj
. PUNCT . . 3 punct`,
			[]string{"Corvant chairman · quit · board"}},
		{"a number and the noun tagged an adjective after it are one subject", `
Four NUM CD four 2 nummod
senators NOUN NNS senator 3 nsubj
opposed VERB VBD oppose 0 root
the DET DT the 5 det
bill NOUN NN bill 3 obj
; PUNCT , ; 9 punct
one NUM CD one 9 nsubj
independent ADJ JJ independent 9 amod
abstained VERB VBD abstain 3 parataxis
. PUNCT . . 3 punct`,
			[]string{"Four senators · oppose · bill", "one independent · abstain"}},
		{"an adjective that is a phrase of its own stays out of the subject", `
Ana PROPN NNP Ana 4 nsubj
, PUNCT , , 3 punct
tired ADJ JJ tired 4 amod
left VERB VBD leave 0 root
early ADV RB early 4 advmod
. PUNCT . . 4 punct`,
			[]string{"Ana · leave"}},
		{"a capitalised word inside a title is no verb", `
Acme PROPN NNP Acme 7 nsubj
Chief PROPN NNP Chief 1 flat
Operating VERB VBG operate 7 advcl
Officer PROPN NNP Officer 7 nsubj
Ana PROPN NNP Ana 4 flat
Ruiz PROPN NNP Ruiz 4 flat
spoke VERB VBD speak 0 root
at ADP IN at 10 case
the DET DT the 10 det
fair NOUN NN fair 7 obl
. PUNCT . . 7 punct`,
			[]string{"Officer Ana Ruiz · speak"}},
		{"a participle between an article and a noun modifies the noun, wherever the article hangs", `
Ana PROPN NNP Ana 11 nsubj
Ruiz PROPN NNP Ruiz 1 flat
, PUNCT , , 1 punct
the DET DT the 11 det
acting VERB VBG act 11 advcl
Prime ADJ NNP Prime 7 amod
Minister PROPN NNP Minister 5 obj
of ADP IN of 9 case
Peru PROPN NNP Peru 7 nmod
, PUNCT , , 11 punct
spoke VERB VBD speak 0 root
. PUNCT . . 11 punct`,
			[]string{"Ana Ruiz · speak"}},
		{"a participle in a list of noun phrases modifies its noun", `
The DET DT the 2 det
party NOUN NN party 3 nsubj
backs VERB VBZ back 0 root
higher ADJ JJR high 5 amod
wages NOUN NNS wage 3 obj
, PUNCT , , 7 punct
paid VERB VBD pay 3 conj
leave NOUN NN leave 7 obj
and CCONJ CC and 10 cc
housing NOUN NN housing 7 conj
. PUNCT . . 3 punct`,
			[]string{"party · back · higher wages"}},
		{"a plural noun read as the verb after a participle's phrase is that phrase's head", `
The DET DT the 2 det
forecasts NOUN NNS forecast 7 nsubj
called VERB VBN call 2 acl
for ADP IN for 6 case
storm NOUN NN storm 6 compound
force NOUN NN force 3 obl
winds VERB VBZ wind 0 root
in ADP IN in 10 case
the DET DT the 10 det
north NOUN NN north 7 obl
. PUNCT . . 7 punct`,
			[]string{"forecasts · call · storm force winds"}},
		{"a brand's mixed-case word is no verb", `
The DET DT the 2 det
album NOUN NN album 3 nsubj
sold VERB VBD sell 0 root
well ADV RB well 3 advmod
in ADP IN in 7 case
the DET DT the 7 det
online NOUN NN online 3 obl
eBay VERB VBZ ebay 3 conj
Fashion NOUN NN fashion 10 compound
Store NOUN NN store 8 obj
. PUNCT . . 3 punct`,
			[]string{"album · sell"}},
		{"a word with a determiner is a noun, not a verb of its own", `
The DET DT the 2 det
senator NOUN NN senator 3 nsubj
expressed VERB VBD express 0 root
no DET DT no 5 det
regret VERB VB regret 3 xcomp
for ADP IN for 8 case
the DET DT the 8 det
remarks NOUN NNS remark 5 obl
. PUNCT . . 3 punct`,
			[]string{"senator · express · no regret for the remarks"}},
		{"a word with a possessive stays inside the object", `
The DET DT the 2 det
reforms NOUN NNS reform 3 nsubj
changed VERB VBD change 0 root
his PRON PRP$ his 7 nmod:poss
poorly ADV RB poorly 7 advmod
- PUNCT HYPH - 5 punct
developed VERB VBN develop 3 ccomp
country NOUN NN country 7 obj
into ADP IN into 12 case
a DET DT a 12 det
rich ADJ JJ rich 12 amod
nation NOUN NN nation 7 obl
. PUNCT . . 3 punct`,
			[]string{"reforms · change · his poorly - developed country into a rich nation"}},
		{"a quantifier before a participle may be its subject", `
Rescuers NOUN NNS rescuer 9 nsubj
, PUNCT , , 1 punct
some DET DT some 4 det
using VERB VBG use 1 acl
only ADV RB only 7 advmod
their PRON PRP$ their 7 nmod:poss
hands NOUN NNS hand 4 obj
, PUNCT , , 9 punct
searched VERB VBD search 0 root
the DET DT the 11 det
rubble NOUN NN rubble 9 obj
. PUNCT . . 9 punct`,
			[]string{"Rescuers · use · hands", "Rescuers · search · rubble"}},
		{"a headline in title case keeps its capitalised verb", `
Acme PROPN NNP Acme 2 compound
Boss PROPN NNP Boss 3 nsubj
Quits VERB VBZ quit 0 root
Board PROPN NNP Board 3 obj
Amid ADP IN amid 6 case
Probe PROPN NNP Probe 3 obl`,
			[]string{"Acme Boss · quit · Board"}},
	}, brief)
}

// gluedSentence builds a parsed sentence from rows with no space before
// the words numbered in glue (from 1), as "US$750" is written.
func gluedSentence(t *testing.T, rows string, glue ...int) *analysis.Sentence {
	t.Helper()
	s := conll(t, rows)
	var text strings.Builder
	for i := range s.Tokens {
		if i > 0 && !slices.Contains(glue, i+1) {
			text.WriteByte(' ')
		}
		s.Tokens[i].Start = text.Len()
		text.WriteString(s.Tokens[i].Form)
		s.Tokens[i].End = text.Len()
	}
	s.Span = annals.Span{Text: text.String(), End: text.Len()}
	return s
}

// TestCurrencyPrefixes: an amount written "US$750" is one phrase, in the
// place the parse gave the prefix.
func TestCurrencyPrefixes(t *testing.T) {
	tests := []struct {
		name string
		rows string
		glue []int
		want []string
	}{
		{"the prefix and the sign both objects", `
Ana PROPN NNP Ana 3 nsubj
Ruiz PROPN NNP Ruiz 1 flat
paid VERB VBD pay 0 root
US PROPN NNP US 3 obj
$ SYM $ $ 3 obj
750 NUM CD 750 5 nummod
in ADP IN in 8 case
taxes NOUN NNS tax 3 obl
. PUNCT . . 3 punct`, []int{5, 6},
			[]string{"Ana Ruiz · pay · US$750"}},
		{"the prefix the object, the amount a phrase beside it", `
Her PRON PRP$ her 2 nmod:poss
lawyers NOUN NNS lawyer 3 nsubj
posted VERB VBD post 0 root
US PROPN NNP US 3 obj
$ SYM $ $ 8 compound
2 NUM CD 2 7 compound
million NUM CD million 5 nummod
bail NOUN NN bail 3 obl
. PUNCT . . 3 punct`, []int{5, 6},
			[]string{"lawyers · post · US$2 million bail"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := gluedSentence(t, tt.rows, tt.glue...)
			var got []string
			for _, st := range clauseStatements("d", s) {
				got = append(got, brief(st))
				if !st.Subject.Valid(s.Text) || st.Object != nil && !st.Object.Valid(s.Text) {
					t.Errorf("%s: a span is not the text at its offsets", brief(st))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
	t.Run("the prefix heading the amount gives its place to the sign", func(t *testing.T) {
		s := gluedSentence(t, `
The DET DT the 2 det
club NOUN NN club 3 nsubj
spent VERB VBD spend 0 root
nearly ADV RB nearly 5 advmod
CDN PROPN NNP CDN 3 obj
$ SYM $ $ 5 compound
11,000 NUM CD 11000 6 nummod
. PUNCT . . 3 punct`, 6, 7)
		tr := newTree(s)
		tr.repair()
		if tr.head(5) != 2 || tr.rel(5) != "obj" || tr.head(4) != 5 || tr.head(3) != 5 {
			t.Errorf("got $ under %d as %s, CDN under %d, nearly under %d; want $ the object of spent, CDN and nearly under $",
				tr.head(5), tr.rel(5), tr.head(4), tr.head(3))
		}
	})
}

// TestParticles: a verb's particle (compound:prt) is part of its lemma,
// next to the verb or after its object.
func TestParticles(t *testing.T) {
	runRowCases(t, []rowCase{
		{"a particle after the object", `
The DET DT the 2 det
utility NOUN NN utility 4 nsubj
will AUX MD will 4 aux
turn VERB VB turn 0 root
power NOUN NN power 4 obj
off ADP RP off 4 compound:prt
to ADP IN to 8 case
customers NOUN NNS customer 4 obl
. PUNCT . . 4 punct`,
			[]string{"utility · turn off · power [will]"}},
		{"a particle next to the verb", `
The DET DT the 2 det
leader NOUN NN leader 3 nsubj
gave VERB VBD give 0 root
up ADP RP up 3 compound:prt
power NOUN NN power 3 obj
in ADP IN in 7 case
2017 NUM CD 2017 3 obl
. PUNCT . . 3 punct`,
			[]string{"leader · give up · power"}},
	}, readingBrief)
}
