package analysis

import (
	"unicode"
	"unicode/utf8"
)

// Quotations lists the quoted stretches of a text, [open, close) by byte
// offsets, the quote marks left out. Curly double quotes and guillemets
// pair by kind; a curly single quote opens only after a space or a mark
// and closes only before one, so that an apostrophe ("don’t") is none;
// straight double quotes and the treebank's doubled backquote and apostrophe pair in turn. A
// paragraph (a blank line) closes every quotation, so that a mark left open
// does not turn the rest of the article inside out.
func Quotations(text string) [][2]int {
	var out [][2]int
	open, closing := -1, "" // where the open quotation starts, and what closes it
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		mark, size := quoteMark(text, i, r, n)
		switch {
		case r == '\n' && i+n < len(text) && text[i+n] == '\n':
			open, closing = -1, ""
		case mark == "":
		case open >= 0 && closes(mark, closing):
			if i > open {
				out = append(out, [2]int{open, i})
			}
			open, closing = -1, ""
		case open < 0 && opens(mark, text, i, size):
			open, closing = i+size, closer[mark]
		}
		i += max(n, size)
	}
	return out
}

// closer is the mark that closes a quotation opened by each mark.
var closer = map[string]string{"“": "”", "«": "»", "‘": "’", `"`: `"`, "``": "''", "„": "“"}

// quoteMark is the quote mark at byte i (rune r of n bytes), if any, and its size.
func quoteMark(text string, i int, r rune, n int) (string, int) {
	switch r {
	case '“', '”', '«', '»', '‘', '’', '"', '„':
		return string(r), n
	case '`', '\'':
		if i+1 < len(text) && text[i+1] == byte(r) {
			return text[i : i+2], 2
		}
	}
	return "", n
}

func closes(mark, closing string) bool { return mark == closing }

// opens reports whether a mark at byte i opens a quotation: any opening
// mark, but a single curly quote only where no letter stands before it.
func opens(mark, text string, i, size int) bool {
	if _, ok := closer[mark]; !ok {
		return false
	}
	if mark == "‘" && i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return !unicode.IsLetter(prev) && !unicode.IsDigit(prev)
	}
	return true
}
