package main

import "github.com/annals/annals/ingest"

// withAliases adds an aliases file's stage to a pipeline; path "" adds none.
func withAliases(pipe *ingest.Pipeline, path string) (*ingest.Pipeline, error) {
	if path == "" {
		return pipe, nil
	}
	al, err := ingest.LoadAliases(path)
	if err != nil {
		return nil, err
	}
	return pipe.With(ingest.AliasStage{Aliases: al}), nil
}
