package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals/ingest/analysis"
)

// nameCoordinations mends a name with "and" inside that the parse read as
// two coordinated phrases: "the Bread and Roses Party" as "the Bread" and
// "Roses Party", "the Department of Health and Human Services" as the
// department "of Health" and "Human Services". The conjunct after the
// "and" (the name's head word) takes the first conjunct's place and the
// first conjunct becomes its compound, so the name is one argument and
// one statement. analysis.NameAcrossAnd says which "and"s are inside
// a name; real coordinations ("Biden and Harris") stay as they are.
func (t *tree) nameCoordinations() {
	for c := range t.toks {
		if !t.is(c, "conj") {
			continue
		}
		j := -1
		for _, k := range t.kids[c] {
			if t.is(k, "cc") && k < c {
				j = k
			}
		}
		if j < 0 {
			continue
		}
		lo, hi, ok := analysis.NameAcrossAnd(t.toks, j)
		if !ok || c <= j || c >= hi {
			continue
		}
		g := t.head(c)
		switch {
		case g >= lo && g < j:
		case g < lo && t.within(j-1, g):
			// "Department of Health and Human Services" with "Human
			// Services" hung on the department, "Ana Ruiz of the Oak and
			// Elm Foundation" with the foundation hung on her: the
			// words before the "and" are the conjunct
			g = j - 1
		default:
			continue
		}
		for steps := 0; steps < j-lo && t.head(g) >= lo && t.head(g) < j; steps++ {
			g = t.head(g) // the first conjunct's head: "Pacific Gas"
		}
		t.swapHead(g, c, lo, hi)
	}
}

// swapHead makes c, a word of the name [lo, hi), the head of what g headed:
// c takes g's head and relation, g's dependents outside the name follow c,
// and g becomes c's compound.
func (t *tree) swapHead(g, c, lo, hi int) {
	t.rehang(c, t.head(g), t.rel(g))
	for _, k := range append([]int(nil), t.kids[g]...) {
		if k != c && (k < lo || k >= hi || t.is(k, "cc")) {
			t.rehang(k, c, t.rel(k))
		}
	}
	t.rehang(g, c, "compound")
}

// namedVerbs mends a capitalised word of a title that the tagger took for
// a verb and the word before it for its subject: "in Nature's Scientific
// Reports journal" read as "Scientific" reporting a journal. Inside a
// sentence a verb is not capitalised; with a preposition before the words
// and the first of them its "subject", they are a name in a
// prepositional phrase. The word becomes a proper noun (or the compound of
// the common noun after it, "journal"), and its subject its compound.
func (t *tree) namedVerbs() {
	if headlineCase(t.toks) {
		return
	}
	for v := 2; v < len(t.toks); v++ {
		tok := t.toks[v]
		if tok.UPOS != "VERB" || !finiteTag(tok.XPOS) && tok.XPOS != "VB" || !capitalisedWord(tok.Form) {
			continue
		}
		s := v - 1
		if t.head(s) != v || !t.is(s, "nsubj") || !capitalisedWord(t.toks[s].Form) {
			continue
		}
		p := t.child(v, "case")
		if p < 0 || p > s || t.toks[p].UPOS != "ADP" {
			continue
		}
		t.own()
		o := t.child(v, "obj")
		if o == v+1 && t.toks[o].UPOS == "NOUN" && !capitalisedWord(t.toks[o].Form) {
			// "Scientific Reports journal": the journal is the head
			t.swapHead(v, o, s, o)
			t.rehang(s, o, "compound")
			continue
		}
		t.toks[v].UPOS, t.toks[v].XPOS = "PROPN", "NNP"
		if strings.HasSuffix(tok.Form, "s") {
			t.toks[v].XPOS = "NNPS"
		}
		rel := "nmod"
		if h := t.head(v); h >= 0 && t.toks[h].UPOS == "VERB" {
			rel = "obl"
		}
		t.toks[v].Deprel = rel
		t.toks[s].Deprel = "compound"
	}
}

// headlineCase reports a sentence written in title case, where capitals
// say nothing: no word of four letters or more after the first is in
// lower case.
func headlineCase(toks []analysis.Token) bool {
	for _, tok := range toks[1:] {
		if len(tok.Form) >= 4 && !capitalisedWord(tok.Form) && unicode.IsLetter(rune(tok.Form[0])) {
			return false
		}
	}
	return true
}

func capitalisedWord(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return unicode.IsUpper(r)
}
