package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/annals/annals/export/serve"
	"github.com/annals/annals/graph"
	"github.com/spf13/cobra"
)

// usageError is a mistake in the command line: exit status 2.
func usageError(format string, args ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, args...)}
}

// advice is what a user of the command line can do about an error of the
// library, which does not know it runs under a command line; "" when there
// is nothing to add.
func advice(err error) string {
	var name *graph.ActorNameError
	var public *serve.PublicAddressError
	switch {
	case errors.As(err, &name) && len(name.Candidates) == 0:
		return "annals actors lists them"
	case errors.As(err, &name):
		return "name one in full or by its id"
	case errors.Is(err, graph.ErrNoStore):
		return "run annals ingest first"
	case errors.As(err, &public):
		return "pass --public to do that on purpose, or listen on 127.0.0.1"
	}
	return ""
}

// withAdvice is an error's message with the advice for it.
func withAdvice(err error) string {
	var name *graph.ActorNameError
	switch a := advice(err); {
	case a == "":
		return err.Error()
	case errors.As(err, new(*serve.PublicAddressError)), errors.As(err, &name) && len(name.Candidates) > 0:
		return err.Error() + "; " + a // after a sentence, or a list in parentheses
	default:
		return err.Error() + " (" + a + ")"
	}
}

// usageErrors makes cobra's own complaints about the command line, bad
// flags and wrong arguments, usage errors of every command under root:
// cobra returns them as plain errors, which would exit 1.
func usageErrors(root *cobra.Command) {
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError("%v", err) })
	// The root takes no arguments: an unknown command is one. Cobra checks
	// a root's arguments only when it can run, hence the help as its run.
	root.Args = func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usageError("unknown command %q for %q%s", args[0], cmd.CommandPath(), suggestion(cmd, args[0]))
		}
		return nil
	}
	root.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if check := c.Args; check != nil && c != root {
			c.Args = func(cmd *cobra.Command, args []string) error {
				if err := check(cmd, args); err != nil {
					return usageError("%v", err)
				}
				return nil
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// suggestion is cobra's "Did you mean this?" for a mistyped command.
func suggestion(root *cobra.Command, typed string) string {
	s := root.SuggestionsFor(typed)
	if len(s) == 0 {
		return ""
	}
	return "\n\nDid you mean this?\n\t" + strings.Join(s, "\n\t")
}
