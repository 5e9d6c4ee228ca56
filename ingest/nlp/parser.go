package nlp

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// The parser is an arc-hybrid transition parser (Kuhlmann et al. 2011)
// scored by an averaged perceptron. Greedy, it is trained with the dynamic
// oracle of Goldberg & Nivre (2013), so it learns to recover from its own
// mistakes; with a beam it is trained globally instead (beam.go). The root
// sits at the end of the buffer (Ballesteros & Nivre 2013). Each arc is
// labelled as it is made (arclabel.go), and later decisions see the labels.
//
// Words are numbered 1..n; n+1 is the root. In arc-hybrid the buffer is
// always the suffix b..n+1 of the sentence, so a single index describes it.

const (
	moveShift = iota // push b0 onto the stack
	moveLeft         // b0 becomes the head of s0; pop s0
	moveRight        // s1 becomes the head of s0; pop s0
	numMoves
)

// parser holds the trained transition scorer and its arc labeller.
type parser struct {
	weights *weightTable
	arcs    *arcLabeller
	relabel *relabeller // nil: keep the arc labeller's labels
	// beam is the width of the beam search (beam.go); 0 or 1: greedy.
	beam int
}

// parseState is the configuration of the transition system plus the partial
// tree, with per-word child summaries that the features read.
type parseState struct {
	n       int // words; the root is n+1
	stack   []int32
	b       int32   // front of the buffer
	ints    []int32 // the backing array of heads ... nRight, for copyFrom
	heads   []int32
	lc1     []int32  // leftmost child (0: none)
	lc2     []int32  // second leftmost child
	rc1     []int32  // rightmost child
	rc2     []int32  // second rightmost child
	nLeft   []int32  // number of left children
	nRight  []int32  // number of right children
	lab     []uint64 // hash of the label of the arc to each word (hashNone: none yet)
	labIdx  []int32  // index of that label
	tok     *parseTokens
	scratch []uint64
	// labScores, if not nil, keeps the arc labeller's scores of each
	// word's label (nLabels per word, in units of the arc labeller's
	// weight scale) for the relabeller.
	labScores []int32
}

// parseTokens caches per-word hashes; index 0 is the "no word" sentinel and
// n+1 the root.
type parseTokens struct {
	word []uint64 // normalised form
	tag  []uint64 // XPOS
	upos []uint64
	suf  []uint64 // three-letter suffix of the normalised form
}

// closedOrTag is word i itself when it is of a closed class (a determiner,
// a preposition, a pronoun, ...), else its tag: how the labellers' features
// name a child or sibling. Word 0, "no word", is its tag.
func (t *parseTokens) closedOrTag(i int32) uint64 {
	if i != 0 && closedClass[t.upos[i]] {
		return t.word[i]
	}
	return t.tag[i]
}

func newParseTokens(words []Word) *parseTokens {
	n := len(words)
	t := &parseTokens{
		word: make([]uint64, n+2),
		tag:  make([]uint64, n+2),
		upos: make([]uint64, n+2),
		suf:  make([]uint64, n+2),
	}
	t.word[0], t.tag[0], t.upos[0], t.suf[0] = hashNone, hashNone, hashNone, hashNone
	t.word[n+1], t.tag[n+1], t.upos[n+1], t.suf[n+1] = hashRoot, hashRoot, hashRoot, hashRoot
	for i := range words {
		norm := normWord(words[i].Form)
		t.word[i+1] = hashString(norm)
		t.tag[i+1] = hashString(words[i].XPOS)
		t.upos[i+1] = hashString(words[i].UPOS)
		t.suf[i+1] = hashString(suffix(norm, 3))
	}
	return t
}

func newParseState(tok *parseTokens, n int) *parseState {
	s := &parseState{n: n, b: 1, tok: tok, stack: make([]int32, 0, n)}
	arrays := make([]int32, 7*(n+2))
	s.ints = arrays
	s.heads, arrays = arrays[:n+2], arrays[n+2:]
	s.lc1, arrays = arrays[:n+2], arrays[n+2:]
	s.lc2, arrays = arrays[:n+2], arrays[n+2:]
	s.rc1, arrays = arrays[:n+2], arrays[n+2:]
	s.rc2, arrays = arrays[:n+2], arrays[n+2:]
	s.nLeft, s.nRight = arrays[:n+2], arrays[n+2:]
	for i := range s.heads {
		s.heads[i] = -1
	}
	s.lab = newLabelHashes(n)
	s.labIdx = make([]int32, n+2)
	return s
}

// copyFrom makes s a copy of o, reusing s's arrays where they are large
// enough. Neither the scratch space nor labScores is copied.
func (s *parseState) copyFrom(o *parseState) {
	s.n, s.b, s.tok = o.n, o.b, o.tok
	s.stack = append(s.stack[:0], o.stack...)
	s.ints = append(s.ints[:0], o.ints...)
	m := o.n + 2
	a := s.ints
	s.heads, s.lc1, s.lc2, s.rc1 = a[:m], a[m:2*m], a[2*m:3*m], a[3*m:4*m]
	s.rc2, s.nLeft, s.nRight = a[4*m:5*m], a[5*m:6*m], a[6*m:7*m]
	s.lab = append(s.lab[:0], o.lab...)
	s.labIdx = append(s.labIdx[:0], o.labIdx...)
	s.labScores = nil
}

func (s *parseState) root() int32 { return int32(s.n + 1) }
func (s *parseState) done() bool  { return len(s.stack) == 0 && s.b == s.root() }
func (s *parseState) s(k int) int32 { // k-th stack item from the top, 0 if none
	if k < len(s.stack) {
		return s.stack[len(s.stack)-1-k]
	}
	return 0
}

// valid reports which moves the configuration allows. Attaching to the root
// is allowed only for the last word on the stack, which keeps one root.
func (s *parseState) valid() [numMoves]bool {
	var v [numMoves]bool
	v[moveShift] = s.b < s.root()
	if len(s.stack) >= 1 {
		v[moveLeft] = s.b < s.root() || len(s.stack) == 1
	}
	v[moveRight] = len(s.stack) >= 2
	return v
}

func (s *parseState) apply(move int) {
	switch move {
	case moveShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case moveLeft:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, d)
	case moveRight:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.stack[len(s.stack)-1], d)
	}
}

func (s *parseState) attach(h, d int32) {
	s.heads[d] = h
	if d < h {
		s.nLeft[h]++
		if s.lc1[h] == 0 || d < s.lc1[h] {
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		} else if s.lc2[h] == 0 || d < s.lc2[h] {
			s.lc2[h] = d
		}
	} else {
		s.nRight[h]++
		if d > s.rc1[h] {
			s.rc2[h], s.rc1[h] = s.rc1[h], d
		} else if d > s.rc2[h] {
			s.rc2[h] = d
		}
	}
}

// costs returns, for each move, how many gold arcs it makes unreachable
// (Goldberg & Nivre 2013, arc-hybrid). gold[i] is the gold head of word i
// with the root as n+1.
func (s *parseState) costs(gold []int32) [numMoves]int {
	var c [numMoves]int
	b := s.b
	n := int32(s.n)
	s0, s1 := s.s(0), s.s(1)
	if s.b < s.root() { // shift
		for k, x := range s.stack {
			if gold[x] == b {
				c[moveShift]++
			}
			if gold[b] == x && k != len(s.stack)-1 {
				c[moveShift]++
			}
		}
	}
	if s0 != 0 {
		deps := 0 // dependents of s0 still in the buffer, lost by popping it
		for d := b; d <= n; d++ {
			if gold[d] == s0 {
				deps++
			}
		}
		h := gold[s0]
		c[moveLeft] = deps
		if h != b && (h == s1 && s1 != 0 || h > b) {
			c[moveLeft]++
		}
		c[moveRight] = deps
		if h != s1 && h >= b {
			c[moveRight]++
		}
	}
	return c
}

// Feature templates of the parser.
const (
	pfBias uint64 = iota + 1
	pfS0w
	pfS0t
	pfS0wt
	pfS1w
	pfS1t
	pfS1wt
	pfS2t
	pfS2w
	pfB0w
	pfB0t
	pfB0wt
	pfB1w
	pfB1t
	pfB1wt
	pfB2w
	pfB2t
	pfS0u
	pfB0u
	pfS0suf
	pfB0suf
	pfS0wtB0wt
	pfS0wtB0w
	pfS0wtB0t
	pfS0wB0wt
	pfS0tB0wt
	pfS0wB0w
	pfS0tB0t
	pfB0tB1t
	pfS1wtS0wt
	pfS1wS0w
	pfS1tS0t
	pfS1tS0w
	pfS1wS0t
	pfS1tS0tB0t
	pfB0tB1tB2t
	pfS0tB0tB1t
	pfS0tS0l1tB0t
	pfS0tS0r1tB0t
	pfS0tB0tB0l1t
	pfS0tS0l1tS0l2t
	pfS0tS0r1tS0r2t
	pfS1tS1r1tS0t
	pfS1tS0tS0r1t
	pfB0tB0l1tB0l2t
	pfS2tS1tS0t
	pfS0wDist
	pfS0tDist
	pfB0wDist
	pfB0tDist
	pfS0tB0tDist
	pfS0wS0vr
	pfS0tS0vr
	pfS0wS0vl
	pfS0tS0vl
	pfB0wB0vl
	pfB0tB0vl
	pfS1tS1vr
	pfS0l1w
	pfS0l1t
	pfS0r1w
	pfS0r1t
	pfS0l2t
	pfS0r2t
	pfB0l1w
	pfB0l1t
	pfB0l2t
	pfS1r1w
	pfS1r1t
	pfS1l1t
	pfS1tS0tDist
	pfS0wB0wB1t
	pfS1wS0wB0t
	pfS0uB0uB1u
	pfS1uS0uB0u
	pfStackDepth
	pfS0wB0tB1t
	pfB0wB1wt
	pfS0l1l
	pfS0r1l
	pfS0l2l
	pfS0r2l
	pfB0l1l
	pfB0l2l
	pfS1r1l
	pfS1l1l
	pfS0wS0ll
	pfS0tS0ll
	pfS0tS0rl
	pfB0wB0ll
	pfB0tB0ll
	pfS0tS0l1lB0t
	pfS0tS0r1lB0t
	pfS1tS1l1lS0t
)

// distBucket buckets a word distance: 1, 2, 3, 4, 5–9, 10+.
func distBucket(a, b int32) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d < 5:
		return uint64(d)
	case d < 10:
		return 5
	}
	return 6
}

func countBucket(n int32) uint64 { return uint64(min(n, 4)) }

// features returns the feature hashes of the current configuration.
func (s *parseState) features() []uint64 {
	t := s.tok
	s0, s1, s2 := s.s(0), s.s(1), s.s(2)
	b0 := s.b
	b1, b2 := b0+1, b0+2
	root := s.root()
	if b1 > root {
		b1 = 0
	}
	if b2 > root {
		b2 = 0
	}
	w, tg, u, lab := t.word, t.tag, t.upos, s.lab
	s0l1, s0l2, s0r1, s0r2 := s.lc1[s0], s.lc2[s0], s.rc1[s0], s.rc2[s0]
	s1l1, s1r1 := s.lc1[s1], s.rc1[s1]
	b0l1, b0l2 := s.lc1[b0], s.lc2[b0]
	dist := uint64(0)
	if s0 != 0 {
		dist = distBucket(s0, b0)
	}
	dist10 := uint64(0)
	if s1 != 0 {
		dist10 = distBucket(s1, s0)
	}
	s0wt := mix(w[s0], tg[s0])
	s1wt := mix(w[s1], tg[s1])
	b0wt := mix(w[b0], tg[b0])
	b1wt := mix(w[b1], tg[b1])
	f := append(s.scratch[:0],
		feat1(pfBias, 0),
		feat1(pfS0w, w[s0]),
		feat1(pfS0t, tg[s0]),
		feat1(pfS0wt, s0wt),
		feat1(pfS1w, w[s1]),
		feat1(pfS1t, tg[s1]),
		feat1(pfS1wt, s1wt),
		feat1(pfS2t, tg[s2]),
		feat1(pfS2w, w[s2]),
		feat1(pfB0w, w[b0]),
		feat1(pfB0t, tg[b0]),
		feat1(pfB0wt, b0wt),
		feat1(pfB1w, w[b1]),
		feat1(pfB1t, tg[b1]),
		feat1(pfB1wt, b1wt),
		feat1(pfB2w, w[b2]),
		feat1(pfB2t, tg[b2]),
		feat1(pfS0u, u[s0]),
		feat1(pfB0u, u[b0]),
		feat1(pfS0suf, t.suf[s0]),
		feat1(pfB0suf, t.suf[b0]),
		feat2(pfS0wtB0wt, s0wt, b0wt),
		feat2(pfS0wtB0w, s0wt, w[b0]),
		feat2(pfS0wtB0t, s0wt, tg[b0]),
		feat2(pfS0wB0wt, w[s0], b0wt),
		feat2(pfS0tB0wt, tg[s0], b0wt),
		feat2(pfS0wB0w, w[s0], w[b0]),
		feat2(pfS0tB0t, tg[s0], tg[b0]),
		feat2(pfB0tB1t, tg[b0], tg[b1]),
		feat2(pfS1wtS0wt, s1wt, s0wt),
		feat2(pfS1wS0w, w[s1], w[s0]),
		feat2(pfS1tS0t, tg[s1], tg[s0]),
		feat2(pfS1tS0w, tg[s1], w[s0]),
		feat2(pfS1wS0t, w[s1], tg[s0]),
		feat3(pfS1tS0tB0t, tg[s1], tg[s0], tg[b0]),
		feat3(pfB0tB1tB2t, tg[b0], tg[b1], tg[b2]),
		feat3(pfS0tB0tB1t, tg[s0], tg[b0], tg[b1]),
		feat3(pfS0tS0l1tB0t, tg[s0], tg[s0l1], tg[b0]),
		feat3(pfS0tS0r1tB0t, tg[s0], tg[s0r1], tg[b0]),
		feat3(pfS0tB0tB0l1t, tg[s0], tg[b0], tg[b0l1]),
		feat3(pfS0tS0l1tS0l2t, tg[s0], tg[s0l1], tg[s0l2]),
		feat3(pfS0tS0r1tS0r2t, tg[s0], tg[s0r1], tg[s0r2]),
		feat3(pfS1tS1r1tS0t, tg[s1], tg[s1r1], tg[s0]),
		feat3(pfS1tS0tS0r1t, tg[s1], tg[s0], tg[s0r1]),
		feat3(pfB0tB0l1tB0l2t, tg[b0], tg[b0l1], tg[b0l2]),
		feat3(pfS2tS1tS0t, tg[s2], tg[s1], tg[s0]),
		feat2(pfS0wDist, w[s0], dist),
		feat2(pfS0tDist, tg[s0], dist),
		feat2(pfB0wDist, w[b0], dist),
		feat2(pfB0tDist, tg[b0], dist),
		feat3(pfS0tB0tDist, tg[s0], tg[b0], dist),
		feat2(pfS0wS0vr, w[s0], countBucket(s.nRight[s0])),
		feat2(pfS0tS0vr, tg[s0], countBucket(s.nRight[s0])),
		feat2(pfS0wS0vl, w[s0], countBucket(s.nLeft[s0])),
		feat2(pfS0tS0vl, tg[s0], countBucket(s.nLeft[s0])),
		feat2(pfB0wB0vl, w[b0], countBucket(s.nLeft[b0])),
		feat2(pfB0tB0vl, tg[b0], countBucket(s.nLeft[b0])),
		feat2(pfS1tS1vr, tg[s1], countBucket(s.nRight[s1])),
		feat1(pfS0l1w, w[s0l1]),
		feat1(pfS0l1t, tg[s0l1]),
		feat1(pfS0r1w, w[s0r1]),
		feat1(pfS0r1t, tg[s0r1]),
		feat1(pfS0l2t, tg[s0l2]),
		feat1(pfS0r2t, tg[s0r2]),
		feat1(pfB0l1w, w[b0l1]),
		feat1(pfB0l1t, tg[b0l1]),
		feat1(pfB0l2t, tg[b0l2]),
		feat1(pfS1r1w, w[s1r1]),
		feat1(pfS1r1t, tg[s1r1]),
		feat1(pfS1l1t, tg[s1l1]),
		feat3(pfS1tS0tDist, tg[s1], tg[s0], dist10),
		feat3(pfS0wB0wB1t, w[s0], w[b0], tg[b1]),
		feat3(pfS1wS0wB0t, w[s1], w[s0], tg[b0]),
		feat3(pfS0uB0uB1u, u[s0], u[b0], u[b1]),
		feat3(pfS1uS0uB0u, u[s1], u[s0], u[b0]),
		feat1(pfStackDepth, uint64(min(len(s.stack), 4))),
		feat3(pfS0wB0tB1t, w[s0], tg[b0], tg[b1]),
		feat2(pfB0wB1wt, w[b0], b1wt),
		feat1(pfS0l1l, lab[s0l1]),
		feat1(pfS0r1l, lab[s0r1]),
		feat1(pfS0l2l, lab[s0l2]),
		feat1(pfS0r2l, lab[s0r2]),
		feat1(pfB0l1l, lab[b0l1]),
		feat1(pfB0l2l, lab[b0l2]),
		feat1(pfS1r1l, lab[s1r1]),
		feat1(pfS1l1l, lab[s1l1]),
		feat3(pfS0wS0ll, w[s0], lab[s0l1], lab[s0l2]),
		feat3(pfS0tS0ll, tg[s0], lab[s0l1], lab[s0l2]),
		feat3(pfS0tS0rl, tg[s0], lab[s0r1], lab[s0r2]),
		feat3(pfB0wB0ll, w[b0], lab[b0l1], lab[b0l2]),
		feat3(pfB0tB0ll, tg[b0], lab[b0l1], lab[b0l2]),
		feat3(pfS0tS0l1lB0t, tg[s0], lab[s0l1], tg[b0]),
		feat3(pfS0tS0r1lB0t, tg[s0], lab[s0r1], tg[b0]),
		feat3(pfS1tS1l1lS0t, tg[s1], lab[s1l1], tg[s0]),
	)
	s.scratch = f
	return f
}

// cheapestMoves marks the valid moves of least cost (what the oracle may
// take) and gives that cost.
func cheapestMoves(valid [numMoves]bool, costs [numMoves]int) (cheapest [numMoves]bool, minCost int) {
	minCost = -1
	for m := range numMoves {
		if valid[m] && (minCost < 0 || costs[m] < minCost) {
			minCost = costs[m]
		}
	}
	for m := range numMoves {
		cheapest[m] = valid[m] && costs[m] == minCost
	}
	return cheapest, minCost
}

// bestValid returns the highest-scoring move among the allowed ones.
func bestValid[F int32 | float64](scores []F, valid [numMoves]bool) int {
	best := -1
	for m := range numMoves {
		if valid[m] && (best < 0 || scores[m] > scores[best]) {
			best = m
		}
	}
	return best
}

// parse fills Head and Deprel of words.
func (p *parser) parse(words []Word) {
	n := len(words)
	tok := newParseTokens(words)
	s := newParseState(tok, n)
	if p.relabel != nil {
		s.labScores = make([]int32, (n+2)*len(p.arcs.labels))
	}
	p.run(s)
	if p.relabel != nil {
		p.relabel.relabel(tok, s.heads, s.labIdx, s.labScores, p.arcs.weights.scale, p.arcs.root)
	}
	for i := range words {
		h := int(s.heads[i+1])
		if h == n+1 {
			h = 0
		}
		words[i].Head = h
		words[i].Deprel = p.arcs.labels[s.labIdx[i+1]]
	}
}

// run parses from s to the final configuration, labelling arcs as they are
// made: greedily, or by beam search if the parser has a beam.
func (p *parser) run(s *parseState) {
	if p.beam > 1 {
		p.runBeam(s)
		return
	}
	var scores [numMoves]int32
	l := p.newArcScratch()
	for !s.done() {
		p.weights.score(s.features(), scores[:])
		p.step(s, bestValid(scores[:], s.valid()), l)
	}
}

// arcScratch is the scratch space of step.
type arcScratch struct {
	scores []int32
	feats  []uint64
	memo   *labelMemo // nil: none
}

func (p *parser) newArcScratch() *arcScratch {
	return &arcScratch{scores: make([]int32, len(p.arcs.labels))}
}

// step labels the arc that move makes, if any, with the arc labeller's
// choice and applies the move. It returns the label, or -1 for a shift.
func (p *parser) step(s *parseState, move int, l *arcScratch) int {
	label := -1
	if h, d := s.arcOf(move); h != 0 {
		label = p.arcs.root
		if h != s.root() {
			l.feats = s.arcFeatures(l.feats[:0], h, d)
			if l.memo != nil && s.labScores == nil {
				var ok bool
				if label, ok = l.memo.get(l.feats); !ok {
					label = p.label(l)
					l.memo.put(l.feats, label)
				}
			} else {
				label = p.label(l)
			}
			if s.labScores != nil {
				copy(s.labScores[int(d)*len(l.scores):], l.scores)
			}
		}
		s.labIdx[d], s.lab[d] = int32(label), p.arcs.labelHash[label]
	}
	s.apply(move)
	return label
}

// label returns the arc labeller's choice for the arc described by l.feats,
// leaving the scores in l.scores.
func (p *parser) label(l *arcScratch) int {
	p.arcs.weights.score(l.feats, l.scores)
	l.scores[p.arcs.root] = math.MinInt32
	return argmax(l.scores)
}

type savedParser struct {
	Weights        savedTable
	ArcLabels      []string
	ArcWeights     savedTable
	RelabelWeights *savedTable // nil: no relabeller
	Beam           int         // beam width; 0 or 1: greedy
}

func (p *parser) save() savedParser {
	sp := savedParser{Weights: p.weights.save(), ArcLabels: p.arcs.labels, ArcWeights: p.arcs.weights.save(), Beam: p.beam}
	if p.relabel != nil {
		t := p.relabel.weights.save()
		sp.RelabelWeights = &t
	}
	return sp
}

func (sp *savedParser) load() (*parser, error) {
	w, err := sp.Weights.load()
	if err != nil {
		return nil, err
	}
	if w.nClasses != numMoves {
		return nil, errors.New("nlp: parser weights have the wrong number of moves")
	}
	aw, err := sp.ArcWeights.load()
	if err != nil {
		return nil, err
	}
	arcs, err := newArcLabeller(sp.ArcLabels, aw)
	if err != nil {
		return nil, err
	}
	if sp.Beam < 0 || sp.Beam > maxBeam {
		return nil, fmt.Errorf("nlp: parser beam %d out of range", sp.Beam)
	}
	p := &parser{weights: w, arcs: arcs, beam: sp.Beam}
	if sp.RelabelWeights != nil {
		rw, err := sp.RelabelWeights.load()
		if err != nil {
			return nil, err
		}
		if rw.nClasses != len(sp.ArcLabels) {
			return nil, errors.New("nlp: relabeller weights do not match the labels")
		}
		p.relabel = &relabeller{weights: rw}
	}
	return p, nil
}

// parseTrainSent is a training sentence: words with jackknifed tags and gold
// heads with the root as n+1.
type parseTrainSent struct {
	tok       *parseTokens
	gold      []int32
	goldLabel []int32 // label index per word
}

func goldHeads(words []Word) []int32 {
	n := len(words)
	gold := make([]int32, n+2)
	for i, w := range words {
		h := int32(w.Head)
		if h == 0 {
			h = int32(n + 1)
		}
		gold[i+1] = h
	}
	return gold
}

// exploreRate is how often, after the first epoch, training follows the
// parser's own prediction instead of the oracle's (Goldberg & Nivre use 0.9).
var exploreRate = 0.9

// trainTransitions trains the greedy transition scorer with the dynamic
// oracle.
// In the first epoch the parser follows the oracle; afterwards it follows
// its own predictions, so that it also learns in the states its mistakes
// lead to.
func trainTransitions(sents []parseTrainSent, labels []string, epochs int, seed uint64, minUpdates int32, afterEpoch func(epoch int, snapshot func() *parser)) *parser {
	model := newPerceptron(numMoves)
	arcModel := newPerceptron(len(labels))
	arcs, _ := newArcLabeller(labels, nil)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var scores [numMoves]float64
	labelScores := make([]float64, len(labels))
	var arcFeats []uint64
	for epoch := range epochs {
		rng := rand.New(rand.NewPCG(seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ts := sents[si]
			n := len(ts.gold) - 2
			s := newParseState(ts.tok, n)
			for !s.done() {
				model.tick()
				feats := s.features()
				model.score(feats, scores[:])
				valid := s.valid()
				guess := bestValid(scores[:], valid)
				costs := s.costs(ts.gold)
				cheapest, minCost := cheapestMoves(valid, costs)
				best := bestValid(scores[:], cheapest)
				if costs[guess] > minCost {
					model.update(best, guess, feats)
				}
				move := best
				if epoch > 0 && rng.Float64() < exploreRate {
					move = guess
				}
				if h, d := s.arcOf(move); h != 0 {
					label := arcs.root
					if h != s.root() {
						arcModel.tick()
						arcFeats = s.arcFeatures(arcFeats[:0], h, d)
						arcModel.score(arcFeats, labelScores)
						labelScores[arcs.root] = -1e300
						label = argmax64(labelScores)
						if ts.gold[d] == h {
							arcModel.update(int(ts.goldLabel[d]), label, arcFeats)
						}
					}
					s.labIdx[d], s.lab[d] = int32(label), arcs.labelHash[label]
				}
				s.apply(move)
			}
		}
		if afterEpoch != nil {
			afterEpoch(epoch, func() *parser {
				a, _ := newArcLabeller(labels, arcModel.averaged(minUpdates))
				return &parser{weights: model.averaged(minUpdates), arcs: a}
			})
		}
	}
	arcs.weights = arcModel.averaged(minUpdates)
	return &parser{weights: model.averaged(minUpdates), arcs: arcs}
}

func newArcLabeller(labels []string, w *weightTable) (*arcLabeller, error) {
	a := &arcLabeller{labels: labels, root: slices.Index(labels, "root"), weights: w}
	if a.root < 0 || w != nil && w.nClasses != len(labels) {
		return nil, errors.New("nlp: malformed arc labeller")
	}
	for _, l := range labels {
		a.labelHash = append(a.labelHash, hashString(l))
	}
	return a, nil
}
