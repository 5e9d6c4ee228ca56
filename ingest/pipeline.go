package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/annals/annals/ingest/actor"
	"github.com/annals/annals/ingest/analysis"
)

// Stage is one step of the pipeline.
type Stage interface {
	// Name identifies the stage and its version; the pipeline's version is
	// made of its stages' names, so that a changed stage re-extracts documents.
	Name() string
	Run(ctx context.Context, a *analysis.Analysis) error
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
func (p *Pipeline) Run(ctx context.Context, a *analysis.Analysis) error {
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

// With returns a pipeline of p's stages followed by more.
func (p *Pipeline) With(more ...Stage) *Pipeline {
	return &Pipeline{stages: append(slices.Clone(p.stages), more...)}
}

// Apart reports whether an aliases stage of the pipeline keeps a name from
// joining a fuller one; false when there is none.
func (p *Pipeline) Apart(name string) bool {
	for _, s := range p.stages {
		if as, ok := s.(actor.AliasStage); ok && as.Aliases.Apart(name) {
			return true
		}
	}
	return false
}
