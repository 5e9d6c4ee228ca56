// Command annals turns English news text into a timeline knowledge graph.
//
// It is a thin layer over packages ingest, graph and export: each command is
// an options struct and a run function, testable without the binary.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/annals/annals/graph"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	io := &IOStreams{In: stdin, Out: stdout, Err: stderr}
	io.Log = newMessageLogger(stderr, slog.LevelWarn)
	root := newRootCmd(io)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		var exit *exitError
		if errors.As(err, &exit) {
			if exit.msg != "" {
				fmt.Fprintln(stderr, "annals:", exit.msg)
			}
			return exit.code
		}
		// Redact: the last guard that no store password reaches the screen.
		fmt.Fprintln(stderr, "annals:", graph.Redact(withAdvice(err)))
		return 1
	}
	return 0
}

// exitError ends a command with a status, after the command has reported
// the details itself.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }
