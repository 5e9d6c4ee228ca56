package openie_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/openie"
)

// lines is the pipeline of `annals extract --lines`, loaded once.
var lines = sync.OnceValues(ingest.ForLines)

// FuzzTuples renders any text the way `annals extract --lines --format
// carb` does: no panic, every tuple has a subject and a relation, and
// every argument is words of its sentence, in order (asides may be left out).
func FuzzTuples(f *testing.F) {
	for _, seed := range []string{
		"They opened the first studio in 1975 for forty potters at Glen Ridge , New Jersey .",
		"Ana Ruiz , a retired chemist , moved to Lyon , which she loved .",
		"Northwind Corp. was given a $ 210 million contract for C - 9 trucks .",
		"`` Petrel '' was the only boat to carry mail on the northern lakes until 1921 .",
		"",
		"( , ) of in",
	} {
		f.Add(seed)
	}
	p, err := lines()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := &analysis.Analysis{Document: annals.Document{ID: "fuzz", Text: text, Date: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)}}
		if err := p.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, tu := range openie.Tuples(a) {
			if strings.TrimSpace(tu.Arg1) == "" || strings.TrimSpace(tu.Rel) == "" {
				t.Errorf("tuple without subject or relation: %+v", tu)
			}
			for _, arg := range append([]string{tu.Arg1, tu.Arg2}, tu.Args...) {
				if !wordsOf(arg, tu.Sentence) {
					t.Errorf("argument %q is not words of %q", arg, tu.Sentence)
				}
			}
		}
	})
}

// wordsOf reports whether the words of arg are words of sentence, in order:
// each a whole word or a run of characters of the sentence's words.
func wordsOf(arg, sentence string) bool {
	rest := sentence
	for _, w := range strings.Fields(arg) {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		rest = rest[i+len(w):]
	}
	return true
}
