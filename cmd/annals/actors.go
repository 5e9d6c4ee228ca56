package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/spf13/cobra"
)

// actorsOptions are the inputs of `annals actors`.
type actorsOptions struct {
	IO    *IOStreams
	Store storeFlags
	JSON  bool
}

func newActorsCmd(io *IOStreams) *cobra.Command {
	opts := &actorsOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "List the actors: type, aliases, statements, first and last date",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return runActors(cmd.Context(), opts) },
	}
	opts.Store.register(cmd)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	cmd.AddCommand(newActorsMergeCmd(io), newActorsRenameCmd(io))
	return cmd
}

// actorsEditOptions are the inputs of `annals actors merge` and `rename`.
type actorsEditOptions struct {
	IO    *IOStreams
	Store storeFlags
	A, B  string
}

func newActorsMergeCmd(io *IOStreams) *cobra.Command {
	opts := &actorsEditOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "merge A B",
		Short: "Merge actor A into actor B: A's statements and names become B's, now and in later ingests",
		Example: `  annals actors merge Trump "Donald Trump"
  annals actors merge kremlin russia`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.A, opts.B = args[0], args[1]
			return runActorsMerge(cmd.Context(), opts)
		},
	}
	opts.Store.register(cmd)
	return cmd
}

func runActorsMerge(ctx context.Context, opts *actorsEditOptions) error {
	st, err := opts.Store.open(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	// a merge that an older version stopped between its two commits reads
	// as done (A resolves to B) but leaves A's names and quads: finish it
	repaired, err := st.RepairMerges(ctx)
	if err != nil {
		return err
	}
	for from, into := range repaired {
		opts.IO.Log.Warn("completed a merge that an earlier run left half done", "from", from, "into", into)
	}
	a, err := st.FindActor(ctx, opts.A)
	if err != nil {
		return err
	}
	b, err := st.FindActor(ctx, opts.B)
	if err != nil {
		return err
	}
	if a.ID == b.ID {
		if from := annals.Slug(opts.A); repaired[from] == b.ID {
			fmt.Fprintf(opts.IO.Out, "merged %s (%s) into %s (%s)\n", opts.A, from, b.Name, b.ID)
			return nil
		}
		return usageError("%q and %q are already one actor (%s)", opts.A, opts.B, a.ID)
	}
	if err := st.MergeActors(ctx, a.ID, b.ID); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.Out, "merged %s (%s) into %s (%s)\n", a.Name, a.ID, b.Name, b.ID)
	return nil
}

func newActorsRenameCmd(io *IOStreams) *cobra.Command {
	opts := &actorsEditOptions{IO: io}
	cmd := &cobra.Command{
		Use:     "rename ACTOR NAME",
		Short:   "Give an actor a new canonical name; the old one stays an alias",
		Example: `  annals actors rename trump "Donald J. Trump"`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.A, opts.B = args[0], args[1]
			return runActorsRename(cmd.Context(), opts)
		},
	}
	opts.Store.register(cmd)
	return cmd
}

func runActorsRename(ctx context.Context, opts *actorsEditOptions) error {
	if strings.TrimSpace(opts.B) == "" {
		return usageError("the new name is empty")
	}
	st, err := opts.Store.open(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := st.FindActor(ctx, opts.A)
	if err != nil {
		return err
	}
	if err := st.RenameActor(ctx, a.ID, opts.B); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.Out, "renamed %s (%s) to %s\n", a.Name, a.ID, opts.B)
	return nil
}

// actorJSON is the JSON form of an actor in command output.
type actorJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	Aliases    []string `json:"aliases"`
	Country    string   `json:"country,omitempty"`
	StandsFor  string   `json:"stands_for,omitempty"` // metonymy: the country a capital or seat names
	Statements int      `json:"statements"`
	First      string   `json:"first,omitempty"`
	Last       string   `json:"last,omitempty"`
}

func runActors(ctx context.Context, opts *actorsOptions) error {
	st, err := opts.Store.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	actors, err := st.Actors(ctx)
	if err != nil {
		return err
	}
	if opts.JSON {
		out := make([]actorJSON, len(actors))
		for i, a := range actors {
			out[i] = actorJSON{ID: a.ID, Name: a.Name, Type: string(a.Type), Aliases: a.Aliases, Country: a.Country, StandsFor: a.StandsFor, Statements: a.Statements}
			if out[i].Aliases == nil {
				out[i].Aliases = []string{}
			}
			if !a.First.IsZero() {
				out[i].First, out[i].Last = export.AtPrecision(a.First, a.FirstPrecision), export.AtPrecision(a.Last, a.LastPrecision)
			}
		}
		return writeJSON(opts.IO.Out, out)
	}
	tw := newTable(opts.IO.Out)
	fmt.Fprintln(tw, "ACTOR\tTYPE\tSTATEMENTS\tFIRST\tLAST\tALIASES")
	for _, a := range actors {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\n", cell(a.Name), a.Type, a.Statements, seen(a.First, a.FirstPrecision), seen(a.Last, a.LastPrecision),
			cell(strings.Join(a.Aliases, "; ")))
	}
	return tw.Flush()
}

// seen writes an actor's first or last day at the precision of the
// statement that gives it ("2019" for a year-only date); "-" for none.
func seen(d time.Time, p annals.Precision) string {
	if d.IsZero() {
		return "-"
	}
	return export.AtPrecision(d, p)
}
