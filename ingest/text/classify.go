package text

import (
	"unicode"
	"unicode/utf8"
)

// decodeRune decodes the rune at s[i:]. An invalid byte comes back as
// utf8.RuneError with size 1 and is then treated as a letter, so that
// broken text still forms words instead of vanishing.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace reports whether r separates tokens. Zero-width spaces and the
// byte-order mark are included because they carry no visible content.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// isWordRune reports whether r can be part of a word: letters, digits,
// combining marks, underscore, invisible joiners and invalid bytes.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r)) || r == '_'
	}
	if r == utf8.RuneError {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r) ||
		r == '\u00ad' || r == '\u200c' || r == '\u200d'
}

// isAlnumRune reports whether r is a letter or digit (used for the
// characters on both sides of word-internal punctuation).
func isAlnumRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsNumber(r)
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIDigit(byte(r))
	}
	return unicode.IsDigit(r)
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return unicode.IsLetter(r)
}

// isApostrophe reports whether r is an apostrophe or a single quote,
// which news text uses interchangeably inside words.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ'
}

// isClosingPunct reports whether r closes a quotation or bracket, so that
// it stays with the sentence that precedes it.
func isClosingPunct(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '}', '»', '›', '」', '』':
		return true
	}
	return false
}

// isOpeningPunct reports whether r opens a quotation or bracket.
func isOpeningPunct(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '(', '[', '{', '«', '‹', '「', '『', '¿', '¡':
		return true
	}
	return false
}
