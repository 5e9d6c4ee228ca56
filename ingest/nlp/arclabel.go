package nlp

// arcLabeller names each arc the moment the parser makes it. Its labels are
// features for the parser's later decisions (Zhang & Nivre 2011: a word that
// already has a subject rarely takes another); at that moment the dependent's
// subtree is complete but the head's is not.
type arcLabeller struct {
	labels    []string
	labelHash []uint64
	root      int
	weights   *weightTable
}

// closedClass are the UPOS tags whose words, not tags, describe a child:
// "in" versus "of", "to", a comma.
var closedClass = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, u := range []string{"ADP", "SCONJ", "PART", "AUX", "CCONJ", "DET", "PRON", "PUNCT"} {
		m[hashString(u)] = true
	}
	return m
}()

// Feature templates of the arc labeller.
const (
	afBias uint64 = iota + 1
	afDw
	afDt
	afDu
	afHw
	afHt
	afHu
	afDtHtDir
	afDwHtDir
	afDtHwDir
	afDwHwDir
	afDtHtDirDist
	afDl1Dt
	afDr1Dt
	afDl2Dl1
	afDr1Dr2
	afSibDt
	afHl1Dt
	afDl1wDt
	afDr1wDt
	afPrevNextDt
	afDsufDu
	afHvalDt
	afHl2Dt
	afDl2wDt
	afDwDl1w
	afHwDl1wDir
	afHtDl1wDir
	afDwDir
	afDvalDt
	afHuDuDl1w
)

// newLabelHashes returns the per-word label slots of a parse state, all
// "no label".
func newLabelHashes(n int) []uint64 {
	l := make([]uint64, n+2)
	for i := range l {
		l[i] = hashNone
	}
	return l
}

// arcOf returns the arc that move would make, or (0, 0) for a shift.
func (s *parseState) arcOf(move int) (h, d int32) {
	switch move {
	case moveLeft:
		return s.b, s.s(0)
	case moveRight:
		return s.s(1), s.s(0)
	}
	return 0, 0
}

// arcFeatures describes the arc h → d before it is added.
func (s *parseState) arcFeatures(dst []uint64, h, d int32) []uint64 {
	t := s.tok
	w, tg, u, lab := t.word, t.tag, t.upos, s.lab
	n := int32(s.n)
	dir := uint64(1)
	sib := s.lc1[h] // nearest child of h on d's side, before this arc
	if d > h {
		dir = 2
		sib = s.rc1[h]
	}
	prev, next := d-1, d+1
	if next > n {
		next = 0
	}
	dist := distBucket(d, h)
	return append(dst,
		feat1(afBias, 0),
		feat1(afDw, w[d]),
		feat1(afDt, tg[d]),
		feat1(afDu, u[d]),
		feat1(afHw, w[h]),
		feat1(afHt, tg[h]),
		feat1(afHu, u[h]),
		feat3(afDtHtDir, tg[d], tg[h], dir),
		feat3(afDwHtDir, w[d], tg[h], dir),
		feat3(afDtHwDir, tg[d], w[h], dir),
		feat3(afDwHwDir, w[d], w[h], dir),
		feat3(afDtHtDirDist, tg[d], tg[h], dir<<8|dist),
		feat2(afDl1Dt, lab[s.lc1[d]], tg[d]),
		feat2(afDr1Dt, lab[s.rc1[d]], tg[d]),
		feat2(afDl2Dl1, lab[s.lc2[d]], lab[s.lc1[d]]),
		feat2(afDr1Dr2, lab[s.rc1[d]], lab[s.rc2[d]]),
		feat3(afSibDt, lab[sib], tg[d], dir),
		feat3(afHl1Dt, lab[s.lc1[h]], tg[d], dir),
		feat2(afDl1wDt, t.closedOrTag(s.lc1[d]), tg[d]),
		feat2(afDr1wDt, t.closedOrTag(s.rc1[d]), tg[d]),
		feat3(afPrevNextDt, tg[prev], tg[next], tg[d]),
		feat2(afDsufDu, t.suf[d], u[d]),
		feat3(afHvalDt, countBucket(s.nLeft[h]), countBucket(s.nRight[h]), tg[d]),
		feat2(afHl2Dt, lab[s.lc2[h]], tg[d]),
		feat2(afDl2wDt, t.closedOrTag(s.lc2[d]), tg[d]),
		feat2(afDwDl1w, w[d], t.closedOrTag(s.lc1[d])),
		feat3(afHwDl1wDir, w[h], t.closedOrTag(s.lc1[d]), dir),
		feat3(afHtDl1wDir, tg[h], t.closedOrTag(s.lc1[d]), dir),
		feat2(afDwDir, w[d], dir),
		feat3(afDvalDt, countBucket(s.nLeft[d]), countBucket(s.nRight[d]), tg[d]),
		feat3(afHuDuDl1w, u[h], u[d], t.closedOrTag(s.lc1[d])),
	)
}
