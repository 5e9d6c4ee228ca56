package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/cayleygraph/cayley/clog"
	"github.com/cayleygraph/cayley/graph"
)

// Cayley logs through its clog package, by default to the standard logger,
// and its SQL store logs the address it opens (password and all) and an
// error for the tables it finds already made. cayleyLog takes its place for
// every program that opens a store through this package.
func init() { clog.SetLogger(cayleyLog{}) }

// cayleyLog sends Cayley's messages to slog's default logger, with every
// password redacted and the messages that say nothing new dropped.
type cayleyLog struct{}

// Infof logs Cayley's tracing (query plans, iterator steps) for debugging.
func (cayleyLog) Infof(format string, args ...any) { cayleyLogf(slog.LevelDebug, format, args) }

// Warningf logs a warning.
func (cayleyLog) Warningf(format string, args ...any) { cayleyLogf(slog.LevelWarn, format, args) }

// Errorf logs an error, unless it is one Open handles itself.
func (cayleyLog) Errorf(format string, args ...any) {
	level := slog.LevelError
	switch {
	case hasError(args, graph.ErrDatabaseExists):
		// "Cannot create nodes table: ... already exists": Open initialises
		// every store it writes to, and an existing one is what it expects.
		return
	case strings.HasPrefix(format, "Couldn't open database"):
		// The same failure comes back from Open as its error, with the
		// address: a second line would only repeat it.
		level = slog.LevelDebug
	}
	cayleyLogf(level, format, args)
}

// Fatalf logs and exits, as Cayley expects of it.
func (cayleyLog) Fatalf(format string, args ...any) {
	cayleyLogf(slog.LevelError, format, args)
	os.Exit(1)
}

// V reports that no verbose level is on: Cayley's verbose tracing formats
// whole iterator trees, which a command never wants.
func (cayleyLog) V(int) bool { return false }

// SetV is ignored: slog's level decides.
func (cayleyLog) SetV(int) {}

func cayleyLogf(level slog.Level, format string, args []any) {
	l := slog.Default()
	ctx := context.Background()
	if !l.Enabled(ctx, level) {
		return
	}
	l.Log(ctx, level, Redact("cayley: "+fmt.Sprintf(format, args...)))
}

// hasError reports whether one of args is an error that is target.
func hasError(args []any, target error) bool {
	for _, a := range args {
		if err, ok := a.(error); ok && errors.Is(err, target) {
			return true
		}
	}
	return false
}
