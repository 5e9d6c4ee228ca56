package actor

import (
	"strings"

	"github.com/annals/annals"
)

// What makes a person a likely "he" or "she" beyond the sentence before:
// the document's main person, and where a name stands in its sentence. A
// name inside a prepositional phrase or as a possessor ("Prompted by Ron
// Perlman's visit, she ...") is in the background; the person an article
// is about is in the foreground throughout.

// mainPerson returns the person the document is about, or -1: the one
// person its title names and its text names at least twice, or else the
// person its text names most often, at least four times and twice as
// often as anyone else. Only a name the text shows to be a person's
// counts: one with a kind of person ("singer", "governor") or a gender;
// the shape of a name alone ("Mustard Seed Kamloops") is not enough.
func (t *actorText) mainPerson(title string, clusters []actorCluster, mentions []actorMention, clusterOf []int) int {
	count := make([]int, len(clusters))
	inTitle := make([]bool, len(clusters))
	for i := range mentions {
		m := &mentions[i]
		c := clusterOf[i]
		if c < 0 || m.label || clusters[c].typ != annals.ActorPerson || !clusters[c].shownPerson() {
			continue
		}
		count[c]++
		inTitle[c] = inTitle[c] || containsWords(title, t.text(m.nameFirst, m.end))
	}
	titled := -1
	for c := range clusters {
		if !inTitle[c] || count[c] < 2 {
			continue
		}
		if titled >= 0 {
			titled = -2 // the title names two persons
			break
		}
		titled = c
	}
	if titled >= 0 {
		return titled
	}
	best, second := -1, 0
	for c := range clusters {
		switch {
		case best < 0 || count[c] > count[best]:
			if best >= 0 {
				second = count[best]
			}
			best = c
		case count[c] > second:
			second = count[c]
		}
	}
	if best >= 0 && count[best] >= 4 && count[best] >= 2*second {
		return best
	}
	return -1
}

// inPhrase reports whether the name or pronoun of tokens [first, end)
// stands inside a prepositional phrase or as a possessor ("by Ron
// Perlman's visit", "with her first husband, musician Al Jorden"), in an
// apposition to such a phrase or joined to one, rather than as a subject
// or object of its own. Without a parse, the word before it tells.
func (t *actorText) inPhrase(first, end int) bool {
	if t.isPossessive(end) {
		return true
	}
	s := t.tokens[first].sentence
	if !t.parsed[s] {
		b := first - 1
		for t.sameSentence(b, first) && (t.tokens[b].UPOS == "DET" || t.tokens[b].UPOS == "ADJ") {
			b--
		}
		return t.sameSentence(b, first) && (t.tokens[b].UPOS == "ADP" || t.tokens[b].XPOS == "IN")
	}
	base := t.sentenceStart[s]
	// the head of the name: its word whose head lies outside it
	h := end - 1
	for k := first; k < end; k++ {
		if hd := base + t.tokens[k].Head - 1; hd < first || hd >= end {
			h = k
			break
		}
	}
	for range 6 {
		switch rel := t.tokens[h].Deprel; {
		case rel == "nmod:poss":
			return true
		case t.hasCase(h, base):
			return true
		case rel == "appos" || rel == "flat" || rel == "compound" || rel == "conj" || strings.HasPrefix(rel, "flat:"):
			hd := base + t.tokens[h].Head - 1
			if hd < base || hd >= t.sentenceStart[s+1] || hd == h {
				return false
			}
			h = hd
		default:
			return false
		}
	}
	return false
}

// hasCase reports whether token h of the sentence that starts at token
// base governs a preposition ("by", "with"), not a possessive clitic.
func (t *actorText) hasCase(h, base int) bool {
	s := t.tokens[h].sentence
	for k := base; k < t.sentenceStart[s+1]; k++ {
		if base+t.tokens[k].Head-1 == h && t.tokens[k].Deprel == "case" && !t.isPossessive(k) {
			return true
		}
	}
	return false
}

// subordinators open a clause that may name the pronoun's person as its
// subject ("When Smith arrived, he ...").
var subordinators = map[string]bool{
	"when": true, "while": true, "because": true, "although": true, "though": true, "if": true,
	"since": true, "as": true, "once": true, "unless": true, "whereas": true, "whenever": true,
}

// frontedPhraseEnd returns the comma that closes a phrase with no verb of
// its own before the pronoun at token k, which opens its sentence's main
// clause ("Prompted by Ron Perlman's visit, she ...", "After meeting
// Trump, she ...", "According to Smith, he ..."), or -1. The persons such
// a phrase names are not who the pronoun is: the phrase tells of the
// pronoun's person.
func (t *actorText) frontedPhraseEnd(k int) int {
	s := t.tokens[k].sentence
	start, comma := t.sentenceStart[s], k-1
	if comma <= start || t.form(comma) != "," {
		return -1
	}
	first := t.tokens[start]
	if subordinators[first.lower] {
		return -1
	}
	if first.UPOS != "ADP" && first.XPOS != "IN" && first.XPOS != "VBN" && first.XPOS != "VBG" && first.lower != "according" {
		return -1
	}
	for x := start; x < comma; x++ {
		switch t.tokens[x].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return -1 // a clause of its own: "After Smith left, he ..."
		}
		switch t.form(x) {
		case `"`, "``", "''", ";", ":":
			return -1
		}
	}
	return comma
}

// shownPerson reports whether what the text says of a cluster shows it
// to be a person: a kind of person, or a gender.
func (c *actorCluster) shownPerson() bool {
	if c.gender != 0 {
		return true
	}
	for _, k := range c.kinds {
		if w := strings.Fields(k); len(w) > 0 && isPersonKind(w[len(w)-1]) {
			return true
		}
	}
	return false
}

// clauseHead returns the head of the clause a statement's predicate span
// makes: the word of the span whose head lies outside it, or what a copula
// or an auxiliary among them serves ("is" in "Dale is a danger": danger);
// -1 without a parse.
func (t *actorText) clauseHead(span annals.Span) int {
	i, j := t.tokensIn(span)
	if i >= j || i >= len(t.tokens) || !t.parsed[t.tokens[i].sentence] {
		return -1
	}
	for h := i; h < j; h++ {
		hd := t.headOf(h)
		if hd >= i && hd < j {
			continue
		}
		switch rel, _, _ := strings.Cut(t.tokens[h].Deprel, ":"); rel {
		case "cop", "aux":
			if hd >= 0 {
				return hd
			}
		}
		return h
	}
	return -1
}

// headOf returns the token token h depends on, or -1 for the root of its
// sentence.
func (t *actorText) headOf(h int) int {
	s := t.tokens[h].sentence
	hd := t.sentenceStart[s] + t.tokens[h].Head - 1
	if hd < t.sentenceStart[s] || hd >= t.sentenceStart[s+1] || hd == h {
		return -1
	}
	return hd
}

// foreground reports whether the clause headed by token v (-1: unknown)
// is its sentence's main clause, or one joined to it, or holds token k
// (-1: none). The subject of any other clause (a complement, an adverbial
// or relative clause, a participle, a title) is in the background of its
// sentence: a "he" after it more likely goes on with the main clause's
// subject ("Cummings, who chaired the committee that investigated Smith,
// died"; "He said Dale is "...", he added").
func (t *actorText) foreground(v, k int) bool {
	if v < 0 || v >= len(t.tokens) {
		return false
	}
	if k >= 0 && t.sameSentence(k, v) {
		for x, n := k, 0; x >= 0 && n < 64; x, n = t.headOf(x), n+1 {
			if x == v {
				return true
			}
		}
	}
	if t.subordinated(v) {
		return false // "When Brook resigned, Hale ran" parsed with "resigned" as the root
	}
	for range 12 {
		switch rel, _, _ := strings.Cut(t.tokens[v].Deprel, ":"); rel {
		case "root", "parataxis":
			return true
		case "conj":
			if v = t.headOf(v); v < 0 {
				return false
			}
			if t.subordinated(v) && t.tokens[v].Deprel == "root" {
				return true // "Hale ran" in the same parse: the main clause after all
			}
		default:
			return false
		}
	}
	return false
}

// subordinated reports whether the clause headed by token v is opened by
// a subordinator that starts its sentence ("When Brook resigned, ..."):
// such a clause is in the background even when the parse made it the
// root and the main clause after it a conjunct of it.
func (t *actorText) subordinated(v int) bool {
	first := t.sentenceStart[t.tokens[v].sentence]
	if first >= v || !subordinators[t.tokens[first].lower] && !subordinatorsBefore[t.tokens[first].lower] {
		return false
	}
	switch rel, _, _ := strings.Cut(t.tokens[first].Deprel, ":"); rel {
	case "mark", "advmod":
	default:
		return false
	}
	// the subordinator may hang from a word before the verb ("When
	// Representative Brook resigned" with "When" on "Representative"),
	// but from no other verb
	for x, n := t.headOf(first), 0; x >= 0 && n < 4; x, n = t.headOf(x), n+1 {
		if x == v {
			return true
		}
		if tok := t.tokens[x]; tok.UPOS == "VERB" || tok.UPOS == "AUX" || x > v {
			return false
		}
	}
	return false
}

// subordinatorsBefore open a clause of time before the main clause
// ("After Brook resigned, ..."); before a noun they are prepositions,
// which no clause head governs.
var subordinatorsBefore = map[string]bool{"after": true, "before": true, "until": true}

// standsOut returns the key whose count is at least three and at least
// three times that of every other key: the one a reader takes a shared
// name for. The first of equal counts is the one compared.
func standsOut[K comparable](keys []K, count func(K) int) (K, bool) {
	var best K
	found, second := false, 0
	for _, k := range keys {
		switch n := count(k); {
		case !found || n > count(best):
			if found {
				second = max(second, count(best))
			}
			best, found = k, true
		default:
			second = max(second, n)
		}
	}
	return best, found && count(best) >= 3 && count(best) >= 3*second
}
