package text

import (
	"errors"
	"io/fs"
	"os"
	"testing"
)

// sharedArticlePath is the plain-text copy of the example article in the
// shared folder beside the repo.
const sharedArticlePath = "../../../shared/corpus/istanbul-talks.txt"

// benchmarkDoc returns the example article from the shared folder, or
// the repo's bundled copy when the shared folder is absent.
func benchmarkDoc(b *testing.B) string {
	raw, err := os.ReadFile(sharedArticlePath)
	if errors.Is(err, fs.ErrNotExist) {
		return readArticle(b)
	}
	if err != nil {
		b.Fatal(err)
	}
	return string(raw)
}

func BenchmarkSentences(b *testing.B) {
	doc := benchmarkDoc(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(doc)
	}
}

func BenchmarkTokenize(b *testing.B) {
	doc := benchmarkDoc(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(doc, 0)
	}
}
