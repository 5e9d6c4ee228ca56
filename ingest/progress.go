package ingest

import (
	"context"
	"fmt"

	"github.com/annals/annals/ingest/analysis"
)

// Progress is how far the pipeline has gone in one long document, for a
// caller that shows it: a long document takes minutes, and a silent
// minute looks like a hang.
type Progress struct {
	Document  string // where the document came from ("news.jsonl:12"), else its id
	Stage     string // the running stage's name
	Sentences int    // sentences the stage is done with
	Of        int    // sentences of the document
}

// progressEvery is how many sentences a stage goes through between two
// reports (and two looks at its context): documents shorter than it are
// never reported.
const progressEvery = 256

type progressKey struct{}

// WithProgress returns a context under which the pipeline calls fn as it
// goes through documents longer than a few hundred sentences: at the start
// of each stage and every few hundred sentences of the annotator, the
// longest one. fn may be called from several goroutines at once (one per
// worker of Analyse) and must be quick.
func WithProgress(ctx context.Context, fn func(Progress)) context.Context {
	return context.WithValue(ctx, progressKey{}, fn)
}

// report tells the context's progress function, if any, how far stage is
// in a long document.
func report(ctx context.Context, a *analysis.Analysis, stage string, done int) {
	fn, _ := ctx.Value(progressKey{}).(func(Progress))
	if fn == nil || len(a.Sentences) < progressEvery {
		return
	}
	fn(Progress{Document: where(a), Stage: stage, Sentences: done, Of: len(a.Sentences)})
}

// where names a document in messages: its origin, else its id.
func where(a *analysis.Analysis) string {
	if a.Document.Origin != "" {
		return a.Document.Origin
	}
	return a.Document.ID
}

// MaxDocumentBytes is the longest text, in bytes, that the pipeline takes
// as one document: 8 MiB, hundreds of news articles. Its analysis holds
// every word of it at once (about 100 times its size in memory); a longer
// one is refused with a *TooLargeError, so that a file of articles joined
// into one record fails at once, naming its place, rather than after an
// hour. Split such a text into its articles.
const MaxDocumentBytes = 8 << 20

// TooLargeError is a document over MaxDocumentBytes.
type TooLargeError struct {
	Document string // where it came from ("news.jsonl:12"), else its id
	Size     int    // its length in bytes
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: the text is %.1f MiB, over the %d MiB a document may have: split it into its articles",
		e.Document, float64(e.Size)/(1<<20), MaxDocumentBytes>>20)
}
