package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/annals/annals"
	"github.com/spf13/cobra"
)

// eventsOptions are the inputs of `annals events`.
type eventsOptions struct {
	IO       *IOStreams
	Store    storeFlags
	By       string // day, month or year
	Actors   []string
	From, To string
	JSON     bool
	Format   string // table or csv
}

var (
	eventPeriods = []string{"day", "month", "year"}
	eventFormats = []string{"table", "csv"}
)

func newEventsCmd(io *IOStreams) *cobra.Command {
	opts := &eventsOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Count the statements of each event type (PLOVER) per day, month or year",
		Long: `Count the statements typed as political events, per PLOVER category
(AGREE ... FIGHT) and period: the classic event-data view. A statement
counts in the period of its time; one whose time spans several periods
counts in the finest coarser period that holds it (a month when counting
by day, a year, or a range of years such as 2019..2020); undated
statements count under "undated". Statements without an event type are
left out.`,
		Example: `  annals events
  annals events --by year --actor Russia
  annals events --json
  annals events --format csv > events.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runEvents(cmd.Context(), opts) },
	}
	opts.Store.register(cmd)
	cmd.Flags().StringVar(&opts.By, "by", "month", "period: day, month or year")
	cmd.Flags().StringSliceVar(&opts.Actors, "actor", nil, "only statements about this actor (name, alias or id; repeatable)")
	cmd.Flags().StringVar(&opts.From, "from", "", "only statements on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opts.To, "to", "", "only statements on or before this day (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "table or csv")
	return cmd
}

func runEvents(ctx context.Context, opts *eventsOptions) error {
	if !slices.Contains(eventPeriods, opts.By) {
		return usageError("--by %q: want one of %v", opts.By, eventPeriods)
	}
	if !slices.Contains(eventFormats, opts.Format) {
		return usageError("--format %q: want one of %v", opts.Format, eventFormats)
	}
	if opts.JSON && opts.Format != "table" {
		return usageError("--json and --format %s: choose one", opts.Format)
	}
	st, err := opts.Store.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	f, err := filterFrom(ctx, st, opts.Actors, opts.From, opts.To, 0)
	if err != nil {
		return err
	}
	sts, err := st.Statements(ctx, f)
	if err != nil {
		return err
	}
	counts := countEvents(sts, opts.By)
	switch {
	case opts.JSON:
		return writeJSON(opts.IO.Out, counts.json())
	case opts.Format == "csv":
		return counts.writeCSV(opts.IO.Out)
	}
	return counts.writeTable(opts.IO.Out)
}

// eventCounts are statement counts per period and PLOVER category.
type eventCounts struct {
	Periods []string                  // in time order, "undated" last
	Types   []string                  // the categories that occur, in CAMEO order
	Count   map[string]map[string]int // period → category → statements
}

// undatedPeriod is the period of statements without a date.
const undatedPeriod = "undated"

// countEvents counts the typed statements by period ("2025-07" for --by
// month) and PLOVER category.
func countEvents(sts []annals.Statement, by string) *eventCounts {
	c := &eventCounts{Count: map[string]map[string]int{}}
	seen := map[string]bool{}
	for _, s := range sts {
		if s.Event == nil || s.Event.PLOVER == "" {
			continue
		}
		p := periodOf(s.Time, by)
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
		case a == undatedPeriod:
			return 1
		case b == undatedPeriod:
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

// periodOf is the period a statement's time falls in: the period of its
// earliest day when its latest day falls in the same one, else the finest
// coarser period that holds both ("2025-06" for June by day, "2019"), else
// the range of years ("2019..2020"); "undated" without a time.
func periodOf(t *annals.Time, by string) string {
	first := t.Sort()
	if first.IsZero() {
		return undatedPeriod
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

// total is the number of statements of a period.
func (c *eventCounts) total(period string) int {
	n := 0
	for _, v := range c.Count[period] {
		n += v
	}
	return n
}

func (c *eventCounts) writeTable(w io.Writer) error {
	if len(c.Periods) == 0 {
		_, err := fmt.Fprintln(w, "No statements with an event type.")
		return err
	}
	tw := newTable(w)
	fmt.Fprint(tw, "PERIOD")
	for _, t := range c.Types {
		fmt.Fprintf(tw, "\t%s", t)
	}
	fmt.Fprintln(tw, "\tTOTAL")
	sums := map[string]int{}
	all := 0
	for _, p := range c.Periods {
		fmt.Fprint(tw, cell(p))
		for _, t := range c.Types {
			fmt.Fprintf(tw, "\t%d", c.Count[p][t])
			sums[t] += c.Count[p][t]
		}
		n := c.total(p)
		all += n
		fmt.Fprintf(tw, "\t%d\n", n)
	}
	fmt.Fprint(tw, "TOTAL")
	for _, t := range c.Types {
		fmt.Fprintf(tw, "\t%d", sums[t])
	}
	fmt.Fprintf(tw, "\t%d\n", all)
	return tw.Flush()
}

// writeCSV writes one row per period with a column for every PLOVER
// category, so that files from different stores line up.
func (c *eventCounts) writeCSV(w io.Writer) error {
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
		if err := cw.Write(append(row, strconv.Itoa(c.total(p)))); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// eventPeriodJSON is one period of `annals events --json`.
type eventPeriodJSON struct {
	Period string         `json:"period"`
	Counts map[string]int `json:"counts"` // PLOVER category → statements; categories with none are left out
	Total  int            `json:"total"`
}

func (c *eventCounts) json() []eventPeriodJSON {
	out := make([]eventPeriodJSON, 0, len(c.Periods))
	for _, p := range c.Periods {
		out = append(out, eventPeriodJSON{Period: p, Counts: c.Count[p], Total: c.total(p)})
	}
	return out
}
