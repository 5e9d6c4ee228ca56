package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/graph"
	"github.com/spf13/cobra"
)

// exportOptions are the inputs of `annals export`.
type exportOptions struct {
	IO            *IOStreams
	Store         storeFlags
	Format        string
	Actors        []string
	From, To      string
	MinConfidence float64
	Title         string
}

var exportFormats = []string{"dot", "jsonld", "nquads"}

func newExportCmd(io *IOStreams) *cobra.Command {
	opts := &exportOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "export --format dot|jsonld|nquads",
		Short: "Write the graph out: a Graphviz timeline, JSON-LD or N-Quads",
		Long: `Write the graph to standard output.

  dot     a Graphviz timeline: time flows left to right, actors are nodes,
          statements are labelled "predicate · date" (filters apply)
  jsonld  JSON-LD 1.1 with schema.org, SEM, PROV-O and annals terms: every quad
          of the store, one named graph per statement and document
  nquads  every quad of the store as N-Quads`,
		Example: `  annals export --format dot > timeline.dot && dot -Tsvg timeline.dot > timeline.svg
  annals export --format jsonld > graph.jsonld
  annals export --format dot --actor Russia --from 2025-07-01`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runExport(cmd.Context(), opts) },
	}
	opts.Store.register(cmd)
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "dot", "dot, jsonld or nquads")
	cmd.Flags().StringSliceVar(&opts.Actors, "actor", nil, "dot: only statements about this actor (repeatable)")
	cmd.Flags().StringVar(&opts.From, "from", "", "dot: only statements on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opts.To, "to", "", "dot: only statements on or before this day (YYYY-MM-DD)")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", 0, "dot: only statements at least this sure")
	cmd.Flags().StringVar(&opts.Title, "title", "", "dot: title of the drawing")
	return cmd
}

func runExport(ctx context.Context, opts *exportOptions) error {
	switch opts.Format {
	case "dot", "jsonld", "nquads":
	default:
		return usageError("--format %q: want one of %v", opts.Format, exportFormats)
	}
	if opts.Format != "dot" && (len(opts.Actors) > 0 || opts.From != "" || opts.To != "" || opts.MinConfidence > 0) {
		return usageError("--actor, --from, --to and --min-confidence apply to --format dot only")
	}
	st, err := opts.Store.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriter(opts.IO.Out)
	switch opts.Format {
	case "dot":
		err = exportDOT(ctx, st, opts, w)
	default:
		quads, qerr := st.AllQuads(ctx)
		if qerr != nil {
			return qerr
		}
		if opts.Format == "nquads" {
			err = export.NQuads(w, quads)
		} else {
			err = export.JSONLD(w, quads, graph.Prefixes())
		}
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", opts.Format, err)
	}
	return w.Flush()
}

func exportDOT(ctx context.Context, st *graph.Store, opts *exportOptions, w *bufio.Writer) error {
	f, err := filterFrom(ctx, st, opts.Actors, opts.From, opts.To, opts.MinConfidence)
	if err != nil {
		return err
	}
	sts, err := st.Statements(ctx, f)
	if err != nil {
		return err
	}
	actors, err := actorsOf(ctx, st, sts)
	if err != nil {
		return err
	}
	return export.DOT(w, export.Timeline{Statements: sts, Actors: actors, Title: opts.Title}, export.DOTOptions{})
}

// actorsOf reads the actors the statements name.
func actorsOf(ctx context.Context, st *graph.Store, sts []annals.Statement) ([]annals.Actor, error) {
	seen := map[string]bool{}
	var out []annals.Actor
	add := func(a *annals.Argument) error {
		if a == nil || a.Actor == "" || seen[a.Actor] {
			return nil
		}
		seen[a.Actor] = true
		actor, ok, err := st.ActorByID(ctx, a.Actor)
		if ok {
			out = append(out, actor)
		}
		return err
	}
	for i := range sts {
		for _, a := range []*annals.Argument{&sts[i].Subject, sts[i].Object} {
			if err := add(a); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
