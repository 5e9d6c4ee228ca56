package extract

import (
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// nextClauseSubjects mends a second clause whose subject the parse hung as
// a conjunct inside the first clause: "the summit was held in Doha and
// foreign reporters were refused visas" read with "reporters" a second
// place of the summit, and "were refused" without a subject; "According
// to the agency, in recent years most strikes have been short" read with
// "strikes" coordinated with "years" and the source as the subject. A
// noun phrase coordinated with another and followed at once by the
// auxiliary or the tensed form of a verb that has no subject of its own
// (or only a source led by a preposition) is that verb's subject: the
// first clause's phrase ends before it, and the second clause says
// something of it.
func (t *tree) nextClauseSubjects() {
	for n := range t.toks {
		// "by March, measures were taken": a phrase with a preposition is
		// no subject
		if !t.is(n, "conj") || !isNominal(t.toks[n]) || t.toks[n].UPOS == "NUM" || t.child(n, "case") >= 0 {
			continue
		}
		_, hi := t.span(n, nil)
		// "development of software using git does not require": a
		// participle right after the conjunct, hung on the phrase before
		// it, is the conjunct's
		participle := -1
		if hi < len(t.toks) && t.is(hi, "acl") && t.head(hi) == t.head(n) && (t.toks[hi].XPOS == "VBG" || t.toks[hi].XPOS == "VBN") {
			participle = hi
			_, hi = t.span(hi, nil)
		}
		if hi >= len(t.toks) || hi <= n {
			continue
		}
		v := -1
		switch {
		case t.is(hi, "aux", "aux:pass", "cop") && t.head(hi) > hi:
			v = t.head(hi)
		case finiteTag(t.toks[hi].XPOS) && (t.toks[hi].UPOS == "VERB" || t.toks[hi].UPOS == "AUX"):
			v = hi
		}
		if v < 0 || t.within(v, n) || t.is(v, "acl:relcl", "acl", "amod", "compound") || t.toks[v].UPOS == "NUM" {
			continue
		}
		source := -1
		if s := t.subjectChild(v); s >= 0 {
			// a subject with a preposition is no subject: "According to
			// the agency" is where the clause comes from
			if c := t.child(s, "case"); c < 0 || s > n || !strings.EqualFold(t.toks[c].Form, "according") {
				continue
			}
			source = s
		}
		rel := t.subjectRel(v)
		if cc := t.child(n, "cc"); cc >= 0 && cc < n {
			t.rehang(cc, v, "cc") // the "and" joins the clauses now
		}
		t.rehang(n, v, rel)
		if participle >= 0 {
			t.rehang(participle, n, "acl")
		}
		if source >= 0 {
			t.rehang(source, v, "obl")
			// "in recent years", set off by a comma after the source, is
			// the clause's time, not part of the source
			for _, k := range t.children(source, "nmod") {
				if lo := t.firstOf(k); lo > source && t.toks[lo].Form == "," {
					t.rehang(k, v, "obl")
				}
			}
		}
	}
}

// clauseOpeners are the words that are prepositions and subordinators
// both: "after the vote" and "after the board voted".
var clauseOpeners = map[string]bool{"after": true, "before": true, "since": true, "until": true, "till": true}

// openerClauses mends "issued the order after the agency placed the county
// under a warning", which the parser reads as "after the agency" and a
// second act of the subject's, "placed": a phrase led by a word that also
// opens clauses, followed at once by a tensed verb with no subject of its
// own, is that verb's subject, and the word the clause's mark; the clause
// hangs where the phrase hung. A phrase of time ("since 2010") is left.
func (t *tree) openerClauses() {
	for n := range t.toks {
		if !t.is(n, "obl", "nmod") || !isNominal(t.toks[n]) || t.toks[n].UPOS == "NUM" || t.timeNoun(n) {
			continue
		}
		c := t.child(n, "case")
		lo, hi := t.span(n, nil)
		if c < 0 || c != lo || !clauseOpeners[strings.ToLower(t.toks[c].Form)] || hi >= len(t.toks) {
			continue
		}
		v := -1
		switch {
		case t.is(hi, "aux", "aux:pass") && t.head(hi) > hi:
			v = t.head(hi)
		case finiteTag(t.toks[hi].XPOS) && t.toks[hi].UPOS == "VERB":
			v = hi
		}
		h := t.head(n)
		if v < 0 || h < 0 || t.toks[v].UPOS != "VERB" || t.within(v, n) || t.within(h, v) || t.child(v, "cc") >= 0 ||
			t.child(v, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 || t.child(v, "mark") >= 0 {
			continue
		}
		rel := t.subjectRel(v)
		t.rehang(v, h, "advcl")
		t.rehang(n, v, rel)
		t.rehang(c, v, "mark")
	}
}

// adverbialMarks open a clause that says when, why or on what condition
// another clause holds: the clause is never what a verb says, does or
// finds, and the one it qualifies is what the parse lost.
var adverbialMarks = map[string]bool{
	"when": true, "because": true, "although": true, "though": true, "while": true, "whilst": true,
	"after": true, "before": true, "as": true, "since": true, "unless": true, "once": true,
	"until": true, "whereas": true, "if": true,
}

// notAnObject reports a clause in tokens [lo, hi) that cannot be what the
// clause c's verb takes, though the parse hangs it there: an adverbial
// clause ("said if the talks fail, ...": what was said is the clause the
// condition qualifies, not the condition), save an "if" that asks
// ("checked if the water was clean"); and a relative clause whose noun is
// elsewhere ("met people at the camp who had fled", "died in 2014, which
// stalled the study"), save a question a verb of asking or knowing takes
// ("decide who picks the judge"). Without its right object the statement
// says less, which is better than saying something else.
func (t *tree) notAnObject(c *clause, lo, hi int) bool {
	x := -1 // the clause's head: the one token whose head lies outside
	for k := lo; k < hi; k++ {
		if h := t.head(k); h < lo || h >= hi {
			if x >= 0 {
				return false
			}
			x = k
		}
	}
	if x < 0 || x == lo || lo < c.verb {
		return false // "'Because the land is sold,' reads the motion": a fronted quotation is said whole
	}
	first := strings.ToLower(t.toks[lo].Form)
	asks := analysis.IsQuestioningVerb(t.lemma(c.verb))
	switch {
	case t.is(lo, "mark") && t.head(lo) == x && adverbialMarks[first]:
		// "said, 'If the talks fail, we will leave'": a second clause with
		// a subject of its own, however the parse hangs it, is what was
		// said, the condition with it
		for k := x + 1; k < hi; k++ {
			if s := t.child(k, "nsubj", "nsubj:pass", "expl"); s > x && !t.is(k, "acl:relcl", "acl") {
				return false
			}
		}
		// "if" asks after a verb of asking or knowing, and after a denied
		// one ("did not mention if"); "said if ..." states a condition
		return first != "if" || !c.negated && (!asks || t.lemma(c.verb) == "say" || t.lemma(c.verb) == "tell")
	case (first == "who" || first == "which") && t.is(lo, "nsubj", "nsubj:pass") && t.head(lo) == x:
		before := lo - 1
		return !asks || before >= 0 && (t.toks[before].UPOS == "PUNCT" || isNominal(t.toks[before]) && before != c.verb)
	}
	return false
}
