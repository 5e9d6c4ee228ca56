package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/annals/annals/ingest"
)

// docProgressEvery is the least time between two progress messages of
// the documents being analysed.
const docProgressEvery = 2 * time.Second

// withDocProgress returns a context under which the pipeline logs, at
// info level (shown with -v), how far it is within each long document: a
// document of thousands of sentences takes minutes, and the progress line
// only counts whole documents.
func withDocProgress(ctx context.Context, log *slog.Logger) context.Context {
	if log == nil || !log.Enabled(ctx, slog.LevelInfo) {
		return ctx
	}
	var mu sync.Mutex
	var next time.Time
	return ingest.WithProgress(ctx, func(p ingest.Progress) {
		mu.Lock()
		now := time.Now()
		due := !now.Before(next)
		if due {
			next = now.Add(docProgressEvery)
		}
		mu.Unlock()
		if due {
			log.Info("analysing a long document", "doc", p.Document, "stage", p.Stage,
				"sentences", p.Sentences, "of", p.Of)
		}
	})
}
