package ingest

import (
	"fmt"

	"github.com/annals/annals/ingest/actor"
	"github.com/annals/annals/ingest/assess"
	"github.com/annals/annals/ingest/date"
	"github.com/annals/annals/ingest/event"
	"github.com/annals/annals/ingest/extract"
	"github.com/annals/annals/ingest/nlp"
)

// Default returns the standard pipeline: split, annotate, extract, date,
// resolve actors, type events, assess. The model is loaded once per process.
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
	return NewPipeline(split, Annotator{Model: model}, extract.ClauseStage(), date.Dater{},
		actor.Stage{Tables: tables, Roles: roles}, event.Stage{Coder: coder, Roles: roles},
		assess.Stage{Model: judge}), nil
}
