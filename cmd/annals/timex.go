package main

import "github.com/spf13/cobra"

// newTimexCmd is owned by the time-expression work; this stub keeps the tree building.
func newTimexCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{Use: "timex [FILE]", Short: "List time expressions (not built yet)", Hidden: true}
}
