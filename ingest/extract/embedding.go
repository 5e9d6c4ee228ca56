package extract

import (
	"slices"
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// findingVerbs are the verbs that present a clause as what evidence shows
// or someone found out ("the poll showed most voters backed him",
// "investigators found the pilot had erred"): like verbs of saying, what
// they govern is the clause, never the noun that opens it.
var findingVerbs = map[string]bool{
	"show": true, "find": true, "reveal": true, "indicate": true, "suggest": true, "prove": true,
	"demonstrate": true, "conclude": true, "discover": true, "confirm": true, "determine": true,
	"learn": true, "realise": true, "realize": true, "notice": true, "establish": true,
}

// embeds reports a verb whose content is a clause: saying, believing,
// denying, or showing and finding.
func embeds(lemma string) bool {
	return analysis.IsReportingVerb(lemma) || analysis.IsAttitudeVerb(lemma) || analysis.IsDenialVerb(lemma) || findingVerbs[lemma]
}

// addresseeVerbs are the verbs of saying whose object is whom they
// address: "told reporters the bridge would reopen".
var addresseeVerbs = map[string]bool{
	"tell": true, "inform": true, "assure": true, "warn": true, "remind": true, "notify": true,
	"ask": true, "convince": true, "persuade": true, "promise": true, "advise": true, "caution": true,
}

// clauseAfterObject mends a clause after a verb of saying, believing or
// showing whose subject the parse cut off from it, taking the words before
// the subject for the verb's object and hanging the clause's verb
// elsewhere: in "Giuliani suggested Borat actor Sacha Baron Cohen may have
// edited the footage" the actor is no thing suggested but the title of
// the clause's subject; in "told reporters the bridge will reopen" the
// reporters are whom it was told. The clause is what the verb says.
func (t *tree) clauseAfterObject() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || !embeds(t.lemma(v)) || t.child(v, "ccomp") >= 0 {
			continue
		}
		o := t.child(v, "obj", "iobj")
		if o < 0 || o < v || t.toks[o].UPOS == "PRON" {
			continue
		}
		_, hi := t.span(o, nil)
		for hi < len(t.toks) && isQuote(t.toks[hi].Form) {
			hi++
		}
		if hi >= len(t.toks) {
			continue
		}
		s := t.nounStarting(hi)
		if !isNominal(t.toks[s]) || t.toks[s].UPOS == "PRON" {
			continue
		}
		x := t.head(s)
		if x < 0 || !t.is(s, "nsubj", "nsubj:pass") || x < s || x == v || t.within(v, x) || t.within(x, o) ||
			t.is(x, "acl:relcl") || t.toks[x].UPOS != "VERB" && t.child(x, "cop") < 0 || !t.finite(x) {
			continue
		}
		addressee := addresseeVerbs[t.lemma(v)]
		if !addressee && (t.child(o, "det", "nmod:poss") >= 0 || t.toks[o].XPOS != "NN" && t.toks[o].XPOS != "NNP" ||
			t.toks[s].UPOS != "PROPN" || analysis.ClaimModality(t.lemma(o)) != "") {
			// only a title before a name ("Borat actor Sacha Baron
			// Cohen"): "denied allegations his campaign lied" denies
			// the allegations, and "believed the report Ana wrote was
			// false" has a noun of its own
			continue
		}
		t.rehang(x, v, "ccomp")
		if addressee {
			t.rehang(o, v, "iobj")
		} else {
			t.rehang(o, s, "dep") // the words qualify the subject, and leave its argument
		}
	}
}

// nounStarting is the head of the noun phrase whose first word is token
// f: f, or the noun it modifies when the phrase runs on past it.
func (t *tree) nounStarting(f int) int {
	n := f
	for steps := 0; steps < len(t.toks); steps++ {
		h := t.head(n)
		if h < 0 || h < f || !isNominal(t.toks[h]) || !t.is(n, "compound", "flat", "amod", "nummod", "det", "nmod:poss") || t.firstOf(h) != f {
			break
		}
		n = h
	}
	return n
}

// participleContent reports a participle on the object of a verb of
// saying or showing that heads a clause the tagger took for a reduced
// relative: in "the poll showed 55 percent of respondents believed Biden
// was ill" the respondents believed, and "believed" has an object or
// clause of its own that no passive participle takes.
func (t *tree) participleContent(x int) bool {
	if t.toks[x].XPOS != "VBN" || t.is(x, "acl:relcl") || ditransitive[t.lemma(x)] || t.child(x, "aux", "aux:pass", "mark") >= 0 {
		return false
	}
	return slices.ContainsFunc(t.kids[x], func(k int) bool { return t.is(k, "obj", "ccomp") && k > x })
}

// contentAfterAddressee is the token range of what a verb of saying tells
// its addressee when the parse buried the that-clause inside the
// addressee's phrase: in "told Anadolu Agency, a local news outlet, that
// one of the dead was a director" the clause was read as one more
// apposition of the agency. What was told is the clause, not the agency.
func (t *tree) contentAfterAddressee(v int) (lo, hi int, ok bool) {
	if !addresseeVerbs[t.lemma(v)] || t.child(v, "ccomp") >= 0 {
		return 0, 0, false
	}
	o := t.child(v, "iobj", "obj")
	if o < 0 || o < v {
		return 0, 0, false
	}
	_, ohi := t.span(o, nil)
	for m := o + 1; m+1 < ohi; m++ {
		if t.toks[m].Form == "," && strings.EqualFold(t.toks[m+1].Form, "that") && t.within(m+1, o) {
			lo, hi = m+2, ohi
			for hi > lo && (t.toks[hi-1].UPOS == "PUNCT" || isQuote(t.toks[hi-1].Form)) {
				hi--
			}
			if hi-lo < 3 {
				return 0, 0, false
			}
			for k := lo; k < hi; k++ {
				if t.toks[k].UPOS == "VERB" || t.toks[k].UPOS == "AUX" {
					return lo, hi, true // a clause: it has a verb
				}
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}
