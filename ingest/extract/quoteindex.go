package extract

import (
	"cmp"
	"slices"
	"sort"

	"github.com/annals/annals"
)

// quoteIndex orders a document's statements by where they stand, so that
// each quotation finds the statements around it by binary search instead
// of trying them all. Only spans the quotation step does not change are
// keys: the subject's and the predicate's.
type quoteIndex struct {
	first   []int // per statement: where its subject or predicate starts, the first of them
	byFirst []int // statements by first, then index
	byEnd   []int // statements by predicate end, then index
	byStart []int // statements by predicate start, then index
	sts     []annals.Statement
}

func newQuoteIndex(sts []annals.Statement) *quoteIndex {
	x := &quoteIndex{sts: sts, first: make([]int, len(sts))}
	for i := range sts {
		x.first[i] = min(sts[i].Predicate.Start, sts[i].Subject.Start)
	}
	order := func(key func(i int) int) []int {
		idx := make([]int, len(sts))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(i, j int) int { return cmp.Compare(key(i), key(j)) })
		return idx
	}
	x.byFirst = order(func(i int) int { return x.first[i] })
	x.byEnd = order(func(i int) int { return sts[i].Predicate.End })
	x.byStart = order(func(i int) int { return sts[i].Predicate.Start })
	return x
}

// after yields the statements whose first word stands after offset at,
// nearest first.
func (x *quoteIndex) after(at int) []int {
	k := sort.Search(len(x.byFirst), func(k int) bool { return x.first[x.byFirst[k]] > at })
	return x.byFirst[k:]
}

// before yields the statements whose predicate ends before offset at,
// nearest first.
func (x *quoteIndex) before(at int) func(func(int, int) bool) {
	k := sort.Search(len(x.byEnd), func(k int) bool { return x.sts[x.byEnd[k]].Predicate.End >= at })
	return func(yield func(int, int) bool) {
		for n := k - 1; n >= 0; n-- {
			if !yield(k-1-n, x.byEnd[n]) {
				return
			}
		}
	}
}

// inside is the statements whose predicate starts within quotation q.
func (x *quoteIndex) inside(q [2]int) []int {
	lo := sort.Search(len(x.byStart), func(k int) bool { return x.sts[x.byStart[k]].Predicate.Start >= q[0] })
	hi := sort.Search(len(x.byStart), func(k int) bool { return x.sts[x.byStart[k]].Predicate.Start > q[1] })
	return x.byStart[lo:hi]
}
