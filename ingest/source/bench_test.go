package source

import (
	"context"
	"os"
	"testing"
)

// wikinewsPath is the shared Wikinews corpus, outside the repository.
const wikinewsPath = "../../../shared/corpus/wikinews-2019-2020.jsonl"

func BenchmarkWikinews(b *testing.B) {
	info, err := os.Stat(wikinewsPath)
	if err != nil {
		b.Skipf("shared corpus not available (%v); it lives in /work/shared/corpus", err)
	}
	b.SetBytes(info.Size())
	b.ReportAllocs()
	for b.Loop() {
		documents := 0
		for _, err := range Documents(context.Background(), []string{wikinewsPath}, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			documents++
		}
		if documents != 294 {
			b.Fatalf("read %d documents, want 294", documents)
		}
	}
}
