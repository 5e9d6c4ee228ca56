package text

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// articlePath is the project's bundled example article, a JSON line with
// a "text" field.
const articlePath = "../../testdata/istanbul-talks.jsonl"

// readArticle returns the text of the bundled example article.
func readArticle(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(articlePath)
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("bundled article not found: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	var rec struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		tb.Fatalf("%s: %v", articlePath, err)
	}
	return rec.Text
}

// TestArticleSentences pins the sentence split of the bundled example
// article, which was checked by eye: 29 sentences and two headings,
// with quotations whose closing mark stays with their sentence.
func TestArticleSentences(t *testing.T) {
	doc := readArticle(t)
	sents := Sentences(doc)
	checkSentences(t, doc, sents)
	got := sentenceTexts(doc, sents)
	if testing.Verbose() {
		for k, s := range got {
			t.Logf("%2d %s", k, s)
		}
	}
	const want = 31
	if len(got) != want {
		t.Fatalf("got %d sentences, want %d", len(got), want)
	}
	checks := []struct {
		index      int
		start, end string
	}{
		{0, "Ukraine proposed direct negotiations", "amid ongoing conflict."},
		{7, "He acknowledged lengthy discussions", "“the positions are quite distant.”"},
		{10, "Challenges in Negotiations", "Challenges in Negotiations"},
		{11, "The meeting in Istanbul follows", "concerning prisoner exchanges."},
		{12, "Dmitry Peskov, spokesperson", "“No one expects an easy road."},
		{13, "It will be very difficult.”", "It will be very difficult.”"},
		{20, "Following previous rounds", "described as “diametrically opposed.”"},
		{21, "Military Developments and International Pressure", "Military Developments and International Pressure"},
		{30, "As diplomatic talks continue", "the ongoing conflict."},
	}
	for _, c := range checks {
		s := got[c.index]
		if !strings.HasPrefix(s, c.start) || !strings.HasSuffix(s, c.end) {
			t.Errorf("sentence %d = %q, want it to start with %q and end with %q", c.index, s, c.start, c.end)
		}
	}
	// The first token of the article's third line is "During", right after
	// its newline.
	third := sents[3]
	if third.Tokens[0].Text != "During" || doc[third.Start-1] != '\n' {
		t.Errorf("sentence 3 starts with %q at %d", third.Tokens[0].Text, third.Start)
	}
}
