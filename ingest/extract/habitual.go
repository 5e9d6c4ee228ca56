package extract

import "strings"

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
