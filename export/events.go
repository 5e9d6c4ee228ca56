package export

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"

	"github.com/annals/annals"
)

// EventCounts are statement counts per period and PLOVER category: the
// event-data view of `annals events` and of a relation between two actors.
type EventCounts struct {
	Periods []string                  // in time order, "undated" last
	Types   []string                  // the categories that occur, in CAMEO order
	Count   map[string]map[string]int // period → category → statements
}

// UndatedPeriod is the period of statements without a date.
const UndatedPeriod = "undated"

// EventFilter chooses the statements that count as events.
type EventFilter struct {
	// All counts the acts that did not happen too (annals.Event.Unreal:
	// negated, predicted, possible).
	All bool
	// MinConfidence leaves out the event types less sure than it
	// (annals.Statement.EventConfidence); 0 keeps them all.
	MinConfidence float64
}

// DefaultEventFilter is the filter of the views that count events: acts
// that happened, typed at annals.DefaultEventConfidence or above.
var DefaultEventFilter = EventFilter{MinConfidence: annals.DefaultEventConfidence}

// CountEvents counts the statements that are events by period (by is
// "day", "month" or "year": "2025-07" by month; see [PeriodOf]) and PLOVER
// category: those [DefaultEventFilter] counts, acts that happened between
// parties of which one at least is an actor of the store, typed at
// annals.DefaultEventConfidence or above.
func CountEvents(sts []annals.Statement, by string) *EventCounts {
	return CountEventsWith(sts, by, DefaultEventFilter)
}

// CountAllEvents is [CountEvents] with the acts that did not happen
// (annals.Event.Unreal: negated, predicted, possible) counted too.
func CountAllEvents(sts []annals.Statement, by string) *EventCounts {
	return CountEventsWith(sts, by, EventFilter{All: true, MinConfidence: annals.DefaultEventConfidence})
}

// Counts reports whether a statement counts as an event: it has a PLOVER
// type at f.MinConfidence or above, its subject or object is an actor,
// and, unless f.All, its act happened.
func (f EventFilter) Counts(s *annals.Statement) bool {
	if s.Event == nil || s.Event.PLOVER == "" || s.Event.Unreal && !f.All || s.EventConfidence() < f.MinConfidence {
		return false
	}
	return s.Subject.Actor != "" || s.Object != nil && s.Object.Actor != ""
}

// WithoutUnsureEvents clears the event of the statements whose event
// confidence is below min, in place: what the views that show event types
// (the event field of JSON and CSV) do unless asked for every type.
func WithoutUnsureEvents(sts []annals.Statement, min float64) {
	for i := range sts {
		WithoutUnsureEvent(&sts[i], min)
	}
}

// WithoutUnsureEvent is [WithoutUnsureEvents] of one statement.
func WithoutUnsureEvent(s *annals.Statement, min float64) {
	if s.Event != nil && s.EventConfidence() < min {
		s.Event = nil
	}
}

// CountEventsWith is [CountEvents] with the statements f counts.
func CountEventsWith(sts []annals.Statement, by string, f EventFilter) *EventCounts {
	c := &EventCounts{Count: map[string]map[string]int{}}
	seen := map[string]bool{}
	for i := range sts {
		s := &sts[i]
		if !f.Counts(s) {
			continue
		}
		p := PeriodOf(s.Time, by)
		if c.Count[p] == nil {
			c.Count[p] = map[string]int{}
			c.Periods = append(c.Periods, p)
		}
		c.Count[p][s.Event.PLOVER]++
		seen[s.Event.PLOVER] = true
	}
	for _, t := range annals.PLOVERCategories {
		if seen[t] {
			c.Types = append(c.Types, t)
			delete(seen, t)
		}
	}
	for t := range seen { // a category of a later PLOVER (REQUEST, ACCUSE) stored by another tool
		c.Types = append(c.Types, t)
	}
	slices.Sort(c.Types[len(c.Types)-len(seen):])
	slices.SortFunc(c.Periods, func(a, b string) int {
		switch {
		case a == b:
			return 0
		case a == UndatedPeriod:
			return 1
		case b == UndatedPeriod:
			return -1
		case a < b:
			return -1
		}
		return 1
	})
	return c
}

// periodLayouts format a day as its period, finest first.
var periodLayouts = []struct{ by, layout string }{{"day", "2006-01-02"}, {"month", "2006-01"}, {"year", "2006"}}

// PeriodOf is the period a statement's time falls in: the period of its
// earliest day when its latest day falls in the same one, else the finest
// coarser period that holds both ("2025-06" for June by day, "2019"), else
// the range of years ("2019..2020"); "undated" without a time.
func PeriodOf(t *annals.Time, by string) string {
	first := t.Sort()
	if first.IsZero() {
		return UndatedPeriod
	}
	last := first
	if !t.Latest.IsZero() {
		last = t.Latest
	}
	coarser := false
	for _, p := range periodLayouts {
		coarser = coarser || p.by == by
		if !coarser {
			continue
		}
		if a := first.Format(p.layout); a == last.Format(p.layout) {
			return a
		}
	}
	return first.Format("2006") + ".." + last.Format("2006")
}

// Total is the number of statements of a period.
func (c *EventCounts) Total(period string) int {
	n := 0
	for _, v := range c.Count[period] {
		n += v
	}
	return n
}

// WriteCSV writes one row per period with a column for every PLOVER
// category, so that files from different stores line up.
func (c *EventCounts) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	types := slices.Clone(annals.PLOVERCategories)
	for _, t := range c.Types {
		if !slices.Contains(types, t) {
			types = append(types, t)
		}
	}
	if err := cw.Write(append(append([]string{"period"}, types...), "total")); err != nil {
		return err
	}
	for _, p := range c.Periods {
		row := []string{p}
		for _, t := range types {
			row = append(row, strconv.Itoa(c.Count[p][t]))
		}
		if err := cw.Write(append(row, strconv.Itoa(c.Total(p)))); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// EventPeriodJSON is one period of [EventCounts.JSON].
type EventPeriodJSON struct {
	Period string         `json:"period"`
	Counts map[string]int `json:"counts"` // PLOVER category → statements; categories with none are left out
	Total  int            `json:"total"`
}

// JSON gives the counts as `annals events --json` prints them: one
// object per period, in time order.
func (c *EventCounts) JSON() []EventPeriodJSON {
	out := make([]EventPeriodJSON, 0, len(c.Periods))
	for _, p := range c.Periods {
		out = append(out, EventPeriodJSON{Period: p, Counts: c.Count[p], Total: c.Total(p)})
	}
	return out
}
