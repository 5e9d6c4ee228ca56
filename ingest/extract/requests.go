package extract

import (
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// infinitiveConjuncts mends an infinitive that the parse coordinated with
// the verb that governs it instead of with that verb's own infinitive: in
// "called on the US to end the wars and to stop paying for them" the US is
// to stop paying, and in "suggested supporters fill out ballots and then
// visit the polls" the supporters are to visit; the one who calls or
// suggests does neither. An infinitive (with "to", or a bare form after a
// verb in the past or the third person, which it cannot share a subject
// with) that has no subject or auxiliary of its own joins the last
// infinitive complement of that verb before it.
func (t *tree) infinitiveConjuncts() {
	for x := range t.toks {
		if !t.is(x, "conj") || t.toks[x].UPOS != "VERB" || t.toks[x].XPOS != "VB" {
			continue
		}
		if t.child(x, "nsubj", "nsubj:pass", "aux", "aux:pass", "expl") >= 0 {
			continue
		}
		h := t.head(x)
		if h < 0 || h > x || t.toks[h].UPOS != "VERB" || t.toMark(h) {
			continue
		}
		to := t.toMark(x)
		if !to && t.toks[h].XPOS != "VBD" && t.toks[h].XPOS != "VBZ" {
			continue
		}
		sibling := -1
		infinitive := func(k int) bool {
			return k < x && t.toks[k].UPOS == "VERB" && t.toks[k].XPOS == "VB" && t.child(k, "aux", "nsubj") < 0 &&
				(t.toMark(k) || t.child(k, "mark") < 0)
		}
		for _, k := range t.kids[h] {
			switch {
			case t.is(k, "xcomp", "advcl", "ccomp") && infinitive(k):
				sibling = k
			case t.is(k, "obj", "iobj", "obl") && k < x:
				// "called on the council to raise taxes and to stop
				// cuts", the first infinitive read as the council's
				for _, a := range t.children(k, "acl") {
					if infinitive(a) && t.toMark(a) {
						sibling = a
					}
				}
			}
		}
		if sibling >= 0 {
			t.rehang(x, sibling, "conj")
		}
	}
}

// strayInfinitive settles an infinitive coordinated with a verb that is
// no infinitive, with no infinitive beside it to share its subject
// ("called for reforms and to let the people decide", "was sentenced to
// prison and to pay a fine"): it names what is meant, not what was done.
// After a verb that asks, tells or lets someone act, the one who would
// act is not the verb's subject and the sentence leaves them unnamed:
// the clause makes no statement (false).
func (t *tree) strayInfinitive(c *clause) bool {
	x := c.top
	if !t.is(x, "conj") || !t.toMark(x) || t.child(x, "nsubj", "nsubj:pass", "aux", "aux:pass", "expl") >= 0 {
		return true
	}
	h := t.head(x)
	if h < 0 || h > x || t.toks[h].UPOS != "VERB" || t.toMark(h) {
		return true
	}
	lemma := t.lemma(h)
	switch {
	case addressingVerb(lemma):
		return false
	case c.modality != "" && !futureModal(c.modality):
	case analysis.IsModalVerb(lemma):
		c.modality = lemma // "wanted reforms and to see a new vote"
	default:
		c.modality = "to"
	}
	return true
}

// endingVerbs end, give up or keep from the act or state of their
// complement: "the firm ceased to operate", "the UK would cease to be part
// of the EU", "the rebels stopped attacking", "avoided paying taxes". The
// verb keeps its statement ("cease · to be part of the EU"); the
// complement's own, read without it, would state the opposite of what the
// sentence says. True marks the verbs whose infinitive is no purpose
// ("stopped to talk" talked; "ceased to talk" did not).
var endingVerbs = map[string]bool{
	"cease": true, "discontinue": true, "renounce": true, "neglect": true, "forget": true,
	"stop": false, "quit": false, "halt": false, "abandon": false, "avoid": false, "refrain": false,
}

// endedComplement negates the complement of a verb that ends it (see
// endingVerbs), with that verb's modal: "would cease to be part of the
// EU" → be part of the EU, not, would. A negated ending verb ("did not
// stop attacking") leaves the act asserted.
func (t *tree) endedComplement(c *clause) {
	if !t.is(c.top, "xcomp", "advcl") {
		return
	}
	h := t.head(c.top)
	if h < 0 || h > c.top || t.toks[h].UPOS != "VERB" || t.child(h, "obj", "iobj", "compound:prt") >= 0 {
		return // "stopped the convoy"; with a particle, another verb ("quit on")
	}
	infinitive, ok := endingVerbs[t.lemma(h)]
	if !ok {
		return
	}
	if t.toMark(c.top) {
		if !infinitive || !t.is(c.top, "xcomp") {
			return
		}
	} else {
		// "stopped attacking", "refrained from commenting", "stopped being
		// a member": a gerund, the verb's or a copula's
		v := c.top
		if cp := t.child(c.top, "cop"); cp >= 0 {
			v = cp
		}
		if t.toks[v].XPOS != "VBG" || !t.is(c.top, "xcomp") && t.gerundMark(c.top) != "from" {
			return
		}
	}
	if t.negatedBy(h) {
		return // "can't stop thinking": thinks
	}
	c.negated = !c.negated
	for _, k := range t.children(h, "aux") {
		if t.toks[k].XPOS == "MD" && c.modality == "" {
			c.modality = analysis.ModalLemma(strings.ToLower(t.toks[k].Form))
		}
	}
}

// addresseeOn reports a verb and the preposition of its object that name
// whom the verb calls on or appeals to ("called on the banks to cut
// rates", "appealed to residents to stay calm"): only with an infinitive
// after it does the verb ask them to act.
func addresseeOn(lemma, prep string) bool {
	switch lemma {
	case "call":
		return prep == "on" || prep == "upon" || prep == "for" // "called for CNN to fire him"
	case "appeal":
		return prep == "to" || prep == "on"
	}
	return false
}

// calledOn widens the object of a verb that calls on someone to act
// ("called on the banks to cut rates", "appealed to residents to stay
// calm") over the infinitive after it, as addressedObject does for "urged
// the banks to cut rates": the banks alone are not what was asked, and
// the act is theirs, not the caller's. It reports whether it widened.
func (t *tree) calledOn(c *clause) bool {
	if len(c.objects) == 0 || c.cop >= 0 || c.objRange[0] >= 0 || c.passive || c.agent {
		return false
	}
	o, v := c.objects[0], c.verb
	if !t.is(o, "obl") || t.head(o) != v || !isNominal(t.toks[o]) {
		return false
	}
	prep := t.preposition(o)
	if !addresseeOn(t.lemma(v), prep) {
		return false
	}
	for _, k := range c.objects[1:] {
		if !t.within(k, o) {
			return false // objects that are not one phrase's conjuncts
		}
	}
	x := -1
	for _, k := range t.children(v, "xcomp", "advcl") {
		if k > o && t.toMark(k) && t.toks[k].UPOS == "VERB" {
			x = k
			break
		}
	}
	if x < 0 {
		return false
	}
	lo, _ := t.span(o, func(k int) bool { return t.is(k, "case") && k < o })
	_, hi := t.span(x, nil)
	for hi > lo+1 && t.toks[hi-1].UPOS == "PUNCT" {
		hi--
	}
	quotes := 0
	for k := lo; k < hi; k++ {
		if isQuote(t.toks[k].Form) {
			quotes++
		}
	}
	if quotes%2 == 1 && lo > 0 && isQuote(t.toks[lo-1].Form) {
		lo-- // "called on "village councils" to act": the quotation's opening mark
	}
	c.objRange, c.objects, c.rangePrep = [2]int{lo, hi}, nil, prep
	return true
}

// passiveDirective gives the infinitive of a passive verb that asks, tells
// or lets its subject act the verb as modality: "the company was ordered
// to remove the post", "residents were advised to boil water", "ships are
// required to carry radios" say what was asked of them, not what they
// did. ("Was forced to resign" and "was helped to escape" happened; those
// verbs are no directives.)
func (t *tree) passiveDirective(c *clause) {
	if !t.is(c.top, "xcomp") || !t.toMark(c.top) || c.modality != "" && !futureModal(c.modality) {
		return
	}
	h := t.head(c.top)
	if h < 0 || h > c.top || t.toks[h].UPOS != "VERB" || t.toks[h].XPOS != "VBN" || t.child(h, "aux:pass", "nsubj:pass") < 0 {
		return
	}
	if lemma := t.lemma(h); analysis.IsDirectiveVerb(lemma) {
		c.modality = lemma
	}
}

// yetToBe reports "has yet to be" and a copula's predicate x: "the club
// has yet to be a contender" says the club is not one, which the
// copula's own clause states (negated by the chain); "have" alone would
// read as an obligation.
func (t *tree) yetToBe(v, x int) bool {
	return t.lemma(v) == "have" && t.is(x, "xcomp") && t.child(x, "cop") >= 0 && t.toMark(x) && t.yet(v) && !t.negatedBy(v)
}

// objectControl are the verbs whose infinitive is the act of their object,
// never of their subject: "told him to go back" (he goes), "allowed users
// to vote". Without the object ("he told to go back", "the law allows to
// register"), the one who would act goes unnamed.
var objectControl = map[string]bool{
	"tell": true, "order": true, "instruct": true, "urge": true, "encourage": true, "advise": true,
	"allow": true, "permit": true, "enable": true, "persuade": true, "convince": true, "remind": true,
	"authorize": true, "authorise": true, "require": true, "direct": true, "command": true,
	"invite": true, "force": true, "compel": true, "oblige": true,
}

// unnamedActor reports the infinitive of an active verb of object control
// that has no object: its subject is not the one who would act, and the
// clause makes no statement.
func (t *tree) unnamedActor(c *clause) bool {
	if !t.is(c.top, "xcomp") || !t.toMark(c.top) {
		return false
	}
	h := t.head(c.top)
	if h < 0 || h > c.top || t.toks[h].UPOS != "VERB" || !objectControl[t.lemma(h)] {
		return false
	}
	if t.child(h, "obj", "iobj", "aux:pass", "nsubj:pass", "expl") >= 0 || t.toks[h].XPOS == "VBN" && t.child(h, "aux") < 0 {
		return false // "told him to go", "was told to go", "a man ordered to leave"
	}
	return true
}
