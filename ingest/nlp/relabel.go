package nlp

import "math/rand/v2"

// relabeller names the arcs again once the tree is finished. The arc
// labeller (arclabel.go) must decide when an arc is made, before the head has
// all its children; the relabeller sees the whole tree: every child of the
// dependent and of the head on both sides, and the head's own head. Its
// scores are added to the arc labeller's (a sum of two linear models), so it
// corrects the labels where it is confident rather than replacing them: on
// its own it labels worse than the arc labeller (EWT dev LAS 80.66 against
// 81.10), the sum better (81.25).
type relabeller struct {
	weights *weightTable // classes: the parser's labels
}

// Feature templates of the relabeller.
const (
	rfBias uint64 = iota + 1
	rfDw
	rfDt
	rfDu
	rfDsuf
	rfHw
	rfHt
	rfHu
	rfDtHtDir
	rfDwHtDir
	rfDtHwDir
	rfDwHwDir
	rfDuHuDirDist
	rfDuHuGu
	rfDtHtGtDir
	rfKid
	rfKidW
	rfSib
	rfNearSibs
	rfPrevNext
	rfDval
	rfRank
	rfFirst
	rfDwDu
	rfHwHuDu
	rfGwHuDu
)

// treeKids lists the children of every word of a finished tree in
// ascending order: kids[i] for i in 1..n+1, with heads using n+1 for the
// root.
func treeKids(heads []int32, n int) [][]int32 {
	kids := make([][]int32, n+2)
	for d := 1; d <= n; d++ {
		if h := heads[d]; h > 0 {
			kids[h] = append(kids[h], int32(d))
		}
	}
	return kids
}

// relabelFeatures describes the arc heads[d] → d of a finished tree.
func relabelFeatures(dst []uint64, t *parseTokens, heads []int32, kids [][]int32, d int32) []uint64 {
	n := int32(len(heads) - 2)
	w, tg, u := t.word, t.tag, t.upos
	h := heads[d]
	g := int32(0)
	if h <= n {
		g = heads[h]
	}
	dir := uint64(1)
	if d > h {
		dir = 2
	}
	dist := distBucket(d, h)
	prev, next := d-1, d+1
	if next > n {
		next = 0
	}
	nLeft, nRight := int32(0), int32(0)
	for _, c := range kids[d] {
		if c < d {
			nLeft++
		} else {
			nRight++
		}
	}
	// The nearest siblings of d on each side, and d's rank among the
	// children of h on its side (1: nearest to h).
	var before, after int32
	rank := int32(0)
	for _, c := range kids[h] {
		if c < d {
			before = c
		} else if c > d && after == 0 {
			after = c
		}
		if d < h && c >= d && c < h || d > h && c > h && c <= d {
			rank++
		}
	}
	dst = append(dst,
		feat1(rfBias, 0),
		feat1(rfDw, w[d]),
		feat1(rfDt, tg[d]),
		feat1(rfDu, u[d]),
		feat2(rfDsuf, t.suf[d], u[d]),
		feat1(rfHw, w[h]),
		feat1(rfHt, tg[h]),
		feat1(rfHu, u[h]),
		feat3(rfDtHtDir, tg[d], tg[h], dir),
		feat3(rfDwHtDir, w[d], tg[h], dir),
		feat3(rfDtHwDir, tg[d], w[h], dir),
		feat3(rfDwHwDir, w[d], w[h], dir),
		feat3(rfDuHuDirDist, u[d], u[h], dir<<8|dist),
		feat3(rfDuHuGu, u[d], u[h], u[g]),
		feat3(rfDtHtGtDir, tg[d], tg[h], tg[g]<<2^dir),
		feat3(rfNearSibs, t.closedOrTag(before), t.closedOrTag(after), u[d]<<2^dir),
		feat3(rfPrevNext, tg[prev], tg[next], tg[d]),
		feat3(rfDval, countBucket(nLeft), countBucket(nRight), tg[d]),
		feat3(rfRank, uint64(min(rank, 4)), u[h], u[d]<<2^dir),
		feat2(rfFirst, uint64(b2i(d == 1)), u[d]),
		feat2(rfDwDu, w[d], u[d]),
		feat3(rfHwHuDu, w[h], u[h], u[d]),
		feat3(rfGwHuDu, w[g], u[h], u[d]),
	)
	for _, c := range kids[d] {
		side := uint64(1)
		if c > d {
			side = 2
		}
		dst = append(dst,
			feat3(rfKid, t.closedOrTag(c), side, tg[d]),
			feat3(rfKidW, t.closedOrTag(c), side, w[d]),
		)
	}
	for _, c := range kids[h] {
		if c == d {
			continue
		}
		side := uint64(1)
		if c > d {
			side = 2
		}
		dst = append(dst, feat3(rfSib, t.closedOrTag(c), side<<2^dir, u[d]))
	}
	return dst
}

// relabel sets labIdx of every word of a finished tree but the root's
// dependent; root is the index of the "root" label. The arc labeller's
// scores arcScores (in units of arcScale, nLabels per word) are added to the
// relabeller's own.
func (r *relabeller) relabel(t *parseTokens, heads, labIdx []int32, arcScores []int32, arcScale float32, root int) {
	n := len(heads) - 2
	kids := treeKids(heads, n)
	nl := r.weights.nClasses
	scores := make([]int32, nl)
	var feats []uint64
	for d := int32(1); d <= int32(n); d++ {
		if heads[d] == int32(n+1) {
			continue
		}
		feats = relabelFeatures(feats[:0], t, heads, kids, d)
		r.weights.score(feats, scores)
		best, bestScore := -1, float32(0)
		for c, v := range scores {
			if c == root {
				continue
			}
			x := float32(v)*r.weights.scale + arcScale*float32(arcScores[int(d)*nl+c])
			if best < 0 || x > bestScore {
				best, bestScore = c, x
			}
		}
		labIdx[d] = int32(best)
	}
}

// trainRelabeller trains the relabeller on the trees that the trained parser
// p makes of sents: it learns the gold label of every word whose head is
// right, so it sees the parser's kind of tree in training too. (Trained on
// the gold trees instead it did as well: EWT dev LAS 81.24 against 81.25.)
func trainRelabeller(sents []parseTrainSent, p *parser, nLabels, root, epochs int, seed uint64, minUpdates int32) *relabeller {
	model := newPerceptron(nLabels)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	kids := make([][][]int32, len(sents))
	heads := make([][]int32, len(sents))
	for i, s := range sents {
		st := newParseState(s.tok, len(s.gold)-2)
		p.run(st)
		heads[i] = st.heads
		kids[i] = treeKids(heads[i], len(s.gold)-2)
	}
	scores := make([]float64, nLabels)
	var feats []uint64
	for epoch := range epochs {
		rng := rand.New(rand.NewPCG(seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := sents[si]
			n := int32(len(s.gold) - 2)
			for d := int32(1); d <= n; d++ {
				if s.gold[d] == n+1 || heads[si][d] != s.gold[d] {
					continue
				}
				model.tick()
				feats = relabelFeatures(feats[:0], s.tok, heads[si], kids[si], d)
				model.score(feats, scores)
				scores[root] = -1e300
				model.update(int(s.goldLabel[d]), argmax64(scores), feats)
			}
		}
	}
	return &relabeller{weights: model.averaged(minUpdates)}
}
