package analysis

import (
	"strings"
	"testing"
)

// TestNameAcrossAnd: which "and"s are inside one name, on tagged words
// ("Word/UPOS/XPOS").
func TestNameAcrossAnd(t *testing.T) {
	for _, c := range []struct {
		name, words string
		want        string // the name's words from the first before the "and"; "" for none
	}{
		{"a party's name", "joined/VERB/VBD the/DET/DT Oak/PROPN/NNP and/CCONJ/CC Thistle/PROPN/NNP Party/PROPN/NNP in/ADP/IN May/PROPN/NNP", "Oak and Thistle Party"},
		{"a company's name", "Coast/PROPN/NNP Gas/PROPN/NNP and/CCONJ/CC Electric/ADJ/NNP Company/NOUN/NNP cut/VERB/VBD power/NOUN/NN", "Coast Gas and Electric Company"},
		{"the last head word ends the name", "the/DET/DT Harbour/PROPN/NNP Safety/PROPN/NNP and/CCONJ/CC Rescue/PROPN/NNP Board/PROPN/NNP said/VERB/VBD", "Harbour Safety and Rescue Board"},
		{"a department of two topics", "the/DET/DT Department/PROPN/NNP of/ADP/IN Fisheries/NOUN/NNS and/CCONJ/CC Coastal/ADJ/NNP Affairs/NOUN/NNS issued/VERB/VBD", "Fisheries and Coastal Affairs"},
		{"an ampersand", "Hale/PROPN/NNP &/CCONJ/CC Dunmore/PROPN/NNP cut/VERB/VBD prices/NOUN/NNS", "Hale & Dunmore"},
		{"one word twice", "Varga/PROPN/NNP and/CCONJ/CC Varga/PROPN/NNP sued/VERB/VBD", "Varga and Varga"},
		{"two names", "Halden/PROPN/NNP and/CCONJ/CC Brook/PROPN/NNP visited/VERB/VBD", ""},
		{"both", "Both/CCONJ/CC Varda/PROPN/NNP and/CCONJ/CC Kestrel/PROPN/NNP Group/PROPN/NNP entered/VERB/VBD", ""},
		{"a whole name before the and", "Harbour/PROPN/NNP Ambulance/PROPN/NNP Service/PROPN/NNP and/CCONJ/CC Harbour/PROPN/NNP Fire/PROPN/NNP Brigade/PROPN/NNP responded/VERB/VBD", ""},
		{"an acronym", "AP/PROPN/NNP and/CCONJ/CC NBC/PROPN/NNP News/PROPN/NNP called/VERB/VBD", ""},
		{"a head that modifies a noun", "Halden/PROPN/NNP and/CCONJ/CC Labour/PROPN/NNP Party/PROPN/NNP leaders/NOUN/NNS met/VERB/VBD", ""},
		{"two parties with the first head left out", "the/DET/DT Democratic/ADJ/JJ and/CCONJ/CC Republican/ADJ/NNP Party/PROPN/NNP 's/PART/POS primaries/NOUN/NNS", ""},
		{"a second name after the and", "the/DET/DT Center/PROPN/NNP for/ADP/IN Marine/PROPN/NNP Diversity/NOUN/NN and/CCONJ/CC Center/PROPN/NNP for/ADP/IN Food/NOUN/NN Safety/PROPN/NN", ""},
		{"a name of a place before a body's", "the/DET/DT Union/PROPN/NNP of/ADP/IN Dakota/PROPN/NNP and/CCONJ/CC Prairie/PROPN/NNP Land/PROPN/NNP Rights/PROPN/NNPS Fund/PROPN/NNP sued/VERB/VBD", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var toks []Token
			j := -1
			for _, w := range strings.Fields(c.words) {
				p := strings.Split(w, "/")
				if (p[0] == "and" || p[0] == "&") && j < 0 {
					j = len(toks)
				}
				toks = append(toks, Token{Form: p[0], UPOS: p[1], XPOS: p[2]})
			}
			got := ""
			if lo, hi, ok := NameAcrossAnd(toks, j); ok {
				var words []string
				for _, tok := range toks[lo:hi] {
					words = append(words, tok.Form)
				}
				got = strings.Join(words, " ")
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
