package extract

import (
	"slices"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// Clauses reads statements off the dependency parse, in the spirit of
// ClausIE and MinIE: each clause gives its subject, verb, objects and
// qualifiers; passives with a named agent turn active; coordinated verbs,
// subjects and objects split; verb chains keep the main act and record the
// modality ("offered to return": return, offer); reported speech and
// "according to" become attribution. It needs a parsed sentence; ByParse
// sends the others elsewhere.
type Clauses struct{}

// Extract implements Extractor.
func (Clauses) Extract(doc string, s *analysis.Sentence) []annals.Statement {
	return clauseStatements(doc, s)
}

// clause is what one clause of a sentence says.
type clause struct {
	verb      int // the act: the last verb of a chain, or the predicate of a copula
	top       int // where the clause hangs in the tree: the first verb of the chain
	cop       int // the copula, or -1
	predLo    int // token range of the verb group
	predHi    int
	subjects  []int
	subjKind  subjectKind
	subjChunk *analysis.Chunk // the subject's tokens when patterns, not the parse, found it
	objects   []int
	objRange  [2]int // a clausal object's token range, when objects is empty
	idiom     string // a light verb and its noun that make the predicate ("pay tribute"), or ""
	idiomNoun int    // the noun of the idiom
	objPrep   string // the preposition of an idiom's object ("to" of "pay tribute to")
	rangePrep string // the preposition of a widened object ("on" of "called on the banks to cut rates")
	quals     []int  // heads of the prepositional and adverbial phrases
	modality  string
	negated   bool
	passive   bool // the act's subject is its patient
	auxPass   bool // a passive auxiliary in the verb group, of the act or of a verb chained to it
	agent     bool // the subject is a passive's "by" phrase
	raised    bool // the subject is a passive's of saying or believing ("is said to have made")
	source    int  // head of an "according to" phrase, or -1
	speaker   []int
	according *annals.Argument // "according to X" elsewhere in the sentence
	shaky     float64          // how much a reading the parse makes doubtful costs the confidence

	// a verb of giving's recipient among quals, and the preposition its
	// role implies ("granted Ana a pardon": to Ana); recipientPrep "" for none
	recipient     int
	recipientPrep string
}

// clauseStatements makes the statements of one parsed sentence.
func clauseStatements(doc string, s *analysis.Sentence) []annals.Statement {
	t := newTree(s)
	t.repair()
	qs := questions(t.toks)
	var clauses []*clause
	for v := range t.toks {
		if inQuestion(qs, v) {
			continue
		}
		if c := t.clauseAt(v); c != nil {
			clauses = append(clauses, c)
		}
	}
	t.assert(clauses)
	t.strandedFinite(clauses)
	clauses = t.withoutFragments(clauses)
	var out []annals.Statement
	for _, c := range clauses {
		out = append(out, t.statements(doc, c)...)
	}
	for h := range t.toks {
		if st, ok := t.roleStatement(doc, h); ok {
			out = append(out, st)
		}
	}
	return out
}

// roleStatement reads a role off an apposition: "Rustem Umerov, Ukraine's
// lead negotiator" → Rustem Umerov · lead negotiator of · Ukraine; "Dmitry
// Peskov, spokesperson for the Kremlin" → spokesperson for · Kremlin. The
// role's words are the predicate; whom the role is held for, the object.
func (t *tree) roleStatement(doc string, h int) (annals.Statement, bool) {
	ap := t.child(h, "appos")
	if ap < 0 || !isNominal(t.toks[h]) {
		return annals.Statement{}, false
	}
	name, role := h, ap
	if t.toks[h].UPOS != "PROPN" {
		name, role = ap, h
	}
	if t.toks[name].UPOS != "PROPN" || t.toks[role].UPOS != "NOUN" {
		return annals.Statement{}, false
	}
	holder := t.child(role, "nmod:poss")
	prep := "of"
	if holder < 0 {
		for _, k := range t.children(role, "nmod") {
			if p := t.preposition(k); p == "of" || p == "for" || p == "at" || p == "to" {
				holder, prep = k, p
				break
			}
		}
	}
	// the role's own words: the noun and its close modifiers
	lo, hi := t.span(role, func(k int) bool {
		return !t.is(k, "compound", "amod", "flat") || k > role
	})
	if lo > role || hi <= role {
		return annals.Statement{}, false
	}
	words := strings.ToLower(join(t.s, lo, hi).Text)
	st := annals.Statement{
		Doc: doc, Sentence: t.s.Index,
		Subject:   t.argument(name, false),
		Predicate: annals.Predicate{Span: join(t.s, lo, hi), Lemma: words},
	}
	if holder >= 0 {
		st.Predicate.Lemma = words + " " + prep
		o := t.argument(holder, true)
		st.Object = &o
	}
	st.Subject.Norm = "" // the name alone is the subject here, not the apposition
	nlo, nhi := t.span(name, func(k int) bool { return !t.is(k, "flat", "compound") })
	st.Subject.Span = join(t.s, nlo, nhi)
	st.Confidence, st.Role = annals.RoleConfidence, true
	st.ID = annals.StatementID(&st)
	return st, true
}

// chainHead reports whether a verb hands its statement to the verb it governs.
func chainHead(lemma string) bool {
	return analysis.IsModalVerb(lemma) || analysis.IsDenyingVerb(lemma) || analysis.IsAspectVerb(lemma)
}

// chains reports whether verb v hands its statement to the verb x it
// governs: a chain verb ("offered to return"), "have to" and "has yet to",
// "is going to" and "used to".
func (t *tree) chains(v, x int) bool {
	lemma := t.lemma(v)
	if t.reportedPassive(v, x) {
		return true
	}
	if !t.is(x, "xcomp") {
		return false
	}
	switch t.toks[x].XPOS {
	case "VBD", "VBZ", "VBP":
		return false // "claimed Ana complained": a clause of its own, misread
	}
	to := t.child(x, "mark") >= 0 && strings.EqualFold(t.toks[t.child(x, "mark")].Form, "to")
	if o := t.child(v, "obj", "iobj"); o >= 0 && o > v && o < x && isNominal(t.toks[o]) && analysis.IsModalVerb(lemma) && lemma != "promise" && lemma != "threaten" {
		return false // "asked Russia to leave": Russia is to leave
	}
	if chainHead(lemma) {
		// "claimed to have won" chains; "claimed fires were set", the
		// clause read as a complement, does not
		return to || !analysis.IsClaimingVerb(lemma)
	}
	switch lemma {
	case "have":
		// "have conceded" read as a verb and its complement: the perfect
		// "have plans to expand" is no "have to"
		if o := t.child(v, "obj"); o >= 0 && o < x {
			return false
		}
		return to || x > v && t.toks[x].XPOS == "VBN" && t.toks[v].UPOS == "VERB" && t.child(v, "obj") < 0
	case "be":
		return to
	case "go":
		return to && t.toks[v].XPOS == "VBG"
	case "use":
		return t.usedTo(v, x) // "used to write": the writing, habitually
	}
	return false
}

// reportedPassive reports a passive verb of saying or believing that
// hands its statement to the verb it governs: "is believed to have fled",
// "a man suspected of stealing a car", "was said to be ill". Whoever
// believes or says it is not named; the act is not the text's own fact.
func (t *tree) reportedPassive(v, x int) bool {
	if !reducedRelativeVerbs[t.lemma(v)] || t.toks[v].XPOS != "VBN" || t.toks[x].UPOS != "VERB" && t.child(x, "cop") < 0 {
		return false
	}
	if t.child(v, "aux:pass") < 0 && !(t.is(v, "acl") && t.child(v, "aux") < 0) {
		return false
	}
	switch {
	case t.is(x, "xcomp", "ccomp"):
		m := t.child(x, "mark")
		return m >= 0 && m < x && strings.EqualFold(t.toks[m].Form, "to")
	case t.is(x, "advcl"):
		m := t.child(x, "mark")
		return m >= 0 && m < x && strings.EqualFold(t.toks[m].Form, "of") && t.toks[x].XPOS == "VBG"
	}
	return false
}

// chainChild is the verb that verb v hands its statement to, or -1.
func (t *tree) chainChild(v int) int {
	for _, x := range t.children(v, "xcomp", "advcl", "ccomp") {
		if t.toks[x].UPOS == "VERB" && t.chains(v, x) || t.reportedPassive(v, x) || t.yetToBe(v, x) || t.goingToBe(v, x) {
			return x
		}
	}
	return -1
}

// yet reports "yet" among the adverbs of v: "has yet to", "is yet to".
func (t *tree) yet(v int) bool {
	for _, k := range t.children(v, "advmod") {
		if strings.EqualFold(t.toks[k].Form, "yet") {
			return true
		}
	}
	return false
}

// adjectiveChain gives an infinitive that completes an adjective what the
// adjective says of it: "is not ready to talk" (not, ready), "is unable
// to pay" (not), "are set to resume" (set), "is likely to win" (likely).
// The act has not happened; the adjective's negation is the act's.
func (t *tree) adjectiveChain(c *clause) {
	if !t.is(c.top, "xcomp") {
		return
	}
	h := t.head(c.top)
	if h < 0 || t.toks[h].UPOS != "ADJ" && !(t.toks[h].UPOS == "VERB" && t.toks[h].XPOS == "VBN" && t.child(h, "cop", "aux:pass") >= 0) {
		return
	}
	if l := t.lemma(h); t.toks[h].UPOS == "VERB" && l != "set" && l != "poise" && l != "slate" {
		return // "was forced to resign" happened
	}
	for _, k := range t.children(h, "advmod") {
		if negation(t.toks[k]) {
			c.negated = !c.negated
		}
	}
	lemma := t.lemma(h)
	switch {
	case lemma == "unable" || lemma == "unwilling":
		c.negated = !c.negated
	case c.modality != "" && c.modality != "will" && c.modality != "would":
	default:
		c.modality = lemma
	}
	for _, k := range t.children(h, "aux") {
		if t.toks[k].XPOS == "MD" && c.modality == "" {
			c.modality = analysis.ModalLemma(strings.ToLower(t.toks[k].Form))
		}
	}
}

// clauseRels are the relations by which a clause hangs in a sentence.
var clauseRels = []string{"root", "conj", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj"}

// clauseAt returns the clause whose act is token v, or nil.
func (t *tree) clauseAt(v int) *clause {
	tok := t.toks[v]
	c := &clause{verb: v, top: v, cop: t.child(v, "cop"), source: -1}
	if tok.UPOS == "VERB" && t.toMark(v) && (c.cop >= 0 || t.beforeTo(v)) && t.plannedAct(v) {
		c.cop, c.modality = -1, "to" // the infinitive's act, arranged or planned, not a state of being
	}
	switch {
	case c.cop >= 0:
	case tok.UPOS == "VERB":
	default:
		return nil
	}
	if !t.is(v, clauseRels...) || t.accordingAt(v) || t.hedge(v) {
		return nil
	}
	if c.cop < 0 {
		// a chain verb speaks through the verb it governs
		if t.chainChild(v) >= 0 {
			return nil
		}
	}
	// climb the chain: offered → to return
	for t.is(c.top, "xcomp", "advcl", "ccomp") {
		h := t.head(c.top)
		if h < 0 || t.toks[h].UPOS != "VERB" || !t.chains(h, c.top) {
			break
		}
		lemma := t.lemma(h)
		switch {
		case t.reportedPassive(h, c.top) && !chainHead(lemma):
			c.raised = true
			if c.modality == "" && lemma != "know" {
				c.modality = lemma // "is believed to have fled": what others believe
			}
		case analysis.IsDenyingVerb(lemma):
			c.negated = !c.negated
		case t.child(h, "advmod") >= 0 && t.yet(h) && !t.negatedBy(h):
			c.negated = !c.negated // "has yet to concede": not yet
		case c.modality != "":
		case analysis.IsModalVerb(lemma) || lemma == "have" && t.toks[c.top].XPOS == "VB":
			c.modality = lemma // "has to leave"; not the perfect "has left"
		case lemma == "go":
			c.modality = "will" // "is going to visit"
		}
		c.top = h
	}
	if !t.strayInfinitive(c) || t.unnamedActor(c) {
		return nil
	}
	t.endedComplement(c)
	if t.excessiveChain(c) {
		return nil // "too precious to be used": it is not to be
	}
	t.adjectiveChain(c)
	t.controlled(c)
	t.passiveDirective(c)
	t.purpose(c)
	t.verbGroup(c)
	t.findSubjects(c)
	if len(c.subjects) == 0 {
		return nil
	}
	t.findObjects(c)
	t.sharedQualifiers(c)
	return c
}

// controlled gives an open complement whose subject is its verb's object
// what that verb says of it: "urged Russia to leave" and "will allow
// users to vote" are no act yet (urge, will); "forced him to resign" and
// "helped her win" happened.
func (t *tree) controlled(c *clause) {
	if !t.is(c.top, "xcomp") || c.modality != "" && !futureModal(c.modality) {
		return
	}
	h := t.head(c.top)
	if h < 0 || t.toks[h].UPOS != "VERB" || t.chains(h, c.top) || t.child(h, "obj", "iobj") < 0 {
		return
	}
	lemma := t.lemma(h)
	switch {
	case lemma == "have" && t.toMark(c.top):
		c.modality = "to" // "have plans to expand": what is meant, not done
		return
	case lemma == "have" || lemma == "be":
		return // "had the car repaired"
	}
	if analysis.IsDirectiveVerb(lemma) || analysis.IsModalVerb(lemma) {
		c.modality = lemma
		return
	}
	for _, k := range t.children(h, "aux") {
		if t.toks[k].XPOS == "MD" && c.modality == "" {
			c.modality = analysis.ModalLemma(strings.ToLower(t.toks[k].Form))
		}
	}
}

// beforeTo reports an auxiliary "be" before the "to" of infinitive v, as
// the parse has "were to investigate" at times.
func (t *tree) beforeTo(v int) bool {
	m := t.child(v, "mark")
	for _, k := range t.children(v, "aux") {
		if k < m && t.lemma(k) == "be" {
			return true
		}
	}
	return false
}

// plannedAct reports "X is to V" with X a name or a personal pronoun: "the
// board was to meet on Friday", "she is to send a bill" state an arranged
// act of X's. With other subjects the infinitive says what the subject is
// for ("the aim is to reduce emissions", "the invasion was to prevent a
// corridor"), no act of its own.
func (t *tree) plannedAct(v int) bool {
	for _, k := range t.children(v, "nsubj", "nsubj:outer") {
		switch t.toks[k].UPOS {
		case "PROPN":
			return true
		case "PRON":
			f := strings.ToLower(t.toks[k].Form)
			return f != "it" && analysis.IsStandalonePronoun(f)
		case "NOUN":
			return analysis.IsAcronym(t.toks[k].Form) // "the NTSB"
		}
	}
	return false
}

// toMark reports a verb that "to" introduces: an infinitive.
func (t *tree) toMark(v int) bool {
	m := t.child(v, "mark")
	return m >= 0 && m < v && strings.EqualFold(t.toks[m].Form, "to")
}

// purpose gives an infinitive on a noun the modality "to": "talks to
// end the war", "plans to expand" name what is meant, not what was done;
// but "the first woman to win" won.
func (t *tree) purpose(c *clause) {
	if c.modality != "" || !t.infinitiveOnNoun(c) || t.child(c.top, "mark") < 0 {
		return
	}
	for _, k := range t.children(t.head(c.top), "amod", "nummod") {
		switch strings.ToLower(t.toks[k].Form) {
		case "first", "second", "third", "last", "only", "latest":
			return
		}
		if t.toks[k].XPOS == "JJS" {
			return // "the youngest player to score"
		}
	}
	c.modality = "to"
}

// sharedAuxiliaries gives a coordinated verb with no auxiliary of its own
// the negation and the modal of the first verb it shares its subject with:
// "did not concede or admit defeat" admits nothing either, "will visit and
// meet" meets only in the future.
func (t *tree) sharedAuxiliaries(c *clause, first int) {
	if t.child(c.top, "aux", "aux:pass") >= 0 || t.child(c.top, "advmod") >= 0 && t.negatedBy(c.top) {
		return
	}
	if t.negatedBy(first) && !t.contrasted(c.top) {
		c.negated = !c.negated // but "did not win but came second" came second
	}
	for _, k := range t.children(first, "aux") {
		if t.toks[k].XPOS == "MD" && c.modality == "" {
			c.modality = analysis.ModalLemma(strings.ToLower(t.toks[k].Form))
		}
	}
}

// negatedBy reports a verb that "not", "n't" or "never" negates.
func (t *tree) negatedBy(v int) bool {
	for _, k := range t.children(v, "advmod") {
		switch strings.ToLower(t.toks[k].Form) {
		case "not", "n't", "never":
			return true
		}
	}
	return false
}

// clauseAfter reports a clause that hangs on verb v after token k: what
// the verb says, however the parse hung it.
func (t *tree) clauseAfter(v, k int) bool {
	for _, x := range t.children(v, "ccomp", "xcomp", "advcl", "parataxis", "dep", "conj") {
		if x > k && (t.toks[x].UPOS == "VERB" || t.child(x, "cop") >= 0) {
			return true
		}
	}
	return false
}

// hearsay are the adverbs that pass an act on as others' word, and the
// modality they give it.
var hearsay = map[string]string{
	"allegedly": "allege", "reportedly": "report", "purportedly": "purport", "supposedly": "suppose",
}

// sharedQualifiers gives a coordinated verb the phrases that open the
// sentence before its first verb's subject: "In 2004, Ben opened a shop
// and hired two clerks" dates both acts.
func (t *tree) sharedQualifiers(c *clause) {
	if !t.is(c.top, "conj") || c.subjKind != subjectShared {
		return
	}
	h := c.top
	for steps := 0; steps < len(t.toks) && t.is(h, "conj") && t.head(h) >= 0; steps++ {
		h = t.head(h)
	}
	s := t.subjectChild(h)
	if s < 0 {
		return
	}
	var front []int
	for _, k := range t.kids[h] {
		if k < s && t.is(k, "obl") && t.preposition(k) != "according" {
			front = append(front, k)
		}
	}
	c.quals = append(front, c.quals...)
}

// verbGroup sets the verb group's range, modality, negation and voice from the
// auxiliaries and adverbs of the chain's verbs.
func (t *tree) verbGroup(c *clause) {
	// a chain runs left to right ("offered to return"), but a parse may
	// hang the last verb before the first ("the resolve ... tried")
	c.predLo, c.predHi = min(c.top, c.verb), max(c.top, c.verb)+1
	pred := c.verb
	if c.cop >= 0 {
		pred = c.cop
		c.predLo, c.predHi = c.cop, c.cop+1
	}
	verbs := []int{c.top}
	if c.verb != c.top {
		verbs = append(verbs, c.verb)
	}
	for _, v := range verbs {
		for _, k := range t.kids[v] {
			low := strings.ToLower(t.toks[k].Form)
			switch {
			case t.is(k, "aux", "aux:pass", "cop"):
				if k < pred {
					c.predLo = min(c.predLo, k)
				}
				if t.toks[k].XPOS == "MD" && c.modality == "" {
					c.modality = analysis.ModalLemma(low)
				}
				if t.is(k, "aux:pass") {
					c.auxPass = true
					if v == c.verb {
						c.passive = true // "is believed to have fled" is no passive of fleeing
					}
				}
			case t.is(k, "advmod") && (low == "not" || low == "n't" || low == "never"):
				if c.raised && v == c.top && v != c.verb {
					// "is not known to be toxic": not that it is not, but
					// that nobody says it is
					c.modality = t.lemma(v)
				} else {
					c.negated = !c.negated
				}
				if k < pred {
					c.predLo = min(c.predLo, k)
				}
			case t.is(k, "advmod") && low == "longer" && t.child(k, "advmod") >= 0:
				c.negated = !c.negated
			case t.is(k, "advmod") && hearsay[low] != "" && (c.modality == "" || futureModal(c.modality)):
				c.modality = hearsay[low] // "allegedly took bribes": not the text's fact
			case t.is(k, "compound:prt") && k == c.predHi:
				c.predHi = k + 1
			}
		}
	}
	if t.child(c.verb, "nsubj:pass") >= 0 {
		c.passive, c.auxPass = true, true
	}
	if m := t.child(c.top, "mark"); c.modality == "" && m >= 0 && m < c.top && strings.EqualFold(t.toks[m].Form, "to") &&
		t.toks[c.top].XPOS == "VB" && t.head(c.top) < 0 && t.subjectChild(c.top) >= 0 {
		c.modality = "to" // a headline's "Apple to cut prices": a plan, not yet an act
	}
}

// findSubjects finds who does the act: the clause's own subject, the
// antecedent of a relative pronoun, or the subject a coordinated, controlled
// or participial verb shares with the verb it hangs from.
func (t *tree) findSubjects(c *clause) {
	top := c.top
	if s := t.subjectChild(top); s >= 0 {
		if isRelativePronoun(t.toks[s]) {
			if h := t.head(top); h >= 0 && t.is(top, "acl:relcl", "advcl:relcl") {
				if t.toks[s].XPOS == "WP" { // "who": a person, the copula's subject
					c.subjects, c.subjKind = t.antecedent(h), subjectRelative
				} else {
					c.subjects, c.subjKind = []int{h}, subjectRelative
				}
			}
			return
		}
		if t.toks[s].UPOS == "PRON" && (strings.EqualFold(t.toks[s].Form, "there") || t.is(s, "expl")) ||
			possessive(t.toks[s]) { // "her drawings show ...": a noun taken for a verb
			return
		}
		c.subjects, c.subjKind = t.conjuncts(s), subjectAdjacent
		return
	}
	if t.subjectless[top] {
		return
	}
	h := t.head(top)
	if h < 0 {
		t.patternSubject(c) // a root without a subject: the parse lost it
		return
	}
	switch {
	case t.is(top, "conj"):
		// the first conjunct's subject: "confirmed ... and proposed ..."
		for steps := 0; steps < len(t.toks) && t.is(h, "conj") && t.child(h, "nsubj", "nsubj:pass") < 0; steps++ {
			if t.head(h) < 0 {
				break
			}
			h = t.head(h)
		}
		if s := t.child(h, "nsubj", "nsubj:pass"); s >= 0 && !isRelativePronoun(t.toks[s]) && !possessive(t.toks[s]) {
			c.subjects, c.subjKind = t.conjuncts(s), subjectShared
			if t.is(s, "nsubj:pass") && t.toks[top].XPOS == "VBN" && t.child(top, "aux", "aux:pass") < 0 && c.top == c.verb &&
				(t.child(top, "obj") < 0 || keepsObject(t.lemma(top))) {
				// "was arrested and charged": charged too; but in "who was
				// known for jazz, formed a band" the object shows the act
				c.passive = true
			}
			t.sharedAuxiliaries(c, h)
		} else if t.is(h, "acl:relcl") && t.head(h) >= 0 {
			c.subjects, c.subjKind = []int{t.head(h)}, subjectShared
		}
	case t.is(top, "ccomp") && t.toks[top].UPOS == "VERB":
		// "announced classes would be cancelled": the parse took the
		// clause's subject for the object of the verb that reports it
		if o := t.child(h, "obj"); o >= 0 && o < top && t.firstOf(top) > o && t.child(top, "mark") < 0 {
			c.subjects, c.subjKind = t.conjuncts(o), subjectAdjacent
			c.shaky += 0.05
		}
	case t.is(top, "xcomp"):
		if o := t.child(h, "obj", "iobj"); o >= 0 && o < top && !(t.lemma(h) == "have" && t.toMark(top)) {
			c.subjects, c.subjKind = []int{o}, subjectShared // "asked Russia to leave"
		} else if s := t.child(h, "nsubj"); s >= 0 && !isRelativePronoun(t.toks[s]) {
			c.subjects, c.subjKind = t.conjuncts(s), subjectShared
		}
	case t.is(top, "acl") && t.toks[top].XPOS == "VBN" && t.child(top, "obj") >= 0 && top > 0 && !t.is(top-1, "punct") && isNominal(t.toks[h]) &&
		!keepsObject(t.lemma(top)):
		// "police in response fired tear gas": a participle with an
		// object is a past tense the tagger missed, and its subject the
		// noun phrase the word before it belongs to
		for steps := 0; steps < len(t.toks) && t.is(h, "nmod") && t.head(h) >= 0 && isNominal(t.toks[t.head(h)]); steps++ {
			h = t.head(h)
		}
		c.subjects, c.subjKind = []int{h}, subjectAdjacent
		c.shaky += 0.1
	case t.is(top, "acl:relcl", "acl"):
		if isNominal(t.toks[h]) && t.toks[top].XPOS == "VBN" {
			c.subjects, c.subjKind = t.antecedent(h), subjectRelative // "Ana is a nurse trained in Oslo"
			if c.top == c.verb && t.is(top, "acl") && t.child(top, "aux", "aux:pass") < 0 &&
				(t.child(top, "obj") < 0 || keepsObject(t.lemma(top))) {
				// "the boy injured in the crash": injured, not injuring;
				// but "the mayor, Ana Ruiz, advised residents" advised
				c.passive = true
			}
		} else if isNominal(t.toks[h]) && t.is(top, "acl") && !t.is(top, "acl:relcl") && t.toks[top].XPOS == "VB" {
			// "Ana is in talks to buy the firm", "Ana is the first to
			// win": the copula's subject acts; but in "it was policy to
			// promote talent" nobody named does
			if a := t.antecedent(h); a[0] == h || !strings.EqualFold(t.toks[a[0]].Form, "it") {
				c.subjects, c.subjKind = a, subjectRelative
			}
			if g := t.head(h); g >= 0 && t.is(h, "obj") && t.lemma(g) == "have" {
				// "the tribe has plans to widen the range": the tribe
				if s := t.child(g, "nsubj"); s >= 0 && !isRelativePronoun(t.toks[s]) {
					c.subjects, c.subjKind = t.conjuncts(s), subjectShared
				}
			}
		} else if isNominal(t.toks[h]) {
			c.subjects, c.subjKind = []int{h}, subjectRelative
		}
	case t.is(top, "advcl") && t.child(top, "mark") < 0 && (t.toks[top].XPOS == "VBG" || t.toks[top].XPOS == "VBN"):
		if s := t.child(h, "nsubj"); s >= 0 && !isRelativePronoun(t.toks[s]) {
			c.subjects, c.subjKind = t.conjuncts(s), subjectShared // "..., aiming for progress"
			if t.toks[top].XPOS == "VBN" && t.child(top, "aux", "aux:pass") < 0 {
				// "when confronted with the claim, Ana said": Ana was
				// confronted, the patient; a "by" phrase is the agent
				c.passive = true
			}
		}
	}
}

// ditransitive are the verbs whose passive participle keeps an object:
// "a man given a life sentence".
var ditransitive = map[string]bool{
	"give": true, "award": true, "grant": true, "offer": true, "show": true, "send": true, "hand": true,
	"deny": true, "promise": true, "pay": true, "charge": true, "fine": true, "teach": true, "lend": true,
	"assign": true, "tell": true, "ask": true, "issue": true, "sentence": true, "owe": true,
}

// antecedent is what a relative clause on noun h speaks of: the noun, or
// when the noun is a copula's predicate, the copula's subject ("Ana is a
// chemist who works in Lyon": Ana works in Lyon), or when it describes a
// name in apposition, the name. Only for people ("who") and participles:
// "the prize is a trip that starts in May" says what the trip does.
func (t *tree) antecedent(h int) []int {
	if n := t.head(h); n >= 0 && t.is(h, "appos") && t.toks[n].UPOS == "PROPN" && !t.timeNoun(n) && t.articled(h) {
		// "Garcia, a former senator who gained fame": Garcia gained it
		return t.conjuncts(n)
	}
	if t.child(h, "cop") >= 0 {
		if s := t.child(h, "nsubj"); s >= 0 && !isRelativePronoun(t.toks[s]) && !t.is(s, "expl") &&
			!strings.EqualFold(t.toks[s].Form, "there") {
			return t.conjuncts(s)
		}
	}
	return []int{h}
}

// subjectChild is the subject of a verb; of two (a parse gone wrong over
// coordinated clauses), the one nearest the verb.
func (t *tree) subjectChild(v int) int {
	best := -1
	subjects := t.children(v, "nsubj", "nsubj:pass", "csubj", "nsubj:outer")
	for _, k := range subjects {
		if best < 0 || abs(k-v) < abs(best-v) {
			best = k
		}
	}
	// but "the election for the Democratic or Republican Party is
	// scheduled": a nearer subject inside a phrase the farther one opened
	// is the end of that phrase, taken for a second subject
	for _, f := range subjects {
		if f >= best || best > v {
			continue
		}
		opened := false
		for k := f + 1; k < t.firstOf(best); k++ {
			if t.toks[k].UPOS == "PUNCT" {
				opened = false // "nations agreed to talks, and Russia offered": two clauses
				break
			}
			if t.toks[k].UPOS == "ADP" && t.head(k) >= 0 && t.within(t.head(k), f) {
				opened = true
			}
		}
		if opened {
			if t.absorbed == nil {
				t.absorbed = map[int]int{}
			}
			t.absorbed[f] = best
			return f
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// patternSubject falls back on part-of-speech patterns for a clause whose
// parse gives no subject: the noun phrase before the verb group, or the name
// in an apposition before it.
func (t *tree) patternSubject(c *clause) {
	if t.phraseStart == nil {
		t.phrases()
	}
	g := analysis.VerbGroup{Start: c.predLo, End: c.predHi, Main: c.verb}
	subj, kind := subjectOf(t.toks, g, t.phraseEnd, t.phraseStart, nil)
	if subj == nil || subj.Head >= c.verb {
		return
	}
	if p := subj.Start - 1; p >= 0 && t.toks[p].UPOS == "ADP" && strings.EqualFold(t.toks[p].Form, "by") {
		// "the letter if written by the defendant could sway the jury":
		// a "by" phrase names a participle's agent, no subject
		return
	}
	// "For the next five years Ana's shop stayed open": a phrase of time
	// before the subject is no part of it
	for k := subj.Head - 1; k > subj.Start; k-- {
		if analysis.IsTimeWord(t.toks[k-1]) && t.toks[k].XPOS != "POS" && t.toks[k-1].XPOS != "NNP" {
			subj.Start = k
			break
		}
	}
	c.subjects, c.subjKind = []int{subj.Head}, kind
	c.subjChunk = subj
}

// phrases makes the noun phrases of part-of-speech patterns, by first and
// by past-last token.
func (t *tree) phrases() {
	t.phraseStart, t.phraseEnd = map[int]analysis.Chunk{}, map[int]analysis.Chunk{}
	for _, p := range nounPhrases(t.toks) {
		t.phraseStart[p.Start], t.phraseEnd[p.End] = p, p
	}
}

// findObjects finds what the act is done to: the direct object, a
// passive's subject when the agent is named, a clause, or a prepositional
// object; the other phrases are qualifiers.
func (t *tree) findObjects(c *clause) {
	v := c.verb
	c.objRange = [2]int{-1, -1}
	gap := false // the object is a relative pronoun whose antecedent is lost
	if c.cop >= 0 {
		// "X is Y": the predicate itself, without its subject and copula,
		// and the predicates coordinated with it ("is a lawyer and a poet")
		c.objects = []int{v}
		for _, k := range t.children(v, "conj") {
			if t.toks[k].UPOS == t.toks[v].UPOS && t.subjectChild(k) < 0 && t.child(k, "cop") < 0 && len(c.objects) < 4 {
				c.objects = append(c.objects, k)
			}
		}
	} else if lo, hi, ok := t.reportedClause(v); ok {
		// "announced (that) classes would be cancelled", "told reporters the
		// bridge would reopen": what is said is the whole clause, never the
		// noun before it alone
		c.objRange = [2]int{lo, hi}
	} else if lo, hi, ok := t.contentAfterAddressee(v); ok {
		c.objRange = [2]int{lo, hi} // "told the agency, a news outlet, that ...": what was told
	} else if o := t.child(v, "obj"); o >= 0 {
		if isRelativePronoun(t.toks[o]) && o < v {
			// "the proposals, which the Kremlin described": the proposals;
			// "objects that are far and which we never observed": the
			// relative clause the verb is coordinated with names them
			// (a relative clause opened after a comma with no "and" is no
			// conjunct, whatever the parse says: ", which the Kremlin
			// described" does not name what an earlier clause is about)
			r := c.top
			for steps := 0; steps < len(t.toks) && t.is(r, "conj") && t.child(r, "cc") >= 0 && t.head(r) >= 0; steps++ {
				r = t.head(r)
			}
			o, gap = -1, true
			if t.is(r, "acl:relcl", "advcl:relcl", "acl") && t.head(r) >= 0 && isNominal(t.toks[t.head(r)]) {
				o = t.head(r)
				c.objPrep = t.strandedPreposition(v)
			} else {
				c.shaky += 0.1 // a relative clause the parse lost: its object is unknown
			}
		}
		if o >= 0 {
			c.objects = t.conjuncts(o)
		}
	}
	t.recipient(c)
	if t.lightVerb(c) {
		gap = true // the idiom's object, or none: no other phrase stands in
	} else if k := t.prepositionalObject(c); k >= 0 && len(c.objects) == 0 && c.objRange[0] < 0 && c.cop < 0 && !c.passive {
		c.objects = t.conjuncts(k) // "went through the options": what the act goes through
	}
	for _, k := range t.kids[v] {
		if t.idiomObject(c, k) || slices.Contains(c.objects, k) && t.is(k, "obl") {
			continue
		}
		if c.objPrep != "" && c.idiom == "" && k > v && len(t.kids[k]) == 0 && strings.EqualFold(t.toks[k].Form, c.objPrep) {
			continue // the stranded preposition is the object's (see strandedPreposition)
		}
		if t.is(k, "advcl") && t.toks[k].XPOS == "VBG" && t.gerundMark(k) != "" {
			c.quals = append(c.quals, k) // "opened by pressing a button": how
			continue
		}
		if k > v && t.whenClause(k) {
			// "was devastated when she got an infection": a state holds
			// at the time the clause names, and without it reads as lasting;
			// "commented on her looks when she was 14": an act, when it was
			c.quals = append(c.quals, k)
			continue
		}
		if !t.is(k, "obl") {
			continue
		}
		prep := t.preposition(k)
		switch {
		case prep == "according":
			c.source = k
		case (c.passive && prep == "by" || t.is(k, "obl:agent")) && !c.agent:
			if t.secondaryPredicate(v) >= 0 {
				// "were considered sacred by villagers": the patient and what
				// it was judged are no one phrase; the agent qualifies
				c.quals = append(c.quals, k)
			} else if len(c.subjects) > 0 {
				c.objects = c.subjects // the patient
				c.subjects, c.agent = t.conjuncts(k), true
				c.subjChunk = nil // the patterns' subject was the patient's
			}
		case len(c.objects) == 0 && c.cop < 0 && c.idiom == "" && objectPrepositions[prep] && !t.timeNoun(k) && !t.linking(k):
			c.objects = t.conjuncts(k)
		default:
			c.quals = append(c.quals, k)
		}
	}
	t.nestedAgent(c)
	// "approved the drug in recent months": a phrase the parse hung on an
	// argument but that qualifies the act (see adverbial) is the act's
	for _, a := range append(append([]int(nil), c.subjects...), c.objects...) {
		if a == v || a < 0 {
			continue
		}
		for _, k := range t.kids[a] {
			if t.adverbial(a, k) && !t.attributing(k) && !slices.Contains(c.quals, k) && !t.within(c.top, k) {
				c.quals = append(c.quals, k)
			}
		}
	}
	slices.Sort(c.quals)
	if len(c.objects) == 0 && c.cop < 0 && !gap && t.child(v, "obl", "ccomp", "xcomp") < 0 && !intransitive(t.lemma(v)) {
		// "build and repair boats": a verb right before a coordinated verb
		// shares its object; "arrived and detained the man" does not
		for _, k := range t.children(v, "conj") {
			if o := t.child(k, "obj"); o >= 0 && t.toks[k].UPOS == "VERB" && k == v+2 && t.is(v+1, "cc") {
				c.objects = t.conjuncts(o)
			}
		}
	}
	if c.idiom != "" {
		return
	}
	if len(c.objects) == 0 && c.cop < 0 && c.objRange[0] < 0 && analysis.IsReportingVerb(t.lemma(v)) && t.is(c.top, "parataxis") {
		// "The plan will work, he said": what is said is the clause the
		// reporting verb hangs from, up to the reporting clause
		// (not across a semicolon: "it took years; we started observing"
		// joins two statements, and nothing is reported)
		if h := t.head(c.top); h >= 0 && h < c.top && !t.afterSemicolon(c.top) {
			lo, hi := t.span(h, func(k int) bool { return k >= c.top || t.is(k, "parataxis") })
			for hi > lo+1 && t.toks[hi-1].UPOS == "PUNCT" {
				hi--
			}
			if hi <= t.firstOf(c.top) {
				c.objRange = [2]int{lo, hi}
			}
		}
	}
	if len(c.objects) == 0 && c.cop < 0 && c.objRange[0] < 0 {
		if k := t.child(v, "iobj"); k >= 0 && isNominal(t.toks[k]) && t.child(v, "xcomp") > k {
			c.objects = t.conjuncts(k) // "paid Ana to take the test": whom he paid
		}
	}
	if len(c.objects) == 0 && c.cop < 0 && c.objRange[0] < 0 {
		if x := t.child(v, "ccomp", "xcomp"); x >= 0 {
			lo, hi := t.span(x, t.attributing)
			c.objRange = [2]int{lo, hi}
		}
	}
	if len(c.objects) == 0 && c.cop < 0 && c.objRange[0] < 0 {
		if k := t.child(v, "iobj"); k >= 0 && isNominal(t.toks[k]) && !t.clauseAfter(v, k) {
			// "told the world on Thursday": whom it was told is all
			// the clause says (a quotation before it may say what)
			c.objects = t.conjuncts(k)
		}
	}
	if c.objRange[0] >= 0 && t.notAnObject(c, c.objRange[0], c.objRange[1]) {
		c.objRange = [2]int{-1, -1}
	}
	t.addressedObject(c)
	t.namedObject(c)
}

// resultVerbs are the verbs that bring their object into a state an
// adjective after it names ("made their life very difficult", "left
// families homeless"): without the state, the act is another one ("made
// their life") or says nothing.
var resultVerbs = map[string]bool{
	"make": true, "keep": true, "leave": true, "render": true, "drive": true, "set": true,
	"turn": true, "paint": true,
}

// namedObject widens the object of an active verb of naming or judging
// over what it names its object ("called Biden a decent man", "found the
// driver guilty"), and that of "have" or "get" over what was done to it
// ("had its licence revoked"): the object alone reads as another act
// ("called Biden": phoned him; "had its licence": kept it).
func (t *tree) namedObject(c *clause) {
	v := c.verb
	lemma := t.lemma(v)
	causative := lemma == "have" || lemma == "get"
	if len(c.objects) != 1 || c.cop >= 0 || c.objRange[0] >= 0 || c.passive || !namingVerbs[lemma] && !judgingVerbs[lemma] && !resultVerbs[lemma] && !causative {
		return
	}
	o := c.objects[0]
	if !t.is(o, "obj") || t.head(o) != v {
		return
	}
	result := resultVerbs[lemma] && !namingVerbs[lemma] && !judgingVerbs[lemma]
	switch strings.ToLower(t.toks[o].Form) {
	case "it", "this", "that":
		return // "called it a mess", "made it clear that": what is meant is elsewhere
	case "these", "those", "them":
		if !result {
			return // the statement stays held
		}
	}
	for _, x := range t.children(v, "xcomp", "obj") {
		if x <= o || t.child(x, "mark", "aux", "aux:pass", "nsubj", "nsubj:pass", "cop") >= 0 {
			continue
		}
		switch u := t.toks[x].UPOS; {
		case result && u != "ADJ" && !strings.HasPrefix(t.toks[x].XPOS, "JJ"):
			continue // "left her children a house": two objects, no state
		case causative && u == "VERB" && (t.toks[x].XPOS == "VBN" || t.toks[x].XPOS == "VBD") && t.is(x, "xcomp"):
			// "had its licence revoked", "got her car repaired": what was done to it
		case causative || u != "NOUN" && u != "PROPN" && u != "ADJ":
			continue
		}
		lo, _ := t.span(o, nil)
		_, hi := t.span(x, nil)
		for hi > lo+1 && t.toks[hi-1].UPOS == "PUNCT" {
			hi--
		}
		c.objRange, c.objects = [2]int{lo, hi}, nil
		return
	}
}

// addressedObject widens the object of a verb that addresses someone to
// do something ("wanted so many women to come together", "urged Russia to
// leave"): the one addressed alone is not what the verb is about, so the
// object runs on to the end of what they are to do. The act itself is the
// infinitive's own statement (see controlled).
func (t *tree) addressedObject(c *clause) {
	if t.calledOn(c) || len(c.objects) != 1 || c.cop >= 0 || c.objRange[0] >= 0 {
		return
	}
	o, v := c.objects[0], c.verb
	x := t.child(v, "xcomp")
	// "asked me not to worry", "told reporters to wait": the parse may hang
	// the one asked or told as an indirect object; it is addressed all the
	// same ("paid Ana to take the test" pays her, and keeps her alone)
	addressed := t.is(o, "obj") || t.is(o, "iobj") && addressingVerb(t.lemma(v))
	if x <= o || !addressed || t.head(o) != v || !t.toMark(x) || !isNominal(t.toks[o]) {
		return
	}
	lo, _ := t.span(o, nil)
	_, hi := t.span(x, nil)
	for hi > lo+1 && t.toks[hi-1].UPOS == "PUNCT" {
		hi--
	}
	c.objRange, c.objects = [2]int{lo, hi}, nil
}

// addressingVerb reports a verb that asks, tells or lets the one it
// addresses do something: what it is about is that act, not the person.
func addressingVerb(lemma string) bool {
	switch lemma {
	case "ask", "request", "force", "compel", "oblige", "forbid", "help":
		return true
	}
	return analysis.IsDirectiveVerb(lemma)
}

// nestedAgent finds the agent of a passive that the parse hung on a
// phrase of the verb: "was condemned in a joint statement by Egypt and
// Greece" (Egypt and Greece condemned), "were killed in an attack by
// rebels".
func (t *tree) nestedAgent(c *clause) {
	if !c.passive || c.agent || len(c.subjects) == 0 {
		return
	}
	for _, k := range t.children(c.verb, "obl") {
		switch t.preposition(k) {
		case "in", "during", "through", "at":
		default:
			continue
		}
		for _, a := range t.children(k, "nmod") {
			if t.preposition(a) != "by" || !isNominal(t.toks[a]) || t.timeNoun(a) || a < k {
				continue
			}
			c.objects = c.subjects
			c.subjects, c.agent, c.subjChunk = t.conjuncts(a), true, nil
			c.shaky += 0.05
			if t.agentIn == nil {
				t.agentIn = map[int]int{}
			}
			t.agentIn[k] = a // the qualifier leaves the agent out
			return
		}
	}
}

// reportedClause is the token range of the clause that a verb of saying,
// thinking or wanting governs, when it has one: from the clause's first
// word, or from the verb's object when the parse took the clause's subject
// for it ("announced classes would be cancelled"); an addressee is left out
// ("told reporters the bridge would reopen").
func (t *tree) reportedClause(v int) (lo, hi int, ok bool) {
	lemma := t.lemma(v)
	if !embeds(lemma) {
		return 0, 0, false
	}
	x := -1
	for _, k := range t.children(v, "ccomp") {
		if k > v && t.toks[k].UPOS == "VERB" || t.child(k, "cop") >= 0 {
			x = k
			break
		}
	}
	if x < 0 {
		return 0, 0, false
	}
	subj := t.subjectChild(x)
	if !analysis.IsReportingVerb(lemma) && !analysis.IsAttitudeVerb(lemma) && !analysis.IsDenialVerb(lemma) {
		// a verb of showing or finding: "was found dismembered" finds no
		// clause, and in "found ways to break it, and a system was
		// designed" the object is what was found
		if t.child(v, "aux:pass", "nsubj:pass") >= 0 || subj >= 0 && t.child(v, "obj") >= 0 && t.child(v, "obj") < x {
			return 0, 0, false
		}
	}
	lo, hi = t.span(x, func(k int) bool {
		// a second subject before the nearest: the verb's addressee
		return t.is(k, "nsubj", "nsubj:pass", "vocative") && k != subj || t.attributing(k)
	})
	if o := t.child(v, "obj"); o >= 0 && o < x && subj < 0 && t.child(x, "mark") < 0 {
		lo = t.firstOf(o)
	}
	for lo < hi && (isQuote(t.toks[lo].Form) || t.toks[lo].UPOS == "PUNCT") {
		lo++
	}
	for hi > lo && (isQuote(t.toks[hi-1].Form) || t.toks[hi-1].UPOS == "PUNCT") {
		hi--
	}
	return lo, hi, hi > lo && lo > v // what is said never holds the verb that says it
}

// strandedPrepositions are the words a relative clause can leave at its
// end for its pronoun ("the community which they stepped into"), also
// when the parse tags them adverbs.
var strandedPrepositions = map[string]bool{
	"about": true, "across": true, "after": true, "against": true, "at": true, "by": true, "for": true,
	"from": true, "in": true, "into": true, "of": true, "on": true, "onto": true, "over": true,
	"through": true, "to": true, "toward": true, "towards": true, "under": true, "upon": true, "with": true,
}

// strandedPreposition is the preposition a relative clause of verb v
// leaves bare after the verb, its pronoun the preposition's object ("the
// community which they have not yet stepped into": step into the
// community), lower case, or "". Without it the verb reads as acting on
// the antecedent itself ("step · a community").
func (t *tree) strandedPreposition(v int) string {
	for _, k := range t.kids[v] {
		w := strings.ToLower(t.toks[k].Form)
		if k <= v || len(t.kids[k]) > 0 || !strandedPrepositions[w] || !t.is(k, "obl", "advmod") {
			continue // a particle ("compound:prt") is already the verb's
		}
		if t.toks[k].UPOS != "ADP" && t.toks[k].XPOS != "IN" && t.toks[k].XPOS != "RB" && t.toks[k].XPOS != "RP" {
			continue
		}
		// it ends the clause, or another phrase of the verb follows it
		// ("lived in for years"); a word it could govern does not
		n := k + 1
		if n == len(t.toks) || t.toks[n].UPOS == "PUNCT" || slices.ContainsFunc(t.kids[v], func(q int) bool {
			return q > k && t.firstOf(q) == n && t.is(q, "obl", "advmod", "advcl")
		}) {
			return w
		}
	}
	return ""
}

// whenClause reports an adverbial clause with a verb of its own that
// "when" opens ("when she got a sinus infection"), as a mark or as the
// adverb the parse makes of it.
func (t *tree) whenClause(k int) bool {
	if !t.is(k, "advcl") || t.is(k, "advcl:relcl") {
		return false
	}
	w := t.firstOf(k)
	if !strings.EqualFold(t.toks[w].Form, "when") || t.head(w) != k || !t.is(w, "advmod", "mark") {
		return false
	}
	return t.subjectChild(k) >= 0 && (t.toks[k].UPOS == "VERB" || t.child(k, "cop") >= 0)
}

// gerundMark is the preposition that introduces a gerund clause ("by
// pressing", "after leaving"), lower case, or "".
func (t *tree) gerundMark(k int) string {
	if m := t.child(k, "mark"); m >= 0 && m < k && (t.toks[m].UPOS == "ADP" || t.toks[m].UPOS == "SCONJ") {
		if low := strings.ToLower(t.toks[m].Form); low != "that" && low != "if" && low != "as" {
			return low
		}
	}
	return ""
}

// hedge reports whether the clause of verb v is the speaker's hedge, "as
// far as I know", "so far as we can tell": it limits another clause and
// states no act of its own.
func (t *tree) hedge(v int) bool {
	low := func(k int) string { return strings.ToLower(t.toks[k].Form) }
	// the hedge's own subject and auxiliaries stand between it and v
	for k := max(v-5, 1); k+1 < v; k++ {
		if low(k) == "far" && low(k+1) == "as" && (low(k-1) == "as" || low(k-1) == "so") {
			return true
		}
	}
	return false
}

// firstOf is the first token of the subtree of i.
func (t *tree) firstOf(i int) int {
	lo, _ := t.span(i, nil)
	return lo
}

// preposition is the lower-case case marker of a phrase, or "".
func (t *tree) preposition(k int) string {
	p := t.child(k, "case")
	if p < 0 {
		return ""
	}
	prep := strings.ToLower(t.toks[p].Form)
	// "with or without a deal": prepositions coordinated before one phrase,
	// as the parse hangs them (a conjunct of the first, or a second case);
	// one alone would turn the meaning ("leave with a deal")
	for _, q := range append(t.children(p, "conj"), t.children(k, "case")...) {
		if q <= p || t.toks[q].UPOS != "ADP" || q > p+2 || !t.is(q-1, "cc") {
			continue
		}
		prep += " " + strings.ToLower(t.toks[q-1].Form) + " " + strings.ToLower(t.toks[q].Form)
		break
	}
	return prep
}

// conjuncts lists a phrase and the phrases coordinated with it. A
// conjunct with a subject of its own, or a "noun" with an object, is a
// clause the parse joined to the phrase ("restored for the forks and still
// displays a notice", "a social person and I'm not"), never a second
// object or subject.
func (t *tree) conjuncts(h int) []int {
	out := []int{h}
	for _, k := range t.children(h, "conj") {
		if t.child(k, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 || isNominal(t.toks[h]) && t.child(k, "obj") >= 0 {
			continue
		}
		if t.appositiveConjunct(h, k) {
			continue
		}
		if isNominal(t.toks[k]) == isNominal(t.toks[h]) && len(out) < 4 {
			out = append(out, k)
		}
	}
	return out
}

func isNominal(tok analysis.Token) bool {
	switch tok.UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "X", "SYM":
		return true
	}
	return false
}

func isRelativePronoun(tok analysis.Token) bool {
	return tok.XPOS == "WDT" || tok.XPOS == "WP" || tok.XPOS == "WP$" ||
		(tok.UPOS == "PRON" && strings.EqualFold(tok.Form, "that"))
}

// possessive reports a possessive determiner ("his", "whose"), which
// cannot be a subject: its noun was taken for a verb.
func possessive(tok analysis.Token) bool {
	return tok.XPOS == "PRP$" || tok.XPOS == "WP$"
}

func negation(tok analysis.Token) bool {
	low := strings.ToLower(tok.Form)
	return low == "not" || low == "n't" || low == "never"
}

// statements turns a clause into statements, one per subject and object.
func (t *tree) statements(doc string, c *clause) []annals.Statement {
	s := t.s
	base := annals.Statement{
		Doc:       doc,
		Sentence:  s.Index,
		Predicate: annals.Predicate{Span: join(s, c.predLo, c.predHi), Lemma: t.lemma(c.verb)},
		Negated:   c.negated,
		Modality:  c.modality,
		Passive:   c.passive && !c.agent && c.cop < 0,
	}
	if c.cop >= 0 {
		base.Predicate.Lemma = "be"
	} else if p := t.child(c.verb, "compound:prt"); p > c.verb {
		// "gave up power", "turn power off": the particle makes the verb,
		// and "give · power" says the opposite
		base.Predicate.Lemma += " " + strings.ToLower(t.toks[p].Form)
	}
	if c.idiom != "" {
		base.Predicate.Lemma = c.idiom
	}
	if t.negatedObject(c) {
		base.Negated = !base.Negated
	}
	switch {
	case len(c.speaker) > 0:
		// "the government's claim": the government; "a story alleging Ana
		// lied": the story, without what it alleges
		a := t.argumentOutside(c.speaker[0], true, c.verb)
		base.Attribution = &a
	case c.source >= 0:
		a := t.argument(c.source, true)
		base.Attribution = &a
	case c.according != nil:
		a := *c.according
		base.Attribution = &a
	}
	for _, q := range c.quals {
		lo, hi := t.span(q, func(k int) bool { a, ok := t.agentIn[q]; return ok && k == a })
		prep := t.preposition(q)
		if t.is(q, "advcl") {
			prep = t.gerundMark(q)
			if t.whenClause(q) {
				prep = "when"
			}
		}
		if c.recipientPrep != "" && q == c.recipient {
			prep = c.recipientPrep
		}
		if prep == "" && strings.EqualFold(t.toks[lo].Form, "as") && lo < q && !t.is(q, "advcl") {
			prep = "as" // "characterised the attack as a violation": what it was called, marked, not cased
		}
		base.Qualifiers = append(base.Qualifiers, annals.Qualifier{Span: join(s, lo, hi), Prep: prep})
	}
	var out []annals.Statement
	objects := c.objects
	if len(objects) == 0 {
		objects = []int{-1}
	}
	for _, subj := range c.subjects {
		for _, obj := range objects {
			st := base
			st.Qualifiers = append([]annals.Qualifier(nil), base.Qualifiers...)
			if c.subjChunk == nil && !c.agent && t.negatedSubject(subj) {
				st.Negated = !st.Negated // "nobody was hurt"
			}
			if c.subjChunk != nil {
				st.Subject = argument(s, *c.subjChunk)
			} else {
				st.Subject = t.argumentOutside(subj, true, c.top) // a subject never carries a preposition
			}
			switch {
			case obj >= 0 && obj == c.verb: // a copula's predicate
				lo, hi := t.span(obj, func(k int) bool {
					return t.is(k, "nsubj", "nsubj:pass", "csubj", "cop", "aux", "punct", "mark", "obl", "advmod", "conj", "cc", "parataxis", "advcl", "ccomp", "discourse", "vocative") &&
						!t.degreeAt(obj, k) // "too precious", "barely visible", "every bit as useful"
				})
				o := annals.Argument{Span: join(s, lo, hi)}
				st.Object = &o
			case obj >= 0 && c.objPrep != "":
				o := t.argumentOutside(obj, true, c.top)
				o.Prep = c.objPrep
				st.Object = &o
			case obj >= 0:
				// the patient of an active-made passive was a subject, and
				// carries no preposition ("some of these sites made by ...")
				o := t.argumentOutside(obj, c.agent || t.is(obj, "obl"), c.top)
				if !c.agent {
					o.Prep = t.objectPreposition(obj)
				}
				t.dropDenial(&o, obj)
				st.Object = &o
			case c.objRange[0] >= 0:
				o := annals.Argument{Span: join(s, c.objRange[0], c.objRange[1]), Prep: c.rangePrep}
				st.Object = &o
			}
			st.Confidence = t.clauseConfidence(c, &st)
			st.ID = annals.StatementID(&st)
			out = append(out, st)
		}
	}
	return out
}

// objectPreposition is the preposition of a prepositional object, or of
// the first of coordinated ones ("voted for Ana and Ben"), or "".
func (t *tree) objectPreposition(obj int) string {
	k := obj
	for steps := 0; steps < len(t.toks) && t.is(k, "conj") && t.head(k) >= 0; steps++ {
		k = t.head(k)
	}
	if !t.is(k, "obl") {
		return ""
	}
	return t.preposition(k)
}

// dropDenial takes the "no" that negates the statement off the front of
// its object ("had no influence" is "IBM · not have · influence"): shown
// beside the negation it would read as a double one.
func (t *tree) dropDenial(o *annals.Argument, obj int) {
	d := t.child(obj, "det")
	if d < 0 || d+1 >= len(t.toks) || !strings.EqualFold(t.toks[d].Form, "no") || t.toks[d].Start != o.Start {
		return
	}
	for k := d + 1; k < len(t.toks); k++ {
		if t.toks[k].End == o.End {
			o.Span = join(t.s, d+1, k+1)
			if o.Norm != "" && strings.HasPrefix(strings.ToLower(o.Norm), "no ") {
				o.Norm = o.Norm[3:]
			}
			if o.Norm == o.Text {
				o.Norm = ""
			}
			return
		}
	}
}

// negatedObject reports "showed no willingness", "conceded nothing".
func (t *tree) negatedObject(c *clause) bool {
	for _, o := range c.objects {
		if d := t.child(o, "det"); d >= 0 && strings.EqualFold(t.toks[d].Form, "no") {
			return true
		}
		switch strings.ToLower(t.toks[o].Form) {
		case "nothing", "nobody", "none": // "conceded nothing"
			return true
		}
	}
	return false
}

// argument is a noun phrase: its whole span (relative clauses and
// coordinated phrases left out; appositions kept, since they name) and its
// compact form.
func (t *tree) argument(h int, dropCase bool) annals.Argument {
	return t.argumentOutside(h, dropCase, -1)
}

// argumentOutside is argument without the subtree that holds token clause:
// "the two leaders last met" makes the leaders the subject of a clause that
// the parse hangs below them, and the clause is not part of its subject.
func (t *tree) argumentOutside(h int, dropCase bool, clause int) annals.Argument {
	s := t.s
	cop := t.child(h, "cop") // "the one" of "Ana was the one that won" holds no Ana
	if t.is(h, "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod") {
		cop = -1 // "The WHO's website said", the possessive read as a copula
	}
	lo, hi := t.span(h, func(k int) bool {
		return t.is(k, "acl:relcl", "conj", "cc", "punct", "parataxis", "dep", "vocative") || dropCase && t.is(k, "case") ||
			cop >= 0 && (k < cop || t.is(k, "nsubj", "nsubj:pass", "csubj", "cop", "aux", "mark", "advcl", "discourse")) ||
			t.is(k, "mark") && k < h && isNominal(t.toks[h]) ||
			clause >= 0 && t.within(clause, k) || t.adverbial(h, k)
	})
	if n, ok := t.absorbed[h]; ok && clause >= 0 {
		// the end of the phrase the parse took for a second subject
		_, nhi := t.span(n, func(k int) bool { return t.is(k, "acl:relcl", "punct", "parataxis") })
		hi = max(hi, nhi)
	}
	arg := annals.Argument{Span: join(s, lo, hi)}
	// compact: a name in apposition, else the head with its close modifiers
	if !isName(t.toks, analysis.Chunk{Start: h, End: h + 1}) {
		if ap := t.child(h, "appos"); ap >= 0 && t.toks[ap].UPOS == "PROPN" {
			alo, ahi := t.span(ap, func(k int) bool { return t.is(k, "punct", "acl:relcl", "appos") })
			arg.Norm = join(s, alo, ahi).Text
			return arg
		}
	}
	clo, chi := t.span(h, func(k int) bool {
		return !t.is(k, "compound", "amod", "nummod", "nmod:poss", "flat", "fixed", "nmod", "case") ||
			t.is(k, "nmod") && t.preposition(k) != "of" || t.is(k, "case") && (dropCase || k < h)
	})
	for clo < h && (t.toks[clo].XPOS == "DT" || t.toks[clo].XPOS == "PDT" || t.is(clo, "case", "fixed")) {
		clo++
	}
	if compact := join(s, clo, chi).Text; compact != arg.Text {
		arg.Norm = compact
	}
	return arg
}

// strandedFinite lowers the confidence of the clauses on a bare
// participle when the sentence has a finite verb that no clause took:
// the parse has gone wrong around it ("Police in response fired tear gas"
// read as a noun with a participle), and what it made of the participle
// is a guess.
func (t *tree) strandedFinite(clauses []*clause) {
	stranded := false
	for k, tok := range t.toks {
		if tok.UPOS != "VERB" || tok.XPOS != "VBD" && tok.XPOS != "VBZ" && tok.XPOS != "VBP" {
			continue
		}
		taken := false
		for _, c := range clauses {
			if k >= c.predLo && k < c.predHi || k == c.top || k == c.verb {
				taken = true
				break
			}
		}
		if !taken && !t.is(k, "acl:relcl", "amod", "compound") {
			stranded = true
			break
		}
	}
	if !stranded {
		return
	}
	for _, c := range clauses {
		if x := t.toks[c.top].XPOS; (x == "VBN" || x == "VBG") && c.predLo == c.top {
			c.shaky += 0.1
		}
	}
}

// clausalSubject reports a subject that is a clause ("csubj") or that holds
// a finite verb outside a relative clause: the parse read it wrongly more
// often than not.
func (t *tree) clausalSubject(c *clause, st *annals.Statement) bool {
	for _, s := range c.subjects {
		if t.is(s, "csubj") {
			return true
		}
	}
	for k, tok := range t.toks {
		if tok.Start < st.Subject.Start || tok.End > st.Subject.End {
			continue
		}
		switch tok.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			if !t.is(k, "acl:relcl", "aux", "aux:pass", "cop") && t.toks[k].UPOS != "AUX" {
				return true
			}
		}
	}
	return false
}

// adverbial reports a child k of noun h that a parse hangs on the noun
// but that qualifies the clause: a phrase before the noun ("For ten years
// the book remained": no noun phrase opens with its own prepositional
// phrase), an adverbial clause or phrase, a phrase of time after it ("approved
// the drug in recent months"), or a bare set phrase ("police in response
// fired").
func (t *tree) adverbial(h, k int) bool {
	if !isNominal(t.toks[h]) {
		return false
	}
	if t.is(k, "advcl", "obl") && !t.is(k, "obl:npmod") {
		return true
	}
	if !t.is(k, "nmod") || t.is(k, "nmod:poss") {
		return false
	}
	p := t.child(k, "case")
	if p < 0 || t.toks[p].UPOS != "ADP" || p > k {
		return false
	}
	if k < h {
		return true
	}
	if strings.EqualFold(t.toks[p].Form, "of") {
		return false
	}
	if t.toks[h].UPOS == "PROPN" && p > 0 && t.toks[p-1].Form == "," && t.firstOf(k) == p {
		return true // "said Ana Ruiz, in remarks to the press": no part of the name
	}
	if analysis.IsTimeWord(t.toks[k]) && t.toks[k].UPOS != "PROPN" || t.timePhrase(k) {
		return true
	}
	// "in response", "in turn", "at least": a preposition and one bare
	// singular common noun
	return t.toks[k].XPOS == "NN" && len(t.kids[k]) == 1 && k == p+1 && setPhrases[strings.ToLower(t.toks[p].Form+" "+t.toks[k].Form)]
}

// timePhrase reports a noun phrase of time with its modifiers: "recent
// months", "the past decade".
func (t *tree) timePhrase(k int) bool {
	if !analysis.IsTimeWord(t.toks[k]) {
		return false
	}
	for _, m := range t.children(k, "amod", "det") {
		switch strings.ToLower(t.toks[m].Form) {
		case "recent", "past", "last", "next", "coming", "previous", "following", "early", "late":
			return true
		}
	}
	return false
}

// setPhrases are the prepositions with a bare noun that qualify a clause,
// not a noun: "police in response fired".
var setPhrases = map[string]bool{
	"in response": true, "in turn": true, "in return": true, "in addition": true, "in fact": true,
	"in particular": true, "in general": true, "in practice": true, "in total": true, "in part": true,
	"in person": true, "in public": true, "in private": true, "in contrast": true, "by contrast": true,
	"at least": true, "at last": true, "at first": true, "at once": true, "on average": true,
	"for example": true, "for instance": true, "in short": true, "in retaliation": true, "in protest": true,
	"in reply": true, "on behalf": true, "in unison": true, "at times": true, "in time": true,
}

// clauseConfidence ranks a statement by how it was found: the subjects and
// objects of the clause itself rank above inherited subjects, missing
// objects, agentless passives, participles on nouns and long subjects. A
// pronoun subject or a long object is no sign of a wrong reading.
func (t *tree) clauseConfidence(c *clause, st *annals.Statement) float64 {
	conf := 0.7
	switch c.subjKind {
	case subjectShared:
		conf -= 0.08
	case subjectRelative:
		conf -= 0.1
	}
	if st.Object == nil && c.idiom == "" { // "took place" needs none
		conf -= 0.1
	} else if len(c.objects) == 0 {
		conf -= 0.05 // a clause as object
	}
	switch {
	case c.raised && c.subjKind == subjectAdjacent:
		conf -= 0.08 // the subject is the act's through the passive it hangs from
	case c.auxPass && !c.agent && !c.raised:
		conf -= 0.05
	}
	if c.cop >= 0 {
		conf -= 0.05
	}
	if t.toks[c.top].XPOS == "VBG" && c.predLo == c.top && !t.is(c.top, "advcl", "conj", "root") && t.accuser(c.top) < 0 {
		// a bare gerund or participle on a noun: a modifier as often as a
		// clause ("the rising tide", "a bell ringing loudly")
		conf -= 0.25
	}
	if t.is(c.top, "acl") && !t.is(c.top, "acl:relcl") && t.toks[c.top].XPOS == "VB" {
		// "plans to expand": the noun an infinitive hangs from is seldom
		// its doer
		conf -= 0.2
	}
	if n := strings.Count(st.Subject.Text, " ") + 1; n > 5 {
		conf -= min(0.03*float64(n-5), 0.2)
	}
	conf -= c.shaky
	if strings.EqualFold(st.Subject.Text, "you") && c.modality == "" && t.present(c) {
		conf -= 0.15 // "you get a lot of rain there": generic as often as addressed
	}
	if t.clausalSubject(c, st) {
		conf -= 0.15 // a subject that holds a clause of its own: a parse gone wrong
	}
	return min(max(conf, 0.05), 0.95)
}

// afterSemicolon reports a clause that a semicolon or colon parts from
// what comes before it.
func (t *tree) afterSemicolon(x int) bool {
	f := t.firstOf(x)
	return f > 0 && (t.toks[f-1].Form == ";" || t.toks[f-1].Form == ":")
}
