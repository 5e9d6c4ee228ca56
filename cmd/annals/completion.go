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

// inputFormats are the formats of standard input that ingest and extract read.
var inputFormats = []string{"text", "markdown", "jsonl"}

// flagValues are the values of the flags that take one of a few words, by
// command and flag; the shell completion offers them.
var flagValues = map[string]map[string][]string{
	"export":  {"format": export.FormatNames()},
	"events":  {"format": eventFormats, "by": eventPeriods},
	"extract": {"format": extractFormats, "input": inputFormats},
	"ingest":  {"format": inputFormats},
	"timex":   {"format": {"text", "jsonl"}},
}

// completeFlagValues registers the shell completion of flag values for
// every command under root: the words a flag takes, the PLOVER categories
// of --event-type, and the actors of the store for --actor. It is done
// here, once, so that the commands' files keep to their work.
func completeFlagValues(root *cobra.Command) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for flag, values := range flagValues[c.Name()] {
			if c.Flags().Lookup(flag) != nil {
				_ = c.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
			}
		}
		if c.Flags().Lookup("event-type") != nil {
			_ = c.RegisterFlagCompletionFunc("event-type",
				cobra.FixedCompletions(annals.PLOVERCategories, cobra.ShellCompDirectiveNoFileComp))
		}
		if c.Flags().Lookup("actor") != nil {
			_ = c.RegisterFlagCompletionFunc("actor", completeActor)
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// completeActor offers the names of the store's actors that begin with
// what was typed, with their type and number of statements. A store that
// cannot be read offers nothing: completion must not complain.
func completeActor(cmd *cobra.Command, _ []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var f storeFlags
	var err error
	if f.DB, err = cmd.Flags().GetString("db"); err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	if f.Base, err = cmd.Flags().GetString("base"); err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	// a store held by another process must not hang the shell
	ctx, cancel := context.WithTimeout(cmd.Context(), 3*time.Second)
	defer cancel()
	st, err := f.open(ctx, true)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	defer st.Close()
	actors, err := st.Actors(ctx)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, a := range actors {
		if strings.HasPrefix(strings.ToLower(a.Name), strings.ToLower(typed)) {
			out = append(out, cobra.CompletionWithDesc(a.Name,
				fmt.Sprintf("%s, %d statements", strings.ToLower(string(a.Type)), a.Statements)))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
