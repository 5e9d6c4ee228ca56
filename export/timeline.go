package export

import (
	"slices"
	"time"

	annals "github.com/annals/annals"
)

// Timeline is what [DOT] draws: statements, the actors they name, a title.
type Timeline struct {
	Statements []annals.Statement
	// Actors gives the name and type of the actors that statements refer to
	// by Argument.Actor. Actors no statement names are not drawn; an actor id
	// missing here is drawn with the argument's text and type UNKNOWN.
	Actors []annals.Actor
	Title  string
	// Support is what the store holds of the statements' facts, by fact
	// id (see [Corroborate]); nil when not read. CSV gives each row its
	// fact's sources.
	Support map[string]*Support
	// Trimmed, when set, is what [MostConnected] left out; drawings note it.
	Trimmed *Trimmed
}

// ColumnUnit is the span of time one column of the drawing stands for.
type ColumnUnit int

// Column units. The zero value, ColumnsAuto, picks days for short
// timelines, months for long ones (see DOTOptions.MonthlyAfterDays) or
// ones of more than maxAutoColumns days, and years for ones of more than
// maxAutoColumns months.
const (
	ColumnsAuto ColumnUnit = iota
	ColumnsByDay
	ColumnsByMonth
	ColumnsByYear
)

// maxAutoColumns is how many columns ColumnsAuto draws before it takes a
// longer unit. An actor is one node with an edge to each column it acts
// in, and Graphviz's time grows with the columns such an edge crosses: 200
// statements over 90 day columns took dot over three minutes, over 4 month
// columns a quarter of a second.
const maxAutoColumns = 12

// defaultMonthlyAfterDays: about four months of day columns is as wide as a
// drawing stays readable; past that a column per month.
const defaultMonthlyAfterDays = 120

// column is one date (or month) of the timeline with its statements, in
// the order they are drawn top to bottom.
type column struct {
	label      string // "2025-07-23", "2025-07", "2025" or "undated"
	statements []*annals.Statement
}

// timelineColumns sorts the statements by date and groups them into
// columns, oldest first, with the undated ones (no time, or a time with no
// calendar bound such as a bare duration) in a last column of their own.
func timelineColumns(stmts []annals.Statement, unit ColumnUnit, monthlyAfterDays int) []column {
	sorted := make([]*annals.Statement, len(stmts))
	for i := range stmts {
		sorted[i] = &stmts[i]
	}
	// A total order, so that the drawing does not depend on input order.
	slices.SortStableFunc(sorted, compareTimeline)

	if unit == ColumnsAuto {
		unit = ColumnsByDay
		if monthlyAfterDays <= 0 {
			monthlyAfterDays = defaultMonthlyAfterDays
		}
		if first, last := datedSpan(sorted); last.Sub(first) > time.Duration(monthlyAfterDays)*24*time.Hour ||
			distinctDated(sorted, time.DateOnly) > maxAutoColumns {
			unit = ColumnsByMonth
			if distinctDated(sorted, "2006-01") > maxAutoColumns {
				unit = ColumnsByYear
			}
		}
	}
	var cols []column
	for _, s := range sorted {
		label := "undated"
		if day := statementDay(s); !day.IsZero() {
			label = columnLabel(day, s.Time.Precision, unit)
		}
		if len(cols) == 0 || cols[len(cols)-1].label != label {
			cols = append(cols, column{label: label})
		}
		last := &cols[len(cols)-1]
		last.statements = append(last.statements, s)
	}
	return cols
}

// columnLabel is the column a statement placed at day falls in: its
// day or month as the unit asks, or the coarser period its time is known to
// ("2019" for a year-only date, not January's column).
func columnLabel(day time.Time, p annals.Precision, unit ColumnUnit) string {
	if p == annals.PrecisionVague || p == "" {
		p = annals.PrecisionDay
	}
	if unit == ColumnsByMonth && annals.ComparePrecision(p, annals.PrecisionMonth) < 0 {
		p = annals.PrecisionMonth
	}
	if unit == ColumnsByYear && annals.ComparePrecision(p, annals.PrecisionYear) < 0 {
		p = annals.PrecisionYear
	}
	return AtPrecision(day, p)
}

// distinctDated counts the columns of sorted dated statements in a unit
// given as a time layout.
func distinctDated(sorted []*annals.Statement, layout string) int {
	n, last := 0, ""
	for _, s := range sorted {
		day := statementDay(s)
		if day.IsZero() {
			break
		}
		if label := day.Format(layout); label != last {
			n, last = n+1, label
		}
	}
	return n
}

// statementDay is the UTC day a statement is placed at (see
// [annals.Time.Placed]), zero if undated.
func statementDay(s *annals.Statement) time.Time {
	t := s.Time.Placed() // nil-safe
	if t.IsZero() {
		return t
	}
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// datedSpan returns the first and last day of sorted statements, skipping
// the undated ones at the end.
func datedSpan(sorted []*annals.Statement) (first, last time.Time) {
	for _, s := range sorted {
		day := statementDay(s)
		if day.IsZero() {
			break
		}
		if first.IsZero() {
			first = day
		}
		last = day
	}
	return first, last
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
