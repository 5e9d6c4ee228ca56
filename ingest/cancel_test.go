package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/annals/annals/ingest/analysis"
)

// longArticle is the bundled article repeated into a document of well over
// progressEvery sentences.
func longArticle(t testing.TB) *analysis.Analysis {
	doc := bundledArticle(t)
	doc.Text = strings.Repeat(doc.Text+"\n\n", 20)
	doc.Origin = "long.jsonl:1"
	return &analysis.Analysis{Document: doc}
}

// TestRunCancelledMidDocument cancels the context while the annotator is
// in the middle of a long document: Run must stop there and return the
// context's error, not go on through the document and the stages after.
func TestRunCancelledMidDocument(t *testing.T) {
	pipe, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var seen []Progress
	ctx = WithProgress(ctx, func(p Progress) {
		seen = append(seen, p)
		if p.Stage == "annotate/5" && p.Sentences > 0 {
			cancel()
		}
	})
	a := longArticle(t)
	if err := pipe.Run(ctx, a); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want %v", err, context.Canceled)
	}
	last := seen[len(seen)-1]
	if last.Stage != "annotate/5" || last.Sentences != progressEvery || last.Of != len(a.Sentences) || last.Document != "long.jsonl:1" {
		t.Errorf("last progress %+v: want annotate/3 at %d of %d sentences", last, progressEvery, len(a.Sentences))
	}
	if len(a.Statements) > 0 {
		t.Errorf("%d statements extracted after the cancel", len(a.Statements))
	}
}

// TestStagesStopOnCancel runs each stage of the default pipeline, the
// ones before it having run, under a cancelled context: each returns the
// context's error rather than doing its work.
func TestStagesStopOnCancel(t *testing.T) {
	pipe, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	done, cancel := context.WithCancel(context.Background())
	cancel()
	a := longArticle(t)
	for _, s := range pipe.stages {
		t.Run(s.Name(), func(t *testing.T) {
			before := *a
			if err := s.Run(done, &before); !errors.Is(err, context.Canceled) {
				t.Errorf("Run = %v, want %v", err, context.Canceled)
			}
		})
		if err := s.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRunRefusesTooLarge: a text over MaxDocumentBytes is refused at once,
// with the place it came from, before any stage runs.
func TestRunRefusesTooLarge(t *testing.T) {
	pipe, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		size    int
		refused bool
	}{
		{MaxDocumentBytes, false},
		{MaxDocumentBytes + 1, true},
	} {
		a := &analysis.Analysis{}
		a.Document.ID, a.Document.Origin = "big", "news.jsonl:7"
		a.Document.Text = strings.Repeat("Ana met Bo. ", tc.size/12+1)[:tc.size]
		if !tc.refused {
			// only the check: running the stages on 8 MiB would take minutes
			if err := pipe.Without("").Run(context.Background(), a); err != nil {
				t.Errorf("%d bytes: %v", tc.size, err)
			}
			continue
		}
		err := pipe.Run(context.Background(), a)
		var tooLarge *TooLargeError
		if !errors.As(err, &tooLarge) || tooLarge.Size != tc.size {
			t.Fatalf("%d bytes: Run = %v, want a *TooLargeError", tc.size, err)
		}
		if want := "news.jsonl:7: the text is 8.0 MiB, over the 8 MiB"; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("error %q, want it to start %q", err, want)
		}
		if a.Sentences != nil {
			t.Errorf("split a refused document")
		}
	}
}
