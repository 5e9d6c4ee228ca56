package ingest

import (
	"fmt"
	"slices"

	"github.com/annals/annals/ingest/actor"
	"github.com/annals/annals/ingest/assess"
	"github.com/annals/annals/ingest/date"
	"github.com/annals/annals/ingest/event"
	"github.com/annals/annals/ingest/extract"
	"github.com/annals/annals/ingest/fact"
	"github.com/annals/annals/ingest/nlp"
)

// Default returns the standard pipeline: split, annotate, extract, date,
// resolve actors, type events, assess, identify facts. The model is loaded once per process.
func Default() (*Pipeline, error) { return standard(Splitter{}) }

// ForLines returns the standard pipeline for text that is already one
// sentence split into words by spaces, as benchmarks give it.
func ForLines() (*Pipeline, error) { return standard(LineSplitter{}) }

func standard(split Stage) (*Pipeline, error) {
	model, err := nlp.Default()
	if err != nil {
		return nil, fmt.Errorf("load language model: %w", err)
	}
	coder, err := event.Default()
	if err != nil {
		return nil, fmt.Errorf("load event dictionary: %w", err)
	}
	roles, err := event.DefaultRoles()
	if err != nil {
		return nil, fmt.Errorf("load dated roles: %w", err)
	}
	tables, err := actor.DefaultTables()
	if err != nil {
		return nil, fmt.Errorf("load actor tables: %w", err)
	}
	judge, err := assess.DefaultModel()
	if err != nil {
		return nil, fmt.Errorf("load assessment model: %w", err)
	}
	classes, err := fact.DefaultClasses()
	if err != nil {
		return nil, fmt.Errorf("load event classes: %w", err)
	}
	return NewPipeline(split, Annotator{Model: model}, extract.ClauseStage(), date.Dater{},
		actor.Stage{Tables: tables, Roles: roles}, event.Stage{Coder: coder, Roles: roles},
		assess.Stage{Model: judge}, fact.Stage{Classes: classes}), nil
}

// WithEventMentions returns a pipeline of p's stages whose fact stage also
// finds the event mentions no statement covers (analysis.Analysis.Events;
// see fact.MentionStage), for a reader of facts such as a scorer of event
// coreference. The pipeline's version stays p's: the store keeps no event
// mention.
func (p *Pipeline) WithEventMentions() *Pipeline {
	stages := slices.Clone(p.stages)
	for i, s := range stages {
		if fs, ok := s.(fact.Stage); ok {
			fs.Mentions = true
			stages[i] = fs
		}
	}
	return &Pipeline{stages: stages}
}
