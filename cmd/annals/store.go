package main

import (
	"context"

	"github.com/annals/annals/graph"
)

// open opens the store the flags name.
func (f *storeFlags) open(ctx context.Context, readOnly bool) (*graph.Store, error) {
	opts := []graph.Option{graph.WithBase(f.Base)}
	if f.cmd != nil {
		opts = append(opts, graph.HeldBy(f.cmd.CommandPath())) // "annals ingest"
	}
	if readOnly {
		opts = append(opts, graph.ReadOnly())
	}
	return graph.Open(ctx, f.DB, opts...)
}
