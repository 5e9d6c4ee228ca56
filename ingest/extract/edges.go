package extract

import (
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// The edges of a statement's parts: a word whose loss changes what a part
// says is never cut off it. A hyphenated word ("power-hungry", "COVID-19",
// "meet-ups") is one word though the tokenizer splits it at its hyphens;
// a degree word before an adjective ("too precious to be used", "barely
// visible", "as useful as") bounds or inverts it; a spoken contraction the
// tokenizer splits ("gon na") is the phrase it stands for.

// hyphen reports a token that joins the words on either side of it into
// one: a hyphen or a dash with no space on either side.
func hyphen(tok analysis.Token) bool {
	return tok.XPOS == "HYPH" || tok.Form == "-" || tok.Form == "–"
}

// joinedAt reports whether token k is a hyphen that joins tokens k-1 and
// k+1 into one word ("stay-at-home": "-" between "stay" and "at").
func joinedAt(toks []analysis.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || !hyphen(toks[k]) {
		return false
	}
	l, r := toks[k-1], toks[k+1]
	return l.End == toks[k].Start && toks[k].End == r.Start && wordy(l.Form) && wordy(r.Form)
}

// wordy reports a token that has a letter or a digit: a word, not a mark.
func wordy(form string) bool {
	return strings.IndexFunc(form, func(r rune) bool {
		return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127
	}) >= 0
}

// hyphenWord is the token range [lo, hi) of the hyphenated word token i
// belongs to: i alone when it is none.
func hyphenWord(toks []analysis.Token, i int) (lo, hi int) {
	lo, hi = i, i+1
	if hyphen(toks[i]) && joinedAt(toks, i) {
		lo, hi = i-1, i+2
	}
	for lo >= 2 && joinedAt(toks, lo-1) {
		lo -= 2
	}
	for hi+1 < len(toks) && joinedAt(toks, hi) {
		hi += 2
	}
	return lo, hi
}

// wholeWords widens the subject, object and qualifiers of a statement of
// sentence s that start or end inside a hyphenated word to the whole word
// and the nouns it modifies: "the outbreak of COVID" is of COVID-19,
// "Ana · be · hungry" was power-hungry; a qualifier that opens inside one
// has no preposition ("by" of "east-by-northeast"), and one that another
// part takes in is gone. It reports false for a
// statement that reads one word as parts of it: an act cut out of a word
// ("meet" of "meet-ups"), a subject or object that is a piece of a word
// the parse put in two clauses, or parts that share words once whole.
func wholeWords(s *analysis.Sentence, st *annals.Statement) bool {
	toks := s.Tokens
	widen := func(sp annals.Span, piece bool) (annals.Span, bool) {
		lo, hi := -1, -1
		for i, tok := range toks {
			if tok.Start == sp.Start {
				lo = i
			}
			if tok.End == sp.End {
				hi = i + 1
			}
		}
		if lo < 0 || hi <= lo {
			return sp, false // a span the tokens do not bound: leave it
		}
		wlo, first := hyphenWord(toks, lo)
		_, whi := hyphenWord(toks, hi-1)
		if wlo == lo && whi == hi {
			return sp, false
		}
		if piece && hi <= first && s.Parsed() && torn(toks, lo, hi, wlo, whi, st.Predicate.Span) {
			return sp, true // nothing but a piece of a word the parse put in two clauses
		}
		if whi > hi {
			// a hyphenated word before nouns modifies them: "its
			// stay-at-home order", "President-elect Joe Biden"
			for whi < len(toks) && (toks[whi].UPOS == "NOUN" || toks[whi].UPOS == "PROPN") {
				whi++
			}
		}
		return join(s, wlo, whi), true
	}
	changed, torn, before := false, false, overlaps(*st)
	arg := func(a *annals.Argument) {
		if a == nil {
			return
		}
		old := a.Span
		sp, ok := widen(old, true)
		if !ok {
			return
		}
		if sp == old {
			torn = true
			return
		}
		if n := a.Norm; n != "" {
			// the compact form grows at the edges it shares with the span
			if sp.End > old.End && strings.HasSuffix(old.Text, n) {
				a.Norm += sp.Text[len(sp.Text)-(sp.End-old.End):]
			}
			if sp.Start < old.Start && strings.HasPrefix(old.Text, n) {
				a.Norm = sp.Text[:old.Start-sp.Start] + a.Norm
			}
		}
		a.Span, changed = sp, true
	}
	if sp, ok := widen(st.Predicate.Span, !st.Role); ok {
		old := st.Predicate.Span
		switch {
		case sp == old:
			return false
		case st.Role:
			// a role's words are its predicate: "Secretary-General", not "General"
			suffix := strings.TrimPrefix(st.Predicate.Lemma, strings.ToLower(old.Text))
			st.Predicate.Lemma = strings.ToLower(sp.Text) + suffix
		case sp.End == old.End:
			// a verb the clause gives a tense or a "to" is the last part
			// of its word: "to jump-start", "are self-isolating"
			st.Predicate.Lemma = strings.ToLower(sp.Text[:old.Start-sp.Start]) + st.Predicate.Lemma
		default:
			return false // "Ana · meet · ups": a word's first part is no act
		}
		st.Predicate.Span, changed = sp, true
	}
	arg(&st.Subject)
	arg(st.Object)
	quals := st.Qualifiers[:0:0]
	for _, q := range st.Qualifiers {
		sp, ok := widen(q.Span, true)
		if ok && sp.Start < q.Start {
			q.Prep = "" // "by" of "east-by-northeast" is no preposition
		}
		if ok && sp != q.Span {
			q.Span, changed = sp, true
		}
		quals = append(quals, q)
	}
	st.Qualifiers = quals
	if torn {
		return false // "containing COVID-19 may require": "19" is no subject
	}
	if !changed {
		return true
	}
	if overlaps(*st) > before {
		return false // one word read as two parts of a statement
	}
	quals = make([]annals.Qualifier, 0, len(st.Qualifiers))
	for i, q := range st.Qualifiers {
		// a widened part or phrase took in another ("in voting" of "in
		// mail-in voting")
		taken := within(q.Span, st.Subject.Span) || st.Object != nil && within(q.Span, st.Object.Span)
		for j, o := range st.Qualifiers {
			taken = taken || j != i && within(q.Span, o.Span) && (q.Span != o.Span || j < i)
		}
		if !taken {
			quals = append(quals, q)
		}
	}
	st.Qualifiers = quals
	st.ID = annals.StatementID(st)
	return true
}

// torn reports a span [lo, hi), a piece of the hyphenated word [wlo,
// whi), whose other words the parse gave to another clause: the first
// word outside the widened span that an added word hangs from is a verb
// or an adjective other than the statement's predicate pred ("containing
// COVID-19 may require" read as "containing COVID" and "19 may require").
// A part of such a word is no argument of pred.
func torn(toks []analysis.Token, lo, hi, wlo, whi int, pred annals.Span) bool {
	for a := wlo; a < whi; a++ {
		if a >= lo && a < hi || hyphen(toks[a]) {
			continue
		}
		h := toks[a].Head - 1
		for steps := 0; h >= wlo && h < whi && (h < lo || h >= hi) && steps < len(toks); steps++ {
			h = toks[h].Head - 1
		}
		if h < 0 || h >= len(toks) || h >= lo && h < hi || toks[h].Start >= pred.Start && toks[h].End <= pred.End {
			continue // the word hangs on the span, or on the predicate
		}
		switch toks[h].UPOS {
		case "VERB", "AUX", "ADJ":
			return true
		}
	}
	return false
}

// within reports whether span a lies inside span b.
func within(a, b annals.Span) bool { return a.Start >= b.Start && a.End <= b.End }

// overlaps counts the pairs of a statement's subject, predicate and object
// that share text: a reduced relative's object may hold its verb ("the
// scale used by the agency"), but a part that comes to share text once
// made whole read one word as two parts.
func overlaps(st annals.Statement) int {
	overlap := func(a, b annals.Span) bool { return a.Start < b.End && b.Start < a.End }
	n := 0
	if overlap(st.Subject.Span, st.Predicate.Span) {
		n++
	}
	if st.Object != nil && overlap(st.Subject.Span, st.Object.Span) {
		n++
	}
	if st.Object != nil && overlap(st.Object.Span, st.Predicate.Span) {
		n++
	}
	return n
}

// hyphenedVerb reports a word the parse took for a verb that a hyphen
// joins to the word after it ("meet-ups", "sit-in", "check-in"): a noun
// or an adjective's first part, no act. A verb a hyphen joins to the word
// before it is one when the clause gives it a tense, an auxiliary or a
// "to" ("are self-isolating", "to jump-start"); else it is a compound
// adjective's last part ("far-reaching", "time-consuming").
func (t *tree) hyphenedVerb(k int) bool {
	if joinedAt(t.toks, k+1) {
		return true
	}
	if !joinedAt(t.toks, k-1) || t.toks[k].XPOS != "VBG" {
		return false // a participle of "-ed": hyphenParticiple's
	}
	return t.child(k, "aux", "aux:pass", "cop", "mark") < 0
}

// spokenContractions reads "gonna", "wanna" and "gotta", which the
// tokenizer splits into "gon na", "wan na", "got ta", as the "going to",
// "want to" and "got to" they stand for: the second part is the "to" of
// an infinitive, so that the verb chain reads through it ("is gonna be an
// issue": be an issue, will), and no statement is made of "na".
func (t *tree) spokenContractions() {
	for k := 1; k < len(t.toks); k++ {
		first, second := strings.ToLower(t.toks[k-1].Form), strings.ToLower(t.toks[k].Form)
		if t.toks[k-1].End != t.toks[k].Start {
			continue
		}
		switch first + second {
		case "gonna", "wanna", "gotta":
		default:
			continue
		}
		t.own()
		t.toks[k].Form, t.toks[k].Lemma, t.toks[k].UPOS, t.toks[k].XPOS = "to", "to", "PART", "TO"
		if first == "gon" {
			t.toks[k-1].Lemma, t.toks[k-1].XPOS = "go", "VBG"
		}
	}
}

// degreeWords are the adverbs that bound or invert the adjective they
// modify: "too precious to be used" says it will not be; "barely visible"
// all but says it is not; "as useful as" compares. Without them the
// adjective says another thing.
var degreeWords = map[string]bool{
	"too": true, "hardly": true, "barely": true, "scarcely": true, "as": true,
}

// degreeAt reports a child k of adjective or adverb h that bounds or
// inverts it and so stays in a phrase that holds h: a degree word before
// it, the measure phrase before such a word ("every bit as useful", "a
// bit too early"), or the second part of "as ... as".
func (t *tree) degreeAt(h, k int) bool {
	if t.head(k) != h {
		return false
	}
	if k > h {
		// the second "as" of "as useful as the old one": what the first
		// compares with
		if !strings.EqualFold(t.toks[t.firstOf(k)].Form, "as") {
			return false
		}
		for _, d := range t.children(h, "advmod") {
			if strings.EqualFold(t.toks[d].Form, "as") && t.degree(h, d) {
				return true
			}
		}
		return false
	}
	if t.degree(h, k) {
		return true
	}
	if !t.is(k, "obl:unmarked", "obl:npmod", "nmod:npmod") || !isNominal(t.toks[k]) {
		return false
	}
	for n := k + 1; n < h; n++ {
		if t.degree(h, n) {
			_, hi := t.span(k, nil)
			return hi == n // the measure stands right before the degree word
		}
	}
	return false
}

// degree reports a degree word k that modifies h from between h's copula
// or subject and h: "is too precious", not the "too" of "she too is ill",
// which means "also".
func (t *tree) degree(h, k int) bool {
	if k > h || t.head(k) != h || !t.is(k, "advmod") || !degreeWords[strings.ToLower(t.toks[k].Form)] {
		return false
	}
	for _, n := range t.kids[h] {
		if n > k && n < h && t.is(n, "cop", "aux", "nsubj", "nsubj:pass", "csubj", "mark", "punct") {
			return false
		}
	}
	return true
}

// excessive reports an adjective that "too", "hardly" or "scarcely"
// qualifies: the infinitive after it is what does not or cannot happen
// ("too weak to walk", "hardly able to pay").
func (t *tree) excessive(h int) bool {
	for _, k := range t.children(h, "advmod") {
		switch strings.ToLower(t.toks[k].Form) {
		case "too", "hardly", "scarcely":
			if t.degree(h, k) {
				return true
			}
		}
	}
	return false
}

// excessiveChain reports an infinitive that completes an adjective which
// "too", "hardly" or "scarcely" qualifies ("is too precious to be used",
// "was too weak to walk"): the act does not happen, and no statement of
// it can say so.
func (t *tree) excessiveChain(c *clause) bool {
	if !t.is(c.top, "xcomp", "advcl") || !t.toMark(c.top) {
		return false
	}
	h := t.head(c.top)
	return h >= 0 && (t.toks[h].UPOS == "ADJ" || t.toks[h].UPOS == "ADV") && t.excessive(h)
}

// goingToBe reports the future "is going to be" ("is gonna be an issue"):
// the copula's own clause states what will be, and "going" no act of
// going.
func (t *tree) goingToBe(v, x int) bool {
	return t.lemma(v) == "go" && t.toks[v].XPOS == "VBG" && t.is(x, "xcomp") && t.child(x, "cop") >= 0 && t.toMark(x)
}

// verbCompounds mends a noun compound whose first noun the parse took for
// a coordinated verb: in "the team deals with bugs, and feature requests
// come from users" the parse reads "feature" as a second act of the team
// and "requests come" as a relative clause. A relative clause keeps its
// subject or a relative word; one without either (on a plural noun right
// after a present-tense verb that has no subject of its own) is the
// noun's own clause, the noun its subject and the "verb" the noun's
// first part.
func (t *tree) verbCompounds() {
	for k := 0; k+1 < len(t.toks); k++ {
		o := k + 1
		if t.toks[k].UPOS != "VERB" || t.toks[k].XPOS != "VBP" && t.toks[k].XPOS != "VB" || !t.is(k, "conj") ||
			t.head(o) != k || !t.is(o, "obj") || t.toks[o].XPOS != "NNS" {
			continue
		}
		if t.child(k, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "expl") >= 0 {
			continue // a clause of its own
		}
		r := -1
		for _, c := range t.children(o, "acl:relcl") {
			if c > o && finiteTag(t.toks[c].XPOS) && t.child(c, "nsubj", "nsubj:pass", "expl", "mark") < 0 && !t.relativeWord(o, c) {
				r = c
				break
			}
		}
		if r < 0 {
			continue
		}
		h := t.head(k)
		t.own()
		t.toks[k].UPOS, t.toks[k].XPOS, t.toks[k].Lemma = "NOUN", "NN", strings.ToLower(t.toks[k].Form)
		t.rehang(r, h, "conj")
		for _, c := range append([]int(nil), t.kids[k]...) {
			if t.is(c, "cc", "punct") {
				t.rehang(c, r, t.toks[c].Deprel) // ", and" join the clause that stands in the verb's place
			}
		}
		t.rehang(o, r, "nsubj")
		t.rehang(k, o, "compound")
	}
}

// relativeWord reports a relative pronoun or adverb in the clause r on
// noun o, between them: "requests that come".
func (t *tree) relativeWord(o, r int) bool {
	for i := o + 1; i < r; i++ {
		if isRelativePronoun(t.toks[i]) || strings.EqualFold(t.toks[i].Form, "where") || strings.EqualFold(t.toks[i].Form, "when") {
			return true
		}
	}
	return false
}

// hyphenModifier makes verb k, a part of a hyphenated word, the modifier
// it is: a noun's first part ("meet-ups") or a compound adjective
// ("far-reaching"). The noun the parse made its object takes its place
// in the tree: "could have far-reaching effects" has effects, not an act
// of reaching.
func (t *tree) hyphenModifier(k int) {
	t.own()
	rel := "amod"
	if joinedAt(t.toks, k+1) {
		t.toks[k].UPOS, t.toks[k].XPOS, rel = "NOUN", "NN", "compound"
	} else {
		t.toks[k].UPOS, t.toks[k].XPOS = "ADJ", "JJ"
	}
	o := t.child(k, "obj")
	if o < k || !isNominal(t.toks[o]) {
		return
	}
	_, word := hyphenWord(t.toks, k)
	if lo, _ := t.span(o, nil); lo > word {
		return // an object beyond the word's own noun: keep the parse
	}
	h, place := t.head(k), t.rel(k)
	if h >= 0 && t.toks[h].UPOS == "VERB" && t.is(k, "advcl", "xcomp", "ccomp", "dep") {
		place = "obj" // "have far-reaching effects": what is had
	}
	first, _ := hyphenWord(t.toks, k)
	if n := first - 1; n >= 0 && h >= 0 && t.head(n) == h && (t.toks[n].UPOS == "NOUN" || t.toks[n].UPOS == "PROPN") && !t.is(n, "nsubj", "nsubj:pass") {
		// "hear about IRL meet-ups": the noun before the word is the
		// phrase's first part, whose place and preposition the phrase takes
		place = t.rel(n)
		t.rehang(o, h, place)
		for _, c := range append([]int(nil), t.kids[n]...) {
			if c < n {
				t.rehang(c, o, t.toks[c].Deprel)
			}
		}
		t.rehang(n, o, "compound")
	} else {
		t.rehang(o, h, place)
	}
	t.rehang(k, o, rel)
}
