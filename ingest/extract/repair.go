package extract

import (
	"slices"
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// repair mends a few ways the parser misreads a sentence's subject, on the
// tree's own copy of the tokens (the sentence keeps the parse as the
// annotator made it): the clause rules then read the mended tree as they
// would a right one. Each repair moves a subtree under a node that is not
// inside it, so the tree stays a tree.
func (t *tree) repair() {
	t.spokenContractions()
	t.nameCoordinations()
	t.namedVerbs()
	t.compoundVerbs()
	t.verbCompounds()
	t.pluralVerbRoots()
	t.compoundSubjects()
	t.gerundSubjects()
	t.reportedExistentials()
	t.currencyPrefixes()
	t.repairReports()
	t.accordingSubjects()
	t.nextClauseSubjects()
	t.openerClauses()
	t.namedBeforePhrase()
	t.frontedPhrases()
	t.appositiveSubjects()
	t.nameAfterComma()
	t.reducedRelatives()
	t.namingAppositives()
	t.activeParticiples()
	t.predicateAgents()
	t.rootParticiple()
	t.clausalObjects()
	t.invertedReport()
	t.reportAsModifier()
	t.reportedConjunct()
	t.adverbialGerund()
	t.clauseAfterObject()
	t.objectComplements()
	t.clauseInSubject()
	t.coordinatedSubjects()
	t.modifierConjuncts()
	t.adjectiveObjects()
	t.secondObjects()
	t.infinitiveNouns()
	t.bareObliques()
	t.nounObjects()
	t.effortAfterClaim()
	t.infinitiveConjuncts()
	t.habitualInfinitive()
	if t.owned && !t.acyclic() {
		// a repair went wrong on a tree it did not foresee: keep the parse
		*t = *newTree(t.s)
	}
}

// acyclic reports whether every token reaches a root.
func (t *tree) acyclic() bool {
	for k := range t.toks {
		n := k
		for steps := 0; n >= 0; steps++ {
			if steps > len(t.toks) {
				return false
			}
			n = t.head(n)
		}
	}
	return true
}

// own gives the tree a copy of the tokens to change, once.
func (t *tree) own() {
	if t.owned {
		return
	}
	t.toks = append([]analysis.Token(nil), t.toks...)
	t.owned = true
}

// subjectRel is the relation of a subject hung on verb v: "nsubj:pass"
// when v has a passive auxiliary, else "nsubj".
func (t *tree) subjectRel(v int) string {
	if t.child(v, "aux:pass") >= 0 {
		return "nsubj:pass"
	}
	return "nsubj"
}

// rehang makes token k a child of h (-1: the root) with relation rel.
func (t *tree) rehang(k, h int, rel string) {
	t.own()
	if old := t.head(k); old >= 0 {
		for i, c := range t.kids[old] {
			if c == k {
				t.kids[old] = append(t.kids[old][:i:i], t.kids[old][i+1:]...)
				break
			}
		}
	}
	t.toks[k].Head, t.toks[k].Deprel = h+1, rel
	if h >= 0 {
		at := len(t.kids[h])
		for i, c := range t.kids[h] {
			if c > k {
				at = i
				break
			}
		}
		t.kids[h] = append(t.kids[h][:at:at], append([]int{k}, t.kids[h][at:]...)...)
	}
}

// prepositional reports a noun phrase that opens with its own preposition
// ("at the meeting", "on Tuesday"): no subject does. A word that also
// opens a clause ("after the vote was held") is more likely the clause's
// mark the parse took for a preposition, and does not count.
func (t *tree) prepositional(k int) bool {
	p := t.child(k, "case")
	if p < 0 || p > k || t.toks[p].UPOS != "ADP" || p != t.firstOf(k) || t.toks[p].XPOS == "POS" {
		return false
	}
	switch strings.ToLower(t.toks[p].Form) {
	case "after", "before", "since", "until", "till", "as", "because", "once", "than", "like", "unless", "with", "without":
		return false
	}
	return true
}

// frontedPhrases mends a prepositional phrase the parse took for the
// subject of a finite verb. Opening the clause ("At the rally, party
// chairman Ana Ruiz spoke", the phrase and the name after it read as
// coordinated subjects) or naming a time after the subject ("the minister
// on Tuesday told reporters"), it qualifies the verb, and a noun phrase
// coordinated with it after a comma is the subject; after the subject and
// naming no time ("the commission on elections announced"), it ends the
// subject's phrase. A verb left with no subject has none: the clause
// rules must not guess one.
func (t *tree) frontedPhrases() {
	for k := range t.toks {
		if !t.is(k, "nsubj", "nsubj:pass") || !t.prepositional(k) {
			continue
		}
		v := t.head(k)
		if v < 0 || !t.finite(v) || k > v || isRelativePronoun(t.toks[k]) {
			continue // "all of which were built": a relative clause's subject
		}
		if t.splitTime(k, v) {
			continue // "On Thursday officials said": the officials said
		}
		rel := t.rel(k)
		before := -1 // another subject before it
		for _, f := range t.children(v, "nsubj", "nsubj:pass") {
			if f < k && !t.prepositional(f) {
				before = f
			}
		}
		if before >= 0 {
			punct := false
			for i := before + 1; i < t.firstOf(k); i++ {
				punct = punct || t.toks[i].UPOS == "PUNCT"
			}
			if !t.timeNoun(k) && !punct {
				t.rehang(k, before, "nmod") // "the commission on elections"
				continue
			}
			t.rehang(k, v, "obl")
			continue
		}
		var next []int // the phrases coordinated with it after a comma
		for _, j := range t.children(k, "conj", "appos") {
			f := t.firstOf(j)
			if j > k && f > k && isNominal(t.toks[j]) && !t.prepositional(j) && t.toks[f-1].Form == "," {
				next = append(next, j)
			}
		}
		t.rehang(k, v, "obl")
		if len(next) == 0 {
			if t.subjectless == nil {
				t.subjectless = map[int]bool{}
			}
			t.subjectless[v] = true
			continue
		}
		t.rehang(next[0], v, rel)
		for _, j := range next[1:] {
			t.rehang(j, next[0], "conj")
		}
	}
}

// splitTime mends a subject k of verb v that the parse made of a
// prepositional phrase and the subject after it: in "On Thursday officials
// said" the words of time, in "During the war Britain's army grew" the
// phrase before the possessor, with the preposition, qualify the verb, and
// the rest is the subject. It reports whether it did.
func (t *tree) splitTime(k, v int) bool {
	if t.timeNoun(k) && analysis.IsTimeWord(t.toks[k]) {
		return false
	}
	p := t.child(k, "case")
	if q := t.child(k, "nmod:poss"); q > p+1 && q < k && t.toks[q].UPOS == "PROPN" {
		qlo := t.firstOf(q)
		for _, d := range t.kids[k] {
			lo, hi := t.span(d, nil)
			if d > p && lo == p+1 && hi == qlo && isNominal(t.toks[d]) && !t.is(d, "det", "amod", "compound", "flat") {
				t.rehang(d, v, "obl")
				t.rehang(p, d, "case")
				return true
			}
		}
	}
	last := -1 // the last word of the run of time words after the preposition
	for m := p + 1; m < k && t.head(m) == k && t.is(m, "compound", "nmod:unmarked", "nmod:tmod", "obl:tmod") && analysis.IsTimeWord(t.toks[m]); m++ {
		last = m
	}
	if last < 0 {
		return false
	}
	t.rehang(last, v, "obl")
	for m := p + 1; m < last; m++ {
		t.rehang(m, last, "compound")
	}
	t.rehang(p, last, "case")
	return true
}

// appositiveSubjects mends an apposition the parse took for a second
// subject: in "Ana Ruiz, a security official at the port, told reporters"
// the official is Ana Ruiz, not another subject of "told".
func (t *tree) appositiveSubjects() {
	for v := range t.toks {
		subjects := t.children(v, "nsubj", "nsubj:pass")
		if len(subjects) != 2 {
			continue
		}
		name, role := subjects[0], subjects[1]
		if t.toks[name].UPOS != "PROPN" || t.toks[role].UPOS != "NOUN" || role > v {
			continue
		}
		_, hi := t.span(name, nil)
		lo, rhi := t.span(role, nil)
		if hi >= len(t.toks) || t.toks[hi].Form != "," || lo != hi+1 || rhi >= v || t.toks[rhi].Form != "," {
			continue // an apposition stands between commas
		}
		if t.child(name, "cop", "case") >= 0 {
			continue
		}
		if d := t.child(role, "det"); d < 0 || d != lo {
			continue // "Ana, Ben and Eve": a list, not a role
		}
		t.rehang(role, name, "appos")
	}
}

// reducedRelatives mends a noun with a participle of saying or believing
// before the main verb: in "A man believed to have started the fire was
// detained" the parse makes the participle the main verb, or hangs the
// main verb inside the participle's clause, or gives the main verb the
// wrong subject. The noun is the main verb's subject; the participle
// (passive: the noun is what is believed) hangs on the noun.
func (t *tree) reducedRelatives() {
	for p := 1; p+2 < len(t.toks); p++ {
		x := t.toks[p].XPOS
		if x != "VBN" && x != "VBD" || !reducedRelativeVerbs[t.lemma(p)] || !isNominal(t.toks[p-1]) || t.child(p, "aux", "aux:pass") >= 0 {
			continue
		}
		// the participle's complement: "to have ...", "to be ...", "of ..."
		next := strings.ToLower(t.toks[p+1].Form)
		if next != "to" && next != "of" {
			continue
		}
		if next == "to" && t.toks[p+2].UPOS != "VERB" && t.toks[p+2].UPOS != "AUX" {
			continue
		}
		n := t.nounEnding(p - 1)
		if n < 0 {
			continue
		}
		f, v := t.finiteAfter(p + 2)
		if v < 0 {
			continue
		}
		t.mendReduced(n, p, f, v)
	}
}

// reducedRelativeVerbs are the verbs whose passive participle after a
// noun, with an infinitive or "of" after it, is a reduced relative clause:
// "a man suspected of theft", "a ship believed to have sunk".
var reducedRelativeVerbs = map[string]bool{
	"suspect": true, "believe": true, "think": true, "say": true, "report": true, "know": true,
	"allege": true, "accuse": true, "fear": true, "presume": true, "rumour": true, "rumor": true,
	"understand": true, "expect": true, "claim": true, "consider": true, "estimate": true,
}

// nounEnding is the head of the noun phrase whose last word is token e: e
// itself, or the noun e's phrase belongs to ("the owner of the ship").
func (t *tree) nounEnding(e int) int {
	n := e
	for steps := 0; steps < len(t.toks); steps++ {
		h := t.head(n)
		if h < 0 || !isNominal(t.toks[h]) || !t.is(n, "compound", "flat", "nmod", "appos", "nummod") {
			break
		}
		if _, hi := t.span(h, func(k int) bool { return t.is(k, "acl", "acl:relcl", "punct") }); hi != e+1 {
			break
		}
		n = h
	}
	return n
}

// finiteAfter finds the first finite verb group from token i on, in the
// same stretch of the sentence (no comma, dash or relative pronoun
// before it): its first word f and its verb v, or -1.
func (t *tree) finiteAfter(i int) (f, v int) {
	for k := i; k < len(t.toks); k++ {
		tok := t.toks[k]
		switch {
		case tok.UPOS == "PUNCT" || isRelativePronoun(tok) || tok.UPOS == "SCONJ" || tok.UPOS == "CCONJ":
			return -1, -1
		case tok.XPOS == "MD" || tok.XPOS == "VBD" || tok.XPOS == "VBZ" || tok.XPOS == "VBP":
			v := k
			if tok.UPOS == "AUX" {
				v = t.head(k)
				if v < k || t.toks[v].UPOS != "VERB" && t.child(v, "cop") < 0 {
					return -1, -1
				}
			}
			return k, v
		}
	}
	return -1, -1
}

// mendReduced hangs the main verb v (its group opening at f) at the root
// with noun n as its subject, and participle p on the noun; what the parse
// hung from the main verb between p and f belongs to the participle's
// clause, and what came after f and hung before it belongs to v.
func (t *tree) mendReduced(n, p, f, v int) {
	root := -1
	for k := range t.toks {
		if t.head(k) < 0 {
			root = k
			break
		}
	}
	// only a parse whose root is the noun, the participle, the main verb
	// or a verb between them: else it read the sentence some other way
	if root != n && root != p && root != v && (root < p || root >= f) {
		return
	}
	if t.head(n) == v && t.is(n, "nsubj", "nsubj:pass") && t.head(p) == n && t.is(p, "acl") {
		return // read right
	}
	// the complement's own verb: "to have supplied", "of stealing"
	x := -1
	for k := p + 1; k < f; k++ {
		if t.toks[k].UPOS == "VERB" || t.child(k, "cop") >= 0 {
			x = k
			break
		}
	}
	subj := "nsubj"
	if t.child(v, "aux:pass") >= 0 {
		subj = "nsubj:pass"
	}
	t.rehang(v, -1, "root")
	t.rehang(n, v, subj)
	t.rehang(p, n, "acl")
	t.toks[p].XPOS = "VBN" // "two men thought to have helped": a participle
	if x >= 0 && t.head(x) != p && !t.within(x, p) {
		t.rehang(x, p, "xcomp")
	}
	for k := range t.toks {
		if k == v || k == n || k == p {
			continue
		}
		h := t.head(k)
		switch {
		case k > p && k < f && x >= 0 && k != x && (h == v || h < 0 || h >= f):
			// "the gun" of "suspected to have supplied the gun ... was
			// arrested", taken for the subject of "arrested"
			rel := "obj"
			if t.child(x, "obj") >= 0 || t.child(k, "case") >= 0 {
				rel = "obl"
			}
			if !isNominal(t.toks[k]) {
				rel = "dep"
			}
			if !t.within(x, k) {
				t.rehang(k, x, rel)
			}
		case k >= f && h >= 0 && h < f && !t.within(v, k) && (h == n || h == p || t.within(h, p)):
			if !t.within(v, h) || h < p {
				t.rehang(k, v, t.rel(k))
			}
		}
	}
	// the main verb's auxiliaries are its own
	for k := f; k < v; k++ {
		if t.toks[k].UPOS == "AUX" && t.head(k) != v {
			t.rehang(k, v, "aux")
		}
	}
}

// clausalObjects mends a reported clause whose subject the parse took for
// the reporting verb's object and whose verb it hung elsewhere: in "The
// ministry indicated no aid will come without reform" the ministry
// indicated a clause, "no aid will come", and the clause's own subject
// denies its act, not the indicating. The clause's verb may hang on the
// reporting verb, on the object, or one verb higher ("went on to say
// thousands of deaths could be prevented", "told the BBC police suspect
// the attackers had been ..."); its "that" may have been given to the
// subject ("argued that the true intent was to shut down debate"); and
// "was to" may open it ("alleged the purpose was to circumvent ..."). Cut
// at the noun, what was reported loses its point.
func (t *tree) clausalObjects() {
	for v := range t.toks {
		lemma := t.lemma(v)
		if t.toks[v].UPOS != "VERB" || !embeds(lemma) {
			continue
		}
		o, marked, clausal := t.child(v, "obj"), -1, -1
		if c := t.child(v, "ccomp"); c >= 0 && o < 0 {
			// "argued that the true intent ... was to shut down": a bare
			// noun with the clause's "that" is the subject of a verb after it
			m := t.child(c, "mark")
			if m < 0 || m != t.firstOf(c) || !strings.EqualFold(t.toks[m].Form, "that") || !isNominal(t.toks[c]) ||
				t.toks[c].UPOS == "PRON" || t.child(c, "cop", "nsubj", "nsubj:pass", "aux") >= 0 || len(t.children(v, "ccomp")) > 1 {
				continue
			}
			o, marked = c, m
		} else if c >= 0 && (c < o || t.subjectChild(c) >= 0) {
			continue // a clause with a subject of its own
		} else if c >= 0 {
			clausal = c // "alleged the purpose was to ...": the parse saw the clause, not its subject
		}
		// "told the station that the area is quiet", the clause read as a
		// relative clause on whom it was told: a relative clause needs a
		// gap, and one whose "that" is a mark has none
		for _, o := range t.children(v, "obj", "iobj") {
			for _, x := range t.children(o, "acl:relcl") {
				if m := t.child(x, "mark"); m >= 0 && m == t.firstOf(x) && strings.EqualFold(t.toks[m].Form, "that") && t.subjectChild(x) >= 0 {
					t.rehang(x, v, "ccomp")
				}
			}
		}
		if o < 0 || o < v {
			continue
		}
		// the clause's verb: hung on the reporting verb, or on the object
		// as a participle ("claimed the firm knew", knew read as a
		// participle on the firm), or on the verb the reporting verb hangs from
		candidates := t.children(v, "advcl", "parataxis", "conj", "dep", "xcomp")
		if clausal >= 0 {
			candidates = []int{clausal}
		}
		for _, x := range t.children(o, "acl") {
			if !t.is(x, "acl:relcl") && (finiteTag(t.toks[x].XPOS) || t.participleContent(x)) && t.firstOf(x) == x {
				candidates = append(candidates, x)
			}
		}
		if h := t.head(v); h >= 0 && t.is(v, "xcomp", "ccomp") {
			for _, x := range t.children(h, "advcl", "parataxis", "dep", "ccomp") {
				if x > o {
					candidates = append(candidates, x)
				}
			}
		}
		for _, x := range candidates {
			// "asked Ana to stay" is an infinitive, its subject the object:
			// only a verb with a tense of its own heads a clause
			_, hi := t.span(o, func(k int) bool { return k == x })
			if x < o || t.toks[x].UPOS != "VERB" && t.child(x, "cop") < 0 || !t.finite(x) && !t.participleContent(x) ||
				t.child(x, "nsubj", "nsubj:pass", "csubj", "cc") >= 0 || t.child(x, "mark") >= 0 && !t.beTo(x) {
				continue
			}
			between, ok := t.subjectRest(v, o, hi, t.firstOf(x))
			if !ok || len(between) > 0 && (x == clausal || !t.within(x, v)) {
				continue // a phrase of the verb the parse chose (or of the verb above) is no part of the subject: "reported Netflix due to the death have delayed"
			}
			rel := "nsubj"
			if t.child(x, "aux:pass") >= 0 {
				rel = "nsubj:pass"
			}
			t.rehang(x, v, "ccomp")
			t.rehang(o, x, rel)
			if marked >= 0 {
				t.rehang(marked, x, "mark")
			}
			if b := t.child(x, "aux"); b >= 0 && t.beTo(x) && t.lemma(b) == "be" && t.toks[o].UPOS == "NOUN" {
				// "the intent was to shut down debate": the intent is no
				// one who shuts anything down; "was to" says what it is
				t.rehang(b, x, "cop")
			}
			for _, k := range between {
				t.rehang(k, o, "nmod")
			}
			break
		}
	}
}

// beTo reports a verb opened by a form of "be" and "to", its mark: "was
// to shut down debate", "is only to protect": the plan or purpose of the
// subject before it, a clause with a tense of its own.
func (t *tree) beTo(x int) bool {
	m := -1 // the "to" ("that was to shut down" has two marks)
	for _, k := range t.children(x, "mark") {
		if k < x && strings.EqualFold(t.toks[k].Form, "to") {
			m = k
		}
	}
	if m < 0 {
		return false
	}
	for _, b := range t.children(x, "cop", "aux") {
		if b < m && t.lemma(b) == "be" && finiteTag(t.toks[b].XPOS) {
			return true
		}
	}
	return false
}

// subjectRest reports whether the tokens from lo up to hi, between the
// object of verb v and a clause after it, can be the rest of that object
// as the clause's subject, and lists the phrases of v among them: none,
// quotation marks ("added officials \"are still waiting\""), the comma
// that closes the object's apposition ("announced two players, Ana and
// Eva, were suspended"), or
// prepositional phrases the parse hung on v that are no time ("announced
// the recorder from Flight 610 has been recovered": the recorder from
// the flight was recovered).
func (t *tree) subjectRest(v, o, lo, hi int) ([]int, bool) {
	var phrases []int
	// a comma closes an apposition or a relative clause the object
	// opened; after an object without one, it parts two acts of one
	// subject ("denied the claims, called them lies")
	opened := slices.ContainsFunc(t.toks[t.firstOf(o):lo], func(tok analysis.Token) bool { return tok.Form == "," })
	for k := lo; k < hi; {
		if isQuote(t.toks[k].Form) || t.toks[k].UPOS == "PUNCT" && opened {
			k++
			continue
		}
		c := k
		for steps := 0; c >= 0 && t.head(c) != v && steps < len(t.toks); steps++ {
			c = t.head(c)
		}
		if c < 0 || t.firstOf(c) != k || !t.is(c, "obl") || t.preposition(c) == "" || t.timeNoun(c) {
			return nil, false
		}
		_, end := t.span(c, nil)
		if end > hi {
			return nil, false
		}
		for m := k; m < end; m++ {
			if t.toks[m].UPOS == "CCONJ" {
				return nil, false // "showed support at one percent and a poll rounded it": a second clause's subject ran into the phrase
			}
		}
		phrases = append(phrases, c)
		k = end
	}
	return phrases, true
}

// objectComplements mends an infinitive the parse hung on the object of
// a verb that asks or lets its object act: in "advised residents of the
// city to make plans" the residents are to make plans, as the verb's open
// complement, not a kind of residents.
func (t *tree) objectComplements() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || t.child(v, "xcomp", "ccomp") >= 0 {
			continue
		}
		lemma := t.lemma(v)
		if !analysis.IsDirectiveVerb(lemma) && !analysis.IsModalVerb(lemma) {
			continue
		}
		o := t.child(v, "obj", "iobj")
		if o < v || !isNominal(t.toks[o]) {
			continue
		}
		for _, x := range t.children(o, "acl") {
			if x > o && t.toInfinitive(x) && !t.is(x, "acl:relcl") {
				t.rehang(x, v, "xcomp")
				break
			}
		}
		if t.child(v, "xcomp") >= 0 || !analysis.IsDirectiveVerb(lemma) || lemma == "press" && t.toks[o].UPOS == "NOUN" {
			continue // "seek a remedy to extend", "press the lever to open": a purpose
		}
		// "pressed the council to act", the infinitive read as the verb's
		// purpose: right after the object, it is what the object is asked to do
		_, hi := t.span(o, nil)
		for _, x := range t.children(v, "advcl") {
			if lo, _ := t.span(x, nil); lo == hi && t.toInfinitive(x) {
				t.rehang(x, v, "xcomp")
				break
			}
		}
	}
}

// toInfinitive reports a bare verb marked by "to": "to join the project".
func (t *tree) toInfinitive(x int) bool { return t.toks[x].XPOS == "VB" && t.toMark(x) }

// rootParticiple mends a sentence whose root the parse made a noun with
// a past tense hung on it as a participle: "Hawkins called for the
// nationalization of the bank" read as a Hawkins who was called. A verb
// right after the noun's phrase with a prepositional object it takes
// ("call for", "vote against") or an object of its own is the noun's act,
// and verbs coordinated with the noun are coordinated with the act.
func (t *tree) rootParticiple() {
	for n := range t.toks {
		if t.head(n) >= 0 || !isNominal(t.toks[n]) || t.child(n, "cop", "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		for _, x := range t.children(n, "acl") {
			if t.is(x, "acl:relcl") || t.toks[x].UPOS != "VERB" || t.toks[x].XPOS != "VBN" && t.toks[x].XPOS != "VBD" ||
				t.child(x, "aux", "aux:pass", "mark", "nsubj", "nsubj:pass") >= 0 {
				continue
			}
			if _, hi := t.span(n, func(k int) bool { return k >= x }); hi != x {
				continue // a comma or other words between: an apposition's participle
			}
			if !t.prepositionalVerb(x) {
				continue
			}
			t.rehang(x, -1, "root")
			t.rehang(n, x, "nsubj")
			for _, k := range slices.Clone(t.kids[n]) {
				if k > x && (t.is(k, "conj") && t.toks[k].UPOS == "VERB" || t.is(k, "punct") && k == len(t.toks)-1) {
					t.rehang(k, x, t.rel(k))
				}
			}
			return
		}
	}
}

// prepositionalVerb reports a verb whose first phrase after it is the
// prepositional object a verb of prepositionalVerbs takes: "called for
// talks", "voted against the bill".
func (t *tree) prepositionalVerb(x int) bool {
	if x+1 >= len(t.toks) {
		return false
	}
	p := strings.ToLower(t.toks[x+1].Form)
	for _, k := range t.children(x, "obl") {
		if t.child(k, "case") == x+1 && slices.Contains(prepositionalVerbs[t.lemma(x)], p) {
			return true
		}
	}
	return false
}

// prepositionalVerbs are verbs with the prepositions whose phrase is
// their object, not a circumstance: "call for" asks for something, and a
// "Hawkins called for talks" is no Hawkins who was called.
var prepositionalVerbs = map[string][]string{
	"call": {"for", "on"}, "ask": {"for"}, "push": {"for"}, "press": {"for"}, "argue": {"for", "against"},
	"vote": {"for", "against"}, "campaign": {"for", "against"}, "lobby": {"for", "against"},
	"apply": {"for"}, "opt": {"for"}, "account": {"for"}, "search": {"for"}, "look": {"for", "at", "into"},
	"wait": {"for"}, "pray": {"for"}, "hope": {"for"}, "advocate": {"for"}, "fight": {"for", "against"},
	"warn": {"of", "against", "about"}, "rule": {"on", "out"}, "comment": {"on"}, "insist": {"on"},
	"agree": {"to", "on", "with"}, "object": {"to"}, "respond": {"to"}, "react": {"to"}, "refer": {"to"},
	"point": {"to"}, "lead": {"to"}, "contribute": {"to"}, "deal": {"with"}, "side": {"with"},
	"result": {"in"}, "participate": {"in"}, "engage": {"in"}, "invest": {"in"}, "focus": {"on"},
	"rely": {"on"}, "depend": {"on"}, "embark": {"on"}, "hint": {"at"}, "talk": {"about", "to", "with"},
	"speak": {"about", "to", "with", "of", "out"}, "complain": {"about", "of"}, "testify": {"about", "to"},
	"go": {"through"}, "listen": {"to"}, "belong": {"to"}, "amount": {"to"}, "succeed": {"in"},
}

// bareObliques mends a noun phrase right after a verb that the parse
// labelled an oblique though no preposition opens it: "defeated incumbent
// Senator Ana Ruiz", the name read as a circumstance. With no object of
// its own, the verb's phrase is its object; a time ("left last week") or
// a measure ("rose 5 percent") stays as it is.
func (t *tree) bareObliques() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || t.child(v, "nsubj") < 0 || t.child(v, "obj", "iobj", "ccomp", "xcomp", "aux:pass", "cop") >= 0 ||
			v > 0 && t.toks[v-1].Form == "-" {
			continue // a verb with no subject of its own, or the end of "two-legged", may be a modifier
		}
		for _, k := range t.children(v, "obl") {
			if k < v || t.child(k, "case") >= 0 || t.toks[k].UPOS != "PROPN" && t.toks[k].UPOS != "NOUN" ||
				t.timeNoun(k) || t.timePhrase(k) || t.firstOf(k) != v+1 || t.toks[v+1].UPOS == "ADP" || mannerNouns[t.lemma(k)] {
				continue
			}
			if t.child(k, "nummod") >= 0 {
				continue // "rose 5 percent", "walked three miles": a measure
			}
			t.rehang(k, v, "obj")
			break
		}
	}
}

// mannerNouns head the bare phrases of manner and degree that follow a
// verb without being its object: "struggle a lot", "work a little bit",
// "stay the way it is", "go both ways", "change all the time".
var mannerNouns = map[string]bool{"way": true, "lot": true, "bit": true, "time": true, "while": true, "deal": true}

// nounObjects mends a subject the parse hung on a noun before it as an
// object: in "and in fact the project is based on the community" the
// project became the object of "fact", and the passive verb after it lost
// its subject (the coordination then lends it the first clause's). A noun
// takes no object; a phrase so hung, followed only by auxiliaries and
// adverbs before a verb with no subject, is that verb's subject.
func (t *tree) nounObjects() {
	for k := range t.toks {
		h := t.head(k)
		if !t.is(k, "obj") || h < 0 || t.toks[h].UPOS != "NOUN" && t.toks[h].UPOS != "PROPN" || !isNominal(t.toks[k]) {
			continue
		}
		_, hi := t.span(k, nil)
		v := hi
		for v < len(t.toks) && (t.toks[v].UPOS == "AUX" || t.toks[v].UPOS == "ADV" || t.toks[v].UPOS == "PART") {
			v++
		}
		if v == hi || v >= len(t.toks) || t.toks[v].UPOS != "VERB" || t.subjectChild(v) >= 0 || t.within(v, k) {
			continue // an auxiliary must stand between: "the project is based"
		}
		rel := "nsubj"
		if t.child(v, "aux:pass") >= 0 {
			rel = "nsubj:pass"
		}
		t.rehang(k, v, rel)
	}
}

// infinitiveNouns mends an infinitive the parse read as a noun after the
// preposition "to": in "Both nations agreed to exchange 1,200 prisoners"
// "exchange" took "to" as its case and still an object of its own. A noun
// takes no object: the word is a verb, "to" its mark, and on a verb it is
// that verb's open complement.
func (t *tree) infinitiveNouns() {
	for n := 1; n < len(t.toks); n++ {
		c := n - 1
		if t.toks[n].UPOS != "NOUN" || t.head(c) != n || !t.is(c, "case") || !strings.EqualFold(t.toks[c].Form, "to") {
			continue
		}
		o := t.child(n, "obj")
		if o < n {
			continue
		}
		t.own()
		t.toks[n].UPOS, t.toks[n].XPOS = "VERB", "VB"
		t.toks[c].UPOS, t.toks[c].XPOS, t.toks[c].Deprel = "PART", "TO", "mark"
		if h := t.head(n); h >= 0 && t.toks[h].UPOS == "VERB" && t.is(n, "obl") {
			t.rehang(n, h, "xcomp")
		}
	}
}
