package extract

import (
	"slices"
	"strings"
)

// lightIdioms are the verb and noun pairs that say one act together: in
// "paid tribute to Luk" the tribute is no thing paid, and whom the act
// is for is the phrase after the noun ("pay tribute to" · Luk); "took
// place", "followed suit" name an act with no object at all. Each entry
// is "verb [article] noun [prepositions]": the prepositions (separated by
// "/") whose phrase after the noun is the act's object; an idiom without
// any takes none, and the phrases after it say where or when. A noun
// written with an article ("make a decision") may take "a", "an" or
// "the"; the others are bare.
//
// The list is written by hand: the UD English Web Treebank is too small
// to show more than "take care" and "take office" as a verb's usual bare
// object, so the common idioms of news English are listed instead; a pair
// that is no idiom is left out rather than risk a wrong one.
var lightIdioms = idiomTable(
	"take place in/at/on/near/outside/inside/across/throughout", "take part in", "take office", "take action against/on", "take control of",
	"take charge of", "take power", "take effect", "take advantage of", "take care of", "take note of",
	"take aim at", "take issue with", "take refuge in", "take shape", "take hold", "take root",
	"take notice of", "take responsibility for", "take credit for", "take command of",
	"take possession of", "take custody of", "take revenge on/against", "take cover",
	"take a stand on/against", "take a toll on", "take the lead in", "take steps", "take measures",
	"pay tribute to", "pay attention to", "pay homage to", "pay respects to", "pay heed to",
	"pay a visit to", "make progress on/in/towards/toward", "make headway on/in", "make use of",
	"make way for", "make contact with", "make landfall in/on/near/over", "make amends for/to",
	"make peace with", "make history", "make mention of", "make fun of", "make room for",
	"make a decision on/about", "make an appearance at/on/in", "make a comeback", "make an effort",
	"make a difference", "give way to", "give birth to", "give chase to", "give evidence to/against",
	"give testimony to/against", "give rise to", "give priority to", "give ground", "give thanks to",
	"give consent to", "follow suit", "lose track of", "lose sight of", "lose touch with",
	"keep track of", "keep pace with", "keep watch on/over", "set fire to", "set foot in/on",
	"set sail for", "catch fire", "open fire on/at", "lay siege to", "wreak havoc on/in",
	"bear witness to", "declare war on/against", "wage war on/against", "do business with",
	"put pressure on", "shed light on", "cast doubt on/over", "lay claim to", "run riot",
	"strike a deal with", "reach a deal with/on", "reach an agreement with/on/about", "join forces with",
	"raise concerns about/over", "raise concern about/over", "express concern about/over/at",
	"express support for", "express condolences to", "lodge a complaint against/with",
	"file a complaint against/with", "file suit against", "press charges against",
	"bring charges against",
)

// idiom is one entry of lightIdioms: the noun, whether it may take an
// article, and the prepositions of its object.
type idiom struct {
	noun    string
	article bool
	preps   []string
}

// idiomTable reads the entries of lightIdioms by verb.
func idiomTable(entries ...string) map[string][]idiom {
	out := map[string][]idiom{}
	for _, e := range entries {
		w := strings.Fields(e)
		id := idiom{}
		if len(w) > 2 && (w[1] == "a" || w[1] == "an" || w[1] == "the") {
			id.article = true
			w = append(w[:1], w[2:]...)
		}
		if len(w) < 2 || len(w) > 3 {
			continue
		}
		id.noun = w[1]
		if len(w) == 3 {
			id.preps = strings.Split(w[2], "/")
		}
		out[w[0]] = append(out[w[0]], id)
	}
	return out
}

// lightNoun finds the noun that makes one act with verb v: a child of
// the verb right after its group (past an article where the idiom takes
// one), read as its object or, when the tagger missed the noun, as an
// adverb or a compound. It returns the noun and the article before it
// (-1 for none), or -1.
func (t *tree) lightNoun(c *clause) (noun, article int, id idiom) {
	v := c.verb
	if c.cop >= 0 || c.passive {
		return -1, -1, id
	}
	idioms := lightIdioms[t.lemma(v)]
	if len(idioms) == 0 {
		return -1, -1, id
	}
	for _, k := range t.kids[v] {
		if k < c.predHi || !t.is(k, "obj", "advmod", "compound", "obl:npmod") {
			continue
		}
		low := strings.ToLower(t.toks[k].Form)
		lemma := strings.ToLower(t.lemma(k))
		for _, id := range idioms {
			if id.noun != low && id.noun != lemma {
				continue
			}
			art := -1
			if d := t.child(k, "det"); d >= 0 {
				switch strings.ToLower(t.toks[d].Form) {
				case "a", "an", "the":
					art = d
				}
				if art < 0 || !id.article {
					return -1, -1, id // "took no part", "made the right use": the noun is qualified
				}
			}
			first := k
			if art >= 0 {
				first = art
			}
			// "of which the team made extensive use": with its object
			// fronted, the act keeps the noun's adjectives in its words
			_, prep := t.piedPiped(c)
			fronted := prep != "" && slices.Contains(id.preps, prep)
			for _, m := range t.kids[k] {
				switch {
				case fronted && m < k && t.is(m, "amod") && t.toks[m].UPOS == "ADJ" && len(t.kids[m]) == 0:
					first = min(first, m)
				case m != art && t.is(m, "det", "amod", "nmod:poss", "nummod", "compound", "conj"):
					return -1, -1, id // "took a major part": a thing with a quality
				}
			}
			if first != c.predHi {
				return -1, -1, id
			}
			return k, art, id
		}
	}
	return -1, -1, idiom{}
}

// lightVerb makes a light verb and its noun the clause's predicate ("pay
// tribute", "take part") and finds the act's object: the phrase with a
// preposition right after the noun, on the noun or on the verb ("paid
// tribute to Luk", "took part in the protests"), or, when the clause is a
// relative clause that leaves its preposition stranded ("the attacks that
// Soleimani took part in"), the noun it is a relative clause of. It
// reports whether the clause has such a noun.
func (t *tree) lightVerb(c *clause) bool {
	n, _, id := t.lightNoun(c)
	if n < 0 {
		return false
	}
	v := c.verb
	words := []string{t.lemma(v)}
	for k := c.predHi; k < n; k++ {
		words = append(words, strings.ToLower(t.toks[k].Form)) // the article, and the adjectives of a fronted object's act
	}
	c.idiom = strings.Join(append(words, strings.ToLower(t.toks[n].Form)), " ")
	c.idiomNoun = n
	c.predHi = n + 1 // the predicate's words are the verb's and the noun's: "paid tribute"
	c.objects = nil
	takes := func(p string) bool { return slices.Contains(id.preps, p) }
	// a fronted object: "the scans, of which the team made use": the scans
	if w, p := t.piedPiped(c); w >= 0 && takes(p) {
		if a := t.relativeAntecedent(c.top); a >= 0 {
			c.objects, c.objPrep = []int{a}, p
		}
		return true
	}
	// the phrase right after the noun: on the noun, or on the verb
	for _, k := range t.kids[n] {
		if k > n && t.is(k, "nmod") && takes(t.preposition(k)) && t.firstOf(k) == n+1 {
			c.objects, c.objPrep = t.conjuncts(k), t.preposition(k)
			return true
		}
	}
	for _, k := range t.kids[v] {
		if k > n && t.is(k, "obl") && t.firstOf(k) == n+1 && !t.timeNoun(k) && takes(t.preposition(k)) {
			c.objects, c.objPrep = t.conjuncts(k), t.preposition(k)
			return true
		}
	}
	// a stranded preposition: "the attacks that Soleimani took part in"
	r := c.top
	if !t.is(r, "acl:relcl") || t.head(r) < 0 || !isNominal(t.toks[t.head(r)]) {
		return true
	}
	for _, k := range t.kids[v] {
		p := strings.ToLower(t.toks[k].Form)
		if k > n && len(t.kids[k]) == 0 && takes(p) && (t.toks[k].UPOS == "ADP" || t.toks[k].XPOS == "IN") {
			c.objects, c.objPrep = []int{t.head(r)}, p
			return true
		}
	}
	return true
}

// idiomObject reports a child of the act that lightVerb made its object
// or the idiom's noun, which then is no qualifier.
func (t *tree) idiomObject(c *clause, k int) bool {
	if c.idiom == "" {
		return false
	}
	if w, p := t.piedPiped(c); w == k && p == c.objPrep {
		return true // "of which": the object, fronted
	}
	return slices.Contains(c.objects, k) || k == c.idiomNoun
}

// piedPiped is the relative pronoun that a relative clause opens with
// its preposition ("of which the team made use", "to which the council
// paid attention"), and that preposition, or -1 and "".
func (t *tree) piedPiped(c *clause) (int, string) {
	if !t.is(c.top, "acl:relcl", "advcl:relcl") {
		return -1, ""
	}
	for _, k := range t.children(c.verb, "obl") {
		if k < c.verb && isRelativePronoun(t.toks[k]) && t.child(k, "case") == k-1 {
			return k, t.preposition(k)
		}
	}
	return -1, ""
}

// relativeAntecedent is the noun a relative clause speaks of: its head,
// or, when the parse hung the clause on a verb, the noun right before it
// ("rely on satellite images, of which ..."), or -1.
func (t *tree) relativeAntecedent(r int) int {
	if h := t.head(r); h >= 0 && isNominal(t.toks[h]) {
		return h
	}
	k := t.firstOf(r) - 1
	for k >= 0 && t.toks[k].UPOS == "PUNCT" {
		k--
	}
	if k < 0 || !isNominal(t.toks[k]) || t.toks[k].UPOS == "PRON" {
		return -1
	}
	return k
}

// prepositionalObject is the phrase right after the verb group whose
// preposition the verb takes as its object ("went through the options",
// "called for talks"), or -1.
func (t *tree) prepositionalObject(c *clause) int {
	v := c.verb
	for _, k := range t.children(v, "obl") {
		p := t.child(k, "case")
		if p == c.predHi && t.firstOf(k) == p && !t.timeNoun(k) && !t.linking(k) && slices.Contains(prepositionalVerbs[t.lemma(v)], strings.ToLower(t.toks[p].Form)) {
			return k
		}
	}
	return -1
}
