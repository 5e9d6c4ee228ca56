package text

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// wikinewsPath is the shared Wikinews corpus, one JSON article per line.
const wikinewsPath = "../../../shared/corpus/wikinews-2019-2020.jsonl"

// TestWikinewsInvariants runs Sentences over every Wikinews article and
// checks the offset invariants; it asserts no particular split.
func TestWikinewsInvariants(t *testing.T) {
	raw, err := os.ReadFile(wikinewsPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("../shared not found: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	articles, sentences := 0, 0
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("%s: %v", wikinewsPath, err)
		}
		sents := Sentences(rec.Text)
		checkSentences(t, rec.Text, sents)
		articles++
		sentences += len(sents)
	}
	t.Logf("%d articles, %d sentences", articles, sentences)
}
