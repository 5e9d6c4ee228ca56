package timex

import (
	"encoding/json"
	"os"
	"testing"
)

// bundledArticle returns the text of the project's example article.
func bundledArticle(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile("../../testdata/istanbul-talks.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	var doc struct{ Text string }
	if err := json.Unmarshal(data, &doc); err != nil {
		tb.Fatal(err)
	}
	return doc.Text
}

func BenchmarkFind(b *testing.B) {
	text := bundledArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, anchor)
	}
}
