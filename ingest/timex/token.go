package timex

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the coarse shape of a token; the grammar dispatches on it before
// it looks at the word itself.
type tokKind uint8

const (
	tokWord    tokKind = iota // letters only: "May", "weeks"
	tokNum                    // digits only: "2019", "23", "000"
	tokOrdinal                // digits with an ordinal suffix: "24th", "1st"
	tokDecade                 // four digits ending in 0 plus "s": "1990s"
	tokMixed                  // any other run of letters and digits: "Q3", "10am", "mp3"
	tokPunct                  // one character that is neither letter, digit nor space
)

// token is one unit of the text. Words and numbers are maximal runs of
// letters and digits, so "24th" and "Q3" stay whole while "2025-07-23" is
// five tokens; gap tells the grammar whether tokens touch.
type token struct {
	start, end int // byte offsets into the text
	kind       tokKind
	gap        bool // white space precedes the token
	newline    bool // the white space before the token holds a line break
	upper      bool // the first character is an upper-case letter
	num        int  // value of tokNum and tokOrdinal (-1 when too long), 0 otherwise
	digits     int  // number of leading digits
	// lex indexes the word's lexicon entry, 0 when the word is not in it;
	// an index rather than a pointer keeps tokens free of pointers, which
	// spares the garbage collector and write barriers.
	lex uint16
}

// maxWordLen bounds the words looked up in the lexicon; longer ones never
// match, and the bound keeps the lower-casing buffer on the stack.
const maxWordLen = 24

// tokenize splits text into tokens. It allocates only the result slice.
func tokenize(text string, toks []token) []token {
	gap, newline := true, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				gap = true
				i++
				continue
			case c == '\n':
				gap, newline = true, true
				i++
				continue
			case isASCIIAlnum(c):
				i = appendRun(text, i, gap, newline, &toks)
				gap, newline = false, false
				continue
			}
			toks = append(toks, token{start: i, end: i + 1, kind: tokPunct, gap: gap, newline: newline})
			gap, newline = false, false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			gap = true
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				newline = true
			}
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			i = appendRun(text, i, gap, newline, &toks)
			gap, newline = false, false
		default:
			toks = append(toks, token{start: i, end: i + size, kind: tokPunct, gap: gap, newline: newline})
			gap, newline = false, false
			i += size
		}
	}
	return toks
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// appendRun appends the run of letters and digits that starts at i and
// returns the offset after it.
func appendRun(text string, i int, gap, newline bool, toks *[]token) int {
	t := token{start: i, gap: gap, newline: newline}
	letters, digits, n := 0, 0, 0
	leadDigits := true
	for i < len(text) {
		c := text[i]
		var size int
		switch {
		case c >= '0' && c <= '9':
			digits++
			if leadDigits && t.digits < 10 {
				t.num = t.num*10 + int(c-'0')
			}
			if leadDigits {
				t.digits++
			}
			size = 1
		case c < utf8.RuneSelf:
			if !isASCIIAlnum(c) {
				goto done
			}
			if n == 0 {
				t.upper = c >= 'A' && c <= 'Z'
			}
			letters++
			leadDigits = false
			size = 1
		default:
			r, sz := utf8.DecodeRuneInString(text[i:])
			if unicode.IsDigit(r) {
				digits++ // a non-ASCII digit: the run is not a plain number
				leadDigits = false
			} else if unicode.IsLetter(r) {
				if n == 0 {
					t.upper = unicode.IsUpper(r)
				}
				letters++
				leadDigits = false
			} else {
				goto done
			}
			size = sz
		}
		i += size
		n++
	}
done:
	t.end = i
	if t.digits > 9 {
		t.num = -1
	}
	switch {
	case letters == 0 && digits == t.digits:
		t.kind = tokNum
	case digits == 0:
		t.kind = tokWord
		t.lex = lookup(text[t.start:t.end])
	default:
		t.kind = classifyMixed(text[t.start:t.end], t.digits, letters)
		if t.kind != tokOrdinal && t.kind != tokDecade {
			t.num = 0
		}
	}
	*toks = append(*toks, t)
	return i
}

// classifyMixed tells ordinals ("24th") and decades ("1990s") from other
// runs that mix letters and digits.
func classifyMixed(s string, lead, letters int) tokKind {
	if lead == 0 || lead+letters != len(s) {
		return tokMixed
	}
	suffix := s[lead:]
	if (lead == 4 && s[3] == '0' || lead == 2 && s[1] == '0') && (suffix == "s" || suffix == "S") {
		return tokDecade // "1990s", and "90s" as in "the '90s"
	}
	if letters == 2 {
		switch lowerASCII2(suffix) {
		case "st", "nd", "rd", "th":
			return tokOrdinal
		}
	}
	return tokMixed
}

func lowerASCII2(s string) string {
	switch s {
	case "ST", "St":
		return "st"
	case "ND", "Nd":
		return "nd"
	case "RD", "Rd":
		return "rd"
	case "TH", "Th":
		return "th"
	}
	return s
}

// entry returns the token's lexicon entry, nil when it has none.
func (t *token) entry() *entry {
	if t.lex == 0 {
		return nil
	}
	return &lexicon.entries[t.lex]
}

// lookup finds a word in the lexicon, ignoring case, without allocating;
// it returns the entry's index, 0 when the word is not in the lexicon.
func lookup(word string) uint16 {
	if len(word) > maxWordLen {
		return 0
	}
	var buf [maxWordLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return 0 // the lexicon is ASCII
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lexicon.index[string(buf[:len(word)])]
}
