package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

// forgetOptions are the inputs of `annals forget`.
type forgetOptions struct {
	IO    *IOStreams
	Store storeFlags
	IDs   []string
}

func newForgetCmd(io *IOStreams) *cobra.Command {
	opts := &forgetOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "forget DOC_ID...",
		Short: "Remove documents and their statements from the store",
		Long: `Remove each document, its statements, and the actors and things that its
statements named and that no other statement names, each document in one
transaction. Then remove every actor and thing that no statement names. An id the store does not hold is reported and the exit
status is 1; the others are still removed.`,
		Example: `  annals forget wikinews-12345
  annals forget --db news.db doc-1 doc-2`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IDs = args
			return runForget(cmd.Context(), opts)
		},
	}
	opts.Store.register(cmd)
	return cmd
}

func runForget(ctx context.Context, opts *forgetOptions) error {
	st, err := opts.Store.open(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	missing, forgotten := 0, 0
	for _, id := range opts.IDs {
		got, err := st.Forget(ctx, id)
		if err != nil {
			return err
		}
		if !got.Found {
			missing++
			fmt.Fprintf(opts.IO.Err, "%s: no such document\n", id)
			continue
		}
		forgotten++
		fmt.Fprintf(opts.IO.Out, "%s: forgotten: %d statements, %d actors and things, %d quads\n",
			id, got.Statements, got.Nodes, got.Quads)
	}
	if forgotten > 0 {
		n, err := st.Prune(ctx)
		if err != nil {
			return err
		}
		if n > 0 {
			fmt.Fprintf(opts.IO.Out, "%d actors and things named by no statement removed\n", n)
		}
	}
	if missing > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%d of %d documents not found", missing, len(opts.IDs))}
	}
	return nil
}
