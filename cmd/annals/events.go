package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
	"github.com/spf13/cobra"
)

// eventsOptions are the inputs of `annals events`.
type eventsOptions struct {
	IO        *IOStreams
	Store     storeFlags
	By        string // day, month or year
	Actors    []string
	ActorOnly bool // leaves out the parts of Actors
	From, To  string
	JSON      bool
	Format    string // table or csv
	All       bool   // counts acts that did not happen too
	// MinConfidence leaves out event types less sure than it
	// (annals.Statement.EventConfidence).
	MinConfidence float64
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
left out, and so are events with no actor of the store on either side
("a gas leak led to an explosion"). Only acts that happened count: not
those the text denies, predicts, supposes or asks for ("did not attack",
"may attack"; a promise, a threat or a demand is itself an act and
counts); --all counts them too. Only event types at least --min-confidence
sure count (the chance that the type is right, from what typed it, its sides
and the statement's confidence; at the default about three in four counted
types are right); --min-confidence 0 counts every type.

` + actorPartsHelp,
		Example: `  annals events
  annals events --by year --actor Russia
  annals events --actor Russia --actor-only
  annals events --json
  annals events --all
  annals events --min-confidence 0
  annals events --format csv > events.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runEvents(cmd.Context(), opts) },
	}
	opts.Store.register(cmd)
	cmd.Flags().StringVar(&opts.By, "by", "month", "period: day, month or year")
	addActorFlags(cmd, &opts.Actors, &opts.ActorOnly)
	cmd.Flags().StringVar(&opts.From, "from", "", "only statements on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opts.To, "to", "", "only statements on or before this day (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "table or csv")
	cmd.Flags().BoolVar(&opts.All, "all", false, "count acts that did not happen too (denied, predicted, possible)")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", annals.DefaultEventConfidence, eventConfidenceHelp)
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
	if err := checkActorOnly(opts.Actors, opts.ActorOnly); err != nil {
		return err
	}
	if err := checkEventConfidence("min-confidence", opts.MinConfidence); err != nil {
		return err
	}
	st, err := opts.Store.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	sel, err := selectionOf(selection.Params{Actors: opts.Actors, ActorOnly: opts.ActorOnly, From: opts.From, To: opts.To})
	if err != nil {
		return err
	}
	f, err := sel.Filter(ctx, st)
	if err != nil {
		return err
	}
	sts, err := st.Statements(ctx, f)
	if err != nil {
		return err
	}
	counts := export.CountEventsWith(sts, opts.By, export.EventFilter{All: opts.All, MinConfidence: opts.MinConfidence})
	switch {
	case opts.JSON:
		return writeJSON(opts.IO.Out, counts.JSON())
	case opts.Format == "csv":
		return counts.WriteCSV(opts.IO.Out)
	}
	return writeEventTable(opts.IO.Out, counts)
}

// writeEventTable writes event counts as an aligned table with totals.
func writeEventTable(w io.Writer, c *export.EventCounts) error {
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
		n := c.Total(p)
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
