package extract

import (
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// tree gives the dependency parse of a sentence as a tree: children lists
// and relation tests over UD labels.
type tree struct {
	s    *analysis.Sentence
	toks []analysis.Token
	kids [][]int // children of each token, in text order
	// the noun phrases of part-of-speech patterns by first and by past-last
	// token, made when a clause needs them
	phraseStart, phraseEnd map[int]analysis.Chunk
	// a subject that takes in the nearer one the parse gave its verb
	// ("the election for the Republican Party is scheduled"), by token
	absorbed map[int]int
	owned    bool // toks is the tree's own copy, which repairs may change
	// verbs whose only subject a repair found to be a phrase that
	// qualifies them: they have none the clause rules may guess
	subjectless map[int]bool
	// a passive's agent the parse hung on one of the verb's phrases, by
	// that phrase ("in a statement by Egypt")
	agentIn map[int]int
}

func newTree(s *analysis.Sentence) *tree {
	t := &tree{s: s, toks: s.Tokens, kids: make([][]int, len(s.Tokens))}
	for i, tok := range s.Tokens {
		if h := tok.Head - 1; h >= 0 && h < len(s.Tokens) && h != i {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// head is the parent of token i, or -1 for the root.
func (t *tree) head(i int) int {
	h := t.toks[i].Head - 1
	if h < 0 || h >= len(t.toks) {
		return -1
	}
	return h
}

// rel is token i's relation; is reports whether it is one of rels, where a
// bare relation also matches its subtypes ("obl" matches "obl:tmod").
func (t *tree) rel(i int) string { return t.toks[i].Deprel }

func (t *tree) is(i int, rels ...string) bool {
	r := t.toks[i].Deprel
	base, _, _ := strings.Cut(r, ":")
	for _, want := range rels {
		if r == want || (!strings.Contains(want, ":") && base == want) {
			return true
		}
	}
	return false
}

// children lists the children of i with one of the relations.
func (t *tree) children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.kids[i] {
		if t.is(k, rels...) {
			out = append(out, k)
		}
	}
	return out
}

// child is the first child of i with one of the relations, or -1.
func (t *tree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		if t.is(k, rels...) {
			return k
		}
	}
	return -1
}

func (t *tree) lemma(i int) string { return lemmaOf(t.toks[i]) }

// span is the token range [lo, hi) of i and its descendants, leaving out the
// subtrees of children for which skip says so, and punctuation at the edges.
func (t *tree) span(i int, skip func(child int) bool) (lo, hi int) {
	lo, hi = i, i+1
	var walk func(n int)
	walk = func(n int) {
		for _, k := range t.kids[n] {
			if n == i && skip != nil && skip(k) {
				continue
			}
			lo, hi = min(lo, k), max(hi, k+1)
			walk(k)
		}
	}
	walk(i)
	for lo < i && t.toks[lo].UPOS == "PUNCT" && !t.closedWithin(lo, hi) {
		lo++
	}
	for hi-1 > i && t.toks[hi-1].UPOS == "PUNCT" && !t.openedWithin(lo, hi-1) {
		hi--
	}
	return lo, hi
}

// openedWithin reports whether token c is a closing bracket whose opening
// one stands in [lo, c): "Transport for London (TfL)" keeps its ")".
func (t *tree) openedWithin(lo, c int) bool {
	closing := t.toks[c].Form
	opening := openingBracket[closing]
	if opening == "" {
		return false
	}
	depth := 0
	for k := c - 1; k >= lo; k-- {
		switch t.toks[k].Form {
		case closing:
			depth++
		case opening:
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// closedWithin reports whether token o is an opening bracket whose closing
// one stands in (o, hi).
func (t *tree) closedWithin(o, hi int) bool {
	opening := t.toks[o].Form
	for k := o + 1; k < hi; k++ {
		if openingBracket[t.toks[k].Form] == opening && t.openedWithin(o, k) && !t.openedWithin(o+1, k) {
			return true
		}
	}
	return false
}

// openingBracket maps a closing bracket to its opening one.
var openingBracket = map[string]string{")": "(", "]": "["}

// within reports whether token k lies in the subtree of i.
func (t *tree) within(k, i int) bool {
	for steps := 0; k >= 0 && steps <= len(t.toks); steps++ {
		if k == i {
			return true
		}
		k = t.head(k)
	}
	return false
}

// finite reports a verb with a tense of its own or an auxiliary that
// gives it one: a clause that can have a subject.
func (t *tree) finite(v int) bool {
	switch t.toks[v].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	for _, k := range t.children(v, "aux", "aux:pass", "cop") {
		switch t.toks[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// timeNoun reports a noun phrase that names a time: "Tuesday", "last
// week", "October 8" (a number with a month).
func (t *tree) timeNoun(k int) bool {
	if analysis.IsTimeWord(t.toks[k]) {
		return true
	}
	if t.toks[k].UPOS != "NUM" {
		return false
	}
	for _, m := range t.kids[k] {
		if analysis.IsTimeWord(t.toks[m]) && t.is(m, "compound", "nmod:unmarked", "nmod", "flat") {
			return true
		}
	}
	return false
}

// finiteTag reports a tag of a verb with a tense: a clause of its own.
func finiteTag(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }
