package extract

import (
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// assert marks what the clauses of a sentence do not assert as the text's
// own fact: reported speech gets its speaker; what someone hopes, plans,
// expects or believes gets that verb as its modality; a denied clause is
// negated; an embedded question, an if-clause and the clause it conditions
// are hypothetical; and "according to X", wherever it stands, attributes
// every clause of the sentence to X.
func (t *tree) assert(clauses []*clause) {
	at := map[int]*clause{}
	for _, c := range clauses {
		at[c.verb], at[c.top] = c, c
	}
	for _, c := range clauses {
		t.infinitiveOfStance(c)
	}
	for _, c := range clauses {
		t.embedding(c, at)
	}
	for _, c := range clauses {
		t.accusation(c, at)
	}
	for _, c := range clauses {
		t.claimed(c)
	}
	for _, c := range clauses {
		t.condition(c, at)
	}
	if lo, hi, ok := t.invertedCondition(); ok {
		for _, c := range clauses {
			t.invertedConditional(c, lo, hi)
		}
	}
	for _, c := range clauses {
		t.notYet(c, at)
	}
	for _, c := range clauses {
		t.generic(c, at)
	}
	for _, c := range clauses {
		t.habitualWould(c)
	}
	for _, c := range clauses {
		t.spokenAfter(c, clauses)
	}
	if src, lo, hi, ok := t.according(); ok {
		for _, c := range clauses {
			if c.source < 0 && (c.verb < lo || c.verb >= hi) {
				c.according = src
			}
		}
	}
}

// embedding finds the nearest verb that governs clause c through a
// clausal complement ("said (that) ...", "hopes ...", "denied ...",
// "asked whether ...") and marks c accordingly: the verb's subject is its
// speaker; a verb of attitude gives its lemma as modality, a denial
// negates, "whether" or "if" makes it a question, and a reporting verb
// that is itself negated or modal ("did not say", "may announce") passes
// that on.
func (t *tree) embedding(c *clause, at map[int]*clause) {
	if m := t.child(c.top, "mark"); m >= 0 && m < c.top && (c.modality == "" || futureModal(c.modality)) {
		// "to investigate whether funds were used", "the question whether
		// it works", "asked if it was true": whatever governs it, an
		// embedded question asserts nothing
		switch mark := strings.ToLower(t.toks[m].Form); {
		case mark == "whether":
			c.modality = mark
		case mark == "if" && t.is(c.top, "ccomp", "csubj"):
			c.modality = mark
		}
	}
	direct := true // only coordination between c and the complement
	for n, steps := c.top, 0; steps < len(t.toks); steps++ {
		h := t.head(n)
		if h < 0 {
			return
		}
		r := at[h]
		// "claimed Ana complained", "claimed fires had been set": a clause
		// of its own the parse hung as an open complement
		complement := t.is(n, "ccomp", "parataxis") || t.is(n, "xcomp") && (finiteTag(t.toks[n].XPOS) || t.subjectChild(n) >= 0)
		if n == c.top && t.is(n, "parataxis") && c.subjKind == subjectAdjacent && analysis.IsReportingVerb(t.lemma(c.verb)) {
			complement = false // "noted the risk: Ana remarked, ...": a speaker of its own
		}
		if r == nil && direct && t.is(n, "ccomp") && (c.modality == "" || futureModal(c.modality)) {
			// "amid fears the virus would spread", "Reports that the army
			// fired ...": a noun of claim the parse took for a verb with
			// no subject; it gives no speaker, but what it says is not
			// asserted
			if m := governorModality(t.toks[h]); m != "" {
				c.modality = m
				return
			}
		}
		if r != nil && t.infinitiveOnNoun(r) {
			return // "something to say": the noun says nothing
		}
		if r == nil || r == c || !complement || t.is(n, "parataxis") && !analysis.IsReportingVerb(t.lemma(r.verb)) {
			if !t.is(n, "conj", "xcomp", "advcl") || t.is(n, "advcl:relcl") {
				// a relative clause says what is so of a thing the
				// clause names; an open complement or an adverbial
				// clause is part of what is said
				direct = false
			}
			n = h
			continue
		}
		lemma := t.lemma(r.verb)
		// "the poll showed ...": the poll's finding; but what "was found"
		// names no finder
		reporting := analysis.IsReportingVerb(lemma) || findingVerbs[lemma] && !r.passive || t.documentReading(r.verb)
		attitude := analysis.IsAttitudeVerb(lemma)
		denial := analysis.IsDenialVerb(lemma)
		if !reporting && !attitude && !denial {
			return
		}
		if len(c.speaker) == 0 && r.subjects != nil {
			c.speaker = r.subjects
		}
		if !direct {
			return // a relative clause inside what is said is said, not hoped
		}
		mark := ""
		if m := t.child(n, "mark"); m >= 0 {
			mark = strings.ToLower(t.toks[m].Form)
		}
		switch {
		case embeddedQuestion(mark):
			c.modality = mark
		case denial:
			c.negated = !c.negated
		case attitude && (c.modality == "" || futureModal(c.modality)):
			c.modality = lemma
		case r.negated && c.modality == "":
			c.modality = lemma // "did not say that ...": not asserted either
		case r.modality != "" && c.modality == "":
			c.modality = r.modality
		}
		return
	}
}

// factiveAdjectives say how it went for someone who did the act of the
// infinitive they govern: "was fortunate (enough) to spend four months",
// "is lucky to win", "proud to have served". The act happened.
var factiveAdjectives = map[string]bool{
	"fortunate": true, "lucky": true, "unfortunate": true, "unlucky": true, "proud": true,
	"honoured": true, "honored": true, "privileged": true, "blessed": true,
}

// emotiveAdjectives say how someone felt about an act: in the past ("was
// happy to send me abroad", "was shocked to learn") or of a perfect ("glad
// to have come") the act happened; in the present they may offer it ("is
// happy to help"), which is not done.
var emotiveAdjectives = map[string]bool{
	"happy": true, "glad": true, "pleased": true, "delighted": true, "thrilled": true,
	"excited": true, "sad": true, "saddened": true, "shocked": true, "surprised": true,
	"stunned": true, "relieved": true, "sorry": true, "astonished": true, "amazed": true,
	"horrified": true, "disappointed": true, "grateful": true, "thankful": true,
}

// dispositionWords say what someone tends to do, not what they did: "was
// prone to collapse", "is liable to break". The parse may take "prone"
// for a participle, which does not make its infinitive an act.
var dispositionWords = map[string]bool{
	"prone": true, "liable": true, "apt": true, "susceptible": true, "inclined": true,
}

// strivingVerbs make their infinitive what is striven for, not what was
// done: "struggling to censor the videos", "fought to protect". The
// effort itself is a fact, and stays a statement of its own.
var strivingVerbs = map[string]bool{
	"struggle": true, "strive": true, "scramble": true, "fight": true, "battle": true,
	"endeavour": true, "endeavor": true, "campaign": true, "lobby": true,
}

// infinitiveOfStance settles the modality of an infinitive that completes
// an adjective or a verb of effort: after an adjective of fortune or
// pride, or of feeling in the past, the act happened, and loses the
// adjective as its modality (keeping a modal of the adjective's: "would
// be lucky to survive"); after one of disposition or effort it did not,
// and gets the word as its modality.
func (t *tree) infinitiveOfStance(c *clause) {
	if !t.is(c.top, "xcomp") || !t.toMark(c.top) {
		return
	}
	h := t.head(c.top)
	if h < 0 {
		return
	}
	low, lemma := strings.ToLower(t.toks[h].Form), t.lemma(h)
	open := c.modality == "" || futureModal(c.modality)
	switch {
	case t.toks[h].UPOS == "ADJ" && c.modality == lemma && (factiveAdjectives[lemma] || emotiveAdjectives[lemma] && t.pastOrPerfect(h, c)):
		c.modality = ""
		for _, k := range t.children(h, "aux") {
			if t.toks[k].XPOS == "MD" && c.modality == "" {
				c.modality = analysis.ModalLemma(strings.ToLower(t.toks[k].Form))
			}
		}
	case dispositionWords[low] && (open || c.modality == lemma):
		c.modality = low
	case t.toks[h].UPOS == "VERB" && strivingVerbs[lemma] && open:
		c.modality = lemma
	}
}

// pastOrPerfect reports an adjective with a past copula ("was happy to")
// or an infinitive in the perfect ("happy to have worked").
func (t *tree) pastOrPerfect(h int, c *clause) bool {
	for _, k := range t.children(h, "cop") {
		if t.toks[k].XPOS == "VBD" {
			return true
		}
	}
	for _, k := range t.children(c.top, "aux") {
		if t.lemma(k) == "have" && k < c.top {
			return true
		}
	}
	return false
}

// accuser is the verb of accusing whose charge is the gerund clause k
// ("accused the mayor of taking bribes", "sued the firm for polluting
// the river"), or -1: the clause hangs on the verb's object or on the
// verb itself, introduced by "of", "for" or "with".
func (t *tree) accuser(k int) int {
	if t.toks[k].XPOS != "VBG" || !t.is(k, "acl", "advcl") {
		return -1
	}
	m := t.child(k, "mark")
	if m < 0 || m > k {
		return -1
	}
	switch strings.ToLower(t.toks[m].Form) {
	case "of", "for", "with":
	default:
		return -1
	}
	h := t.head(k)
	if h >= 0 && t.is(h, "obj") && t.is(k, "acl") {
		h = t.head(h)
	}
	if h < 0 || t.toks[h].UPOS != "VERB" || !analysis.IsAccusingVerb(t.lemma(h)) {
		return -1
	}
	return h
}

// accusation marks the charge of an accusation as the accuser's, not
// the text's: "prosecutors accused the mayor of taking bribes" asserts
// no bribe.
func (t *tree) accusation(c *clause, at map[int]*clause) {
	a := t.accuser(c.top)
	if a < 0 {
		return
	}
	if c.modality == "" || futureModal(c.modality) {
		c.modality = t.lemma(a)
	}
	if r := at[a]; r != nil && len(c.speaker) == 0 && !r.passive {
		c.speaker = r.subjects
	}
}

// governorModality is the modality a word that governs a clause gives
// it when no clause of its own speaks for it: a noun of claim's, or the
// lemma of a verb of attitude or saying.
func governorModality(tok analysis.Token) string {
	lemma := lemmaOf(tok)
	if m := analysis.ClaimModality(lemma); m != "" {
		return m
	}
	if analysis.IsAttitudeVerb(lemma) || analysis.IsReportingVerb(lemma) && (!factiveVerbs[lemma] || tok.XPOS == "VB") {
		return lemma
	}
	return ""
}

// factiveVerbs report what they take as true ("later confirming it had
// closed the plant", "admitting the figures were wrong"): with no speaker known,
// what they govern is the article's statement, not a claim; but not as a
// bare infinitive ("needed to confirm the twists are a planet").
var factiveVerbs = map[string]bool{
	"reveal": true, "confirm": true, "acknowledge": true, "admit": true, "concede": true, "recall": true,
	"show": true, "disclose": true, "learn": true, "discover": true, "realise": true, "realize": true,
}

// infinitiveOnNoun reports a clause that is an infinitive hanging on a
// noun ("something to say", "plans to expand"): the noun is not who acts.
func (t *tree) infinitiveOnNoun(c *clause) bool {
	return t.is(c.top, "acl") && !t.is(c.top, "acl:relcl") && t.toks[c.top].XPOS == "VB"
}

// claimed marks a clause that completes a noun of claim as not asserted:
// "an allegation (that) he assaulted her", "reports that the army fired",
// "the possibility that talks collapse". The noun gives its modality, and
// its owner ("the government's claim", "allegations by prosecutors") is
// the source. A relative clause on the noun ("the claim (that) he made")
// says what was done with the claim, and is asserted.
func (t *tree) claimed(c *clause) {
	if c.modality != "" && !futureModal(c.modality) {
		return
	}
	n := c.top
	for steps := 0; steps < len(t.toks) && t.is(n, "conj") && t.head(n) >= 0; steps++ {
		n = t.head(n) // "an allegation that he hit her and took her phone"
	}
	h := t.head(n)
	if h < 0 || t.toks[h].UPOS != "NOUN" || !t.is(n, "acl", "ccomp", "dep") || n < h {
		return
	}
	m := analysis.ClaimModality(t.lemma(h))
	if m == "" || !t.contentClause(n) {
		return
	}
	c.modality = m
	if len(c.speaker) > 0 {
		return
	}
	if o := t.child(h, "nmod:poss"); o >= 0 {
		c.speaker = []int{o}
		return
	}
	for _, k := range t.children(h, "nmod") {
		if p := t.preposition(k); (p == "by" || p == "from") && k < n {
			c.speaker = []int{k}
			return
		}
	}
}

// contentClause reports whether clause x, hung on a noun, is a complete
// clause that says what the noun holds ("the claim that he lied"), not a
// relative clause with a gap the noun fills ("the claim (that) he made",
// "the report that shocked them").
func (t *tree) contentClause(x int) bool {
	s := t.subjectChild(x)
	if s < 0 || isRelativePronoun(t.toks[s]) {
		return false
	}
	for _, k := range t.kids[x] {
		if isRelativePronoun(t.toks[k]) && !t.is(k, "mark") {
			return false // "that" or "which" as the clause's object
		}
	}
	full := t.child(x, "obj", "iobj", "ccomp", "xcomp", "cop", "aux:pass", "nsubj:pass") >= 0
	if m := t.child(x, "mark"); m >= 0 && m < x && strings.EqualFold(t.toks[m].Form, "that") {
		// a mark "that" on a verb that takes the claim itself as its
		// object, and has none, is a relative pronoun misread
		return full || !claimTakingVerbs[t.lemma(x)]
	}
	return full
}

// claimTakingVerbs take a claim, a report or a fear as their object: "the
// report that he wrote", "the fears that she voiced".
var claimTakingVerbs = map[string]bool{
	"make": true, "write": true, "file": true, "issue": true, "publish": true, "release": true,
	"have": true, "feel": true, "express": true, "voice": true, "raise": true, "hear": true,
	"receive": true, "read": true, "see": true, "deny": true, "reject": true, "dismiss": true,
	"share": true, "repeat": true, "give": true, "cite": true, "spread": true, "investigate": true,
	"level": true, "lodge": true, "submit": true, "prepare": true, "produce": true, "present": true,
	"support": true, "back": true, "echo": true, "dispute": true, "refute": true, "bring": true,
	"send": true, "post": true, "obtain": true, "review": true, "examine": true, "confirm": true,
}

// futureModal reports a modal that only puts an act in the future or
// under a condition, which a hope or a plan says better.
func futureModal(m string) bool { return m == "will" || m == "would" || m == "shall" }

// plannedModal are the modalities of an act still to come, which a thing
// made by it shares: "will open a factory built by local firms". Not "to":
// a purpose ("to highlight the steps taken by the railways") says nothing
// of when the steps were taken.
func plannedModal(m string) bool {
	switch m {
	case "will", "would", "shall", "plan", "intend", "propose", "want", "hope", "expect", "if", "unless":
		return true
	}
	return false
}

// notYet gives a participle on the object of an act still to come that
// act's modality: in "would begin an investigation led by Ana" the
// leading is as much to come as the investigation. A participle on a
// subject is not touched: "a bridge built in 1900 will be replaced" was
// built.
func (t *tree) notYet(c *clause, at map[int]*clause) {
	if c.modality != "" || t.toks[c.top].Deprel != "acl" || t.toks[c.top].XPOS != "VBN" || t.child(c.top, "aux", "aux:pass") >= 0 {
		return
	}
	n := t.head(c.top)
	if n < 0 || !t.is(n, "obj") {
		return
	}
	if g := at[t.head(n)]; g != nil && g != c && plannedModal(g.modality) && !g.negated {
		c.modality = g.modality
	}
}

// conditionMark is the mark of an if- or unless-clause at k ("if",
// "unless"), or "": "even if" and "as if" concede or compare.
func (t *tree) conditionMark(k int) string {
	m := t.child(k, "mark")
	if m < 0 || m > k {
		return ""
	}
	mark := strings.ToLower(t.toks[m].Form)
	if mark != "if" && mark != "unless" {
		return ""
	}
	if m > 0 && (strings.EqualFold(t.toks[m-1].Form, "even") || strings.EqualFold(t.toks[m-1].Form, "as")) {
		return ""
	}
	return mark
}

// concessiveIf reports an even-if clause at k ("even if they are
// members"): a supposition, asserted no more than an if-clause, though
// the clause it concedes to holds either way. An even-though clause
// concedes a fact, and is asserted.
func (t *tree) concessiveIf(k int) bool {
	m := t.child(k, "mark")
	return m > 0 && m < k && strings.EqualFold(t.toks[m].Form, "if") && strings.EqualFold(t.toks[m-1].Form, "even")
}

// condition makes an if- or unless-clause and the clause it conditions
// hypothetical: neither is asserted. Its mark is the modality ("if",
// "unless"), in place of a future auxiliary. An if-clause counts wherever
// it stands ("I check the news, and if I have something to say I'll
// comment"), and so does what the parse hung inside it, but for a
// relative clause, which says what is so of a thing it names.
func (t *tree) condition(c *clause, at map[int]*clause) {
	open := c.modality == "" || futureModal(c.modality)
	if mark := t.conditionMark(c.top); mark != "" && open && !t.is(c.top, "ccomp", "csubj") {
		c.modality, open = mark, false
	} else if open && t.concessiveIf(c.top) && !t.is(c.top, "ccomp", "csubj") {
		c.modality, open = "if", false // the clause it concedes to stays asserted
	}
	if open {
		for n, steps := c.top, 0; steps < len(t.toks); steps++ {
			h := t.head(n)
			if h < 0 || t.is(n, "acl") {
				break // "if compared to the profit reaped last year"
			}
			if mark := t.conditionMark(h); mark != "" && t.subjectChild(h) >= 0 && !t.embeddedQuestion(h) {
				c.modality = mark
				break
			}
			n = h
		}
	}
	for _, v := range []int{c.verb, c.top} {
		for _, k := range t.children(v, "advcl") {
			mark := t.conditionMark(k)
			if mark == "" {
				continue
			}
			if mark == "if" && k > v && analysis.IsQuestioningVerb(t.lemma(v)) && t.child(v, "ccomp", "xcomp") < 0 {
				// "are examining if the driver was drunk": an embedded
				// question the parse hung as a condition; the examining
				// is a fact
				continue
			}
			if d := t.laterConjunct(c.top, k); d >= 0 {
				// "I check the news, and if I have time I comment": the
				// condition is the second clause's
				if sub := at[d]; sub != nil && (sub.modality == "" || futureModal(sub.modality)) {
					sub.modality = mark
				}
				return
			}
			if c.modality == "" || futureModal(c.modality) {
				c.modality = mark
				for _, d := range t.children(c.top, "conj") {
					if sub := at[d]; sub != nil && (sub.modality == "" || futureModal(sub.modality)) && (d < k || t.subjectChild(d) < 0) {
						sub.modality = mark
					}
				}
			}
			return
		}
	}
}

// invertedCondition is the token range of a condition that puts its
// auxiliary first instead of opening with "if": "Had I known, I would have
// left", "Were the court to rule against him, he would appeal", "Should
// talks fail, the strike will go ahead". The parse rarely hangs it as a
// condition (it may make "had" the root and the rest its complement), so
// the words decide: "had", "were" or "should" opening the sentence (or
// coming after a comma, a semicolon or a "that" of saying), a subject, a
// predicate, a comma, and a modal in the clause after it. A question
// ("Should we leave, then?") sets no condition.
func (t *tree) invertedCondition() (lo, hi int, ok bool) {
	n := len(t.toks)
	for _, tok := range t.toks {
		if tok.Form == "?" {
			return 0, 0, false
		}
	}
	start := 0
	for start < n && t.toks[start].UPOS == "PUNCT" {
		start++
	}
	for i := start; i+3 < n; i++ {
		aux := strings.ToLower(t.toks[i].Form)
		if aux != "had" && aux != "were" && aux != "should" {
			continue
		}
		if i > start {
			// "said that had the plan passed, ...": a "that" of saying,
			// not the relative pronoun of "the firm that had the contract"
			prev := strings.ToLower(t.toks[i-1].Form)
			saying := prev == "that" && i >= 2 && t.toks[i-2].UPOS == "VERB"
			if prev != "," && prev != ";" && !saying {
				continue
			}
		}
		switch t.toks[i+1].UPOS {
		case "DET", "PRON", "PROPN", "NOUN", "NUM":
		default:
			continue
		}
		comma, pred := -1, false
		for k := i + 2; k < n; k++ {
			if t.toks[k].Form == "," || t.toks[k].Form == ";" {
				comma = k
				break
			}
			switch x := t.toks[k].XPOS; aux {
			case "had":
				pred = pred || x == "VBN" || x == "VBD" // "had the talks failed", often tagged a past
			case "should":
				pred = true // "should the talks fail": the tagger may take the verb for a noun
			case "were":
				pred = pred || x == "VBN" || x == "VBD" || x == "TO" || x == "IN" // "were he elected", "were it to fail", "were it not for"
			}
		}
		if comma < 0 || !pred || t.toks[comma].Form != "," {
			continue
		}
		for k := comma + 1; k < n; k++ {
			if t.toks[k].XPOS == "MD" && consequentModal(strings.ToLower(t.toks[k].Form), aux) {
				return i, comma, true
			}
		}
	}
	return 0, 0, false
}

// consequentModal reports a modal that can say what follows from an
// inverted condition: a counterfactual "had" or "were" is answered by
// "would", "could" or "might"; "should" also by "will", "may" or "can".
func consequentModal(m, aux string) bool {
	switch m {
	case "would", "could", "might", "'d":
		return true
	case "will", "'ll", "may", "can":
		return aux == "should"
	}
	return false
}

// invertedConditional marks the clauses of a sentence with an inverted
// condition in [lo, hi), as condition does those of an if-clause: a
// clause inside the condition is supposed, not asserted (its head is
// left out as a fragment), and the clause after it that says what would
// follow has "if" for its modality in place of its "would". A relative
// clause states what is so of a thing it names, and is left alone; a
// speaker found inside the condition ("Had I said that, they would have
// fired me", parsed as what was said) said nothing.
func (t *tree) invertedConditional(c *clause, lo, hi int) {
	if t.is(c.top, "acl:relcl") {
		return
	}
	open := c.modality == "" || futureModal(c.modality)
	switch {
	case c.verb >= lo && c.verb < hi:
		if open {
			c.modality = "if"
		}
	case c.verb >= hi && (futureModal(c.modality) || c.modality == strings.ToLower(t.toks[lo].Form) && (t.head(lo) == c.top || t.head(lo) == c.verb)):
		// "Should talks fail, the union will strike", the "should" often
		// hung on the strike
		c.modality = "if"
		if len(c.speaker) > 0 && c.speaker[0] >= lo && c.speaker[0] < hi {
			c.speaker = nil
		}
	}
}

// invertedHead reports the clause that heads an inverted condition
// ("Had I known"): like an if-clause, a fragment that asserts nothing.
func (t *tree) invertedHead(c *clause) bool {
	lo, hi, ok := t.invertedCondition()
	if !ok || c.verb < lo || c.verb >= hi || t.is(c.top, "acl:relcl") {
		return false
	}
	h := t.head(c.top)
	return h < lo || h >= hi
}

// embeddedQuestion reports an if-clause that a verb asks rather than
// one that sets a condition: "wanted to see if I could grow", "asked if
// it was true".
func (t *tree) embeddedQuestion(k int) bool {
	if t.is(k, "ccomp", "csubj", "xcomp") {
		return true
	}
	h := t.head(k)
	return h >= 0 && h < k && analysis.IsQuestioningVerb(t.lemma(h))
}

// laterConjunct is the clause coordinated with v that an if-clause k the
// parse hung on v stands in: after the conjunction, before the clause's
// verb; or -1.
func (t *tree) laterConjunct(v, k int) int {
	if k < v {
		return -1
	}
	for _, d := range t.children(v, "conj") {
		if cc := t.child(d, "cc"); d > k && cc >= 0 && cc < t.firstOf(k) {
			return d
		}
	}
	return -1
}

// generic gives a "when" clause in the present the modality of the clause
// it qualifies when that one is not asserted: in "when a star collapses,
// you would think ..." the collapse is no event either.
func (t *tree) generic(c *clause, at map[int]*clause) {
	if c.modality != "" || !t.is(c.top, "advcl") {
		return
	}
	m := t.child(c.top, "mark")
	if m < 0 {
		m = t.child(c.top, "advmod") // "when" as an adverb
	}
	if m < 0 || m > c.top {
		return
	}
	mark := strings.ToLower(t.toks[m].Form)
	switch mark {
	case "when", "whenever", "once", "until", "before", "after":
	default:
		return
	}
	h := at[t.head(c.top)]
	if h == nil || h.modality == "" || !t.present(c) {
		return
	}
	c.modality = mark
}

// present reports whether a clause's verb group is in the present tense.
func (t *tree) present(c *clause) bool {
	for k := c.predLo; k < c.predHi; k++ {
		switch t.toks[k].XPOS {
		case "VBP", "VBZ":
			return true
		case "VBD", "MD":
			return false
		}
	}
	return false
}

// spokenAfter attributes a clause to the speaker of a reporting clause that
// hangs from it as an aside: "The plan will work, she said".
func (t *tree) spokenAfter(c *clause, clauses []*clause) {
	if len(c.speaker) > 0 {
		return
	}
	for _, r := range clauses {
		if r == c || !t.is(r.top, "parataxis") || !analysis.IsReportingVerb(t.lemma(r.verb)) || len(r.objects) > 0 {
			continue
		}
		if k := t.child(r.verb, "ccomp"); k > r.verb {
			continue // "...: Ana remarked, "We won"": what Ana said follows
		}
		h := t.head(r.top)
		if h >= 0 && (h == c.top || h == c.verb || t.within(c.top, h) && !t.within(c.top, r.top)) {
			c.speaker = r.subjects
			return
		}
	}
}

// accordingAt reports the "according" of "according to", which the parse
// may take for a verb.
func (t *tree) accordingAt(i int) bool {
	return strings.EqualFold(t.toks[i].Form, "according") && i+1 < len(t.toks) && strings.EqualFold(t.toks[i+1].Form, "to")
}

// attributing reports a phrase "according to X" (or the "according" the
// parse took for a verb): no part of what it attributes.
func (t *tree) attributing(k int) bool {
	return t.preposition(k) == "according" || t.accordingAt(k) || t.accordingAt(t.firstOf(k))
}

// according finds "according to X" anywhere in the sentence: the source,
// and the token range of the phrase, whose own words are no clause of
// what it attributes. The parse gives the phrase when it reads it as one;
// else the noun phrase after "to" is the source.
func (t *tree) according() (src *annals.Argument, lo, hi int, ok bool) {
	for i := range t.toks {
		if !t.accordingAt(i) || i+2 >= len(t.toks) {
			continue
		}
		if h := t.head(i); h > i+1 && t.is(i, "case") {
			a := t.argument(h, true)
			_, hi := t.span(h, nil)
			return &a, i, hi, true
		}
		if t.phraseStart == nil {
			t.phrases()
		}
		c, found := t.phraseStart[i+2]
		if !found {
			if d, f := t.phraseStart[i+3]; f && t.toks[i+2].XPOS == "DT" {
				c, found = d, true
			}
		}
		if !found {
			continue
		}
		c = extendOf(t.toks, c, t.phraseStart)
		a := argument(t.s, c)
		return &a, i, c.End, true
	}
	return nil, 0, 0, false
}

// negatedSubject reports a subject that denies the act: "nobody", "no
// one", "none of them", "nothing", "neither", "no deaths".
func (t *tree) negatedSubject(subj int) bool {
	low := strings.ToLower(t.toks[subj].Form)
	switch low {
	case "nobody", "nothing", "none", "neither", "noone":
		return true
	case "one":
		return subj > 0 && strings.EqualFold(t.toks[subj-1].Form, "no")
	}
	if d := t.child(subj, "det"); d >= 0 && strings.EqualFold(t.toks[d].Form, "no") {
		return true
	}
	return false
}
