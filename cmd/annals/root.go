package main

import (
	"io"
	"log/slog"
	"os"

	"github.com/annals/annals/graph"
	"github.com/spf13/cobra"
)

// IOStreams are where a command reads and writes: data to Out, messages to Err.
type IOStreams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
	Log *slog.Logger
}

// storeFlags are the flags of every command that opens the store.
type storeFlags struct {
	DB   string // path of the bolt store, or postgres://..., or "memory"
	Base string // IRI base of the graph's nodes
}

func (f *storeFlags) register(cmd *cobra.Command) {
	def := os.Getenv("ANNALS_DB")
	if def == "" {
		def = "annals.db"
	}
	cmd.Flags().StringVar(&f.DB, "db", def, "store: a bolt file path, or postgres://... (env ANNALS_DB)")
	base := os.Getenv("ANNALS_BASE")
	if base == "" {
		base = graph.DefaultBase
	}
	cmd.Flags().StringVar(&f.Base, "base", base, "IRI base of the graph's nodes (env ANNALS_BASE)")
}

func newRootCmd(io *IOStreams) *cobra.Command {
	var verbose bool
	root := &cobra.Command{
		Use:           "annals",
		Short:         "Turn English news text into a timeline knowledge graph",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			if verbose {
				io.Log = slog.New(slog.NewTextHandler(io.Err, &slog.HandlerOptions{Level: slog.LevelDebug}))
			}
		},
	}
	root.PersistentFlags().BoolVarP(&verbose, "verbose", "v", false, "log progress to stderr")
	root.AddCommand(
		newIngestCmd(io),
		newExtractCmd(io),
		newTimelineCmd(io),
		newActorsCmd(io),
		newEventsCmd(io),
		newRelationsCmd(io),
		newQueryCmd(io),
		newExportCmd(io),
		newParseCmd(io),
		newTimexCmd(io),
		newServeCmd(io),
		newForgetCmd(io),
		newLoadCmd(io),
	)
	return root
}
