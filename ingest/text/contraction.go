package text

import "strings"

// fusedWords are spellings that UD splits although they have no
// apostrophe; the value is the length of the first part.
var fusedWords = map[string]int{
	"cannot": 3, // can not
	"gonna":  3, // gon na
	"gotta":  3, // got ta
	"wanna":  3, // wan na
}

// contractionSuffixes are the clitics that UD English splits off, without
// their apostrophe ("n" of "n't" is listed because it precedes it).
var contractionSuffixes = []string{"s", "m", "d", "re", "ve", "ll"}

// contractionSplit returns the byte length of the stem of w when w ends in
// a clitic that UD splits off ("do|n't", "ca|n't", "I|'m", "Russia|’s",
// "they|'ve"), or 0 when w stays whole.
func contractionSplit(w string) int {
	if len(w) == 5 || len(w) == 6 {
		if k, ok := fusedWords[strings.ToLower(w)]; ok {
			return k
		}
	}
	if !strings.ContainsAny(w, "'’‘ʼ") {
		return 0 // the common case: no apostrophe, nothing to split
	}
	// n't: the n belongs to the clitic ("ca|n't", "wo|n't").
	if stem, ok := cutApostropheSuffix(w, "t"); ok && len(stem) > 1 {
		if last := stem[len(stem)-1]; last == 'n' || last == 'N' {
			return len(stem) - 1
		}
	}
	for _, suffix := range contractionSuffixes {
		if stem, ok := cutApostropheSuffix(w, suffix); ok && stem != "" {
			return len(stem)
		}
	}
	return 0
}

// cutApostropheSuffix reports whether w ends in an apostrophe followed by
// suffix (any letter case) and returns what precedes the apostrophe.
func cutApostropheSuffix(w, suffix string) (string, bool) {
	if len(w) <= len(suffix) || !strings.EqualFold(w[len(w)-len(suffix):], suffix) {
		return "", false
	}
	rest := w[:len(w)-len(suffix)]
	r, n := lastRune(rest)
	if n == 0 || !isApostrophe(r) {
		return "", false
	}
	return rest[:len(rest)-n], true
}

// cliticEnd returns the end of a clitic such as "'s" or "’ll" that starts
// with the apostrophe at s[i:i+n] and is glued to a preceding token that
// did not take it as a word ("U.S.'s", "1990's"), or i when there is none.
func cliticEnd(s string, i, n int) int {
	if prev, _ := lastRune(s[:i]); isSpace(prev) || isOpeningPunct(prev) {
		return i
	}
	j := i + n
	for j < len(s) && j-i-n < 2 && isASCIILetter(s[j]) {
		j++
	}
	if j < len(s) {
		if r, _ := decodeRune(s, j); isWordRune(r) {
			return i
		}
	}
	suffix := strings.ToLower(s[i+n : j])
	for _, c := range contractionSuffixes {
		if suffix == c {
			return j
		}
	}
	return i
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
