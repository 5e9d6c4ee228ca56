package text

import (
	"strings"
	"testing"
	"time"
)

// TestAdversarialInputsAreLinear runs long repetitive inputs that would
// expose quadratic scanning (back-tracking over closers, rescanning
// e-mail candidates or hyphen codes) and checks they finish quickly.
func TestAdversarialInputsAreLinear(t *testing.T) {
	const n = 100_000
	inputs := map[string]string{
		"closing brackets":  "." + strings.Repeat(")", n),
		"closing quotes":    "." + strings.Repeat("”", n),
		"dotted letters":    strings.Repeat("a.A.", n),
		"hyphenated digits": strings.Repeat("1-", n) + "1",
		"hyphenated words":  strings.Repeat("ab-", n) + "c",
		"plus-joined words": strings.Repeat("a+", n),
		"apostrophes":       strings.Repeat("a'", n),
		"url of brackets":   "http://x/" + strings.Repeat("()", n) + ")",
		"periods":           strings.Repeat(". ", n),
		"abbreviations":     strings.Repeat("Mr. ", n),
		"newlines":          strings.Repeat("a\n", n),
		"invalid bytes":     strings.Repeat("\xff\xfe ", n),
		"emoticons":         strings.Repeat(":) ", n),
		"thousands":         strings.Repeat("1,000,", n),
	}
	for name, doc := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			sents := Sentences(doc)
			if elapsed := time.Since(start); elapsed > 5*time.Second {
				t.Errorf("%d bytes took %v", len(doc), elapsed)
			}
			checkSentences(t, doc, sents)
		})
	}
}
