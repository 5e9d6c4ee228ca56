package extract

// namingVerbs are the verbs whose passive keeps a predicate noun after it
// ("was called a plume", "was elected president", "is considered a
// breakthrough"): an object after their participle is no sign of an active
// verb.
var namingVerbs = map[string]bool{
	"call": true, "name": true, "dub": true, "term": true, "label": true, "nickname": true, "rename": true,
	"title": true, "christen": true, "brand": true, "elect": true, "appoint": true, "crown": true,
	"declare": true, "consider": true, "deem": true, "designate": true, "proclaim": true,
	"vote": true, "nominate": true,
}

// keepsObject reports a verb whose passive participle may still have an
// object: a ditransitive's ("was given a fine") or a verb of naming's.
func keepsObject(lemma string) bool { return ditransitive[lemma] || namingVerbs[lemma] }

// activeParticiples mends an active past tense the parse read as a passive:
// the tagger made "sued", "detained", "had killed" participles and the
// parser gave them a passive subject, though no passive auxiliary stands
// with them. Such a verb is active when it has the perfect's "have" ("the
// virus had killed 800"), an object a passive could not keep ("police
// detained three men"), or, heading a sentence that ends as prose does,
// nothing else that could carry the sentence's tense ("the farmers sued
// to be allowed to stay"): a headline's "Residents told to leave" has no
// full stop.
func (t *tree) activeParticiples() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || t.toks[v].XPOS != "VBN" || t.child(v, "aux:pass", "obl:agent") >= 0 {
			continue
		}
		subjects := t.children(v, "nsubj:pass")
		if len(subjects) == 0 {
			continue
		}
		perfect, other := false, false
		for _, k := range t.children(v, "aux") {
			switch t.lemma(k) {
			case "have":
				perfect = true
			default:
				other = true // "be", "get", a modal: a passive or a group the parse broke
			}
		}
		if other || t.agentBy(v) || t.negatedBy(v) {
			// "the staff not assigned to it": a bare "not" never negates a past tense
			continue
		}
		o := t.child(v, "obj")
		switch {
		case perfect:
		case o > v && isNominal(t.toks[o]) && !keepsObject(t.lemma(v)):
		case t.head(v) < 0 && subjects[0] < v && t.endsAsProse() && !t.strayFinite(v):
		default:
			continue
		}
		t.own()
		for _, s := range subjects {
			t.toks[s].Deprel = "nsubj"
		}
		if !perfect {
			t.toks[v].XPOS = "VBD"
		}
	}
}

// agentBy reports a "by" phrase on verb v that names someone ("by police"),
// the agent of a passive; "by Friday" names a time.
func (t *tree) agentBy(v int) bool {
	for _, k := range t.children(v, "obl") {
		if t.preposition(k) == "by" && isNominal(t.toks[k]) && !t.timeNoun(k) {
			return true
		}
	}
	return false
}

// endsAsProse reports a sentence that ends with a full stop, a question
// mark or an exclamation mark (a closing quotation mark may follow), as
// prose does and a headline does not.
func (t *tree) endsAsProse() bool {
	for k := len(t.toks) - 1; k >= 0; k-- {
		switch f := t.toks[k].Form; {
		case isQuote(f) || f == ")":
		case f == "." || f == "!" || f == "?":
			return true
		default:
			return false
		}
	}
	return false
}

// strayFinite reports a finite "be" or "have" outside verb v that stands
// in no clause with a subject of its own: the sentence's real tense, whose
// clause the parse broke ("Leonov, known as ..., was part of the team"),
// and v is the participle it seemed.
func (t *tree) strayFinite(v int) bool {
	for k, tok := range t.toks {
		if k == v || !finiteTag(tok.XPOS) {
			continue
		}
		if l := t.lemma(k); l != "be" && l != "have" {
			continue
		}
		c := k
		if t.is(k, "aux", "aux:pass", "cop") && t.head(k) >= 0 {
			c = t.head(k)
		}
		if c != v && t.subjectChild(c) < 0 && t.child(c, "expl") < 0 {
			return true
		}
	}
	return false
}

// predicateAgents mends the agent of a passive verb of judging or
// declaring that the parse hung on the verb's secondary predicate: in
// "the bridge was declared unsafe by inspectors" the inspectors declared,
// and "unsafe" (a participle or adjective with no subject, auxiliary or
// mark of its own) is what they declared the bridge.
func (t *tree) predicateAgents() {
	for x := range t.toks {
		h := t.head(x)
		if h < 0 || !t.is(x, "xcomp") || t.child(h, "aux:pass") < 0 || t.child(h, "obl:agent") >= 0 || t.agentBy(h) {
			continue
		}
		if t.child(x, "aux", "aux:pass", "mark", "nsubj", "nsubj:pass", "obj", "cop") >= 0 {
			continue
		}
		if tok := t.toks[x]; tok.UPOS != "ADJ" && tok.XPOS != "VBN" && tok.XPOS != "JJ" {
			continue
		}
		for _, a := range t.children(x, "obl:agent", "obl", "nmod") {
			if a > x && (t.is(a, "obl:agent") || t.preposition(a) == "by" && isNominal(t.toks[a]) && !t.timeNoun(a)) {
				t.rehang(a, h, "obl:agent")
				if t.toks[x].UPOS == "VERB" {
					t.toks[x].UPOS = "ADJ" // "sacred": what is said of the patient, no act of its own
				}
				break
			}
		}
	}
}

// judgingVerbs are the verbs whose passive, like a verb of naming's, says
// what its patient was found to be: "was found guilty", "was ruled out".
var judgingVerbs = map[string]bool{
	"find": true, "judge": true, "pronounce": true, "certify": true, "rate": true, "rank": true, "hold": true,
}

// secondaryPredicate is what a passive verb of judging or naming says its
// patient is, or -1: "sacred" in "were considered sacred", "a plume" in
// "was called a plume". With it the agent cannot turn the passive active
// (the patient and its predicate are not one phrase), so the statement
// stays passive and the agent qualifies it.
func (t *tree) secondaryPredicate(v int) int {
	if t.child(v, "aux:pass") < 0 || !namingVerbs[t.lemma(v)] && !judgingVerbs[t.lemma(v)] {
		return -1
	}
	for _, k := range t.children(v, "xcomp", "obj") {
		if k > v && t.child(k, "mark", "aux", "aux:pass", "nsubj", "nsubj:pass") < 0 && t.toks[k].UPOS != "VERB" {
			return k
		}
	}
	return -1
}

// namingAppositives mends a participle of naming set off by commas after
// a noun ("the cloud of dust, called a plume, was large"), which the parse
// read as the sentence's main verb or as a relative clause's past tense:
// the noun was called so; the verb after the second comma is the noun's.
func (t *tree) namingAppositives() {
	for p := 2; p+3 < len(t.toks); p++ {
		tok := t.toks[p]
		if !namingVerbs[t.lemma(p)] || tok.XPOS != "VBD" && tok.XPOS != "VBN" || t.toks[p-1].Form != "," ||
			t.child(p, "aux", "aux:pass", "mark", "nsubj:pass") >= 0 {
			continue
		}
		o := t.child(p, "obj", "xcomp")
		if o < p {
			continue
		}
		_, hi := t.span(o, nil)
		if hi+1 >= len(t.toks) || t.toks[hi].Form != "," {
			continue
		}
		f := hi + 1
		if !finiteTag(t.toks[f].XPOS) && t.toks[f].XPOS != "MD" {
			continue
		}
		v := f
		if t.toks[f].UPOS == "AUX" {
			v = t.head(f)
		}
		if v < f {
			continue
		}
		switch n := t.head(p); {
		case n >= 0 && n < p && isNominal(t.toks[n]) && t.is(p, "acl", "acl:relcl"):
			// the noun's phrase is right; only the participle was read as a relative's tense
			if s := t.subjectChild(p); s >= 0 && isRelativePronoun(t.toks[s]) {
				continue
			}
			t.own()
			t.toks[p].XPOS = "VBN"
		case n < 0:
			s := t.child(p, "nsubj")
			if s < 0 || s > p || t.head(v) != p && !t.within(p, v) {
				continue
			}
			if _, shi := t.span(s, func(k int) bool { return k >= p }); shi != p-1 {
				continue // the noun's phrase must end at the first comma
			}
			rel := "nsubj"
			if t.child(v, "aux:pass") >= 0 {
				rel = "nsubj:pass"
			}
			t.rehang(v, -1, "root")
			t.rehang(s, v, rel)
			t.rehang(p, s, "acl")
			t.toks[p].XPOS = "VBN"
			for _, k := range append([]int(nil), t.kids[p]...) {
				if k > hi {
					t.rehang(k, v, t.rel(k))
				}
			}
			return
		}
	}
}
