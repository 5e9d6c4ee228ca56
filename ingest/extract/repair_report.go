package extract

import (
	"slices"
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// repairReports mends the ways the parser misreads reported speech: a
// reporting verb read as a noun or cut off from its that-clause by a
// parenthetical, a clause whose first words it took for the object of
// "said", a speaker after "said" cut at the first name of an apposition,
// a text after the "reads" of what it says, a noun of claim whose clause
// it hung on the main verb, and an
// interview's speaker label read as a subject.
func (t *tree) repairReports() {
	t.speakerLabel()
	t.reportedThat()
	t.clippedObject()
	t.conjoinedReport()
	t.postposedSpeaker()
	t.documentReads()
	t.claimComplement()
	t.strandedComplement()
}

// strandedComplement mends a reported clause whose verb's infinitive the
// parse hung on the verb of saying: in "declared workers would continue
// to be paid without coming to work" the payment is what would continue,
// not a second thing declared, and the clause clipped before it says
// nothing. An infinitive right after the clause's last word is the
// clause's; so is a gerund that follows it with no comma between.
func (t *tree) strandedComplement() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || !t.reporting(v) {
			continue
		}
		x := t.child(v, "ccomp")
		y := t.child(v, "xcomp")
		if x < v || y < x || t.toks[x].UPOS != "VERB" || !t.toMark(y) || t.child(x, "xcomp", "ccomp", "obj") >= 0 {
			continue
		}
		if s := t.subjectChild(x); s < 0 || s > x {
			continue
		}
		_, hi := t.span(x, nil)
		if lo, _ := t.span(y, nil); lo != hi {
			continue
		}
		t.rehang(y, x, "xcomp")
		_, hi = t.span(y, nil)
		for _, a := range t.children(v, "advcl") {
			if lo, _ := t.span(a, nil); lo == hi && t.toks[a].XPOS == "VBG" && t.child(a, "mark") >= 0 {
				t.rehang(a, y, "advcl")
			}
		}
	}
}

// reporting reports a word whose lemma reports, believes or denies what
// a clause says: say, allege, hope, deny.
func (t *tree) reporting(k int) bool {
	lemma := t.lemma(k)
	return analysis.IsReportingVerb(lemma) || analysis.IsAttitudeVerb(lemma) || analysis.IsDenialVerb(lemma)
}

// thatClause is the verb of the finite clause that a "that" at m opens,
// with a subject of its own, or -1: the word's head, or the verb whose
// subject the "that" was read as the determiner of ("that Trump paid").
func (t *tree) thatClause(m int) int {
	if !strings.EqualFold(t.toks[m].Form, "that") {
		return -1
	}
	x := t.head(m)
	if x < 0 {
		return -1
	}
	if t.is(m, "det") && t.toks[x].UPOS == "PROPN" && t.is(x, "nsubj", "nsubj:pass") {
		x = t.head(x)
	}
	if x < 0 || x < m || t.toks[x].UPOS != "VERB" && t.child(x, "cop") < 0 || !t.finite(x) && !t.pastRead(x) {
		return -1
	}
	for k := m; k < x; k++ {
		if !t.within(k, x) {
			return -1 // the words after "that" are not all the clause's
		}
	}
	if s := t.subjectChild(x); s < 0 || s < m || isRelativePronoun(t.toks[s]) {
		return -1
	}
	return x
}

// pastRead reports a bare participle with a subject of its own and no
// auxiliary: a past tense the tagger took for a participle ("Harris
// attacked Biden").
func (t *tree) pastRead(x int) bool {
	return t.toks[x].XPOS == "VBN" && t.child(x, "nsubj") >= 0 && t.child(x, "aux", "aux:pass", "cop") < 0
}

// markThat makes the "that" at m the mark of clause x.
func (t *tree) markThat(m, x int) {
	t.rehang(m, x, "mark")
	t.toks[m].UPOS, t.toks[m].XPOS = "SCONJ", "IN"
}

// reportedThat mends a that-clause after a reporting verb that the parse
// did not make the verb's complement: "The ministry announced, on
// Tuesday, that schools would close" (the clause read as an adverbial, or
// as a relative clause on the parenthetical's noun), and "The book
// alleges, among other things, that Trump paid ..." (the verb read as a
// plural noun). A parenthetical between commas may stand between the
// verb and the "that".
func (t *tree) reportedThat() {
	for m := 1; m < len(t.toks); m++ {
		x := t.thatClause(m)
		if x < 0 {
			continue
		}
		v, aside := t.beforeParenthetical(m)
		if v < 0 || !t.reporting(v) || v == x {
			continue
		}
		switch {
		case t.toks[v].UPOS == "VERB":
			if t.child(v, "ccomp") >= 0 || t.within(v, x) {
				continue
			}
		case t.toks[v].UPOS == "NOUN":
			// "The lawsuit alleges that": a verb in -s after a noun, which
			// the parse made its sentence's root or cut off by an aside;
			// "the claims that" and "his claims that" are nouns
			if !strings.HasSuffix(strings.ToLower(t.toks[v].Form), "s") || !(aside || t.head(v) < 0) ||
				t.child(v, "nmod:poss") >= 0 || !isNominal(t.toks[v-1]) || t.toks[v-1].UPOS == "PRON" {
				continue
			}
			t.verbFromNoun(v, x)
		default:
			continue
		}
		if !t.within(v, x) {
			t.rehang(x, v, "ccomp")
			t.markThat(m, x)
		}
	}
}

// beforeParenthetical is the word before the "that" at m, past a
// parenthetical set off by commas ("alleges, among other things, that"),
// and whether there was one; -1 when the aside holds a verb or is long.
func (t *tree) beforeParenthetical(m int) (int, bool) {
	j := m - 1
	if t.toks[j].Form != "," {
		return j, false
	}
	for p := j - 1; p > 0 && j-p <= 8; p-- {
		tok := t.toks[p]
		if tok.Form == "," {
			return p - 1, p < j-1
		}
		if tok.UPOS == "VERB" || tok.UPOS == "AUX" || tok.UPOS == "PUNCT" {
			return -1, false
		}
	}
	if j-1 >= 0 && t.toks[j-1].UPOS != "PUNCT" {
		return j - 1, false // "He said, that ..."
	}
	return -1, false
}

// verbFromNoun makes the noun v a verb that governs clause x: it takes
// the place of x in the tree, the noun before it and its modifiers become
// its subject, and x hangs on it.
func (t *tree) verbFromNoun(v, x int) {
	t.own()
	t.toks[v].UPOS, t.toks[v].XPOS = "VERB", "VBZ"
	if t.within(v, x) {
		// "alleges" hung as a phrase of the clause it introduces
		t.rehang(v, t.head(x), t.rel(x))
		t.rehang(x, v, "ccomp")
	}
	subj := v - 1
	if t.head(subj) != v {
		return
	}
	t.rehang(subj, v, "nsubj")
	for _, k := range slices.Clone(t.kids[v]) {
		if k < subj && t.is(k, "det", "amod", "compound", "nmod:poss") {
			t.rehang(k, subj, t.rel(k))
		}
	}
}

// clippedObject mends a clause after a verb of saying whose first words
// the parse took for the verb's object: in `He said the "phony" and
// "nasty" Harris attacked Biden` the adjectives are no object of said; the
// clause they open is what was said, and its subject is Harris.
func (t *tree) clippedObject() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || !t.reporting(v) || t.child(v, "ccomp") >= 0 {
			continue
		}
		o := t.child(v, "obj")
		if o < 0 || o < v || !t.bareModifier(o) {
			continue
		}
		x := -1 // a finite clause inside the object, right after its words
		for k := o + 1; k < len(t.toks); k++ {
			if t.within(k, o) && t.toks[k].UPOS == "VERB" && !t.is(k, "acl:relcl") {
				x = k
				break
			}
		}
		if x < 0 {
			continue
		}
		if k := x - 1; t.subjectChild(x) < 0 && t.head(k) == x && t.is(k, "compound") && t.toks[k].UPOS == "PROPN" {
			t.rehang(k, x, "nsubj") // "Warren attacked", the name read as a compound of the verb
		}
		if !finiteTag(t.toks[x].XPOS) && !t.pastRead(x) {
			continue
		}
		s := t.subjectChild(x)
		if s < 0 || s > x || !isNominal(t.toks[s]) || t.toks[s].UPOS == "PRON" {
			continue
		}
		hi := o + 1 // past the object's last word outside the clause
		for k := o; k < len(t.toks); k++ {
			if t.within(k, o) && !t.within(k, x) {
				hi = k + 1
			}
		}
		lo := t.firstOf(s)
		for hi < lo && (t.toks[hi].UPOS == "PUNCT" || isQuote(t.toks[hi].Form)) {
			hi++
		}
		if hi != lo {
			continue
		}
		t.rehang(x, v, "ccomp")
		t.rehang(o, s, "dep") // the clipped words qualify the subject, and leave its argument
	}
}

// conjoinedReport mends a clause after a verb of saying that the parse
// coordinated with the verb, with no conjunction between them: in "She
// claimed the corrupt Morgan ruined the city" the ruin is what she claimed,
// and the words the parse hung on its verb before the subject are the
// subject's.
func (t *tree) conjoinedReport() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || !t.reporting(v) || t.child(v, "ccomp", "obj") >= 0 {
			continue
		}
		for _, x := range t.children(v, "conj") {
			s := t.subjectChild(x)
			if x < v || !finiteTag(t.toks[x].XPOS) || t.child(x, "cc", "mark") >= 0 || s < 0 || s > x || !isNominal(t.toks[s]) {
				continue
			}
			lo := t.firstOf(x)
			for lo > v+1 && (t.toks[lo-1].UPOS == "PUNCT" || isQuote(t.toks[lo-1].Form)) {
				lo--
			}
			if lo != v+1 {
				continue
			}
			t.rehang(x, v, "ccomp")
			for _, k := range slices.Clone(t.kids[x]) {
				if k < s && t.is(k, "det", "amod", "compound", "nmod:poss") {
					t.rehang(k, s, t.rel(k))
				}
			}
			break
		}
	}
}

// bareModifier reports an object that is only an adjective or a bare
// noun with its determiner and words coordinated with it ("the "phony"
// and "nasty""): no phrase a verb of saying says.
func (t *tree) bareModifier(o int) bool {
	if t.toks[o].UPOS != "ADJ" && t.toks[o].UPOS != "NOUN" || t.toks[o].XPOS == "NNS" {
		return false
	}
	for _, k := range t.kids[o] {
		switch {
		case t.is(k, "det", "punct", "cc", "advmod"):
		case t.is(k, "conj") && t.toks[k].UPOS == "ADJ":
		case t.toks[k].UPOS == "VERB":
		default:
			return false
		}
	}
	return true
}

// postposedSpeaker mends the speaker after a verb of saying in inverted
// order that ends in a name: in `"...," said University of California,
// San Diego's chancellor, Pradeep Khosla` the parse makes the university
// the subject, or the chancellor the object, and the name an apposition of
// some part. The speaker is the whole phrase; its head is the name it
// ends with, and the words before the name are its apposition.
func (t *tree) postposedSpeaker() {
	for v := 1; v+3 < len(t.toks); v++ {
		if t.toks[v].UPOS != "VERB" || !analysis.IsReportingVerb(t.lemma(v)) || !t.inverted(v) {
			continue
		}
		end := len(t.toks)
		for end > v+1 && t.toks[end-1].UPOS == "PUNCT" {
			end--
		}
		// the name: a run of proper nouns after a comma, ending the
		// sentence or followed by a phrase of time or place
		b := end
		for k := v + 1; k < end; k++ {
			if t.toks[k].Form == "," && k+1 < end && (t.toks[k+1].UPOS == "ADP" || analysis.IsTimeWord(t.toks[k+1])) {
				b = k
				break
			}
		}
		a := b
		for a > v+1 && t.toks[a-1].UPOS == "PROPN" {
			a--
		}
		if a == b || a-1 <= v+1 || t.toks[a-1].Form != "," || t.toks[a-2].UPOS != "NOUN" {
			continue // no name after a role noun and a comma
		}
		n := -1 // the name's head
		for k := a; k < b; k++ {
			if h := t.head(k); h < a || h >= b {
				if n >= 0 {
					n = -2
				}
				if n == -1 {
					n = k
				}
			}
		}
		if n < 0 {
			continue
		}
		if t.head(n) == v && t.is(n, "nsubj") {
			continue // read right
		}
		var tops []int // the heads of the words before the name
		for k := v + 1; k < a-1; k++ {
			if h := t.head(k); h < v+1 || h >= b {
				tops = append(tops, k)
			}
		}
		t.rehang(n, v, "nsubj")
		// the part after the last comma before the name is the role the
		// name holds; parts before it ("University of California, San
		// Diego's chancellor") qualify the role, and stay out of the
		// argument, which names the one who speaks
		last := v + 1
		for k := v + 1; k < a-1; k++ {
			if t.toks[k].Form == "," {
				last = k + 1
			}
		}
		if last > v+1 {
			for k := last; k < a-1; k++ {
				if h := t.head(k); (h < last || h >= a-1) && t.toks[k].UPOS != "PUNCT" {
					t.rehang(k, n, "appos")
				}
			}
		}
		for _, k := range tops {
			switch {
			case t.toks[k].UPOS == "PUNCT" || t.head(k) == n:
			case k < last:
				t.rehang(k, n, "dep")
			default:
				t.rehang(k, n, "appos")
			}
		}
		for k := b; k < end; k++ {
			if h := t.head(k); (h < b || h >= end) && h != v {
				t.rehang(k, v, "obl") // ", on Tuesday": when it was said
			}
		}
	}
}

// inverted reports a verb of saying after what it says, with no subject
// before it: `"...," said the minister`.
func (t *tree) inverted(v int) bool {
	for _, s := range t.children(v, "nsubj", "nsubj:pass") {
		if s < v {
			return false
		}
	}
	if k := t.child(v, "ccomp", "parataxis"); k >= 0 && k < v {
		return true
	}
	prev := t.toks[v-1].Form
	return prev == "," && v >= 2 && isQuote(t.toks[v-2].Form) || isQuote(prev)
}

// claimComplement mends a that-clause right after a noun of claim that
// the parse hung on the verb of the noun's sentence: in "The government's
// claim that the vote was rigged was rejected" the rigging is the claim's,
// not what was rejected.
func (t *tree) claimComplement() {
	for m := 1; m < len(t.toks); m++ {
		x := t.thatClause(m)
		if x < 0 || !t.is(x, "ccomp") {
			continue
		}
		n := m - 1
		v := t.head(x)
		if t.toks[n].UPOS != "NOUN" || analysis.ClaimModality(t.lemma(n)) == "" || t.head(n) != v || !t.is(n, "nsubj", "nsubj:pass") {
			continue
		}
		t.rehang(x, n, "acl")
		t.markThat(m, x)
	}
}

// speakerLabel mends an interview's speaker label ("((Ana Ruiz)) It's
// hard to say") that the parse took for the subject of the answer's verb,
// or for a phrase coordinated with that subject ("((Ana Ruiz)) Red Hat has
// invested"): the label names who speaks, and is no part of what is said;
// a noun phrase the parse hung on the label after it is the subject.
func (t *tree) speakerLabel() {
	if len(t.toks) < 6 || t.toks[0].Form != "(" || t.toks[1].Form != "(" {
		return
	}
	e := 2
	for e+1 < len(t.toks) && !(t.toks[e].Form == ")" && t.toks[e+1].Form == ")") {
		e++
	}
	if e+1 >= len(t.toks) || e == 2 {
		return
	}
	for k := 2; k < e; k++ {
		h := t.head(k)
		if h <= e+1 || !t.is(k, "nsubj", "nsubj:pass", "obj", "appos") {
			continue
		}
		rel := t.rel(k)
		subject := -1 // the phrase after the label that the parse hung on it
		for _, j := range slices.Clone(t.kids[k]) {
			switch {
			case j <= e+1:
			case subject < 0 && isNominal(t.toks[j]) && !t.is(j, "acl", "acl:relcl"):
				subject = j
				t.rehang(j, h, rel)
			case subject >= 0 && t.is(j, "flat", "compound", "conj", "cc", "appos", "nmod", "punct"):
				t.rehang(j, subject, t.rel(j))
			default:
				t.rehang(j, h, t.rel(j))
			}
		}
		if subject < 0 && t.is(k, "nsubj", "nsubj:pass") {
			if t.subjectless == nil {
				t.subjectless = map[int]bool{}
			}
			t.subjectless[h] = true // no subject the clause rules may guess
		}
		t.rehang(k, h, "vocative")
	}
}
