package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// compoundSubjects mends a noun compound before a verb that the parse
// split in two: in a headline's "Corvant chairman quits board" the role
// noun, tagged as an adjective, hangs on the verb, and the name before it
// alone is the subject. The one who quits is the chairman: the word
// becomes the subject's head and the name its modifier.
func (t *tree) compoundSubjects() {
	for a := 1; a+1 < len(t.toks); a++ {
		v := a + 1
		if !t.is(a, "amod") || t.head(a) != v || t.toks[a].UPOS != "ADJ" || t.toks[v].UPOS != "VERB" || !t.finite(v) {
			continue
		}
		if len(t.kids[a]) > 0 || t.toks[a].XPOS != "JJ" {
			continue // "very active": a phrase of its own
		}
		s := t.subjectChild(v)
		if s < 0 || s > a {
			continue
		}
		if _, hi := t.span(s, nil); hi != a {
			continue // the adjective does not close the subject's phrase
		}
		rel := "compound"
		switch t.toks[s].UPOS {
		case "PROPN", "NOUN":
		case "NUM":
			rel = "nummod" // "one independent voted"
		default:
			continue
		}
		subjRel := t.rel(s)
		t.own()
		t.toks[a].UPOS, t.toks[a].XPOS = "NOUN", "NN"
		t.rehang(a, v, subjRel)
		t.rehang(s, a, rel)
	}
}

// compoundVerbs mends a word inside a name or a title that the parse took
// for a verb: "the online eBay Fashion Store", "Acme Chief Operating
// Officer Ana Ruiz". A verb is never written in mixed case, and in running
// text a capitalised word amid capitalised words is part of the name they
// make; neither is an act, so the word becomes a proper noun the clause
// rules do not read as a predicate. A headline in title case capitalises
// its verbs too, and keeps them.
func (t *tree) compoundVerbs() {
	if t.titleCase() {
		return
	}
	for k := range t.toks {
		if t.toks[k].UPOS != "VERB" {
			continue
		}
		form := t.toks[k].Form
		switch {
		case t.determined(k):
			t.own()
			t.toks[k].UPOS, t.toks[k].XPOS = "NOUN", "NN"
			continue
		case t.listedParticiple(k), t.hyphenParticiple(k):
			t.own()
			t.toks[k].UPOS, t.toks[k].XPOS = "ADJ", "JJ"
			continue
		case t.hyphenedVerb(k):
			t.hyphenModifier(k)
			continue
		case mixedCase(form):
		case k > 0 && k+1 < len(t.toks) && capitalised(form) && capitalised(t.toks[k-1].Form) && capitalised(t.toks[k+1].Form):
		default:
			continue
		}
		t.own()
		t.toks[k].UPOS, t.toks[k].XPOS = "PROPN", "NNP"
	}
}

// determined reports a word the parse took for a verb that has a
// determiner or a possessive before it and no subject, auxiliary or mark:
// "whose running mate", "the power sharing". A verb takes no determiner;
// the word is a noun's.
func (t *tree) determined(k int) bool {
	if finiteTag(t.toks[k].XPOS) {
		return false // "the accused remain": a subject's word the parse took for a determiner's
	}
	// "the acting Prime Minister", the article hung elsewhere: a participle
	// between an article and the noun it modifies
	det := k > 0 && k+1 < len(t.toks) && article(t.toks[k-1].Form) && t.toks[k].XPOS == "VBG" &&
		(t.toks[k+1].UPOS == "NOUN" || t.toks[k+1].UPOS == "PROPN" || t.toks[k+1].UPOS == "ADJ")
	for _, c := range t.kids[k] {
		switch {
		case c < k && (t.is(c, "nmod:poss") && possessive(t.toks[c]) || t.is(c, "det") && article(t.toks[c].Form)):
			det = true
		case t.is(c, "nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "cop", "mark", "expl"):
			return false
		}
	}
	return det
}

// article reports a determiner that only ever opens a noun phrase: not
// "some" or "all", which stand alone as subjects ("some using boats").
func article(form string) bool {
	switch strings.ToLower(form) {
	case "the", "a", "an", "another", "no":
		return true
	}
	return false
}

// titleCase reports a sentence in title case, where a capital says
// nothing of a name: a headline whose longer words are all capitalised.
func (t *tree) titleCase() bool {
	words := 0
	for _, tok := range t.toks {
		r, _ := utf8.DecodeRuneInString(tok.Form)
		if !unicode.IsLetter(r) || len(tok.Form) < 4 {
			continue // short function words stay lower case in titles
		}
		if !unicode.IsUpper(r) {
			return false
		}
		words++
	}
	return words > 1
}

// capitalised reports a word that opens with a capital and goes on in
// letters: "Operating", not "A" or "US-led".
func capitalised(form string) bool {
	r, n := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) || n >= len(form) {
		return false
	}
	for _, c := range form[n:] {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// mixedCase reports a word that opens in lower case and has a capital
// after: "eBay", "YouTube", a brand's spelling, never a verb's.
func mixedCase(form string) bool {
	r, n := utf8.DecodeRuneInString(form)
	if !unicode.IsLower(r) {
		return false
	}
	for _, c := range form[n:] {
		if unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// currencyPrefixes mends an amount written with a country's prefix to its
// currency sign, "US$750", "C$10,000": the parse makes the prefix a noun
// of its own, often the object, and "paid US$750" would read as paying
// the United States. The prefix belongs to the sign; the amount is the
// phrase, and takes the place the parse gave the prefix.
func (t *tree) currencyPrefixes() {
	for p := 0; p+1 < len(t.toks); p++ {
		m := p + 1
		if !currencySign(t.toks[m].Form) || t.toks[p].End != t.toks[m].Start || !currencyPrefix(t.toks[p].Form) || t.head(p) == m {
			continue
		}
		if t.within(m, p) {
			// the prefix heads the amount: the child of the prefix the
			// sign lies under takes its place and its other children
			c := m
			for t.head(c) != p {
				c = t.head(c)
			}
			t.rehang(c, t.head(p), t.rel(p))
			for _, k := range append([]int(nil), t.kids[p]...) {
				t.rehang(k, c, t.rel(k))
			}
		} else {
			// the amount's phrase beside the prefix ("posted US$2 million
			// bail": the bail) plays the part the parse gave the prefix
			c := m
			for steps := 0; c >= 0 && t.head(c) != t.head(p) && steps < len(t.toks); steps++ {
				c = t.head(c)
			}
			to := m
			switch {
			case c >= 0 && t.head(c) == t.head(p) && t.firstOf(c) == m:
				to = c
				t.rehang(c, t.head(p), t.rel(p))
			case t.head(p) >= 0 && !t.within(t.head(p), m):
				// "in excess of US$300 million": the amount is what the
				// prefix was the parse's noun of
				t.rehang(m, t.head(p), t.rel(p))
			}
			for _, k := range append([]int(nil), t.kids[p]...) {
				t.rehang(k, to, t.rel(k))
			}
		}
		t.rehang(p, m, "compound")
	}
}

// currencySign reports a sign an amount of money is written with.
func currencySign(form string) bool {
	switch form {
	case "$", "€", "£", "¥":
		return true
	}
	return false
}

// currencyPrefix reports the letters of a country that may open a currency
// sign: "US", "A", "NZ", "CDN".
func currencyPrefix(form string) bool {
	if len(form) > 3 {
		return false
	}
	for _, c := range form {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return form != ""
}

// listedParticiple reports a participle inside a list of noun phrases
// that the parse took for a verb coordinated with the clause's: "positions
// including the right to employment, paid vacation, a shorter week and
// recognition of Palestine", where "paid" modifies "vacation". With no
// subject or auxiliary of its own, after a comma, and with nouns
// coordinated after it, it is one more item of the list.
func (t *tree) listedParticiple(k int) bool {
	if !t.is(k, "conj") || t.toks[k].XPOS != "VBD" && t.toks[k].XPOS != "VBN" || k == 0 || t.toks[k-1].Form != "," ||
		k+1 >= len(t.toks) || t.head(k+1) != k || !t.is(k+1, "obj") {
		return false // the noun it modifies follows it at once, read as its object
	}
	nouns := false
	for _, c := range t.kids[k] {
		switch {
		case t.is(c, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark"):
			return false
		case t.is(c, "conj") && (t.toks[c].UPOS == "NOUN" || t.toks[c].UPOS == "PROPN"):
			nouns = true
		}
	}
	return nouns
}

// pluralVerbRoots mends a garden path: in "The warnings called for gale
// force winds along the coast" the parse reads "winds" as the sentence's
// verb and "called" as a participle on "warnings". When a present-tense
// root ending in -s follows at once the noun that ends a participle's
// phrase on the root's own subject, the participle is the verb and the
// root is that phrase's head noun.
func (t *tree) pluralVerbRoots() {
	for r := range t.toks {
		tok := t.toks[r]
		if t.head(r) >= 0 || tok.UPOS != "VERB" || tok.XPOS != "VBZ" && tok.XPOS != "VBP" || !strings.HasSuffix(strings.ToLower(tok.Form), "s") ||
			t.child(r, "aux", "aux:pass", "obj", "ccomp", "xcomp") >= 0 {
			continue
		}
		subj := t.child(r, "nsubj")
		if subj < 0 || subj > r {
			continue
		}
		for _, a := range t.children(subj, "acl") {
			if t.toks[a].UPOS != "VERB" || t.toks[a].XPOS != "VBN" && t.toks[a].XPOS != "VBD" || t.child(a, "aux", "aux:pass") >= 0 {
				continue
			}
			n := r - 1 // the noun before the root ends the participle's phrase
			if _, hi := t.span(a, nil); hi != r || !t.within(n, a) || t.toks[n].UPOS != "NOUN" && t.toks[n].UPOS != "PROPN" {
				continue
			}
			t.own()
			t.toks[r].UPOS, t.toks[r].XPOS = "NOUN", "NNS"
			t.toks[a].XPOS = "VBD"
			rel := t.toks[n].Deprel
			head := t.head(n)
			t.rehang(a, -1, "root")
			t.rehang(subj, a, "nsubj")
			for _, k := range append([]int(nil), t.kids[r]...) {
				if k != subj {
					t.rehang(k, a, t.toks[k].Deprel)
				}
			}
			t.rehang(r, head, rel)
			t.rehang(n, r, "compound")
			for _, k := range append([]int(nil), t.kids[n]...) {
				if k < n && !t.is(k, "compound", "amod") {
					t.rehang(k, r, t.toks[k].Deprel) // the preposition and determiner open the new head's phrase
				}
			}
			break
		}
	}
}

// hyphenParticiple reports a participle joined by a hyphen to the word
// before it ("state-owned", "US-led", "Iran-backed"): a compound
// adjective, no act.
func (t *tree) hyphenParticiple(k int) bool {
	if k < 2 || t.toks[k].XPOS != "VBN" && t.toks[k].XPOS != "VBD" || t.child(k, "aux", "aux:pass", "cop") >= 0 {
		return false // "is well-known for", "is state-owned": a predicate, which the copula's rules read
	}
	h := t.toks[k-1]
	return (h.Form == "-" || h.XPOS == "HYPH") && h.End == t.toks[k].Start && t.toks[k-2].End == h.Start
}
