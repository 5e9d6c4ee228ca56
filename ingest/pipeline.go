package ingest

import (
	"context"
	"fmt"
	"strings"
)

// Stage is one step of the pipeline.
type Stage interface {
	// Name identifies the stage and its version; the pipeline's version is
	// made of its stages' names, so that a changed stage re-extracts documents.
	Name() string
	Run(ctx context.Context, a *Analysis) error
}

// Pipeline runs stages over documents. It is safe for concurrent use when
// its stages are, as the default ones are.
type Pipeline struct {
	stages []Stage
}

// NewPipeline makes a pipeline of the given stages, run in order.
func NewPipeline(stages ...Stage) *Pipeline { return &Pipeline{stages: stages} }

// Version names the pipeline's stages and their versions.
func (p *Pipeline) Version() string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return strings.Join(names, "+")
}

// Run analyses one document.
func (p *Pipeline) Run(ctx context.Context, a *Analysis) error {
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Run(ctx, a); err != nil {
			return fmt.Errorf("%s: %s: %w", a.Document.ID, s.Name(), err)
		}
	}
	return nil
}
