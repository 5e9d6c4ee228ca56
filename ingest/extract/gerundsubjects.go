package extract

import (
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// gerundSubjects mends a clause whose subject is a gerund phrase that the
// parse split: in "defeating the governor starts with uniting the party"
// or "critics warned that building the dam would flood the valley" it
// took the gerund's object for the verb's subject, and the governor
// "starts", the dam "floods". The gerund opens its clause (the sentence,
// or after "that", "because" and the like) and its object opens with a
// determiner or a name, which no participle used as an adjective takes
// ("rising prices have hurt families" stays). The gerund phrase becomes
// the clause's subject and the noun its object. Verbs that take a clause
// ("saying the vote was rigged", "noting the storm had passed") report
// the clause after them, and keep it.
func (t *tree) gerundSubjects() {
	for g := range t.toks {
		if !t.gerundOpener(g) {
			continue
		}
		n := g + 1 // up from the word after the gerund to the subject it begins
		for steps := 0; n > g && steps < len(t.toks) && !t.is(n, "nsubj"); steps++ {
			n = t.head(n)
		}
		if n <= g || !t.is(n, "nsubj") || t.firstOf(n) != g+1 {
			continue
		}
		v := t.head(n)
		if v <= n || !t.finite(v) || t.child(g, "nsubj", "obj") >= 0 {
			continue
		}
		if _, hi := t.span(n, nil); hi > v || !t.onlyAuxiliariesBetween(hi, v) || t.commaBetween(g, hi) {
			continue
		}
		t.swapGerund(g, n, v)
	}
}

// gerundOpener reports a gerund that may head a clause's subject phrase:
// the first word of its clause, followed by a determiner, a possessive or
// a name, and not a verb of saying or knowing, nor a participle that
// stands before names as an adjective ("visiting President Xi").
func (t *tree) gerundOpener(g int) bool {
	tok := t.toks[g]
	if tok.XPOS != "VBG" || g+1 >= len(t.toks) || t.is(g, "amod", "acl", "obj", "nmod", "obl", "nsubj") {
		return false
	}
	if g > 0 {
		prev := t.toks[g-1]
		low := strings.ToLower(prev.Form)
		if !subjectClauseOpener[low] && prev.XPOS != "``" && prev.Form != `"` {
			return false // "before joining the party, Ana ...": the gerund is adverbial
		}
		if low == "that" && g >= 2 && isNominal(t.toks[g-2]) {
			return false // "the plan that funding the dam ...": a relative clause's mark, read awry
		}
	}
	next := t.toks[g+1]
	switch {
	case next.XPOS == "DT" && !strings.EqualFold(next.Form, "that"), next.XPOS == "PRP$":
	case next.XPOS == "NNP" && !adjectivalParticiple[t.lemma(g)]:
	default:
		return false
	}
	l := t.lemma(g)
	return !analysis.IsReportingVerb(l) && !analysis.IsClaimingVerb(l) && !analysis.IsAttitudeVerb(l) &&
		!analysis.IsQuestioningVerb(l) && !clauseTaking[l]
}

// swapGerund makes gerund g the subject of verb v and noun n, which the
// parse took for v's subject, g's object. A v the parse hung under g takes
// g's place in the tree first, and a mark of g ("that") moves to v.
func (t *tree) swapGerund(g, n, v int) {
	if t.head(v) == g {
		h, rel := t.head(g), t.rel(g)
		if !t.is(g, "root", "advcl", "ccomp", "conj", "parataxis", "xcomp", "csubj") {
			// a gerund hung as a noun's word: v reports to the verb above
			for h >= 0 && t.toks[h].UPOS != "VERB" {
				h = t.head(h)
			}
			rel = "ccomp"
			if h < 0 {
				rel = "root"
			}
		}
		t.rehang(v, h, rel)
	}
	for _, k := range t.children(g, "mark") {
		if k < g {
			t.rehang(k, v, "mark")
		}
	}
	t.rehang(g, v, "csubj")
	t.rehang(n, g, "obj")
}

// clauseTaking are verbs beyond those of saying and believing whose
// gerund takes a clause after it ("meaning the plan failed", "assuming
// the vote holds", "seeing the crowd grow").
var clauseTaking = map[string]bool{
	"mean": true, "assume": true, "suppose": true, "see": true, "hear": true, "hope": true, "fear": true,
	"feel": true, "find": true, "realise": true, "realize": true, "recognise": true, "recognize": true,
	"understand": true, "expect": true, "imply": true, "show": true, "signal": true, "provide": true,
	"give": true, "consider": true, "notice": true, "guess": true, "bet": true, "pretend": true,
	"demand": true, "request": true, "require": true, "ensure": true, "make": true, "let": true,
	"watch": true, "figure": true, "reckon": true, "worry": true, "wish": true, "prove": true,
}

// adjectivalParticiple are participles that stand before a name as an
// adjective or title ("visiting President Xi", "outgoing Mayor Ana Ruiz").
var adjectivalParticiple = map[string]bool{
	"visit": true, "lead": true, "rule": true, "outgo": true, "incoming": true, "sit": true, "serve": true,
	"act": true, "reign": true, "govern": true, "oppose": true, "remain": true, "rank": true, "preside": true,
	"retire": true, "defend": true, "compete": true, "participate": true, "strike": true, "protest": true,
	"neighbour": true, "neighbor": true, "rise": true, "grow": true, "fall": true, "exist": true,
	"emerge": true, "develop": true, "win": true, "lose": true, "fight": true, "work": true, "bear": true,
	"coming": true, "come": true, "follow": true, "survive": true, "depart": true, "interim": true,
	"manage": true, "found": true, "amaze": true, "stun": true, "hold": true, "run": true, "ail": true,
}

// subjectClauseOpener are the words after which a clause, and so its
// subject, begins; after "before", "while" or "by" a gerund is adverbial.
var subjectClauseOpener = map[string]bool{
	"that": true, "because": true, "if": true, "unless": true, "although": true, "though": true, "whether": true,
}

// commaBetween reports a comma among tokens [i, j).
func (t *tree) commaBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if t.toks[k].Form == "," {
			return true
		}
	}
	return false
}
