package text

import (
	"strings"
	"testing"
)

// checkTokens asserts the offset invariants of tokens over doc: each
// token is non-empty, its Text is doc[Start:End], tokens come in order
// without overlap, and only whitespace lies between them.
func checkTokens(t *testing.T, doc string, toks []Token, from, to int) {
	t.Helper()
	prev := from
	for k, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > to {
			t.Fatalf("token %d %+v out of order or range (previous end %d, limit %d) in %q", k, tok, prev, to, doc)
		}
		if doc[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d: Text %q but doc[%d:%d] = %q", k, tok.Text, tok.Start, tok.End, doc[tok.Start:tok.End])
		}
		if tok.Form == "" {
			t.Fatalf("token %d %q has an empty Form", k, tok.Text)
		}
		if !strings.ContainsAny(tok.Text, curlyQuotes+"[") && tok.Form != tok.Text {
			t.Fatalf("token %d: Form %q differs from Text %q without curly quotes", k, tok.Form, tok.Text)
		}
		checkBlank(t, doc, prev, tok.Start)
		prev = tok.End
	}
	checkBlank(t, doc, prev, to)
}

// checkBlank asserts that doc[a:b] holds only whitespace.
func checkBlank(t *testing.T, doc string, a, b int) {
	t.Helper()
	for i := a; i < b; {
		r, n := decodeRune(doc, i)
		if !isSpace(r) {
			t.Fatalf("non-space %q at %d left outside every token in %q", doc[i:i+n], i, doc)
		}
		i += n
	}
}

// checkSentences asserts that sentences cover doc's tokens in order, each
// trimmed to its first and last token, without overlap.
func checkSentences(t *testing.T, doc string, sents []Sentence) {
	t.Helper()
	prev := 0
	var all []Token
	for k, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", k)
		}
		if s.Start < prev || s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d [%d:%d] overlaps the previous one (end %d) or is not trimmed to its tokens", k, s.Start, s.End, prev)
		}
		checkTokens(t, doc, s.Tokens, s.Start, s.End)
		all = append(all, s.Tokens...)
		prev = s.End
	}
	checkTokens(t, doc, all, 0, len(doc))
}
