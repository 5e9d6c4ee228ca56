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

// storeFlags are the flags of every command that opens the store. They are
// global flags (registerStoreFlags), listed as such and given before or
// after the command; a command that opens the store reads them with
// register.
type storeFlags struct {
	DB   string // path of the bolt store, or postgres://..., mysql://..., or "memory"
	Base string // IRI base of the graph's nodes
	// cmd is the command, which open names to the processes it keeps out.
	cmd *cobra.Command
}

// registerStoreFlags makes --db and --base flags of every command.
func registerStoreFlags(root *cobra.Command) {
	def := os.Getenv("ANNALS_DB")
	if def == "" {
		def = "annals.db"
	}
	root.PersistentFlags().String("db", def,
		"the store: a bolt file path, postgres://..., mysql://..., cockroach://..., or memory (empty, gone on exit) (env ANNALS_DB)")
	base := os.Getenv("ANNALS_BASE")
	if base == "" {
		base = graph.DefaultBase
	}
	root.PersistentFlags().String("base", base, "IRI base of the graph's nodes (env ANNALS_BASE)")
}

// register has cmd fill f from the global flags before it runs.
func (f *storeFlags) register(cmd *cobra.Command) {
	f.cmd = cmd
	cmd.PreRunE = func(cmd *cobra.Command, _ []string) error {
		var err error
		if f.DB, err = cmd.Flags().GetString("db"); err != nil {
			return err
		}
		f.Base, err = cmd.Flags().GetString("base")
		return err
	}
}

func newRootCmd(io *IOStreams) *cobra.Command {
	var verbose bool
	root := &cobra.Command{
		Use:           "annals",
		Short:         "Turn English news text into a timeline knowledge graph",
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			if verbose {
				io.Log = newMessageLogger(io.Err, slog.LevelDebug)
			}
		},
	}
	root.PersistentFlags().BoolVarP(&verbose, "verbose", "v", false, "log progress to stderr")
	registerStoreFlags(root)
	root.SetVersionTemplate("annals {{.Version}}\n")
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
	usageErrors(root)
	completeFlagValues(root)
	return root
}
