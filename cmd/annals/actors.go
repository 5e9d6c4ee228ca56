package main

import (
	"context"
	"fmt"
	"strings"

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
	return cmd
}

// actorJSON is the JSON form of an actor in command output.
type actorJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	Aliases    []string `json:"aliases"`
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
			out[i] = actorJSON{ID: a.ID, Name: a.Name, Type: string(a.Type), Aliases: a.Aliases, Statements: a.Statements}
			if out[i].Aliases == nil {
				out[i].Aliases = []string{}
			}
			if !a.First.IsZero() {
				out[i].First, out[i].Last = day(a.First), day(a.Last)
			}
		}
		return writeJSON(opts.IO.Out, out)
	}
	tw := newTable(opts.IO.Out)
	fmt.Fprintln(tw, "ACTOR\tTYPE\tSTATEMENTS\tFIRST\tLAST\tALIASES")
	for _, a := range actors {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\n", cell(a.Name), a.Type, a.Statements, day(a.First), day(a.Last),
			cell(strings.Join(a.Aliases, "; ")))
	}
	return tw.Flush()
}
