package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals/ingest/analysis"
)

// modifierConjuncts mends a coordination of modifiers the parse took for
// a coordination of phrases: in "acquired Austrian mortar and shell
// manufacturer Hirtenberger Group" mortar and shell both say what the
// manufacturer makes, and in "named the grocery chain and property
// developer Echo Investment" the property developer is Echo Investment.
// A bare conjunct (nothing hangs on it but its "and") right before a run
// of nouns modifies the last noun of the run. When the first conjunct has
// no determiner of its own it is a modifier too, and the whole phrase is
// one; else the run's last noun is the second conjunct.
func (t *tree) modifierConjuncts() {
	for k := 1; k+1 < len(t.toks); k++ {
		h := t.head(k)
		if !t.is(k, "conj") || h < 0 || h > k || !isNominal(t.toks[h]) || !t.is(k-1, "cc") || t.head(k-1) != k {
			continue
		}
		if !t.is(h, "obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod", "appos") {
			continue // "and distribute music videos", verbs taken for nouns
		}
		if u := t.toks[k].UPOS; u != "NOUN" && u != "ADJ" || !lowerWord(t.toks[k].Form) || strings.EqualFold(t.toks[k].Form, t.toks[h].Form) {
			continue // "Tomasz and Marek Sekielski", "Health and Human Services", "more and more" are left as they are
		}
		if len(t.kids[k]) != 1 || analysis.IsTimeWord(t.toks[k]) {
			continue // its "and" alone
		}
		e := t.modifiedNoun(k, h)
		if e < 0 {
			continue
		}
		rel := "compound"
		if t.toks[k].UPOS == "ADJ" {
			rel = "amod"
		}
		// the parse already saw two phrases when it made a word of the run
		// a conjunct of h
		two := t.child(h, "det", "nmod:poss", "nummod", "case") >= 0
		for r := k + 1; r <= e; r++ {
			two = two || t.head(r) == h && t.is(r, "conj")
		}
		if !two {
			// "mortar and shell manufacturer X": one phrase, its head the
			// run's last noun, the coordinated modifiers hung on it
			if t.within(h, e) {
				continue
			}
			t.rehang(e, t.head(h), t.rel(h))
			t.rehang(h, e, "compound")
		} else {
			// "the chain and property developer X": two phrases
			if t.within(h, e) {
				continue
			}
			t.rehang(e, h, "conj")
			t.rehang(k-1, e, "cc")
			t.rehang(k, e, rel)
		}
		for r := k + 1; r < e; r++ {
			if g := t.head(r); g < k || g > e {
				t.rehang(r, e, "compound")
			}
		}
	}
}

// adjectiveObjects mends coordinated modifiers before one noun that the
// parse split at the "and": in "sold its 2,000 Thai and 74 Malaysian
// stores" it took "its 2,000 Thai" for the object and "74 Malaysian
// stores" for a conjunct, so the object stopped at a modifier and lost
// the noun both modifiers share. The signal is an adjective object that
// opens with its own determiner, possessive or number (a bare "kept quiet
// and calm" is a predicate, not a phrase cut short), right before an "and"
// or "or" and a noun whose own modifiers fill the gap: the noun becomes
// the object and the adjective one of its modifiers.
func (t *tree) adjectiveObjects() {
	for x := range t.toks {
		v := t.head(x)
		if v < 0 || v > x || t.toks[x].UPOS != "ADJ" || !t.is(x, "obj", "ccomp", "xcomp") {
			continue
		}
		f := t.firstOf(x)
		if f == x || t.toks[f].XPOS != "DT" && t.toks[f].XPOS != "PRP$" && t.toks[f].XPOS != "CD" {
			continue
		}
		if slices.ContainsFunc(t.kids[x], func(k int) bool {
			return k > x || !t.is(k, "det", "nmod:poss", "nummod", "compound", "advmod", "amod")
		}) {
			continue // "found the food cheap and ...": a predicate with words of its own after it
		}
		cc := x + 1
		if cc >= len(t.toks) || !t.is(cc, "cc") || !isCoordinator(t.toks[cc].Form) {
			continue
		}
		y := t.head(cc)
		if y <= cc || !isNominal(t.toks[y]) || t.toks[y].UPOS == "PRON" || !t.is(y, "conj") || t.head(y) != v && t.head(y) != x {
			continue
		}
		if t.child(y, "nsubj", "nsubj:pass", "cop", "case", "det", "nmod:poss") >= 0 {
			continue // "... and the service good", "and to the rival": a phrase or clause of its own
		}
		// every word between the "and" and the noun modifies the noun, and
		// one of them is a modifier like the adjective ("74 Malaysian")
		gap, like := y > cc+1, false
		for r := cc + 1; r < y; r++ {
			gap = gap && t.head(r) == y && t.is(r, "amod", "nummod", "compound", "advmod")
			like = like || t.toks[r].UPOS == "ADJ" || t.toks[r].UPOS == "NUM"
		}
		if !gap || !like {
			continue
		}
		t.rehang(y, v, "obj")
		t.rehang(x, y, "amod")
		for _, d := range t.children(x, "det", "nmod:poss") {
			t.rehang(d, y, t.rel(d)) // "its" determines the stores, not "Thai"
		}
	}
}

// isCoordinator reports "and" or "or", the words that join two modifiers.
func isCoordinator(w string) bool { return strings.EqualFold(w, "and") || strings.EqualFold(w, "or") }

// lowerWord reports a word that opens with a lower-case letter: no name.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// modifiedNoun is the last noun of the run of nouns right after bare
// conjunct k of h, when the parse hung the run's words on h, on h's head
// or within the run (so no other phrase owns them), or -1.
func (t *tree) modifiedNoun(k, h int) int {
	e := -1
	for r := k + 1; r < len(t.toks); r++ {
		if u := t.toks[r].UPOS; u != "NOUN" && u != "PROPN" || t.toks[r].XPOS == "POS" || analysis.IsTimeWord(t.toks[r]) {
			break
		}
		e = r
	}
	if e < 0 {
		return -1
	}
	for r := k + 1; r <= e; r++ {
		g := t.head(r)
		if g != h && g != t.head(h) && (g <= k || g > e) {
			return -1
		}
	}
	for r := k + 1; r <= e; r++ {
		if t.head(r) == t.head(h) && t.is(r, "obj", "iobj", "nsubj", "nsubj:pass") {
			// "gave the boys and girls presents": a second object; "actor
			// and producer Ana Ruiz was": the parse gave the name its role
			return -1
		}
	}
	return e
}

// coordinatedSubjects mends two subjects of one verb joined by "and" that
// the parse gave the verb side by side: in "Ana and her lawyers claimed"
// the lawyers are coordinated with Ana, not a second, nearer subject that
// leaves Ana out.
func (t *tree) coordinatedSubjects() {
	for v := range t.toks {
		subjects := t.children(v, "nsubj", "nsubj:pass")
		if len(subjects) != 2 || subjects[1] > v {
			continue
		}
		first, second := subjects[0], subjects[1]
		if !isNominal(t.toks[first]) || !isNominal(t.toks[second]) || isRelativePronoun(t.toks[first]) || t.prepositional(first) || t.prepositional(second) {
			continue
		}
		cc := t.child(second, "cc")
		_, hi := t.span(first, nil)
		if cc < 0 || cc != hi || cc != t.firstOf(second) {
			continue // the "and" right after the first and opening the second
		}
		if f := t.firstOf(first); f > 0 && t.toks[f-1].UPOS == "VERB" {
			continue // "who wrote op-eds and a book was": what a verb before it governs
		}
		if slices.ContainsFunc(t.kids[first], func(k int) bool { return k > first && t.is(k, "nmod", "acl") }) {
			continue // "an appeal by Ana and prosecutors": the end of the first phrase (see subjectChild)
		}
		t.rehang(second, first, "conj")
	}
}

// contestingVerbs are the verbs of saying that put forward a contested
// claim, whose speakers act on it: "claimed the vote was rigged and
// sought to overturn it".
var contestingVerbs = map[string]bool{
	"claim": true, "allege": true, "insist": true, "contend": true, "maintain": true, "assert": true, "argue": true,
}

// effortVerbs are the verbs of striving, vowing or refusing: what the
// speakers of a claim go on to do about it.
var effortVerbs = map[string]bool{
	"seek": true, "try": true, "attempt": true, "vow": true, "pledge": true, "refuse": true, "threaten": true,
	"strive": true, "endeavour": true, "endeavor": true,
}

// effortAfterClaim mends a verb of striving that the parse coordinated
// with the verb of a contested claim instead of with the verb that makes
// the claim: in "the party claimed the count only favoured its rival due
// to fraud and sought to overturn the result" the party sought it, not the
// rival. The signal is narrow, since "police said the man fled and tried
// to hide" reads the other way: the verb of saying contests (claim,
// allege, insist), the striving verb has no subject, auxiliary or mark of
// its own and the same tense as the verb of saying, and the claim's verb
// has no modal the striving verb could share.
func (t *tree) effortAfterClaim() {
	for x := range t.toks {
		if !t.is(x, "conj") || t.toks[x].UPOS != "VERB" || !effortVerbs[t.lemma(x)] || !finiteTag(t.toks[x].XPOS) {
			continue
		}
		if t.child(x, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "expl") >= 0 || t.child(x, "cc") < 0 {
			continue
		}
		h := t.head(x)
		if h < 0 || h > x || !t.is(h, "ccomp") || slices.ContainsFunc(t.children(h, "aux"), func(a int) bool { return t.toks[a].XPOS == "MD" }) {
			continue
		}
		r := t.head(h)
		if r < 0 || t.toks[r].UPOS != "VERB" || !contestingVerbs[t.lemma(r)] || t.toks[r].XPOS != t.toks[x].XPOS {
			continue
		}
		if s := t.subjectChild(r); s < 0 || isRelativePronoun(t.toks[s]) {
			continue
		}
		t.rehang(x, r, "conj")
	}
}

// recipientVerbs are the verbs that take whom they give to as a bare
// object before what they give ("granted Ana a pardon"), with the
// preposition that names that role after the thing given.
var recipientVerbs = map[string]string{
	"give": "to", "grant": "to", "award": "to", "offer": "to", "send": "to", "hand": "to", "lend": "to",
	"loan": "to", "pay": "to", "promise": "to", "show": "to", "teach": "to", "tell": "to", "owe": "to",
	"deny": "to", "issue": "to", "sell": "to", "bring": "to", "extend": "to", "write": "to", "email": "to",
	"assign": "to", "allocate": "to", "buy": "for",
}

// secondObjects mends the thing given that the parse hung on the
// recipient as a bare noun phrase: "granted Ana Ruiz a full pardon", the
// pardon read as a modifier of Ruiz, is two objects.
func (t *tree) secondObjects() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || recipientVerbs[t.lemma(v)] == "" {
			continue
		}
		o := t.child(v, "obj")
		if o < v || t.toks[o].UPOS != "PROPN" && t.toks[o].UPOS != "PRON" || t.child(v, "iobj") >= 0 || len(t.children(v, "obj")) > 1 {
			continue
		}
		for _, n := range t.children(o, "nmod") {
			f := t.firstOf(n)
			if n < o || t.toks[n].UPOS != "NOUN" || t.child(n, "case") >= 0 || t.toks[f].XPOS != "DT" && t.toks[f].XPOS != "PRP$" {
				continue
			}
			if _, hi := t.span(o, func(k int) bool { return k == n }); hi != f {
				continue // right after the recipient's own words
			}
			t.rehang(n, v, "obj")
			break
		}
	}
}

// recipient reads a verb of giving with two objects: the thing given is
// the statement's object, and whom it went to a qualifier with the
// preposition that names that role ("granted Ana a pardon": grant · a
// pardon · to Ana). The qualifier's span is the recipient's own words;
// only its preposition is implied.
func (t *tree) recipient(c *clause) {
	prep := recipientVerbs[t.lemma(c.verb)]
	if prep == "" || c.cop >= 0 || c.objRange[0] >= 0 || c.passive || len(c.objects) == 0 {
		return
	}
	v, r, theme := c.verb, -1, -1
	objs := t.children(v, "obj")
	if k := t.child(v, "iobj"); k > v && len(objs) > 0 && objs[0] > k {
		r, theme = k, objs[0]
	} else if len(objs) == 2 && objs[0] > v {
		r, theme = objs[0], objs[1]
	}
	if r < 0 || !isNominal(t.toks[theme]) || t.within(theme, r) || isRelativePronoun(t.toks[r]) || t.timeNoun(theme) || t.timePhrase(theme) {
		return // "left the trail a few days before": a time, not a thing given
	}
	if _, hi := t.span(r, nil); hi < len(t.toks) && t.toks[hi].XPOS == "$" && t.toks[hi-1].End == t.toks[hi].Start {
		return // "paid US$750": a currency's country
	}
	for _, k := range t.children(v, "obl") {
		if p := t.preposition(k); p == prep {
			return // "offered $1 million to Ana": the recipient is named
		}
	}
	switch t.toks[r].UPOS {
	case "PROPN", "PRON": // a name or "him": whom it went to
	case "NOUN":
		if f := t.firstOf(theme); !t.is(r, "iobj") && t.toks[f].XPOS != "DT" && t.toks[f].XPOS != "CD" && t.toks[f].XPOS != "$" {
			return // two bare objects, the first a common noun, the second no determined phrase: the parse is a guess
		}
	default:
		return
	}
	if !slices.Contains(c.objects, r) && !slices.Contains(c.objects, theme) {
		return
	}
	c.objects = t.conjuncts(theme)
	c.recipient, c.recipientPrep = r, prep
	c.quals = append(c.quals, r)
}

// clauseInSubject mends two clauses the parse merged into one verb's two
// subjects: in "With the decree, the state issued a bond, and the paper
// covered the story" the first clause's verb hangs on its subject as a
// participle, and that subject is a second subject of "covered". A past
// participle or past tense on the first subject, running up to the comma
// before the "and" that opens the second subject, is the first clause's
// verb, and the second verb is coordinated with it.
func (t *tree) clauseInSubject() {
	for v := range t.toks {
		subjects := t.children(v, "nsubj")
		if len(subjects) != 2 || subjects[1] > v {
			continue
		}
		first, second := subjects[0], subjects[1]
		cc := t.child(second, "cc")
		if cc < 1 || cc != t.firstOf(second) || t.toks[cc-1].Form != "," {
			continue
		}
		for _, a := range t.children(first, "acl") {
			if t.toks[a].UPOS != "VERB" || t.toks[a].XPOS != "VBN" && t.toks[a].XPOS != "VBD" || t.child(a, "aux", "aux:pass", "nsubj", "nsubj:pass") >= 0 {
				continue
			}
			if _, hi := t.span(a, nil); hi != cc-1 {
				continue
			}
			t.own()
			t.toks[a].XPOS = "VBD"
			if h := t.head(v); h >= 0 {
				t.rehang(a, h, t.toks[v].Deprel)
			} else {
				t.rehang(a, -1, "root")
			}
			t.rehang(first, a, "nsubj")
			t.rehang(v, a, "conj")
			t.rehang(cc, v, "cc")
			t.rehang(cc-1, v, "punct")
			break
		}
	}
}
