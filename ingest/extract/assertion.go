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
		t.embedding(c, at)
	}
	for _, c := range clauses {
		t.accusation(c, at)
	}
	for _, c := range clauses {
		t.condition(c, at)
	}
	for _, c := range clauses {
		t.generic(c, at)
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
		if r == nil || r == c || !complement || t.is(n, "parataxis") && !analysis.IsReportingVerb(t.lemma(r.verb)) {
			if !t.is(n, "conj") {
				direct = false
			}
			n = h
			continue
		}
		lemma := t.lemma(r.verb)
		reporting := analysis.IsReportingVerb(lemma)
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

// futureModal reports a modal that only puts an act in the future or
// under a condition, which a hope or a plan says better.
func futureModal(m string) bool { return m == "will" || m == "would" || m == "shall" }

// condition makes an if- or unless-clause and the clause it conditions
// hypothetical: neither is asserted. Its mark is the modality ("if",
// "unless"), in place of a future auxiliary. "Even if" and "as if"
// concede or compare, and leave the main clause alone.
func (t *tree) condition(c *clause, at map[int]*clause) {
	for _, v := range []int{c.verb, c.top} {
		for _, k := range t.children(v, "advcl") {
			m := t.child(k, "mark")
			if m < 0 || m > k {
				continue
			}
			mark := strings.ToLower(t.toks[m].Form)
			if mark != "if" && mark != "unless" {
				continue
			}
			if m > 0 && (strings.EqualFold(t.toks[m-1].Form, "even") || strings.EqualFold(t.toks[m-1].Form, "as")) {
				continue
			}
			if mark == "if" && k > v && analysis.IsQuestioningVerb(t.lemma(v)) && t.child(v, "ccomp", "xcomp") < 0 {
				// "are examining if the driver was drunk": an embedded
				// question the parse hung as a condition; the examining
				// is a fact
				if sub := at[k]; sub != nil && (sub.modality == "" || futureModal(sub.modality)) {
					sub.modality = mark
				}
				continue
			}
			if sub := at[k]; sub != nil && (sub.modality == "" || futureModal(sub.modality)) {
				sub.modality = mark
			}
			if c.modality == "" || futureModal(c.modality) {
				c.modality = mark
				for _, k := range t.children(c.top, "conj") {
					if d := at[k]; d != nil && (d.modality == "" || futureModal(d.modality)) {
						d.modality = mark
					}
				}
			}
			return
		}
	}
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
