package main

import "github.com/spf13/cobra"

// newParseCmd is owned by the NLP engine work; this stub keeps the tree building.
func newParseCmd(io *IOStreams) *cobra.Command {
	return &cobra.Command{Use: "parse [FILE]", Short: "Parse text into CoNLL-U (not built yet)", Hidden: true}
}
