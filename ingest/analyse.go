package ingest

import (
	"context"
	"errors"
	"iter"
	"sync"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// Analyse runs the pipeline over documents on workers goroutines (at least
// one) and yields the analyses in input order. A read error of docs is
// yielded in its place, and so is a document's pipeline error; the
// sequence goes on after both. At most a few documents per worker are held
// at once, however long docs is. When the consumer stops, or ctx is
// cancelled, the workers stop and docs is no longer read; a ctx that
// expires (rather than being cancelled) ends the sequence with its error.
func (p *Pipeline) Analyse(ctx context.Context, docs iter.Seq2[annals.Document, error], workers int) iter.Seq2[*analysis.Analysis, error] {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		doc  annals.Document
		err  error
		done chan struct{}
		out  *analysis.Analysis
	}
	return func(yield func(*analysis.Analysis, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		jobs := make(chan *job)
		order := make(chan *job, workers*4) // bounds the documents held in memory
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for j := range jobs {
					a := &analysis.Analysis{Document: j.doc}
					if err := p.Run(ctx, a); err != nil {
						j.err = err
					} else {
						j.out = a
					}
					close(j.done)
				}
			})
		}
		go func() {
			defer close(order)
			defer close(jobs)
			for doc, err := range docs {
				j := &job{doc: doc, err: err, done: make(chan struct{})}
				select {
				case order <- j:
				case <-ctx.Done():
					return
				}
				if err != nil {
					close(j.done)
					continue
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					j.err = ctx.Err()
					close(j.done)
					return
				}
			}
		}()
		defer wg.Wait()
		for j := range order {
			<-j.done
			if !yield(j.out, j.err) {
				cancel()
				for range order { // let the reader finish
				}
				return
			}
		}
		if ctx.Err() != nil && !errors.Is(ctx.Err(), context.Canceled) {
			yield(nil, ctx.Err())
		}
	}
}
