package annals

import (
	"slices"
	"testing"
	"time"
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestCompareTimes: a timeline lists times by the last day each can have
// happened, what may have happened earlier first at the same day, finer
// precision first, undated last.
func TestCompareTimes(t *testing.T) {
	named := map[string]*Time{
		"2019":               {Earliest: day("2019-01-01"), Latest: day("2019-12-31"), Precision: PrecisionYear, Kind: KindEvent},
		"2019-12":            {Earliest: day("2019-12-01"), Latest: day("2019-12-31"), Precision: PrecisionMonth, Kind: KindEvent},
		"2019-12-31":         {Earliest: day("2019-12-31"), Latest: day("2019-12-31"), Precision: PrecisionDay, Kind: KindEvent},
		"since 2014":         {Earliest: day("2014-01-01"), Precision: PrecisionYear, Kind: KindSince},
		"2025-07-22":         {Earliest: day("2025-07-22"), Latest: day("2025-07-22"), Precision: PrecisionDay, Kind: KindEvent},
		"2025-07":            {Earliest: day("2025-07-01"), Latest: day("2025-07-31"), Precision: PrecisionMonth, Kind: KindEvent},
		"before 2025-07-23":  {Latest: day("2025-07-23"), Precision: PrecisionVague, Kind: KindEvent},
		"by 2025-07-23":      {Latest: day("2025-07-23"), Precision: PrecisionDay, Kind: KindDeadline},
		"2025-07-23":         {Earliest: day("2025-07-23"), Latest: day("2025-07-23"), Precision: PrecisionDay, Kind: KindEvent},
		"by 2025-08-13":      {Earliest: day("2025-07-23"), Latest: day("2025-08-13"), Precision: PrecisionVague, Kind: KindDeadline},
		"by 2025-08-31":      {Latest: day("2025-08-31"), Precision: PrecisionMonth, Kind: KindDeadline},
		"2025-09-01":         {Earliest: day("2025-09-01"), Latest: day("2025-09-01"), Precision: PrecisionDay, Kind: KindEvent},
		"generic":            {Kind: KindGeneric},
		"duration (undated)": {Value: "P2D", Type: TimexDuration},
	}
	want := []string{
		"since 2014", "2019", "2019-12", "2019-12-31",
		"2025-07-22", "by 2025-07-23", "before 2025-07-23", "2025-07-23", "2025-07",
		"by 2025-08-13", "by 2025-08-31", "2025-09-01",
		"duration (undated)", "generic",
	}
	for _, tt := range []struct {
		name  string
		input []string
	}{
		{"reversed", reversed(want)},
		{"as stored", []string{"2025-07-23", "by 2025-08-13", "before 2025-07-23", "2019", "by 2025-07-23", "2025-07-22",
			"by 2025-08-31", "2025-07", "since 2014", "2025-09-01", "2019-12-31", "2019-12", "duration (undated)", "generic"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.input)
			slices.SortStableFunc(got, func(a, b string) int { return CompareTimes(named[a], named[b]) })
			// Undated times tie: the caller's later keys order them.
			if !slices.Equal(got[:len(got)-2], want[:len(want)-2]) {
				t.Errorf("order:\n got %q\nwant %q", got, want)
			}
		})
	}
	if CompareTimes(nil, named["generic"]) != 0 || CompareTimes(named["2019"], nil) >= 0 {
		t.Error("undated times should tie with each other and come after dated ones")
	}
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}
