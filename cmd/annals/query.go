package main

import (
	"context"

	"github.com/annals/annals/graph"
	"github.com/spf13/cobra"
)

// queryOptions are the inputs of `annals query`.
type queryOptions struct {
	IO    *IOStreams
	Store storeFlags
	Lang  string
	Query string
	Limit int
}

func newQueryCmd(io *IOStreams) *cobra.Command {
	opts := &queryOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "query QUERY",
		Short: "Run a Gizmo query through Cayley's query layer and print JSON",
		Long: `Run a query in Cayley's Gizmo language and print the results as JSON.

Nodes are IRIs in angle brackets: actors are <BASE actor/ID>, statements
<BASE statement/ID>; docs/schema.md lists the predicates.`,
		Example: `  annals query 'g.V("<urn:annals:actor/russia>").Out().All()'
  annals query 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://semanticweb.cs.vu.nl/2009/11/sem/Actor>").Out("<https://schema.org/name>").All()'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Query = args[0]
			return runQuery(cmd.Context(), opts)
		},
	}
	opts.Store.register(cmd)
	cmd.Flags().StringVar(&opts.Lang, "lang", "gizmo", "query language")
	cmd.Flags().IntVar(&opts.Limit, "limit", graph.DefaultQueryLimit, "most results to print")
	return cmd
}

func runQuery(ctx context.Context, opts *queryOptions) error {
	st, err := opts.Store.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := st.Query(ctx, opts.Lang, opts.Query, opts.Limit)
	if err != nil {
		return err
	}
	if res == nil {
		res = []any{}
	}
	return writeJSON(opts.IO.Out, res)
}
