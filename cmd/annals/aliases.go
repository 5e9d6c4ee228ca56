package main

import (
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/actor"
)

// withAliases adds an aliases file's stage to a pipeline; path "" adds none.
func withAliases(pipe *ingest.Pipeline, path string) (*ingest.Pipeline, error) {
	if path == "" {
		return pipe, nil
	}
	al, err := actor.LoadAliases(path)
	if err != nil {
		return nil, err
	}
	return pipe.With(actor.AliasStage{Aliases: al}), nil
}
