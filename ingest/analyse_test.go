package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// testStage fails on a document whose text is "fail", and takes longer on
// earlier documents ("slow" texts), so that workers finish out of order.
type testStage struct{}

func (testStage) Name() string { return "test/1" }

func (testStage) Run(ctx context.Context, a *analysis.Analysis) error {
	switch a.Document.Text {
	case "fail":
		return errors.New("bad document")
	case "slow":
		select {
		case <-time.After(20 * time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
	case "block":
		<-ctx.Done()
		return ctx.Err()
	case "panic":
		var words []string
		_ = words[3] // a bug in a stage
	}
	a.Statements = append(a.Statements, annals.Statement{Doc: a.Document.ID})
	return nil
}

// documents yields a document for each text, with ids d1, d2, ...; a text
// "read error" is yielded as an error instead. read counts the documents
// taken.
func documents(texts []string, read *atomic.Int32) iter.Seq2[annals.Document, error] {
	return func(yield func(annals.Document, error) bool) {
		for i, text := range texts {
			read.Add(1)
			doc, err := annals.Document{ID: fmt.Sprintf("d%d", i+1), Text: text}, error(nil)
			if text == "read error" {
				doc, err = annals.Document{}, fmt.Errorf("d%d: unreadable", i+1)
			}
			if !yield(doc, err) {
				return
			}
		}
	}
}

// outcome writes what Analyse yielded: the document's id, or its error.
func outcome(a *analysis.Analysis, err error) string {
	if err != nil {
		return "error " + err.Error()
	}
	return a.Statements[0].Doc
}

func TestAnalyse(t *testing.T) {
	pipe := NewPipeline(testStage{})
	tests := []struct {
		name    string
		texts   []string
		workers int
		want    []string
	}{
		{"nothing", nil, 2, nil},
		{"in input order, however the workers finish", []string{"slow", "slow", "fast", "slow", "fast"}, 3,
			[]string{"d1", "d2", "d3", "d4", "d5"}},
		{"read errors in place", []string{"fast", "read error", "slow", "read error"}, 2,
			[]string{"d1", "error d2: unreadable", "d3", "error d4: unreadable"}},
		{"pipeline errors in place", []string{"slow", "fail", "fast"}, 4,
			[]string{"d1", "error d2: test/1: bad document", "d3"}},
		{"no workers means one", []string{"fast", "slow", "fast"}, 0, []string{"d1", "d2", "d3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var read atomic.Int32
			var got []string
			for a, err := range pipe.Analyse(context.Background(), documents(tt.texts, &read), tt.workers) {
				got = append(got, outcome(a, err))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestAnalyseStops: when the consumer stops, the documents are read no
// further than the workers' bounded queue.
func TestAnalyseStops(t *testing.T) {
	texts := make([]string, 1000)
	for i := range texts {
		texts[i] = "fast"
	}
	var read atomic.Int32
	n := 0
	for range NewPipeline(testStage{}).Analyse(context.Background(), documents(texts, &read), 2) {
		if n++; n == 3 {
			break
		}
	}
	if got := read.Load(); got > 3+2*4+2+1 {
		t.Errorf("%d documents read for 3 yielded, want at most a queue's worth more", got)
	}
}

// TestAnalyseCancel: cancelling the context stops the work; documents cut
// short yield the context's error, and the sequence then ends without one
// of its own. A context that expires ends it with its error.
func TestAnalyseCancel(t *testing.T) {
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var read atomic.Int32
		texts := []string{"fast", "block", "block", "block"}
		var got []string
		for a, err := range NewPipeline(testStage{}).Analyse(ctx, documents(texts, &read), 2) {
			got = append(got, outcome(a, err))
			if len(got) == 1 {
				cancel()
			}
			if err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("error %v, want context.Canceled", err)
			}
		}
		if len(got) == 0 || got[0] != "d1" || len(got) > len(texts) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("expired", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
		defer cancel()
		var read atomic.Int32
		var last error
		n := 0
		for _, err := range NewPipeline(testStage{}).Analyse(ctx, documents([]string{"block", "block"}, &read), 1) {
			last = err
			n++
		}
		if !errors.Is(last, context.DeadlineExceeded) || n < 1 {
			t.Errorf("%d results, the last error %v; want context.DeadlineExceeded last", n, last)
		}
	})
}

// TestAnalysePanic: a stage's panic on one document is that document's
// error, named by where it came from; the documents after it are analysed.
func TestAnalysePanic(t *testing.T) {
	p := NewPipeline(testStage{})
	docs := func(yield func(annals.Document, error) bool) {
		for i, text := range []string{"a", "panic", "b"} {
			if !yield(annals.Document{ID: fmt.Sprint(i), Text: text, Origin: fmt.Sprintf("news.jsonl:%d", i+1)}, nil) {
				return
			}
		}
	}
	var got []string
	for a, err := range p.Analyse(context.Background(), docs, 2) {
		var pe *PanicError
		switch {
		case errors.As(err, &pe):
			if pe.Stage != "test/1" || len(pe.Stack) == 0 || !strings.HasPrefix(err.Error(), "news.jsonl:2: internal error in test/1: ") {
				t.Errorf("panic error %q, %+v", err, pe)
			}
			got = append(got, "panic")
		case err != nil:
			t.Fatal(err)
		default:
			got = append(got, a.Document.Text)
		}
	}
	if strings.Join(got, " ") != "a panic b" {
		t.Errorf("got %v, want a, the panic, b", got)
	}
}
