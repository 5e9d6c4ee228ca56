package main

import (
	"context"
	"fmt"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
	"github.com/annals/annals/graph"
	"github.com/spf13/cobra"
)

// relationsOptions are the inputs of `annals relations`.
type relationsOptions struct {
	IO    *IOStreams
	Store storeFlags
	A, B  string
	JSON  bool
	// MinConfidence leaves out the statements less sure than it.
	MinConfidence float64
	// MinSources keeps the direct statements whose fact at least this
	// many documents state.
	MinSources int
}

func newRelationsCmd(io *IOStreams) *cobra.Command {
	opts := &relationsOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "relations A B",
		Short: "Show how two actors are linked: their statements, or the shortest chain of actors between them",
		Long: `Show how two actors are linked: the statements between them, each with
how many articles state its fact (see "annals timeline"), or else the shortest
chain of actors between them. --min-sources N keeps the statements between
them whose fact N articles or more state.`,
		Example: `  annals relations Zelensky Putin`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.A, opts.B = args[0], args[1]
			return runRelations(cmd.Context(), opts)
		},
	}
	opts.Store.register(cmd)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", annals.DefaultMinConfidence, minConfidenceHelp)
	cmd.Flags().IntVar(&opts.MinSources, "min-sources", 0, minSourcesHelp+" (the statements between the two)")
	return cmd
}

func runRelations(ctx context.Context, opts *relationsOptions) error {
	if _, err := selectionOf(selection.Params{MinConfidence: opts.MinConfidence, MinSources: opts.MinSources}); err != nil {
		return err
	}
	st, err := opts.Store.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := st.FindActor(ctx, opts.A)
	if err != nil {
		return err
	}
	b, err := st.FindActor(ctx, opts.B)
	if err != nil {
		return err
	}
	rel, err := st.Relations(ctx, a, b, opts.MinConfidence)
	if err != nil {
		return err
	}
	var all []annals.Statement
	all = append(all, rel.Direct...)
	for _, step := range rel.Steps {
		all = append(all, step...)
	}
	support, err := selection.Support(ctx, st, all)
	if err != nil {
		return err
	}
	rel.Direct = export.MinSources(rel.Direct, support, opts.MinSources)
	names, err := actorNames(ctx, st, all)
	if err != nil {
		return err
	}
	if opts.JSON {
		steps := make([][]export.StatementJSON, len(rel.Steps))
		for i, s := range rel.Steps {
			steps[i] = timelineJSON(s, names, support)
		}
		return writeJSON(opts.IO.Out, map[string]any{
			"a": a.ID, "b": b.ID, "direct": timelineJSON(rel.Direct, names, support), "path": rel.Path, "steps": steps,
			"by_type": export.CountEvents(rel.Direct, "month").JSON(),
		})
	}
	if err := printRelation(opts.IO, rel, names, support); err != nil {
		return err
	}
	// how the relation ran over time, by event type, as analysts tally it
	if counts := export.CountEvents(rel.Direct, "month"); len(counts.Types) > 0 {
		fmt.Fprintln(opts.IO.Out, "\nEvent types by month:")
		return writeEventTable(opts.IO.Out, counts)
	}
	return nil
}
func printRelation(io *IOStreams, rel *graph.Relation, names map[string]string, support map[string]*export.Support) error {
	out := io.Out
	if len(rel.Path) == 0 {
		fmt.Fprintf(out, "%s and %s are not linked by any statement.\n", rel.A.Name, rel.B.Name)
		return nil
	}
	if len(rel.Direct) == 0 && len(rel.Path) == 2 { // --min-sources left none
		fmt.Fprintf(out, "%s and %s: no statement whose fact enough articles state.\n", rel.A.Name, rel.B.Name)
		return nil
	}
	if len(rel.Direct) > 0 {
		fmt.Fprintf(out, "%s and %s: %d statements\n", rel.A.Name, rel.B.Name, len(rel.Direct))
		tw := newTable(out)
		for _, s := range rel.Direct {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", cell(when(s.Time)), phrase(subjectName(s, names)), cell(export.Verb(s)),
				phrase(objectName(s, names)), cell(flags(s, names)), cell(sourcesWord(support[s.Fact])))
		}
		return tw.Flush()
	}
	fmt.Fprintf(out, "%s and %s are linked through %d actors:\n", rel.A.Name, rel.B.Name, len(rel.Path)-2)
	tw := newTable(out)
	for _, step := range rel.Steps {
		for _, s := range step {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", cell(when(s.Time)), phrase(subjectName(s, names)), cell(export.Verb(s)),
				phrase(objectName(s, names)), cell(flags(s, names)))
		}
	}
	return tw.Flush()
}

// sourcesWord is a fact's sources in words: "1 source", "3 sources, 1
// attributed".
func sourcesWord(sup *export.Support) string {
	n := sup.Sources() // nil-safe: one source
	word := "sources"
	if n == 1 {
		word = "source"
	}
	out := fmt.Sprintf("%d %s", n, word)
	if sup != nil && len(sup.Attributed) > 0 {
		out += fmt.Sprintf(", %d attributed", len(sup.Attributed))
	}
	return out
}
