package export

import (
	"testing"

	"github.com/annals/annals"
)

// TestWhenAtPrecision: a time prints as finely as it is known, not as the
// first day of its period.
func TestWhenAtPrecision(t *testing.T) {
	at := func(value string, p annals.Precision, kind annals.TimeKind, first, last string) *annals.Time {
		tm := &annals.Time{Value: value, Type: annals.TimexDate, Precision: p, Kind: kind}
		if first != "" {
			tm.Earliest = isoDate(first)
		}
		if last != "" {
			tm.Latest = isoDate(last)
		}
		return tm
	}
	for _, tt := range []struct {
		name string
		t    *annals.Time
		want string
	}{
		{"year", at("2019", annals.PrecisionYear, annals.KindEvent, "2019-01-01", "2019-12-31"), "2019"},
		{"year with its first day only", at("2019", annals.PrecisionYear, annals.KindEvent, "2019-01-01", ""), "2019"},
		{"month", at("2019-05", annals.PrecisionMonth, annals.KindEvent, "2019-05-01", "2019-05-31"), "2019-05"},
		{"week", at("2019-W31", annals.PrecisionWeek, annals.KindEvent, "2019-07-29", "2019-08-04"), "2019-W31"},
		{"quarter", at("2019-Q2", annals.PrecisionQuarter, annals.KindEvent, "2019-04-01", "2019-06-30"), "2019-Q2"},
		{"day", at("2025-07-23", annals.PrecisionDay, annals.KindEvent, "2025-07-23", "2025-07-23"), "2025-07-23"},
		{"since a year", at("2014", annals.PrecisionYear, annals.KindSince, "2014-01-01", ""), "since 2014"},
		{"since a month", at("2014-03", annals.PrecisionMonth, annals.KindSince, "2014-03-01", ""), "since 2014-03"},
		{"deadline keeps its last day", at("2025-08", annals.PrecisionMonth, annals.KindDeadline, "", "2025-08-31"), "by 2025-08-31"},
		{"vague deadline", at("PXW", annals.PrecisionVague, annals.KindDeadline, "2025-07-23", "2025-08-13"), "by 2025-08-13"},
		{"recently", at("PAST_REF", annals.PrecisionVague, annals.KindEvent, "", "2025-07-23"), "before 2025-07-23"},
		{"two years", at("", annals.PrecisionYear, annals.KindEvent, "2019-01-01", "2020-12-31"), "2019-01-01..2020-12-31"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := When(tt.t); got != tt.want {
				t.Errorf("When = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAtPrecision(t *testing.T) {
	d := isoDate("2019-12-30") // ISO week 1 of 2020
	for _, tt := range []struct {
		p    annals.Precision
		want string
	}{
		{annals.PrecisionDay, "2019-12-30"}, {annals.PrecisionWeek, "2020-W01"}, {annals.PrecisionMonth, "2019-12"},
		{annals.PrecisionQuarter, "2019-Q4"}, {annals.PrecisionYear, "2019"}, {annals.PrecisionVague, "2019-12-30"}, {"", "2019-12-30"},
	} {
		if got := AtPrecision(d, tt.p); got != tt.want {
			t.Errorf("AtPrecision(%s) = %q, want %q", tt.p, got, tt.want)
		}
	}
}
