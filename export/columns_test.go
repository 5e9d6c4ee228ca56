package export

import (
	"testing"

	"github.com/annals/annals"
)

// TestTimelineColumns: the drawing's columns follow the time each
// statement means, and a time coarser than the column unit gets its own
// period's column ("2019"), not the column of its first day.
func TestTimelineColumns(t *testing.T) {
	at := func(p annals.Precision, kind annals.TimeKind, first, last string) *annals.Time {
		tm := &annals.Time{Type: annals.TimexDate, Precision: p, Kind: kind}
		if first != "" {
			tm.Earliest = isoDate(first)
		}
		if last != "" {
			tm.Latest = isoDate(last)
		}
		return tm
	}
	sts := []annals.Statement{
		{ID: "by-aug-13", Doc: "d", Sentence: 1, Time: at(annals.PrecisionVague, annals.KindDeadline, "2025-07-23", "2025-08-13")},
		{ID: "jul-23", Doc: "d", Sentence: 2, Time: at(annals.PrecisionDay, annals.KindEvent, "2025-07-23", "2025-07-23")},
		{ID: "2019", Doc: "d", Sentence: 3, Time: at(annals.PrecisionYear, annals.KindEvent, "2019-01-01", "2019-12-31")},
		{ID: "2022-02", Doc: "d", Sentence: 4, Time: at(annals.PrecisionMonth, annals.KindEvent, "2022-02-01", "2022-02-28")},
		{ID: "undated", Doc: "d", Sentence: 5},
	}
	for _, tt := range []struct {
		name string
		unit ColumnUnit
		want []string
	}{
		{"by day", ColumnsByDay, []string{"2019", "2022-02", "2025-07-23", "2025-08-13", "undated"}},
		{"by month", ColumnsByMonth, []string{"2019", "2022-02", "2025-07", "2025-08", "undated"}},
		{"auto (long: months)", ColumnsAuto, []string{"2019", "2022-02", "2025-07", "2025-08", "undated"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cols := timelineColumns(sts, tt.unit, 0)
			var got []string
			for _, c := range cols {
				got = append(got, c.label)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("columns %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("columns %q, want %q", got, tt.want)
				}
			}
		})
	}
}
