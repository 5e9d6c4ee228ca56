package graph

import (
	"testing"

	"github.com/annals/annals"
)

// TestSortTimeline: statements follow the time each means, the last day it
// can have happened, then their document and sentence; a deadline weeks
// ahead comes after the article's day, not among its rows.
func TestSortTimeline(t *testing.T) {
	at := func(kind annals.TimeKind, p annals.Precision, first, last string) *annals.Time {
		tm := &annals.Time{Kind: kind, Precision: p}
		if first != "" {
			tm.Earliest = day(first)
		}
		if last != "" {
			tm.Latest = day(last)
		}
		return tm
	}
	for _, tt := range []struct {
		name string
		in   []annals.Statement
		want []string
	}{
		{
			name: "deadlines and vague pasts by their last day",
			in: []annals.Statement{
				{ID: "by-aug-13", Doc: "d", Sentence: 1, Time: at(annals.KindDeadline, annals.PrecisionVague, "2025-07-23", "2025-08-13")},
				{ID: "jul-23", Doc: "d", Sentence: 2, Time: at(annals.KindEvent, annals.PrecisionDay, "2025-07-23", "2025-07-23")},
				{ID: "before-jul-23", Doc: "d", Sentence: 3, Time: at(annals.KindEvent, annals.PrecisionVague, "", "2025-07-23")},
				{ID: "by-aug-31", Doc: "d", Sentence: 4, Time: at(annals.KindDeadline, annals.PrecisionDay, "", "2025-08-31")},
				{ID: "jul-23-later", Doc: "d", Sentence: 5, Time: at(annals.KindEvent, annals.PrecisionDay, "2025-07-23", "2025-07-23")},
				{ID: "undated", Doc: "d", Sentence: 0},
				{ID: "2019", Doc: "d", Sentence: 6, Time: at(annals.KindEvent, annals.PrecisionYear, "2019-01-01", "2019-12-31")},
			},
			want: []string{"2019", "before-jul-23", "jul-23", "jul-23-later", "by-aug-13", "by-aug-31", "undated"},
		},
		{
			name: "same time: document, then sentence",
			in: []annals.Statement{
				{ID: "b1", Doc: "b", Sentence: 1, Time: at(annals.KindEvent, annals.PrecisionDay, "2025-07-23", "2025-07-23")},
				{ID: "a2", Doc: "a", Sentence: 2, Time: at(annals.KindEvent, annals.PrecisionDay, "2025-07-23", "2025-07-23")},
				{ID: "a1", Doc: "a", Sentence: 1, Time: at(annals.KindEvent, annals.PrecisionDay, "2025-07-23", "2025-07-23")},
			},
			want: []string{"a1", "a2", "b1"},
		},
		{
			name: "a month at its end, after its days",
			in: []annals.Statement{
				{ID: "july", Doc: "d", Sentence: 0, Time: at(annals.KindEvent, annals.PrecisionMonth, "2025-07-01", "2025-07-31")},
				{ID: "jul-30", Doc: "d", Sentence: 1, Time: at(annals.KindEvent, annals.PrecisionDay, "2025-07-30", "2025-07-30")},
				{ID: "aug-01", Doc: "d", Sentence: 2, Time: at(annals.KindEvent, annals.PrecisionDay, "2025-08-01", "2025-08-01")},
			},
			want: []string{"jul-30", "july", "aug-01"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sts := append([]annals.Statement(nil), tt.in...)
			SortTimeline(sts)
			var got []string
			for _, s := range sts {
				got = append(got, s.ID)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %q, want %q", got, tt.want)
				}
			}
		})
	}
}
