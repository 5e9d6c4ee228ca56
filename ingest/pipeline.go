package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
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

// Run analyses one document. A stage that panics is a bug of its own, not
// of the document: Run returns it as a *PanicError, so that a run over many
// documents reports that one and goes on.
//
// A text over MaxDocumentBytes is refused with a *TooLargeError. A
// cancelled ctx stops the stages within a few hundred sentences, and Run
// returns ctx.Err(); the analysis is then incomplete and must be dropped.
func (p *Pipeline) Run(ctx context.Context, a *analysis.Analysis) error {
	if n := len(a.Document.Text); n > MaxDocumentBytes {
		return &TooLargeError{Document: where(a), Size: n}
	}
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		report(ctx, a, s.Name(), 0)
		if err := runStage(ctx, s, a); err != nil {
			if _, ok := err.(*PanicError); ok || ctx.Err() != nil && errors.Is(err, ctx.Err()) {
				return err
			}
			return fmt.Errorf("%s: %s: %w", a.Document.ID, s.Name(), err)
		}
	}
	return nil
}

// runStage runs one stage, turning a panic into a *PanicError.
func runStage(ctx context.Context, s Stage, a *analysis.Analysis) (err error) {
	defer func() {
		if r := recover(); r != nil {
			where := a.Document.Origin
			if where == "" {
				where = a.Document.ID
			}
			err = &PanicError{Document: where, Stage: s.Name(), Value: r, Stack: debug.Stack()}
		}
	}()
	return s.Run(ctx, a)
}

// PanicError is a stage that panicked on a document.
type PanicError struct {
	Document string // where the document came from ("news.jsonl:12"), else its id
	Stage    string
	Value    any    // what the stage panicked with
	Stack    []byte // the stack of the panic, for a bug report
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("%s: internal error in %s: %v (the document is skipped; please report this with the document)",
		e.Document, e.Stage, e.Value)
}

// With returns a pipeline of p's stages followed by more.
func (p *Pipeline) With(more ...Stage) *Pipeline {
	return &Pipeline{stages: append(slices.Clone(p.stages), more...)}
}

// Without returns a pipeline of p's stages but those whose name starts with
// one of prefixes ("assess/"), such as a calibration that needs what the
// stages before the last make.
func (p *Pipeline) Without(prefixes ...string) *Pipeline {
	var kept []Stage
	for _, s := range p.stages {
		if !slices.ContainsFunc(prefixes, func(pre string) bool { return strings.HasPrefix(s.Name(), pre) }) {
			kept = append(kept, s)
		}
	}
	return &Pipeline{stages: kept}
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
