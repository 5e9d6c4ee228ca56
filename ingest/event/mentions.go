package event

import (
	"cmp"
	"slices"
	"sort"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// mentionIndex finds a document's actor mentions around a span by binary
// search: every statement trying every mention of the document made the
// stage's time grow with the square of the document's length.
type mentionIndex struct {
	all     []analysis.Mention
	byStart []int // mentions by start, then index
	maxEnd  []int // maxEnd[k]: the furthest end of byStart[:k+1]
}

func newMentionIndex(ms []analysis.Mention) *mentionIndex {
	x := &mentionIndex{all: ms, byStart: make([]int, len(ms)), maxEnd: make([]int, len(ms))}
	for i := range ms {
		x.byStart[i] = i
	}
	slices.SortStableFunc(x.byStart, func(i, j int) int { return cmp.Compare(ms[i].Start, ms[j].Start) })
	furthest := 0
	for k, i := range x.byStart {
		furthest = max(furthest, ms[i].End)
		x.maxEnd[k] = furthest
	}
	return x
}

// starting is how many mentions start at or before offset at (strictly
// before when strict).
func (x *mentionIndex) starting(at int, strict bool) int {
	return sort.Search(len(x.byStart), func(k int) bool {
		s := x.all[x.byStart[k]].Start
		return s > at || strict && s == at
	})
}

// overlapsAny reports whether a mention overlaps span sp.
func (x *mentionIndex) overlapsAny(sp annals.Span) bool {
	k := x.starting(sp.End, true) // mentions that start before sp ends
	return k > 0 && x.maxEnd[k-1] > sp.Start
}

// containing is the first mention of the document, in its order, that
// holds span sp, or nil.
func (x *mentionIndex) containing(sp annals.Span) *analysis.Mention {
	first := -1
	for k := x.starting(sp.Start, false) - 1; k >= 0 && x.maxEnd[k] >= sp.End; k-- {
		if i := x.byStart[k]; x.all[i].End >= sp.End && (first < 0 || i < first) {
			first = i
		}
	}
	if first < 0 {
		return nil
	}
	return &x.all[first]
}
