package extract

import (
	"strings"
	"testing"
)

// TestFragments: a piece of a subordinate clause that asserts nothing on
// its own makes no statement; the clause it belongs to still does. One
// case per rule, on parses written out (some as the parser gets them
// wrong), and the cases each rule must leave alone.
func TestFragments(t *testing.T) {
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"a than-clause compares", `
The DET DT the 2 det
farm NOUN NN farm 3 nsubj
grows VERB VBZ grow 0 root
more ADJ JJR more 3 obj
than SCONJ IN than 7 mark
it PRON PRP it 7 nsubj
sells VERB VBZ sell 4 advcl
. PUNCT . . 3 punct`,
			[]string{"farm · grow · more"}},
		{"an elliptical as-clause compares", `
The DET DT the 2 det
band NOUN NN band 3 nsubj
plays VERB VBZ play 0 root
the DET DT the 5 det
song NOUN NN song 3 obj
as SCONJ IN as 8 mark
it PRON PRP it 8 nsubj
did VERB VBD do 3 advcl
in ADP IN in 10 case
1990 NUM CD 1990 8 obl
. PUNCT . . 3 punct`,
			[]string{"band · play · song"}},
		{"an as-clause after a measure compares or conditions", `
Donors NOUN NNS donor 2 nsubj
gave VERB VBD give 0 root
as ADV RB as 4 advmod
much ADJ JJ much 2 obj
as SCONJ IN as 7 mark
they PRON PRP they 7 nsubj
could AUX MD can 8 aux
afford VERB VB afford 4 advcl
. PUNCT . . 2 punct`,
			[]string{"Donors · give · much"}},
		{"an as-clause with an act of its own is kept", `
As SCONJ IN as 3 mark
the DET DT the 3 det
storm NOUN NN storm 4 nsubj
neared VERB VBD near 6 advcl
, PUNCT , , 6 punct
residents NOUN NNS resident 6 nsubj
fled VERB VBD flee 0 root
. PUNCT . . 6 punct`,
			[]string{"storm · near", "residents · flee"}},
		{"as if: a likeness, not an act", `
She PRON PRP she 2 nsubj
spoke VERB VBD speak 0 root
as SCONJ IN as 7 mark
if SCONJ IN if 7 mark
she PRON PRP she 7 nsubj
had AUX VBD have 7 aux
won VERB VBN win 2 advcl
. PUNCT . . 2 punct`,
			[]string{"She · speak"}},
		{"a bare condition states nothing; what it conditions keeps the mark", `
The DET DT the 2 det
plant NOUN NN plant 4 nsubj
will AUX MD will 4 aux
close VERB VB close 0 root
if SCONJ IN if 8 mark
the DET DT the 7 det
union NOUN NN union 8 nsubj
strikes VERB VBZ strike 4 advcl
. PUNCT . . 4 punct`,
			[]string{"plant · close [if]"}},
		{"a condition's second verb goes with it", `
If SCONJ IN if 3 mark
rivals NOUN NNS rival 3 nsubj
merge VERB VBP merge 9 advcl
and CCONJ CC and 5 cc
cut VERB VBP cut 3 conj
prices NOUN NNS price 5 obj
, PUNCT , , 9 punct
we PRON PRP we 9 nsubj
lose VERB VBP lose 0 root
. PUNCT . . 9 punct`,
			[]string{"we · lose [if]"}},
		{"whether or not concedes", `
Whether SCONJ IN whether 3 mark
voters NOUN NNS voter 3 nsubj
agree VERB VBP agree 7 advcl
or CCONJ CC or 5 cc
not PART RB not 3 conj
, PUNCT , , 7 punct
taxes NOUN NNS tax 7 nsubj
rise VERB VBP rise 0 root
. PUNCT . . 7 punct`,
			[]string{"taxes · rise"}},
		{"an earlier occasion read as a copula only dates", `
Prices NOUN NNS price 2 nsubj
doubled VERB VBD double 0 root
since SCONJ IN since 6 mark
Congress PROPN NNP Congress 6 nsubj
was AUX VBD be 6 cop
last ADJ JJ last 2 advcl
in ADP IN in 8 case
session NOUN NN session 6 obl
. PUNCT . . 2 punct`,
			[]string{"Prices · double"}},
		{"last in a race is a place, not an occasion", `
The DET DT the 2 det
horse NOUN NN horse 4 nsubj
was AUX VBD be 4 cop
last ADJ JJ last 0 root
in ADP IN in 7 case
the DET DT the 7 det
race NOUN NN race 4 obl
. PUNCT . . 4 punct`,
			[]string{"horse · be · last"}},
		{"a present when-clause of you is generic", `
When ADV WRB when 3 advmod
you PRON PRP you 3 nsubj
boil VERB VBP boil 6 advcl
milk NOUN NN milk 3 obj
, PUNCT , , 6 punct
it PRON PRP it 6 nsubj
foams VERB VBZ foam 0 root
. PUNCT . . 6 punct`,
			[]string{"it · foam"}},
		{"when I say X: an aside on words", `
When ADV WRB when 3 advmod
I PRON PRP I 3 nsubj
say VERB VBP say 7 advcl
CEO PROPN NNP CEO 3 obj
, PUNCT , , 7 punct
I PRON PRP I 7 nsubj
mean VERB VBP mean 0 root
the DET DT the 9 det
founder NOUN NN founder 7 obj
. PUNCT . . 7 punct`,
			nil},
		{"a past when-clause states its act", `
When ADV WRB when 3 advmod
we PRON PRP we 3 nsubj
arrived VERB VBD arrive 6 advcl
, PUNCT , , 6 punct
shops NOUN NNS shop 6 nsubj
closed VERB VBD close 0 root
. PUNCT . . 6 punct`,
			[]string{"we · arrive", "shops · close"}},
		{"generic you under a condition", `
If SCONJ IN if 3 mark
you PRON PRP you 3 nsubj
water VERB VBP water 7 advcl
it PRON PRP it 3 obj
, PUNCT , , 7 punct
you PRON PRP you 7 nsubj
get VERB VBP get 0 root
fruit NOUN NN fruit 7 obj
. PUNCT . . 7 punct`,
			nil},
		{"what you would do is anyone's", `
You PRON PRP you 3 nsubj
would AUX MD would 3 aux
need VERB VB need 0 root
a DET DT a 5 det
permit NOUN NN permit 3 obj
. PUNCT . . 3 punct`,
			nil},
		{"what you would like is what you want", `
You PRON PRP you 3 nsubj
would AUX MD would 3 aux
like VERB VB like 0 root
a DET DT a 5 det
refund NOUN NN refund 3 obj
. PUNCT . . 3 punct`,
			[]string{"You · like · refund [would]"}},
		{"I guess: the hedged clause is the statement", `
I PRON PRP I 2 nsubj
guess VERB VBP guess 0 root
the DET DT the 4 det
museum NOUN NN museum 6 nsubj
will AUX MD will 6 aux
reopen VERB VB reopen 2 ccomp
. PUNCT . . 2 punct`,
			[]string{"museum · reopen [guess] [says I]"}},
		{"you know, said in passing", `
The DET DT the 2 det
trip NOUN NN trip 7 nsubj
was AUX VBD be 7 cop
, PUNCT , , 6 punct
you PRON PRP you 6 nsubj
know VERB VBP know 7 parataxis
long ADJ JJ long 0 root
. PUNCT . . 7 punct`,
			[]string{"trip · be · long"}},
		{"I mean, rephrasing", `
I PRON PRP I 2 nsubj
mean VERB VBP mean 0 root
, PUNCT , , 6 punct
the DET DT the 5 det
bridge NOUN NN bridge 6 nsubj
collapsed VERB VBD collapse 2 ccomp
. PUNCT . . 2 punct`,
			[]string{"bridge · collapse"}},
		{"an even-if clause supposes; the clause it concedes to stands", `
The DET DT the 2 det
club NOUN NN club 4 nsubj
will AUX MD will 4 aux
stay VERB VB stay 0 root
open ADJ JJ open 4 xcomp
even ADV RB even 10 advmod
if SCONJ IN if 10 mark
the DET DT the 9 det
council NOUN NN council 10 nsubj
objects VERB VBZ object 4 advcl
. PUNCT . . 4 punct`,
			[]string{"club · stay · open [will]"}},
		{"an even-though clause concedes a fact", `
The DET DT the 2 det
club NOUN NN club 3 nsubj
stayed VERB VBD stay 0 root
open ADJ JJ open 3 xcomp
even ADV RB even 9 advmod
though SCONJ IN though 9 mark
the DET DT the 8 det
council NOUN NN council 9 nsubj
objected VERB VBD object 3 advcl
. PUNCT . . 3 punct`,
			[]string{"club · stay · open", "council · object"}},
		{"you know what is known", `
You PRON PRP you 2 nsubj
know VERB VBP know 0 root
the DET DT the 4 det
answer NOUN NN answer 2 obj
. PUNCT . . 2 punct`,
			[]string{"You · know · answer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, st := range clauseStatements("d", conll(t, tt.rows)) {
				got = append(got, brief(st))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
