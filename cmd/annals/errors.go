package main

import (
	"errors"
	"fmt"

	"github.com/annals/annals/export/serve"
	"github.com/annals/annals/graph"
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
