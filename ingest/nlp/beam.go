package nlp

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
)

// Beam search over the arc-hybrid system with global training: the parser
// keeps the best few partial derivations at each step instead of one, and
// its weights are trained as a structured perceptron on whole transition
// sequences with max-violation updates (Huang, Fayong & Guo 2012; Zhang &
// Clark 2008 and Zhang & Nivre 2011 for beam-search transition parsing). The
// score of a derivation is the sum of its moves' scores; the arc labeller
// still names each arc greedily as it is made, in every derivation of the
// beam, so later moves see the labels as in the greedy parser.
//
// Every derivation of a sentence of n words has exactly 2n moves (n shifts,
// n arcs), so the derivations in a beam are always comparable.

// maxBeam bounds the beam width a model may ask for.
const maxBeam = 64

// beamItem is one derivation in the beam.
type beamItem struct {
	st    *parseState
	score float64
	hist  int32  // its last move in beamSearch.hist; -1: none yet
	hash  uint64 // of its labelled move sequence
}

// histNode is one move of a derivation; the derivations of a beam share
// their common prefixes.
type histNode struct {
	parent int32
	move   int8
	label  int16 // -1: a shift
}

type beamCand struct {
	item  int
	move  int
	score float64
}

// beamSearch is the scratch space of one beam search; it is reused from
// sentence to sentence.
type beamSearch struct {
	width     int
	cur, next []beamItem
	free      []*parseState
	cands     []beamCand
	lastUse   []int
	hist      []histNode
	arc       *arcScratch
}

// labelMemo remembers, within one sentence, the arc labeller's choice for
// the features of an arc: the derivations of a beam often make the same arc
// in the same context. It is exact: an entry keeps the features it is for.
type labelMemo struct {
	index map[uint64]labelMemoEntry
	feats []uint64 // the entries' features, back to back
}

type labelMemoEntry struct {
	start, end int32
	label      int32
}

func (m *labelMemo) reset() {
	if m.index == nil {
		m.index = make(map[uint64]labelMemoEntry)
	}
	clear(m.index)
	m.feats = m.feats[:0]
}

func memoKey(feats []uint64) uint64 {
	key := uint64(len(feats))
	for _, f := range feats {
		key = mix(key, f)
	}
	return key
}

// get returns the label remembered for feats.
func (m *labelMemo) get(feats []uint64) (int, bool) {
	e, ok := m.index[memoKey(feats)]
	if ok && slices.Equal(m.feats[e.start:e.end], feats) {
		return int(e.label), true
	}
	return 0, false
}

// put remembers label for feats, unless another arc's features hold the
// slot.
func (m *labelMemo) put(feats []uint64, label int) {
	key := memoKey(feats)
	if _, taken := m.index[key]; taken {
		return
	}
	start := int32(len(m.feats))
	m.feats = append(m.feats, feats...)
	m.index[key] = labelMemoEntry{start: start, end: int32(len(m.feats)), label: int32(label)}
}

var beamSearches = sync.Pool{New: func() any { return new(beamSearch) }}

// start sets up the beam with the single configuration s (copied).
func (b *beamSearch) start(s *parseState, width int) {
	b.width = width
	for _, it := range b.cur {
		b.free = append(b.free, it.st)
	}
	b.cur, b.hist = b.cur[:0], b.hist[:0]
	st := b.newState()
	st.copyFrom(s)
	b.cur = append(b.cur, beamItem{st: st, hist: -1})
}

func (b *beamSearch) newState() *parseState {
	if k := len(b.free); k > 0 {
		st := b.free[k-1]
		b.free = b.free[:k-1]
		return st
	}
	return &parseState{}
}

// advance extends every derivation by each allowed move, scored by score,
// and keeps the width best; apply labels the arc a move makes (if any),
// applies the move and returns the label (-1 for a shift). Ties keep the
// earlier derivation and move, so the search is deterministic.
func (b *beamSearch) advance(score func(*parseState) [numMoves]float64, apply func(*parseState, int) int) {
	b.cands = b.cands[:0]
	for i, it := range b.cur {
		sc := score(it.st)
		valid := it.st.valid()
		for m := range numMoves {
			if valid[m] {
				b.cands = append(b.cands, beamCand{item: i, move: m, score: it.score + sc[m]})
			}
		}
	}
	slices.SortStableFunc(b.cands, func(x, y beamCand) int { return cmp.Compare(y.score, x.score) })
	b.cands = b.cands[:min(len(b.cands), b.width)]
	// The last candidate from each derivation takes over its state; the
	// others copy it.
	b.lastUse = slices.Grow(b.lastUse[:0], len(b.cur))[:len(b.cur)]
	for i := range b.lastUse {
		b.lastUse[i] = -1
	}
	for j, c := range b.cands {
		b.lastUse[c.item] = j
	}
	b.next = b.next[:0]
	for j, c := range b.cands {
		parent := &b.cur[c.item]
		var st *parseState
		if b.lastUse[c.item] == j {
			st, parent.st = parent.st, nil
		} else {
			st = b.newState()
			st.copyFrom(parent.st)
		}
		label := apply(st, c.move)
		b.hist = append(b.hist, histNode{parent: parent.hist, move: int8(c.move), label: int16(label)})
		b.next = append(b.next, beamItem{st: st, score: c.score, hist: int32(len(b.hist) - 1),
			hash: mix(parent.hash, uint64(c.move)<<16|uint64(uint16(label)))})
	}
	for i := range b.cur {
		if b.cur[i].st != nil {
			b.free = append(b.free, b.cur[i].st)
		}
	}
	b.cur, b.next = b.next, b.cur
}

// moves returns the derivation that ends at history node h.
func (b *beamSearch) moves(h int32, dst []histNode) []histNode {
	dst = dst[:0]
	for ; h >= 0; h = b.hist[h].parent {
		dst = append(dst, b.hist[h])
	}
	slices.Reverse(dst)
	return dst
}

// runBeam parses from s to the final configuration by beam search, then
// replays the best derivation on s itself (which so gets the arc labeller's
// scores for the relabeller).
func (p *parser) runBeam(s *parseState) {
	b := beamSearches.Get().(*beamSearch)
	defer beamSearches.Put(b)
	if b.arc == nil || len(b.arc.scores) != len(p.arcs.labels) {
		b.arc = p.newArcScratch()
		b.arc.memo = &labelMemo{}
	}
	b.arc.memo.reset()
	var sc [numMoves]int32
	score := func(st *parseState) (out [numMoves]float64) {
		p.weights.score(st.features(), sc[:])
		for m, v := range sc {
			out[m] = float64(v)
		}
		return out
	}
	apply := func(st *parseState, move int) int { return p.step(st, move, b.arc) }
	b.start(s, p.beam)
	for !b.cur[0].st.done() {
		b.advance(score, apply)
	}
	for _, h := range b.moves(b.cur[0].hist, nil) {
		p.step(s, int(h.move), b.arc)
	}
}

// applyLabelled applies move to s, giving the arc it makes (if any) the
// label with index label.
func applyLabelled(s *parseState, move, label int, labelHash []uint64) {
	if h, d := s.arcOf(move); h != 0 {
		s.labIdx[d], s.lab[d] = int32(label), labelHash[label]
	}
	s.apply(move)
}

// trainTransitionsBeam trains the transition scorer as a structured
// perceptron over beam-search derivations with max-violation updates: each
// sentence is decoded with the current weights while a reference derivation
// follows the oracle (of the moves that lose fewest gold arcs, the one the
// model scores highest: for a projective tree, a derivation of it); the
// update compares the reference with the beam's best at the step where the
// best outscores the reference by most. The arc labeller learns the gold
// label of every arc of the reference derivation, as it is made.
func trainTransitionsBeam(sents []parseTrainSent, labels []string, width, epochs int, seed uint64, minUpdates int32, afterEpoch func(epoch int, snapshot func() *parser)) *parser {
	model := newPerceptron(numMoves)
	arcModel := newPerceptron(len(labels))
	arcs, _ := newArcLabeller(labels, nil)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	labelScores := make([]float64, len(labels))
	var arcFeats []uint64
	labelOf := func(st *parseState, h, d int32) int {
		if h == st.root() {
			return arcs.root
		}
		arcFeats = st.arcFeatures(arcFeats[:0], h, d)
		arcModel.score(arcFeats, labelScores)
		labelScores[arcs.root] = -1e300
		return argmax64(labelScores)
	}
	score := func(st *parseState) (out [numMoves]float64) {
		model.score(st.features(), out[:])
		return out
	}
	apply := func(st *parseState, move int) int {
		label := -1
		if h, d := st.arcOf(move); h != 0 {
			label = labelOf(st, h, d)
		}
		applyLabelled(st, move, label, arcs.labelHash)
		return label
	}
	b := &beamSearch{}
	var goldMoves, predMoves []histNode
	var goldFeats []uint64
	for epoch := range epochs {
		rng := rand.New(rand.NewPCG(seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ts := sents[si]
			n := len(ts.gold) - 2
			model.tick()
			b.start(newParseState(ts.tok, n), width)
			gold := newParseState(ts.tok, n)
			goldScore, goldHash := 0.0, uint64(0)
			goldMoves = goldMoves[:0]
			maxViolation, violationStep, violationHist := math.Inf(-1), -1, int32(-1)
			for step := 0; step < 2*n; step++ {
				b.advance(score, apply)
				// The reference derivation, labelled after the beam so
				// that equal derivations get equal labels.
				sc := score(gold)
				valid := gold.valid()
				cheapest, _ := cheapestMoves(valid, gold.costs(ts.gold))
				move := bestValid(sc[:], cheapest)
				label := -1
				if h, d := gold.arcOf(move); h != 0 {
					label = labelOf(gold, h, d)
					if h != gold.root() && ts.gold[d] == h {
						arcModel.tick()
						arcModel.update(int(ts.goldLabel[d]), label, arcFeats)
					}
				}
				applyLabelled(gold, move, label, arcs.labelHash)
				goldScore += sc[move]
				goldHash = mix(goldHash, uint64(move)<<16|uint64(uint16(label)))
				goldMoves = append(goldMoves, histNode{move: int8(move), label: int16(label)})
				if best := b.cur[0]; best.hash != goldHash && best.score-goldScore > maxViolation {
					maxViolation, violationStep, violationHist = best.score-goldScore, step, best.hist
				}
			}
			if violationStep < 0 || maxViolation < 0 {
				continue
			}
			predMoves = b.moves(violationHist, predMoves)
			g := newParseState(ts.tok, n)
			pr := newParseState(ts.tok, n)
			same := true
			for i, gm := range goldMoves[:violationStep+1] {
				pm := predMoves[i]
				// Up to where the derivations part, their features cancel.
				same = same && gm.move == pm.move && gm.label == pm.label
				if !same {
					goldFeats = append(goldFeats[:0], g.features()...)
					model.addTo(int(gm.move), 1, goldFeats)
					model.addTo(int(pm.move), -1, pr.features())
				}
				applyLabelled(g, int(gm.move), int(gm.label), arcs.labelHash)
				applyLabelled(pr, int(pm.move), int(pm.label), arcs.labelHash)
			}
		}
		if afterEpoch != nil {
			afterEpoch(epoch, func() *parser {
				a, _ := newArcLabeller(labels, arcModel.averaged(minUpdates))
				return &parser{weights: model.averaged(minUpdates), arcs: a, beam: width}
			})
		}
	}
	arcs.weights = arcModel.averaged(minUpdates)
	return &parser{weights: model.averaged(minUpdates), arcs: arcs, beam: width}
}
