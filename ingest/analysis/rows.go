package analysis

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/annals/annals"
)

// SentenceFromRows builds a parsed sentence from rows "FORM UPOS XPOS LEMMA
// HEAD DEPREL", one word a row (HEAD counts words from 1, 0 is the root), the
// words joined by single spaces into the sentence's text. It lets tests and
// tools that bring their own parse run the extractor on it.
func SentenceFromRows(rows string) (Sentence, error) {
	var text strings.Builder
	var toks []Token
	for i, line := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(line)
		if len(f) != 6 {
			return Sentence{}, fmt.Errorf("row %d: want 6 fields (FORM UPOS XPOS LEMMA HEAD DEPREL), got %q", i+1, line)
		}
		head, err := strconv.Atoi(f[4])
		if err != nil {
			return Sentence{}, fmt.Errorf("row %d: head %q: %w", i+1, f[4], err)
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(f[0])
		toks = append(toks, Token{Span: annals.Span{Text: f[0], Start: start, End: start + len(f[0])},
			Form: f[0], UPOS: f[1], XPOS: f[2], Lemma: f[3], Head: head, Deprel: f[5]})
	}
	return Sentence{Span: annals.Span{Text: text.String(), End: text.Len()}, Tokens: toks}, nil
}
