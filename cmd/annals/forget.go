package main

import (
	"context"
	"fmt"
	"os"
	"slices"

	"github.com/annals/annals/ingest/source"

	"github.com/spf13/cobra"
)

// forgetOptions are the inputs of `annals forget`.
type forgetOptions struct {
	IO    *IOStreams
	Store storeFlags
	IDs   []string // document ids, or paths of files ingested
}

func newForgetCmd(io *IOStreams) *cobra.Command {
	opts := &forgetOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "forget DOC_ID|FILE...",
		Short: "Remove documents and their statements from the store",
		Long: `Remove each document, its statements, and the actors and things that its
statements named and that no other statement names, each document in one
transaction. Then remove every actor and thing that no statement names.

A document is named by its id. A .txt or .md file's id is its name as it was
ingested (notes.md, or sub/notes.md inside a folder given to ingest) unless
its front matter gives id:; a path to a file or folder that the store holds
no id for is read as ingest reads it, and the documents it yields are
removed. A name the store does not hold is reported and the exit status is
1; the others are still removed.`,
		Example: `  annals forget wikinews-12345
  annals forget notes.md
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
	for _, name := range opts.IDs {
		found := false
		for _, id := range documentIDs(ctx, name) {
			got, err := st.Forget(ctx, id)
			if err != nil {
				return err
			}
			if !got.Found {
				continue
			}
			found = true
			forgotten++
			label := id
			if id != name {
				label = name + " (" + id + ")"
			}
			fmt.Fprintf(opts.IO.Out, "%s: forgotten: %d statements, %d actors and things, %d quads\n",
				label, got.Statements, got.Nodes, got.Quads)
		}
		if !found {
			missing++
			fmt.Fprintf(opts.IO.Err, "%s: no such document\n", name)
		}
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

// documentIDs are the ids name may stand for: name itself, then, when name
// is a file or folder on disk, the ids ingest gives the documents read from
// it (a front matter id:, a JSON Lines record's id). A path that cannot be
// read adds nothing: the store may still hold name as an id.
func documentIDs(ctx context.Context, name string) []string {
	ids := []string{name}
	if _, err := os.Stat(name); err != nil {
		return ids
	}
	for doc, err := range source.Documents(ctx, []string{name}, source.Options{}) {
		if err == nil && !slices.Contains(ids, doc.ID) {
			ids = append(ids, doc.ID)
		}
	}
	return ids
}
