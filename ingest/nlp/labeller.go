package nlp

import (
	"errors"
	"math/rand/v2"
	"slices"
)

// labeller names the arcs of a finished tree. It works top-down, so each
// arc sees the relation already given to its head and to the sibling before
// it, and it sees the whole subtree of both words: function words among the
// dependent's children (case markers, "to", commas) and the head's other
// children (auxiliaries such as "was" that mark the passive).
type labeller struct {
	labels    []string
	labelHash []uint64
	root      int // index of "root"
	weights   *weightTable
}

// closedClass are the UPOS tags whose words, not tags, describe a child.
var closedClass = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, u := range []string{"ADP", "SCONJ", "PART", "AUX", "CCONJ", "DET", "PRON", "PUNCT"} {
		m[hashString(u)] = true
	}
	return m
}()

// Feature templates of the labeller.
const (
	lfBias uint64 = iota + 1
	lfDw
	lfDt
	lfDu
	lfDwt
	lfHw
	lfHt
	lfHu
	lfHwt
	lfDtHt
	lfDwHt
	lfDtHw
	lfDwHw
	lfDuHuDir
	lfDtHtDirDist
	lfDtDir
	lfHlabel
	lfHlabelDt
	lfHlabelDtDir
	lfGHt
	lfGHtHtDt
	lfSibLabelDt
	lfSibTagDt
	lfDchild
	lfDchildDt
	lfHchildDt
	lfDnChildren
	lfDprevT
	lfDnextT
	lfDsuf
	lfDtDprevTDnextT
	lfDFirst
)

// arcContext is a parsed sentence seen by the labeller: heads and child
// lists in word positions 1..n (the root is n+1).
type arcContext struct {
	tok      *parseTokens
	heads    []int32   // 1..n; root as n+1
	children [][]int32 // per word (and the root), in sentence order
	labels   []int     // predicted so far, per word
}

func newArcContext(tok *parseTokens, heads []int32) *arcContext {
	n := len(heads) - 2
	c := &arcContext{tok: tok, heads: heads, children: make([][]int32, n+2), labels: make([]int, n+2)}
	for d := int32(1); d <= int32(n); d++ {
		h := heads[d]
		c.children[h] = append(c.children[h], d)
	}
	return c
}

// topDown returns the words in breadth-first order from the root.
func (c *arcContext) topDown() []int32 {
	n := len(c.heads) - 2
	order := make([]int32, 0, n)
	order = append(order, c.children[n+1]...)
	for i := 0; i < len(order); i++ {
		order = append(order, c.children[order[i]]...)
	}
	return order
}

func (l *labeller) features(dst []uint64, c *arcContext, d int32) []uint64 {
	t := c.tok
	n := int32(len(c.heads) - 2)
	h := c.heads[d]
	w, tg, u := t.word, t.tag, t.upos
	dir := uint64(1)
	if d > h {
		dir = 2
	}
	dist := distBucket(d, h)
	hlabel := hashRoot
	if h <= n {
		hlabel = l.labelHash[c.labels[h]]
	}
	gh := c.heads[h] // head of the head; 0 for the root's "head"
	if h > n || gh < 0 {
		gh = 0
	}
	sibLabel, sibTag := hashNone, hashNone
	for _, sib := range c.children[h] {
		if sib >= d {
			break
		}
		sibLabel, sibTag = l.labelHash[c.labels[sib]], tg[sib]
	}
	prev, next := d-1, d+1
	if next > n {
		next = 0
	}
	dst = append(dst,
		feat1(lfBias, 0),
		feat1(lfDw, w[d]),
		feat1(lfDt, tg[d]),
		feat1(lfDu, u[d]),
		feat2(lfDwt, w[d], tg[d]),
		feat1(lfHw, w[h]),
		feat1(lfHt, tg[h]),
		feat1(lfHu, u[h]),
		feat2(lfHwt, w[h], tg[h]),
		feat3(lfDtHt, tg[d], tg[h], dir),
		feat3(lfDwHt, w[d], tg[h], dir),
		feat3(lfDtHw, tg[d], w[h], dir),
		feat3(lfDwHw, w[d], w[h], dir),
		feat3(lfDuHuDir, u[d], u[h], dir),
		feat3(lfDtHtDirDist, tg[d], tg[h], dir<<8|dist),
		feat2(lfDtDir, tg[d], dir),
		feat1(lfHlabel, hlabel),
		feat2(lfHlabelDt, hlabel, tg[d]),
		feat3(lfHlabelDtDir, hlabel, tg[d], dir),
		feat1(lfGHt, tg[gh]),
		feat3(lfGHtHtDt, tg[gh], tg[h], tg[d]),
		feat3(lfSibLabelDt, sibLabel, tg[d], dir),
		feat3(lfSibTagDt, sibTag, tg[d], dir),
		feat2(lfDnChildren, tg[d], countBucket(int32(len(c.children[d])))),
		feat1(lfDprevT, tg[prev]),
		feat1(lfDnextT, tg[next]),
		feat2(lfDsuf, t.suf[d], u[d]),
		feat3(lfDtDprevTDnextT, tg[d], tg[prev], tg[next]),
		feat2(lfDFirst, b2u(d == 1), tg[d]),
	)
	for _, ch := range c.children[d] {
		v := tg[ch]
		if closedClass[u[ch]] {
			v = w[ch]
		}
		cdir := uint64(1)
		if ch > d {
			cdir = 2
		}
		dst = append(dst, feat2(lfDchild, v, cdir), feat3(lfDchildDt, v, cdir, tg[d]))
	}
	if h <= n {
		for _, sib := range c.children[h] {
			if sib != d && closedClass[u[sib]] {
				dst = append(dst, feat3(lfHchildDt, w[sib], tg[d], dir))
			}
		}
	}
	return dst
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// label fills Deprel from the words' Head values.
func (l *labeller) label(words []Word, tok *parseTokens) {
	n := len(words)
	heads := make([]int32, n+2)
	for i, w := range words {
		h := int32(w.Head)
		if h == 0 {
			h = int32(n + 1)
		}
		heads[i+1] = h
	}
	c := newArcContext(tok, heads)
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(l.labels))
	for _, d := range c.topDown() {
		if heads[d] == int32(n+1) {
			c.labels[d] = l.root
		} else {
			feats = l.features(feats[:0], c, d)
			l.weights.score(feats, scores)
			scores[l.root] = -1e30 // only the root's dependent is "root"
			c.labels[d] = argmax(scores)
		}
		words[d-1].Deprel = l.labels[c.labels[d]]
	}
}

// trainLabeller trains on gold trees whose tags are the jackknifed ones.
func trainLabeller(sents []Sentence, toks []*parseTokens, epochs int, seed uint64, minUpdates int32) *labeller {
	set := map[string]bool{"root": true}
	for _, s := range sents {
		for _, w := range s.Words {
			set[w.Deprel] = true
		}
	}
	l := &labeller{labels: sortedKeys(set)}
	index := map[string]int{}
	for i, lab := range l.labels {
		index[lab] = i
		l.labelHash = append(l.labelHash, hashString(lab))
	}
	l.root = index["root"]
	model := newPerceptron(len(l.labels))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint64, 0, 64)
	scores := make([]float64, len(l.labels))
	for epoch := range epochs {
		rng := rand.New(rand.NewPCG(seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			words := sents[si].Words
			heads := goldHeads(words)
			c := newArcContext(toks[si], heads)
			for _, d := range c.topDown() {
				gold := index[words[d-1].Deprel]
				if heads[d] == int32(len(words)+1) {
					c.labels[d] = l.root
					continue
				}
				model.tick()
				feats = l.features(feats[:0], c, d)
				model.score(feats, scores)
				scores[l.root] = -1e300
				guess := argmax64(scores)
				model.update(gold, guess, feats)
				c.labels[d] = guess
			}
		}
	}
	l.weights = model.averaged(minUpdates)
	return l
}

type savedLabeller struct {
	Labels  []string
	Weights savedTable
}

func (l *labeller) save() savedLabeller {
	return savedLabeller{Labels: l.labels, Weights: l.weights.save()}
}

func (sl savedLabeller) load() (*labeller, error) {
	w, err := sl.Weights.load()
	if err != nil {
		return nil, err
	}
	root := slices.Index(sl.Labels, "root")
	if w.nClasses != len(sl.Labels) || root < 0 {
		return nil, errors.New("nlp: malformed arc labeller")
	}
	l := &labeller{labels: sl.Labels, root: root, weights: w}
	for _, lab := range sl.Labels {
		l.labelHash = append(l.labelHash, hashString(lab))
	}
	return l, nil
}
