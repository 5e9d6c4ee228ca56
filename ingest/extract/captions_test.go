package extract

import (
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// TestCaption: a credit line, or a short line of its own with no finite
// verb and no closing period, is an image's caption; a sentence, a
// headline that opens the text and a text of one line are not.
func TestCaption(t *testing.T) {
	text := "Fans gather in Leeds\n\nThe fair opened on Friday.\n\nBlue dragons Photo: Ana Ruiz.\n\nMulan from Mulan\n\nA dragon greets children at the gate\n\nVisitors queue outside"
	tests := []struct {
		line string
		tags string // one XPOS a word
		want bool
	}{
		{"Fans gather in Leeds", "NNS VBP IN NNP", false}, // the text's first line: a headline
		{"The fair opened on Friday.", "DT NN VBD IN NNP .", false},
		{"Blue dragons Photo: Ana Ruiz.", "JJ NNS NN : NNP NNP .", true},
		{"Mulan from Mulan", "NNP IN NNP", true},
		{"A dragon greets children at the gate", "DT NN VBZ NNS IN DT NN", false},
		{"Visitors queue outside", "NNS NN RB", true},
	}
	for _, tt := range tests {
		start := strings.Index(text, tt.line)
		if start < 0 {
			t.Fatalf("%q is not in the text", tt.line)
		}
		s := sentenceAt(tt.line, tt.tags, start)
		if got := caption(text, &s); got != tt.want {
			t.Errorf("caption(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	one := "Mulan from Mulan"
	if s := sentenceAt(one, "NNP IN NNP", 0); caption(one, &s) {
		t.Errorf("a text of one line is no caption")
	}
}

// sentenceAt makes a sentence of words split at spaces (a colon or a
// period at a word's end is a word of its own), with the given tags, at
// byte offset start of its text.
func sentenceAt(line, tags string, start int) analysis.Sentence {
	s := analysis.Sentence{Span: annals.Span{Text: line, Start: start, End: start + len(line)}}
	xpos := strings.Fields(tags)
	at := start
	for _, w := range strings.Fields(strings.NewReplacer(":", " :", ".", " .").Replace(line)) {
		k := strings.Index(line[at-start:], w) + at
		tag := ""
		if n := len(s.Tokens); n < len(xpos) {
			tag = xpos[n]
		}
		s.Tokens = append(s.Tokens, analysis.Token{Span: annals.Span{Text: w, Start: k, End: k + len(w)}, Form: w, XPOS: tag})
		at = k + len(w)
	}
	return s
}
