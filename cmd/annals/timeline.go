package main

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
	"github.com/annals/annals/graph"
	"github.com/spf13/cobra"
)

// timelineOptions are the inputs of `annals timeline`.
type timelineOptions struct {
	IO            *IOStreams
	Store         storeFlags
	Actors        []string
	ActorOnly     bool // leaves out the parts of Actors
	From, To      string
	MinConfidence float64
	EventType     string
	// EventConfidence leaves out the event types less sure than it
	// (annals.Statement.EventConfidence); the statements stay, unless
	// EventType asks for a type.
	EventConfidence float64
	Generic         bool // also generic statements
	MinSources      int
	JSON            bool
	ByFact          bool // --json: one object per fact
}

func newTimelineCmd(io *IOStreams) *cobra.Command {
	opts := &timelineOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "timeline",
		Short: "List the dated statements in time order",
		Long: `List the statements in time order, undated ones last.

The order is by the last day each statement can have happened: a day at that
day, "by 2025-08-31" at 2025-08-31, "before 2025-07-23" at 2025-07-23, a month
or a year at its end ("2019" after the days of 2019), "since 2014" at the day
it began. On the same day what can have happened earlier comes first ("by"
and "before" rows, then the day's own; a month before its last day), then the
finer time, then document and sentence. --json, the page and the exports keep
this order.

WHEN is the statement's time at the precision the text gives it: a day, "by"
a deadline's last day, "since" a start, a coarser time ("2019", "2019-05",
"2025-W30") or its bounds. It comes from the
statement's own clause unless marked:

  (article date)        nothing in the text dates it; the article's date stands in
  (from sentence N)     an earlier sentence's time expression dates it, the date
                        the narrative is at ("Yesterday, the House passed the
                        bill. It sent it to the Senate."); N is counted as in
                        the SOURCE column (doc#N), from 0
  (from the title)      the period the article's title names and the article
                        covers ("On the campaign trail, May 2020")
  generic               it holds in general or by habit, on no day; left out
                        unless --generic
  undated               no time at all (a document without a date)

--json gives the time's "source" (explicit, inherited, document, title) and an
inherited time's "from_sentence".

Statements that report the same event share a fact (see "annals extract"):
the table prints each fact once, as its best statement (the most confident;
of equals, the one of the earliest article), with SOURCES, how many articles
state it ("3", "3, 1 attributed" when one of them only says someone claims
it), and SOURCE, where, a line each: the statement shown first, then one
sentence of each other article. A fact that another statement contradicts
(the same act and actors negated, or other numbers, on the same days) is
flagged "contradicted", and SOURCE names the contradicting statements after
"≠".
Sources count every stored statement of the fact but junk, whatever the
filters. --min-sources N keeps the facts N articles or more state. --json
keeps a row per statement, with its "fact", "sources" and "support" (the
documents, the attributed ones, the fact's statements best first, and
"contradicted_by"); --json --by-fact gives an object per fact instead, as
the table lists them: "fact", "sources", "support" and the "statement"
shown.

The table fits the terminal's width, or COLUMNS when the output is no
terminal, cutting the widest cells with "…"; in a pipe without COLUMNS it is
as wide as its cells. --json gives every value whole.
` + actorPartsHelp,
		Example: `  annals timeline
  annals timeline --actor Russia --from 2025-07-01 --to 2025-07-31
  annals timeline --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runTimeline(cmd.Context(), opts) },
	}
	opts.Store.register(cmd)
	addActorFlags(cmd, &opts.Actors, &opts.ActorOnly)
	cmd.Flags().StringVar(&opts.From, "from", "", "only statements on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opts.To, "to", "", "only statements on or before this day (YYYY-MM-DD)")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", annals.DefaultMinConfidence, minConfidenceHelp)
	cmd.Flags().StringVar(&opts.EventType, "event-type", "", "only statements of this PLOVER event type (AGREE, FIGHT, ...)")
	cmd.Flags().Float64Var(&opts.EventConfidence, "event-confidence", annals.DefaultEventConfidence, eventConfidenceHelp)
	cmd.Flags().BoolVar(&opts.Generic, "generic", false, genericHelp)
	cmd.Flags().IntVar(&opts.MinSources, "min-sources", 0, minSourcesHelp)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&opts.ByFact, "by-fact", false, "with --json: an object per fact (fact, sources, support, the statement shown)")
	return cmd
}

func runTimeline(ctx context.Context, opts *timelineOptions) error {
	if err := checkActorOnly(opts.Actors, opts.ActorOnly); err != nil {
		return err
	}
	if opts.ByFact && !opts.JSON {
		return usageError("--by-fact needs --json")
	}
	st, err := opts.Store.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	if opts.EventType != "" && !slices.Contains(annals.PLOVERCategories, strings.ToUpper(opts.EventType)) {
		return usageError("--event-type %q: want one of %s", opts.EventType, strings.Join(annals.PLOVERCategories, ", "))
	}
	if err := checkEventConfidence("event-confidence", opts.EventConfidence); err != nil {
		return err
	}
	sel, err := selectionOf(selection.Params{Actors: opts.Actors, ActorOnly: opts.ActorOnly, From: opts.From, To: opts.To,
		MinConfidence: opts.MinConfidence, EventType: opts.EventType, HideGeneric: !opts.Generic, MinSources: opts.MinSources})
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
	export.WithoutUnsureEvents(sts, opts.EventConfidence)
	if opts.EventType != "" {
		sts = slices.DeleteFunc(sts, func(s annals.Statement) bool { return s.Event == nil }) // typed less surely than asked
	}
	support, err := selection.Support(ctx, st, sts)
	if err != nil {
		return err
	}
	sts = export.MinSources(sts, support, sel.MinSources)
	names, err := actorNames(ctx, st, sts)
	if err != nil {
		return err
	}
	if opts.JSON && opts.ByFact {
		out := []export.FactJSON{}
		for _, s := range export.ByFact(sts, support) {
			out = append(out, export.NewFactJSON(s, names, support[s.Fact]))
		}
		return writeJSON(opts.IO.Out, out)
	}
	if opts.JSON {
		return writeJSON(opts.IO.Out, timelineJSON(sts, names, support))
	}
	// Fitted to the terminal, WHEN keeps its time ("before 2025-07-23") and
	// SOURCE stays whole: doc#N cut finds nothing.
	tw := newTable(opts.IO.Out).keep(0, len("before 2025-07-23")).keep(6, math.MaxInt)
	fmt.Fprintln(tw, "WHEN\tSUBJECT\tPREDICATE\tOBJECT\tFLAGS\tSOURCES\tSOURCE")
	for _, s := range export.ByFact(sts, support) {
		sup := support[s.Fact]
		f := flags(s, names)
		if sup != nil && len(sup.Contradictions) > 0 {
			f = strings.TrimPrefix(f+", contradicted", ", ")
		}
		lines := sourceLines(s, sup)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", cell(when(s.Time)), phrase(subjectName(s, names)),
			cell(export.Verb(s)), phrase(objectName(s, names)), cell(f), cell(sourcesCell(sup)), cell(lines[0]))
		for _, l := range lines[1:] { // the other sources under the first
			fmt.Fprintf(tw, "\t\t\t\t\t\t%s\n", cell(l))
		}
	}
	return tw.Flush()
}

const minSourcesHelp = "only facts that at least this many articles state"

// sourcesCell is how many documents state a fact, and how many of them
// only attribute it: "3", "3, 1 attributed".
func sourcesCell(sup *export.Support) string {
	n := strconv.Itoa(sup.Sources()) // nil-safe: one source
	if sup != nil && len(sup.Attributed) > 0 {
		n += fmt.Sprintf(", %d attributed", len(sup.Attributed))
	}
	return n
}

// sourceLines is where a fact is stated, a line each: the statement
// shown, then one statement of each other document, best first; then,
// after "≠", the statements that contradict it.
func sourceLines(s annals.Statement, sup *export.Support) []string {
	out := []string{export.Source{ID: s.ID, Doc: s.Doc, Sentence: s.Sentence}.String()}
	if sup == nil {
		return out
	}
	docs := map[string]bool{s.Doc: true}
	for _, src := range sup.Statements {
		if !docs[src.Doc] {
			docs[src.Doc] = true
			out = append(out, src.String())
		}
	}
	for _, src := range sup.Contradictions {
		out = append(out, "≠ "+src.String())
	}
	return out
}

// actorNames maps the actor ids the statements use to canonical names.
func actorNames(ctx context.Context, st *graph.Store, sts []annals.Statement) (map[string]string, error) {
	var ids []string
	for i := range sts {
		ids = append(ids, sts[i].ActorIDs()...)
	}
	return st.Names(ctx, ids...)
}

// argName is how an argument is shown: its actor's name, else its compact text.
func argName(a *annals.Argument, names map[string]string) string {
	if a == nil {
		return ""
	}
	if n, ok := names[a.Actor]; ok {
		return n
	}
	return a.Label()
}

func subjectName(s annals.Statement, names map[string]string) string {
	return export.Subject(s, names)
}
func objectName(s annals.Statement, names map[string]string) string {
	return export.Complement(s, names)
}

// flags shows negation, modality and attribution in a few words.
func flags(s annals.Statement, names map[string]string) string {
	var f []string
	if s.Negated {
		f = append(f, "not")
	}
	if s.Modality != "" {
		f = append(f, s.Modality)
	}
	if s.Attribution != nil {
		f = append(f, "says "+argName(s.Attribution, names))
	}
	if s.Event != nil && s.Event.PLOVER != "" {
		f = append(f, s.Event.PLOVER)
	}
	return strings.Join(f, ", ")
}

// timelineJSON is the JSON form of statements, with their facts' support.
func timelineJSON(sts []annals.Statement, names map[string]string, support map[string]*export.Support) []export.StatementJSON {
	out := make([]export.StatementJSON, len(sts))
	for i, s := range sts {
		out[i] = export.NewStatementJSON(s, names)
		out[i].AddSupport(support[s.Fact])
	}
	return out
}
