package annals

import (
	"cmp"
	"time"
)

// Placed returns the day a timeline places t at: the last day the
// statement can have happened (Latest), so that "by 2025-08-13" comes after
// the days before it and a month or a year at its end; for a "since" time,
// which dates when a state began, the day it began (Earliest). It is zero
// for a time with no calendar bound (a bare duration, a generic time).
func (t *Time) Placed() time.Time {
	switch {
	case t == nil:
		return time.Time{}
	case t.Kind == KindSince && !t.Earliest.IsZero():
		return t.Earliest
	case !t.Latest.IsZero():
		return t.Latest
	}
	return t.Earliest
}

// CompareTimes orders two times as a timeline does: by the day each is
// placed at (see [Time.Placed]); at the same day the one that can have
// happened earlier first ("by 2025-07-23" and "before 2025-07-23", which
// have no earliest day, then the day itself; a month before its last day),
// then the finer precision first;
// times with no day last. Ties are 0: the caller breaks them by document
// and sentence.
func CompareTimes(a, b *Time) int {
	pa, pb := a.Placed(), b.Placed()
	if pa.IsZero() || pb.IsZero() {
		return cmp.Compare(zeroLast(pa), zeroLast(pb))
	}
	if c := pa.Compare(pb); c != 0 {
		return c
	}
	ea, eb := a.Earliest, b.Earliest
	if ea.IsZero() != eb.IsZero() {
		if ea.IsZero() {
			return -1
		}
		return 1
	}
	if c := ea.Compare(eb); c != 0 {
		return c
	}
	return ComparePrecision(a.Precision, b.Precision)
}

func zeroLast(t time.Time) int {
	if t.IsZero() {
		return 1
	}
	return 0
}

// precisionRank ranks precisions finest first; an unknown one ranks as a
// day, as times written before precisions were kept are days.
var precisionRank = map[Precision]int{
	PrecisionDay: 0, PrecisionWeek: 1, PrecisionMonth: 2,
	PrecisionQuarter: 3, PrecisionYear: 4, PrecisionVague: 5,
}

// ComparePrecision orders precisions finest first: negative when a is
// finer than b.
func ComparePrecision(a, b Precision) int {
	return cmp.Compare(precisionRank[a], precisionRank[b])
}
