package extract

import (
	"strings"
	"testing"
)

func TestImpliedStatements(t *testing.T) {
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"apposition after a name", `
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
. PUNCT . . 8 punct`,
			[]string{"Ana Ruiz · be · a retired chemist"}},
		{"a role before the name: the name is the subject", `
The DET DT the 3 det
firm NOUN NN firm 3 nmod:poss
founder NOUN NN founder 0 root
, PUNCT , , 6 punct
Ben PROPN NNP Ben 6 compound
Osei PROPN NNP Osei 3 appos
. PUNCT . . 3 punct`,
			[]string{"Ben Osei · be · The firm founder"}},
		{"a date in apposition is no role", `
They PRON PRP they 2 nsubj
met VERB VBD meet 0 root
on ADP IN on 4 case
Monday PROPN NNP Monday 2 obl
, PUNCT , , 6 punct
June PROPN NNP June 4 appos
4 NUM CD 4 6 nummod
. PUNCT . . 2 punct`,
			nil},
		{"title before a name, not an honorific", `
Governor PROPN NNP Governor 2 nmod:desc
Ray PROPN NNP Ray 5 nsubj
Holt PROPN NNP Holt 2 flat
and CCONJ CC and 7 cc
Mr. PROPN NNP Mr. 7 nmod:desc
Lee PROPN NNP Lee 2 conj
spoke VERB VBD speak 0 root
. PUNCT . . 7 punct`,
			[]string{"Ray Holt · be · Governor"}},
		{"a prepositional phrase on a noun implies nothing", `
They PRON PRP they 2 nsubj
restored VERB VBD restore 0 root
the DET DT the 5 det
old ADJ JJ old 5 amod
mill NOUN NN mill 2 obj
in ADP IN in 7 case
Dorset PROPN NNP Dorset 5 nmod
. PUNCT . . 2 punct`,
			nil},
		{"an apposition without a comma is a name the parse split", `
They PRON PRP they 2 nsubj
hired VERB VBD hire 0 root
radio NOUN NN radio 4 compound
show NOUN NN show 2 obj
Ray PROPN NNP Ray 4 appos
Holt PROPN NNP Holt 5 flat
. PUNCT . . 2 punct`,
			nil},
		{"a list in apposition is no identity", `
Ana PROPN NNP Ana 6 nsubj
, PUNCT , , 3 punct
Ben PROPN NNP Ben 1 appos
and CCONJ CC and 5 cc
Carl PROPN NNP Carl 3 conj
met VERB VBD meet 0 root
. PUNCT . . 6 punct`,
			nil},
		{"an apposition that is a clause is none", `
His PRON PRP$ his 2 nmod:poss
son NOUN NN son 0 root
, PUNCT , , 7 punct
Ben PROPN NNP Ben 7 nsubj
was AUX VBD be 7 cop
a DET DT a 7 det
pilot NOUN NN pilot 2 appos
. PUNCT . . 2 punct`,
			nil},
		{"a place by its region is one name", `
She PRON PRP she 2 nsubj
lives VERB VBZ live 0 root
in ADP IN in 4 case
Leeds PROPN NNP Leeds 2 obl
, PUNCT , , 6 punct
England PROPN NNP England 4 appos
. PUNCT . . 2 punct`,
			nil},
		{"a title must be the whole role", `
This PRON DT this 2 nsubj
led VERB VBD lead 0 root
radio NOUN NN radio 4 compound
show NOUN NN show 6 compound
host NOUN NN host 6 nmod:desc
Ray PROPN NNP Ray 2 obj
Holt PROPN NNP Holt 6 flat
. PUNCT . . 2 punct`,
			nil},
		{"a firm's name holds no title", `
General PROPN NNP General 2 nmod:desc
Motors PROPN NNP Motors 4 nsubj
Corp. PROPN NNP Corp. 2 flat
won VERB VBD win 0 root
. PUNCT . . 4 punct`,
			nil},
		{"a title after a date", `
In ADP IN in 2 case
1717 NUM CD 1717 5 obl
Lady PROPN NNP Lady 4 nmod:desc
Mary PROPN NNP Mary 5 nsubj
wrote VERB VBD write 0 root
. PUNCT . . 5 punct`,
			[]string{"Mary · be · Lady"}},
		{"'of' names a part, not a place", `
the DET DT the 2 det
roof NOUN NN roof 0 root
of ADP IN of 5 case
the DET DT the 5 det
barn NOUN NN barn 2 nmod`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := conll(t, tt.rows)
			var got []string
			for _, st := range ImpliedStatements("d", s) {
				got = append(got, brief(st))
				for _, sp := range [][2]int{{st.Subject.Start, st.Subject.End}, {st.Object.Start, st.Object.End}} {
					if s.Text[sp[0]:sp[1]] == "" {
						t.Errorf("empty argument in %s", brief(st))
					}
				}
				if !st.Subject.Valid(s.Text) || !st.Object.Valid(s.Text) {
					t.Errorf("%s: an argument is not the text at its offsets", brief(st))
				}
				if st.Predicate.Start != st.Predicate.End {
					t.Errorf("%s: predicate span %+v, want an empty one", brief(st), st.Predicate.Span)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestAsides(t *testing.T) {
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"apposition", `
Ana PROPN NNP Ana 2 compound
Ruiz PROPN NNP Ruiz 7 nsubj
, PUNCT , , 5 punct
a DET DT a 5 det
chemist NOUN NN chemist 2 appos
, PUNCT , , 2 punct
moved VERB VBD move 0 root
. PUNCT . . 7 punct`,
			[]string{", a chemist"}},
		{"participial phrase", `
The DET DT the 2 det
firm NOUN NN firm 7 nsubj
, PUNCT , , 4 punct
based VERB VBN base 2 acl
in ADP IN in 6 case
Denver PROPN NNP Denver 4 obl
, PUNCT , , 2 punct
makes VERB VBZ make 0 root
pumps NOUN NNS pump 8 obj
. PUNCT . . 8 punct`,
			[]string{", based in Denver"}},
		{"a place by its region is one name", `
She PRON PRP she 2 nsubj
lives VERB VBZ live 0 root
in ADP IN in 4 case
Leeds PROPN NNP Leeds 2 obl
, PUNCT , , 6 punct
England PROPN NNP England 4 appos
. PUNCT . . 2 punct`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := conll(t, tt.rows)
			var got []string
			for _, r := range Asides(s) {
				got = append(got, s.Text[r[0]:r[1]])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
