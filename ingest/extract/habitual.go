package extract

import (
	"slices"
	"strings"
)

// habitualInfinitive mends the infinitive of a habitual "used to" that
// the parse hung as a purpose ("Ana used to sell fish", read like "used
// it to sell fish"): with no object of "used" it is the open complement,
// whose act is the statement (see habitual).
func (t *tree) habitualInfinitive() {
	for v := 1; v+2 < len(t.toks); v++ {
		if t.toks[v].UPOS != "VERB" || t.lemma(v) != "use" || !t.habitualForm(v) || !strings.EqualFold(t.toks[v+1].Form, "to") {
			continue
		}
		if t.child(v, "obj", "iobj", "aux:pass", "nsubj:pass", "xcomp") >= 0 || t.is(v, "acl", "amod") {
			continue
		}
		if x := t.head(v + 1); x > v+1 && t.head(x) == v && t.is(x, "advcl") && t.toks[x].UPOS == "VERB" {
			t.rehang(x, v, "xcomp")
		}
	}
}

// usedTo reports the "used" at v of a habitual past and its infinitive
// x ("Ana used to write letters", "did not use to talk"): no one used
// anything, and the act is the infinitive's, so v hands its statement on
// (see chains), with its tense and negation. A passive ("bones were used
// to sharpen blades"), an object ("used a knife to cut it") or a
// participle on a noun ("tools used to cut") is a use. A copula's
// infinitive ("it used to be stable") is left as it is.
func (t *tree) usedTo(v, x int) bool {
	if v+1 >= len(t.toks) || t.lemma(v) != "use" || !strings.EqualFold(t.toks[v+1].Form, "to") || t.head(v+1) != x || x <= v+1 {
		return false
	}
	if !t.habitualForm(v) || t.is(v, "acl", "amod") {
		return false
	}
	return t.child(v, "obj", "iobj", "aux:pass", "nsubj:pass") < 0 && t.toks[x].UPOS == "VERB" && t.child(x, "cop") < 0
}

// habitualForm reports the form of "use" that a habitual past takes: a
// past "used", or "use" (or "used") after "did" ("did not use to"); a
// participle ("models used to predict") is a use.
func (t *tree) habitualForm(v int) bool {
	low := strings.ToLower(t.toks[v].Form)
	if low == "used" && t.toks[v].XPOS == "VBD" {
		return true
	}
	if low != "used" && low != "use" {
		return false
	}
	for _, k := range t.children(v, "aux") {
		if t.lemma(k) == "do" && t.toks[k].XPOS == "VBD" {
			return true
		}
	}
	return false
}

// frequencyAdverbs say how often an act recurs: with a past "would" they
// make it a habit ("he would often call"), not a supposition.
var frequencyAdverbs = map[string]bool{
	"always": true, "often": true, "sometimes": true, "usually": true, "regularly": true,
	"frequently": true, "occasionally": true, "routinely": true, "typically": true,
	"generally": true, "repeatedly": true, "constantly": true, "normally": true, "habitually": true,
	"invariably": true, "daily": true, "weekly": true, "nightly": true,
}

// lifeStages are the nouns of "as a boy", "as a student": a past frame
// for what someone would do then.
var lifeStages = map[string]bool{
	"boy": true, "girl": true, "child": true, "kid": true, "teenager": true, "teen": true,
	"youngster": true, "youth": true, "student": true, "schoolboy": true, "schoolgirl": true,
}

// habitualWould clears the modality of a past habit told with "would":
// "as a boy he would mail songs to his cousin every week", "they were
// veterans and would sometimes kill farmers". The acts happened, again and
// again. It takes both a frequency ("often", "every week", "whenever ...",
// "used to") and a past frame next to the clause (a past verb it is
// coordinated with, hangs on or is qualified by, "used to", "as a boy").
// What someone said or thought would happen ("he said he would always
// support her"), a perfect ("would have won") and a wish ("would like")
// stay modal.
func (t *tree) habitualWould(c *clause) {
	if c.modality != "would" || len(c.speaker) > 0 || t.is(c.top, "ccomp", "csubj", "acl:relcl") {
		return
	}
	switch t.lemma(c.verb) {
	case "like", "love", "prefer", "rather", "mind", "appreciate", "welcome", "hate", "say":
		return
	}
	for k := c.predLo; k < c.predHi; k++ {
		if t.is(k, "aux") && t.lemma(k) == "have" {
			return // "would have won": what did not happen
		}
	}
	nodes := []int{c.top, c.verb}
	if t.is(c.top, "conj") && t.head(c.top) >= 0 {
		nodes = append(nodes, t.head(c.top)) // "would clean it every day and use another"
	}
	usedTo := t.habitualUsedTo()
	if !usedTo && !t.frequent(nodes) || !usedTo && !t.pastFrame(nodes) {
		return
	}
	c.modality = ""
}

// habitualUsedTo reports a habitual "used to" anywhere in the sentence
// ("whenever we used to go, we would get the facilities"): both a past
// and a habit.
func (t *tree) habitualUsedTo() bool {
	for v := 0; v+1 < len(t.toks); v++ {
		if t.toks[v].UPOS == "VERB" && t.lemma(v) == "use" && t.habitualForm(v) && strings.EqualFold(t.toks[v+1].Form, "to") &&
			t.child(v, "obj", "iobj", "aux:pass", "nsubj:pass") < 0 {
			return true
		}
	}
	return false
}

// frequent reports a frequency on one of the nodes: an adverb ("often"),
// a phrase with "every" or "each" ("every week", "each summer"), or a
// whenever-clause.
func (t *tree) frequent(nodes []int) bool {
	for _, n := range nodes {
		for _, k := range t.kids[n] {
			low := strings.ToLower(t.toks[k].Form)
			switch {
			case t.is(k, "advmod") && (frequencyAdverbs[low] || low == "whenever"):
				return true // "whenever" may stand as the adverb the clause hangs on
			case t.is(k, "obl", "nmod:tmod", "advmod") && isNominal(t.toks[k]):
				if d := t.child(k, "det"); d >= 0 {
					if dl := strings.ToLower(t.toks[d].Form); dl == "every" || dl == "each" {
						return true
					}
				}
			case t.is(k, "advcl"):
				if m := t.child(k, "mark", "advmod"); m >= 0 && m < k && strings.EqualFold(t.toks[m].Form, "whenever") {
					return true
				}
			}
		}
	}
	return false
}

// pastFrame reports a past next to the nodes: one of them, or a clause
// coordinated with or hung on them, or the one they hang on, has a past
// verb, auxiliary or copula ("were veterans and would sometimes kill");
// or an "as a boy" qualifies them.
func (t *tree) pastFrame(nodes []int) bool {
	past := func(n int) bool {
		if t.toks[n].XPOS == "VBD" {
			return true
		}
		for _, k := range t.children(n, "aux", "aux:pass", "cop") {
			if t.toks[k].XPOS == "VBD" {
				return true
			}
		}
		return false
	}
	for _, n := range nodes {
		if h := t.head(n); h >= 0 && t.is(n, "conj", "advcl", "parataxis") && past(h) {
			return true
		}
		for _, k := range t.kids[n] {
			if t.is(k, "conj", "advcl", "parataxis") && !slices.Contains(nodes, k) && past(k) {
				return true
			}
			if low := strings.ToLower(t.toks[k].Form); t.is(k, "advmod") && (low == "whenever" || low == "when") {
				for _, x := range t.kids[k] {
					if past(x) {
						return true // "whenever the river flooded", its clause hung on the adverb
					}
				}
			}
			if t.is(k, "obl") && lifeStages[t.lemma(k)] && t.preposition(k) == "as" {
				return true
			}
		}
	}
	return false
}
