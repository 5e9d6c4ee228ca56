package extract

import (
	"slices"
	"testing"
)

// TestNamesWithAnd: a name with "and" inside is one argument and one
// statement however the parse coordinates its words; real coordinations
// stay two (rows of annals parse).
func TestNamesWithAnd(t *testing.T) {
	runRowCases(t, []rowCase{
		{"a party's name with and is one object", `
Mara PROPN NNP Mara 3 nsubj
Vela PROPN NNP Vela 1 flat
joined VERB VBD join 0 root
the DET DT the 5 det
Oak NOUN NN oak 3 obj
and CCONJ CC and 8 cc
Thistle PROPN NNS Thistle 8 compound
Party PROPN NNP Party 5 conj
in ADP IN in 10 case
2019 NUM CD 2019 8 nmod
. PUNCT . . 3 punct`,
			[]string{"Mara Vela · join · Oak and Thistle Party"}},
		{"a company's name with and is one subject", `
Northern ADJ JJ northern 3 amod
Coast PROPN NNP Coast 3 compound
Gas PROPN NNP Gas 7 nsubj
and CCONJ CC and 6 cc
Electric ADJ NNP electric 6 amod
Company NOUN NNP Company 3 conj
cut VERB VBD cut 0 root
power NOUN NN power 7 obj
to ADP IN to 10 case
homes NOUN NNS home 8 nmod
. PUNCT . . 7 punct`,
			[]string{"Northern Coast Gas and Electric Company · cut · power"}},
		{"a department of two capitalised topics is one subject, whichever the second hangs on", `
The DET DT the 2 det
Department PROPN NNP Department 8 nsubj
of ADP IN of 4 case
Fisheries NOUN NNS fishery 2 nmod
and CCONJ CC and 7 cc
Coastal ADJ NNP coastal 7 amod
Affairs NOUN NNS affair 2 conj
issued VERB VBD issue 0 root
a DET DT a 10 det
warning NOUN NN warning 8 obj
. PUNCT . . 8 punct`,
			[]string{"Department of Fisheries and Coastal Affairs · issue · warning"}},
		{"a board's name whose head follows the and's word is one subject", `
The DET DT the 3 det
Harbour PROPN NNP Harbour 3 compound
Safety PROPN NNP Safety 7 nsubj
and CCONJ CC and 5 cc
Rescue PROPN NNP Rescue 3 conj
Board PROPN NNP Board 5 flat
said VERB VBD say 0 root
the DET DT the 9 det
ferry NOUN NN ferry 7 obj
sank VERB VBD sink 9 acl
. PUNCT . . 7 punct`,
			[]string{"Harbour Safety and Rescue Board · say · the ferry sank", "ferry · sink [says Harbour Safety and Rescue Board]"}},
		{"a name with and hung on the person before it is no second subject", `
Ana PROPN NNP Ana 2 compound
Ruiz PROPN NNP Ruiz 9 nsubj
of ADP IN of 5 case
the DET DT the 5 det
Oak PROPN NNP Oak 2 nmod
and CCONJ CC and 8 cc
Elm PROPN NNP Elm 8 compound
Foundation PROPN NNP Foundation 2 conj
noted VERB VBD note 0 root
the DET DT the 11 det
risk NOUN NN risk 9 obj
. PUNCT . . 9 punct`,
			[]string{"Ana Ruiz of the Oak and Elm Foundation · note · risk"}},
		{"two names joined by and stay two subjects", `
Halden PROPN NNP Halden 4 nsubj
and CCONJ CC and 3 cc
Brook PROPN NNP Brook 1 conj
visited VERB VBD visit 0 root
the DET DT the 6 det
port NOUN NN port 4 obj
. PUNCT . . 4 punct`,
			[]string{"Halden · visit · port", "Brook · visit · port"}},
		{"both before the first name keeps a coordination", `
Both CCONJ CC both 2 cc:preconj
Varda PROPN NNP Varda 6 nsubj
and CCONJ CC and 5 cc
Kestrel PROPN NNP Kestrel 5 compound
Group PROPN NNP Group 2 conj
entered VERB VBD enter 0 root
the DET DT the 8 det
market NOUN NN market 6 obj
. PUNCT . . 6 punct`,
			[]string{"Varda · enter · market", "Kestrel Group · enter · market"}},
		{"a whole body's name before and keeps a coordination", `
Harbour PROPN NNP Harbour 8 nsubj
Ambulance PROPN NNP Ambulance 1 flat
Service PROPN NNP Service 1 flat
and CCONJ CC and 6 cc
Harbour PROPN NNP Harbour 6 compound
Fire PROPN NNP Fire 1 conj
Brigade PROPN NNP Brigade 6 flat
responded VERB VBD respond 0 root
. PUNCT . . 8 punct`,
			[]string{"Harbour Ambulance Service · respond", "Harbour Fire Brigade · respond"}},
		{"a journal's capitalised word tagged a verb is no statement", `
The DET DT the 2 det
results NOUN NNS result 4 nsubj:pass
were AUX VBD be 4 aux:pass
published VERB VBN publish 0 root
in ADP IN in 9 case
Nature NOUN NN nature 9 nmod:poss
's PART POS 's 6 case
Marine PROPN NNP Marine 9 nsubj
Reports VERB VBZ report 4 advcl
journal NOUN NN journal 9 obj
. PUNCT . . 4 punct`,
			[]string{"results · be publish"}},
	}, readingBrief)
}

// TestPatternNamesWithAnd: the part-of-speech patterns read a name with
// "and" inside as one noun phrase too.
func TestPatternNamesWithAnd(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mara/NNP Vela/NNP joined/VBD/join the/DT Oak/NNP and/CC Thistle/NNP Party/NNP ./.", "Mara Vela · join · Oak and Thistle Party"},
		{"Halden/NNP and/CC Brook/NNP visited/VBD/visit the/DT port/NN ./.", "Brook · visit · port"},
	} {
		var got []string
		for _, st := range (Patterns{}).Extract("d", tagged(c.in)) {
			got = append(got, brief(st))
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q among them", c.in, got, c.want)
		}
	}
}
