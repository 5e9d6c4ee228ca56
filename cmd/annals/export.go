package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
	"github.com/annals/annals/graph"
	"github.com/spf13/cobra"
)

// exportOptions are the inputs of `annals export`.
type exportOptions struct {
	IO            *IOStreams
	Store         storeFlags
	Format        string
	Actors        []string
	ActorOnly     bool // leaves out the parts of Actors
	Hops          int
	Predicates    []string
	From, To      string
	MinConfidence float64
	// EventConfidence leaves out the event types less sure than it
	// (annals.Statement.EventConfidence) in csv and the drawings.
	EventConfidence float64
	Title           string
	StoreOnly       bool
	Generic         bool // also generic statements
	MinSources      int
	// MaxActors cuts a drawing down to its most connected actors; it
	// applies without --actor, or when given.
	MaxActors int
	// confidenceGiven is whether --min-confidence was given: RDF exports
	// write the whole store, so for them the default does not apply.
	confidenceGiven bool
	maxActorsGiven  bool
}

func newExportCmd(io *IOStreams) *cobra.Command {
	opts := &exportOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "export --format " + strings.Join(export.FormatNames(), "|"),
		Short: "Write the graph out: a timeline drawing, GraphML, CSV, JSON-LD or N-Quads",
		Long: `Write the graph to standard output.

  dot      a Graphviz timeline: time flows left to right, actors are nodes,
           statements are labelled "predicate · date" (filters apply)
  svg      the same timeline rendered to SVG in-process (no Graphviz needed)
  graphml  actors and things as nodes, statements as edges, for Gephi or yEd
  csv      one row per statement with all its fields (RFC 4180)
  jsonld   JSON-LD 1.1 with schema.org, SEM, OWL-Time, PROV-O, Web Annotation
           and annals terms: every quad of the store, one named graph per
           statement and document, and the derived view (docs/schema.md)
  nquads   the same quads as jsonld, as N-Quads

The filters (--actor, --actor-only, --hops, --predicate, --from, --to,
--min-confidence, --generic) apply to dot, svg, graphml and csv; jsonld and
nquads write the whole store.

Without --actor, dot and svg draw the statements of the ` + fmt.Sprint(export.DefaultMaxActors) + ` actors named by
the most statements (--max-actors), and say in the drawing what was left out.

` + actorPartsHelp + ` --hops counts links from the actor and
its parts alike.`,
		Example: `  annals export --format svg > timeline.svg
  annals export --format dot --actor Russia --hops 1 --from 2025-07-01 | dot -Tpdf > russia.pdf
  annals export --format csv --predicate meet --predicate propose > meetings.csv
  annals export --format jsonld > graph.jsonld`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.confidenceGiven = cmd.Flags().Changed("min-confidence")
			opts.maxActorsGiven = cmd.Flags().Changed("max-actors")
			return runExport(cmd.Context(), opts)
		},
	}
	opts.Store.register(cmd)
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "dot", export.FormatList())
	addActorFlags(cmd, &opts.Actors, &opts.ActorOnly)
	cmd.Flags().IntVar(&opts.Hops, "hops", 0, "with --actor: also the statements of actors up to N links away")
	cmd.Flags().StringSliceVar(&opts.Predicates, "predicate", nil, "only statements with this predicate lemma (repeatable)")
	cmd.Flags().StringVar(&opts.From, "from", "", "only statements on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opts.To, "to", "", "only statements on or before this day (YYYY-MM-DD)")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", annals.DefaultMinConfidence, minConfidenceHelp+"; dot, svg, graphml, csv")
	cmd.Flags().Float64Var(&opts.EventConfidence, "event-confidence", annals.DefaultEventConfidence, eventConfidenceHelp+"; dot, svg, graphml, csv")
	cmd.Flags().BoolVar(&opts.Generic, "generic", false, genericHelp+"; dot, svg, graphml, csv")
	cmd.Flags().IntVar(&opts.MinSources, "min-sources", 0, minSourcesHelp+"; dot, svg, graphml, csv")
	cmd.Flags().StringVar(&opts.Title, "title", "", "dot, svg: title of the drawing")
	cmd.Flags().IntVar(&opts.MaxActors, "max-actors", export.DefaultMaxActors,
		"dot, svg: without --actor, draw only the statements of the N actors in the most statements (0: all)")
	cmd.Flags().BoolVar(&opts.StoreOnly, "store-only", false, "jsonld, nquads: only the stored quads, without the derived view")
	return cmd
}

func runExport(ctx context.Context, opts *exportOptions) error {
	format, ok := export.FormatNamed(opts.Format)
	if !ok {
		return usageError("--format %q: want one of %v", opts.Format, export.FormatNames())
	}
	rdf := format.Whole()
	filtered := len(opts.Actors) > 0 || opts.ActorOnly || opts.Hops != 0 || len(opts.Predicates) > 0 || opts.From != "" || opts.To != "" || opts.confidenceGiven ||
		opts.Generic || opts.MinSources != 0
	if rdf && filtered {
		return usageError("--actor, --actor-only, --hops, --predicate, --from, --to, --min-confidence, --generic and --min-sources apply to dot, svg, graphml and csv only")
	}
	if err := checkActorOnly(opts.Actors, opts.ActorOnly); err != nil {
		return err
	}
	if opts.MaxActors < 0 || (opts.maxActorsGiven && !format.Drawing) {
		return usageError("--max-actors N applies to dot and svg, with N >= 0")
	}
	if opts.Hops < 0 || (opts.Hops > 0 && len(opts.Actors) == 0) {
		return usageError("--hops N needs --actor and N >= 0")
	}
	if err := checkEventConfidence("event-confidence", opts.EventConfidence); err != nil {
		return err
	}
	var sel selection.Selection
	if !rdf {
		var err error
		if sel, err = selectionFrom(opts); err != nil {
			return err
		}
	}
	st, err := opts.Store.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriter(opts.IO.Out)
	if rdf {
		err = exportRDF(ctx, st, format, opts.StoreOnly, w)
	} else {
		maxActors := 0
		if format.Drawing && (len(opts.Actors) == 0 || opts.maxActorsGiven) {
			maxActors = opts.MaxActors
		}
		err = exportTimeline(ctx, st, sel, format, maxActors, opts.EventConfidence, w, opts.IO.Log)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", opts.Format, err)
	}
	return w.Flush()
}

// selectionFrom turns the filter flags into a selection.
func selectionFrom(opts *exportOptions) (selection.Selection, error) {
	return selectionOf(selection.Params{Actors: opts.Actors, ActorOnly: opts.ActorOnly, Hops: opts.Hops, Predicates: opts.Predicates,
		From: opts.From, To: opts.To, MinConfidence: opts.MinConfidence, Title: opts.Title,
		HideGeneric: !opts.Generic, MinSources: opts.MinSources})
}

// exportTimeline writes the selected statements as a drawing or a table,
// of the maxActors most connected actors when that is not 0.
func exportTimeline(ctx context.Context, st *graph.Store, sel selection.Selection, format export.Format, maxActors int,
	eventConfidence float64, w io.Writer, log *slog.Logger) error {
	const hint = "Use --actor NAME, or --max-actors 0 for all."
	if format.Statements != nil && maxActors == 0 && sel.MinSources <= 1 {
		return exportStatements(ctx, st, sel, format, eventConfidence, w, log)
	}
	var tl export.Timeline
	var err error
	if sel.MinSources > 1 { // which facts have the sources asked is known of the whole selection
		if tl, err = sel.Timeline(ctx, st); err == nil {
			tl = export.MostConnected(tl, maxActors, hint)
		}
	} else {
		tl, err = sel.MostConnected(ctx, st, maxActors, hint)
	}
	if err != nil {
		return err
	}
	export.WithoutUnsureEvents(tl.Statements, eventConfidence)
	if err := tooMany(format, len(tl.Statements)); err != nil {
		return err
	}
	if len(tl.Statements) == 0 { // a blank drawing must not pass for a result
		log.Warn("no statement matches the filters; the " + format.Name + " output is empty")
	}
	return format.Timeline(ctx, w, tl)
}

// tooMany refuses n statements when the format writes fewer (svg, which
// lays them out in this process).
func tooMany(format export.Format, n int) error {
	if format.MaxStatements > 0 && n > format.MaxStatements {
		return fmt.Errorf("%d statements selected, more than the %d that %s lays out; narrow them with --actor, --from, "+
			"--to, --predicate or --max-actors, or write --format dot for Graphviz", n, format.MaxStatements, format.Name)
	}
	return nil
}

// exportStatements writes the selected statements as a table or graph
// that does not need them all at once, streamed from the store: memory
// stays bounded whatever their number (temporary files hold the sorted
// runs).
func exportStatements(ctx context.Context, st *graph.Store, sel selection.Selection, format export.Format,
	eventConfidence float64, w io.Writer, log *slog.Logger) error {
	src, actors, err := sel.Stream(ctx, st)
	if err != nil {
		return err
	}
	n := 0
	counted := func(yield func(*annals.Statement) error) error {
		return src(func(s *annals.Statement) error {
			n++
			export.WithoutUnsureEvent(s, eventConfidence)
			return yield(s)
		})
	}
	if err := format.Statements(ctx, w, counted, actors, selection.SupportLookup(ctx, st)); err != nil {
		return err
	}
	if n == 0 { // an empty table must not pass for a result
		log.Warn("no statement matches the filters; the " + format.Name + " output is empty")
	}
	return nil
}

// exportRDF writes every quad of the store, with the derived view unless
// --store-only, as N-Quads or JSON-LD, streamed from the store: memory
// stays bounded whatever its size (temporary files hold the sorted runs).
func exportRDF(ctx context.Context, st *graph.Store, format export.Format, storeOnly bool, w io.Writer) error {
	quads, prefixes := export.StoreQuads(ctx, st.QuadStore(), !storeOnly)
	return format.Quads(ctx, w, quads, prefixes)
}
