package text

import (
	"strings"
	"unicode"
)

// Sentence is one sentence (or a heading line) of the document.
type Sentence struct {
	Start, End int // byte offsets of the sentence in the document (trimmed of surrounding space)
	Tokens     []Token
}

// Sentences splits a whole document into sentences. A sentence ends:
//   - at final punctuation (".", "?", "!", "...", with any closing quotes
//     and brackets right after it) followed by space and an uppercase
//     letter, digit, quote or bracket; a bare full stop, "?" or "!" also
//     ends one before a lowercase word, as web text often has it, but not
//     after a quotation ("“Why?” he asked");
//   - after an abbreviation's period only before a line break or a
//     typical sentence opener ("in the U.S. The …"), never after a title
//     ("Mr.") or an initial followed by a name;
//   - at a blank line, always;
//   - at a line break after a line without final punctuation, such as a
//     heading or dateline, unless the line runs on: the next line starts
//     in lowercase, or this one ends in a comma or a word like "the".
//
// Whitespace-only documents have no sentences.
func Sentences(doc string) []Sentence {
	toks := Tokenize(doc, 0)
	if len(toks) == 0 {
		return nil
	}
	out := make([]Sentence, 0, len(toks)/16+1)
	first := 0
	for k := range toks {
		if k+1 == len(toks) || endsSentence(doc, toks, first, k) {
			// The full slice expression keeps an append to one
			// sentence's tokens from overwriting the next sentence.
			out = append(out, Sentence{Start: toks[first].Start, End: toks[k].End, Tokens: toks[first : k+1 : k+1]})
			first = k + 1
		}
	}
	return out
}

// tokenEnding classifies how a token can close a sentence.
type tokenEnding uint8

const (
	endNone   tokenEnding = iota
	endFinal              // ".", "!", "?", "...", possibly followed by closing quotes
	endAbbrev             // an abbreviation with its period ("U.S.", "Mr.")
)

// endsSentence reports whether a sentence that began at toks[first] ends
// after toks[k], which is not the last token.
func endsSentence(doc string, toks []Token, first, k int) bool {
	cur, next := toks[k], toks[k+1]
	if cur.End == next.Start {
		return false
	}
	breaks := lineBreaks(doc[cur.End:next.Start])
	if breaks >= 2 {
		return true // a blank line always ends a sentence
	}
	if isRule(cur.Text) || isRule(next.Text) {
		return true // a separator such as "*****" stands alone
	}
	nextFirst, _ := decodeRune(next.Text, 0)
	nextLower := unicode.IsLower(nextFirst)
	if k == first+1 && cur.Text == "." && isListNumber(toks[first].Text) && breaks == 0 {
		return false // "1. First item": a list number, not a sentence
	}
	switch ending(toks, k) {
	case endFinal:
		if breaks == 1 {
			return !nextLower
		}
		if nextLower {
			return lowercaseBreak(toks, k)
		}
		return canStartSentence(nextFirst)
	case endAbbrev:
		abbrev := lastAbbreviation(toks, k)
		if isTitleAbbreviation(abbrev) {
			return false
		}
		if breaks == 1 {
			return !nextLower
		}
		if isClockAbbreviation(abbrev) {
			// "at 9 a.m. Police said" but "at 9 a.m. Monday", "9 a.m. EDT".
			return unicode.IsUpper(nextFirst) && !isAllCapitals(next.Text) && !isCalendarName(next.Text)
		}
		return isSentenceStarter(next.Text)
	}
	// No final punctuation: only a line break can end the sentence, as
	// after a heading or dateline, unless the line plainly runs on.
	return breaks == 1 && !nextLower && !continuesLine(cur.Text)
}

// ending classifies toks[k]. Closing quotes and brackets that directly
// follow final punctuation ("distant.”", "(sic.)") end the sentence too.
func ending(toks []Token, k int) tokenEnding {
	t := toks[k].Text
	if isFinalPunct(t) || isEmoticon(t) {
		return endFinal
	}
	// Real text closes at most a few quotes and brackets at once; the cap
	// keeps long runs such as "))))…" linear.
	const maxClosers = 4
	j := k
	for j > 0 && k-j < maxClosers && isClosingToken(toks[j].Text) && toks[j-1].End == toks[j].Start {
		j--
		if isFinalPunct(toks[j].Text) {
			return endFinal
		}
	}
	if isAbbreviationToken(toks[j].Text) {
		return endAbbrev
	}
	return endNone
}

// isAbbreviationToken reports whether t is a word that kept its period.
func isAbbreviationToken(t string) bool {
	return len(t) > 1 && t[len(t)-1] == '.' && isWordStart(t)
}

// lastAbbreviation returns the abbreviation that toks[k] is or that the
// closing quotes and brackets ending at toks[k] follow ("(Ave.)").
func lastAbbreviation(toks []Token, k int) string {
	for k > 0 && !isAbbreviationToken(toks[k].Text) {
		k--
	}
	return toks[k].Text
}

// isListNumber reports whether t can number a list item ("1", "12").
func isListNumber(t string) bool {
	return len(t) <= 2 && allDigits(t)
}

// isFinalPunct reports whether t is sentence-final punctuation such as
// ".", "?!" or "…".
func isFinalPunct(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		switch r {
		case '.', '!', '?', '…', '。', '！', '？':
		default:
			return false
		}
	}
	return true
}

// isClosingToken reports whether t is a single closing quote or bracket.
func isClosingToken(t string) bool {
	r, n := decodeRune(t, 0)
	return n == len(t) && isClosingPunct(r) || t == "''"
}

func isWordStart(t string) bool {
	r, _ := decodeRune(t, 0)
	return isWordRune(r)
}

// canStartSentence reports whether a token beginning with r may open a
// new sentence after final punctuation: not a lowercase word and not
// punctuation that only continues one.
func canStartSentence(r rune) bool {
	if unicode.IsLower(r) {
		return false
	}
	switch r {
	case ',', ';', ':', ')', ']', '}', '%', '”', '’', '»', '.', '!', '?', '…':
		return false
	}
	return true
}

// lineBreaks counts the line breaks in the whitespace gap between two
// tokens; two or more mean a blank line. "\r\n" counts once and a Unicode
// paragraph separator counts as a blank line.
func lineBreaks(gap string) int {
	n := 0
	for i := 0; i < len(gap); {
		r, size := decodeRune(gap, i)
		switch r {
		case '\n', '\v', '\f', '\u0085', '\u2028':
			n++
		case '\r':
			if i+1 >= len(gap) || gap[i+1] != '\n' {
				n++
			}
		case '\u2029':
			n += 2
		}
		i += size
	}
	return n
}

// continuesLine reports whether a line ending in t obviously runs on to
// the next line: it ends with a comma, dash or opening bracket, or with a
// word that cannot end an English sentence or heading.
func continuesLine(t string) bool {
	switch t {
	case ",", ";", "-", "–", "—", "--", "(", "[", "“", "&", "/":
		return true
	}
	return runOnWords[t]
}

// lowercaseBreak reports whether the final punctuation toks[k] ends a
// sentence although the next word is lowercase. Known abbreviations keep
// their period inside their token, so a bare "." after a word is a real
// full stop, and web text often starts sentences in lowercase. A period
// after a lone lowercase letter ("c. 1990", "p. 5") is left alone.
func lowercaseBreak(toks []Token, k int) bool {
	t := toks[k].Text
	if strings.ContainsAny(t, "?!") || isEmoticon(t) {
		return true
	}
	if t != "." {
		return false
	}
	if k > 0 {
		prev := toks[k-1].Text
		if r, n := decodeRune(prev, 0); n == len(prev) && unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// isRule reports whether t is a separator line such as "*****" or
// "=====": three or more of one symbol.
func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	switch t[0] {
	case '*', '=', '_', '~', '#', '-':
		return strings.Count(t, t[:1]) == len(t)
	}
	return false
}
