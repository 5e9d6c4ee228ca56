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

// invertedReport mends a reported clause that the parse turned inside
// out: the clause's verb made the head of the verb of saying, and the
// clause's subject read as that verb's object. In "the ministry said new
// rules will apply from May" the parse may hang "said" on "apply" as an
// adverbial and take "new rules" for what was said; what was said is that
// new rules will apply. The signal is a clause verb with a tense but no
// subject, right after the object of a verb of saying that has one.
func (t *tree) invertedReport() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || !embeds(t.lemma(v)) || !t.is(v, "advcl", "parataxis", "dep") || t.child(v, "ccomp") >= 0 {
			continue
		}
		x := t.head(v)
		if x < v || t.toks[x].UPOS != "VERB" && t.child(x, "cop") < 0 || !t.finite(x) || !t.finite(v) && !t.pastRead(v) ||
			t.child(x, "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "mark") >= 0 {
			continue
		}
		if s := t.subjectChild(v); s < 0 || s > v || isRelativePronoun(t.toks[s]) {
			continue
		}
		o := t.child(v, "obj")
		if o < v || o > x || !isNominal(t.toks[o]) || isRelativePronoun(t.toks[o]) || t.child(v, "iobj") >= 0 {
			continue
		}
		// the clause's own words start right after the object's phrase
		_, hi := t.span(v, nil)
		for hi < x && t.toks[hi].UPOS == "PUNCT" {
			hi++
		}
		if lo, _ := t.span(x, func(k int) bool { return k == v || k < v }); lo != hi {
			continue
		}
		rel := t.subjectRel(x)
		h, hrel := t.head(x), t.rel(x)
		t.rehang(v, h, hrel)
		joined := len(t.toks) // the first clause coordinated with the saying
		for _, k := range append([]int(nil), t.kids[x]...) {
			switch {
			case k < v:
				t.rehang(k, v, t.rel(k)) // "In May, the ministry said ...": the words before the saying are its
			case t.is(k, "conj") && t.subjectChild(k) >= 0:
				t.rehang(k, v, "conj") // ", but the party wants more": a clause of the writer's, coordinated with the saying
				joined = min(joined, k)
			case k > joined && t.is(k, "punct"):
				t.rehang(k, v, "punct") // the sentence's end, after that clause
			}
		}
		t.rehang(x, v, "ccomp")
		t.rehang(o, x, rel)
	}
}

// adverbialGerund mends a bare gerund after a comma that the parse took
// for what a verb of saying says: in "the plan will work, she said,
// adding that talks go on" or "he said, repeating his earlier remarks"
// the gerund is a second act of the speaker's, not the content of
// "said"; what was said is found elsewhere (the quotation before it). A
// gerund with a subject, auxiliary or mark of its own is left alone.
func (t *tree) adverbialGerund() {
	for x := range t.toks {
		if !t.is(x, "ccomp") || t.toks[x].XPOS != "VBG" || t.child(x, "nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "mark", "cop") >= 0 {
			continue
		}
		v := t.head(x)
		if v < 0 || v > x || t.toks[v].UPOS != "VERB" || !embeds(t.lemma(v)) {
			continue
		}
		if f := t.firstOf(x); f < 1 || f-1 <= v || t.toks[f-1].Form != "," {
			continue
		}
		t.rehang(x, v, "advcl")
		if k := t.thatAfterAside(x); k >= 0 && t.child(v, "ccomp") < 0 {
			// "police said, citing witnesses, that the gunman fled": the
			// clause after the aside is what was said, not what was cited
			t.rehang(k, v, "ccomp")
		}
	}
}

// thatAfterAside is a that-clause the parse hung on gerund g although a
// comma closes the gerund's phrase before it ("citing witnesses, that
// ..."), or -1. Without the comma ("adding that talks go on") the clause
// is the gerund's.
func (t *tree) thatAfterAside(g int) int {
	o := t.child(g, "obj")
	if o < g {
		return -1
	}
	_, ohi := t.span(o, nil)
	for _, k := range t.children(g, "ccomp") {
		m := t.child(k, "mark")
		if k > o && m >= 1 && m < k && strings.EqualFold(t.toks[m].Form, "that") && t.firstOf(k) == m &&
			t.toks[m-1].Form == "," && m-1 == ohi {
			return k
		}
	}
	return -1
}

// reportAsModifier mends a verb of saying that the parse took for a
// participle on its own subject when an aside stands between it and what
// it says: in "the ambassador alleged, by way of example, Mahan had
// contributed to the violence" the parse may read "the ambassador
// (who was) alleged" as the subject of "contributed", which then has two.
// The second subject is the signal: the verb of saying takes the first as
// its own, and the clause as what it says.
func (t *tree) reportAsModifier() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || !embeds(t.lemma(v)) || !t.is(v, "acl") || t.is(v, "acl:relcl") {
			continue
		}
		if x := t.toks[v].XPOS; x != "VBD" && x != "VBN" || t.child(v, "obj", "iobj", "xcomp", "aux", "aux:pass", "mark", "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		h := t.head(v)
		if h < 0 || h > v || !isNominal(t.toks[h]) {
			continue
		}
		if t.is(h, "root") && t.child(h, "cop") < 0 {
			// "the ambassador alleged, by way of example, that the airline
			// had ...": the noun made the root, the clause hung on it or
			// on the participle
			x := t.child(v, "ccomp")
			if x < 0 {
				x = t.clauseOnNoun(h, v)
			}
			if x < v || t.subjectChild(x) < 0 || !t.finite(x) {
				continue
			}
			t.rehang(v, -1, "root")
			t.rehang(h, v, "nsubj")
			for _, k := range append([]int(nil), t.kids[h]...) {
				if k > v {
					t.rehang(k, v, t.rel(k)) // the aside and the sentence's end are the saying's
				}
			}
			t.rehang(x, v, "ccomp")
			continue
		}
		if t.child(v, "ccomp") >= 0 {
			continue
		}
		if !t.is(h, "nsubj", "nsubj:pass") {
			continue
		}
		x := t.head(h)
		if x < v || t.toks[x].UPOS != "VERB" && t.child(x, "cop") < 0 || !t.finite(x) {
			continue
		}
		second := slices.ContainsFunc(t.kids[x], func(k int) bool {
			return k != h && k > v && k < x && t.is(k, "nsubj", "nsubj:pass") && !isRelativePronoun(t.toks[k])
		})
		if !second {
			continue
		}
		t.rehang(v, t.head(x), t.rel(x))
		t.rehang(h, v, "nsubj")
		if last := len(t.toks) - 1; t.head(last) == x && t.toks[last].UPOS == "PUNCT" && last > x {
			t.rehang(last, v, "punct") // the sentence's end is the saying's
		}
		t.rehang(x, v, "ccomp")
		for _, k := range t.children(x, "nsubj:pass") {
			if t.child(x, "aux:pass") < 0 {
				t.rehang(k, x, "nsubj")
			}
		}
	}
}

// clauseOnNoun is a finite clause with a subject of its own that hangs on
// noun h after the participle v ("the ambassador alleged, ..., that the
// airline had contributed"), or -1.
func (t *tree) clauseOnNoun(h, v int) int {
	for _, k := range t.kids[h] {
		if k > v && t.is(k, "advcl", "ccomp", "dep", "parataxis", "acl") && !t.is(k, "acl:relcl") && t.finite(k) &&
			(t.toks[k].UPOS == "VERB" || t.child(k, "cop") >= 0) {
			if s := t.subjectChild(k); s >= 0 && !isRelativePronoun(t.toks[s]) {
				return k
			}
		}
	}
	return -1
}

// reportedConjunct mends what a verb of saying says that the parse hung
// as a clause coordinated with it, though nothing coordinates them: "his
// associates have alleged Navalny was poisoned" (the poisoning read as a
// second act of the associates), and "a story alleging Trump paid more
// taxes" (the payment read as a second act of the sentence's subject, and
// Trump as what was alleged). A conjunct with no "and" or "but", that
// starts right after the verb (with a subject of its own) or right after
// the verb's object (with none, the object being its subject), or opens
// with "that" ("alleged, citing records, that the mayor took bribes"), is
// what the verb says.
func (t *tree) reportedConjunct() {
	for x := range t.toks {
		if !t.is(x, "conj") || t.child(x, "cc") >= 0 || t.toks[x].UPOS != "VERB" && t.child(x, "cop") < 0 || !t.finite(x) {
			continue
		}
		if t.child(x, "conj") >= 0 {
			continue // "determine the car had come from the base and spoke with her": whose the second act is, the parse cannot tell
		}
		lo, _ := t.span(x, nil)
		if lo < 1 {
			continue
		}
		if s := t.subjectChild(x); s >= 0 {
			v := t.head(x)
			if v < 0 || v >= lo || t.toks[v].UPOS != "VERB" || !embeds(t.lemma(v)) || t.child(v, "obj", "iobj", "ccomp", "xcomp") >= 0 {
				continue
			}
			m := t.child(x, "mark")
			that := m == lo && strings.EqualFold(t.toks[m].Form, "that") // "alleged, citing records, that ..."
			if _, vhi := t.span(v, func(k int) bool { return k >= lo }); !that && (vhi != lo || t.firstOf(s) != lo) {
				continue // only the verb's own words (its subject, auxiliaries) before the clause
			}
			t.rehang(x, v, "ccomp")
			continue
		}
		// no subject: the object of a verb of saying right before it
		o := lo - 1
		for o >= 0 && t.head(o) >= 0 && t.head(o) > o && t.head(o) < lo {
			o = t.head(o) // from the object's last word up to its head
		}
		if o < 0 || !t.is(o, "obj") || !isNominal(t.toks[o]) || t.toks[o].UPOS == "PRON" {
			continue
		}
		v := t.head(o)
		if v < 0 || v > o || t.toks[v].UPOS != "VERB" || !embeds(t.lemma(v)) || t.child(v, "ccomp", "iobj") >= 0 || addresseeVerbs[t.lemma(v)] {
			continue
		}
		if _, ohi := t.span(o, nil); ohi != lo {
			continue
		}
		rel := t.subjectRel(x)
		t.rehang(x, v, "ccomp")
		t.rehang(o, x, rel)
	}
}
