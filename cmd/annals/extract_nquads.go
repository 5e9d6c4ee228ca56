package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/annals/annals/graph"
	"github.com/annals/annals/ingest/analysis"
)

// writeNQuads prints the quads that ingest would store for one document,
// as one document block that "annals load" writes atomically.
func writeNQuads(w *bufio.Writer, opts *extractOptions, a *analysis.Analysis) error {
	if err := graph.WriteNQuads(w, graph.Quads(a.Extraction(), opts.Base, opts.pipeline)); err != nil {
		return fmt.Errorf("%s: %w", a.Document.ID, err)
	}
	return nil
}

// defaultBase is the IRI base from ANNALS_BASE, else graph.DefaultBase.
func defaultBase() string {
	if b := os.Getenv("ANNALS_BASE"); b != "" {
		return b
	}
	return graph.DefaultBase
}
