package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"

	"github.com/annals/annals/graph"
)

// messageHandler writes log records as the command line's other messages
// read, so that a warning looks like an error report: "notes.md: no date
// found ..." when the record names a document (as "news.jsonl:2: not
// valid JSON" does), else "annals: ...", with the other attributes in
// parentheses. There is no time or level: the user reads these, and
// --verbose only lowers the level.
type messageHandler struct {
	w     io.Writer
	mu    *sync.Mutex // one record per write, whole
	level slog.Leveler
	attrs []slog.Attr
	group string // prefix of the keys of later attributes
}

// newMessageLogger logs to w, from level on.
func newMessageLogger(w io.Writer, level slog.Leveler) *slog.Logger {
	return slog.New(&messageHandler{w: w, mu: new(sync.Mutex), level: level})
}

// Enabled reports whether records of level l are written.
func (h *messageHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level.Level() }

// Handle writes r as one line.
func (h *messageHandler) Handle(_ context.Context, r slog.Record) error {
	attrs := append([]slog.Attr(nil), h.attrs...)
	r.Attrs(func(a slog.Attr) bool {
		attrs = append(attrs, h.qualified(a))
		return true
	})
	prefix := "annals"
	var rest []string
	for _, a := range attrs {
		if a.Key == "document" && prefix == "annals" {
			prefix = a.Value.String()
			continue
		}
		rest = append(rest, a.Key+"="+a.Value.String())
	}
	line := prefix + ": " + r.Message
	if len(rest) > 0 {
		line += " (" + strings.Join(rest, ", ") + ")"
	}
	line = graph.Redact(line) // an error logged may quote a store's address
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := fmt.Fprintln(h.w, line)
	return err
}

// WithAttrs returns a handler that adds attrs to every record.
func (h *messageHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append([]slog.Attr(nil), h.attrs...)
	for _, a := range attrs {
		c.attrs = append(c.attrs, h.qualified(a))
	}
	return &c
}

// WithGroup returns a handler whose later attributes are in group name.
func (h *messageHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	c := *h
	c.group = h.group + name + "."
	return &c
}

// qualified is a with its key in the handler's group.
func (h *messageHandler) qualified(a slog.Attr) slog.Attr {
	a.Value = a.Value.Resolve()
	if h.group != "" {
		a.Key = h.group + a.Key
	}
	return a
}
