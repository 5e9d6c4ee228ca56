package text

import "strings"

// linkPrefixes start a URL-like token that is kept whole.
var linkPrefixes = []string{"http://", "https://", "ftp://", "www.", "mailto:"}

// urlEnd returns the end of the URL that starts at i, or i when there is
// none. Trailing sentence punctuation is left out.
func urlEnd(s string, i int) int {
	c := s[i] | 0x20
	if c != 'h' && c != 'w' && c != 'f' && c != 'm' {
		return i
	}
	found := false
	for _, p := range linkPrefixes {
		if len(s)-i > len(p) && strings.EqualFold(s[i:i+len(p)], p) {
			found = true
			break
		}
	}
	if !found {
		return i
	}
	j := i
	for j < len(s) {
		r, n := decodeRune(s, j)
		if isSpace(r) || r == '<' || r == '>' || r == '"' || r == '“' || r == '”' || r == '’' || r == '‘' {
			break
		}
		j += n
	}
	return trimLinkTail(s, i, j)
}

// trimLinkTail drops punctuation that ends a sentence or closes a bracket
// from the end of a link, keeping a ")" that the link itself opened.
func trimLinkTail(s string, i, j int) int {
	unmatched := strings.Count(s[i:j], ")") - strings.Count(s[i:j], "(")
	for j > i {
		switch s[j-1] {
		case '.', ',', ';', ':', '!', '?', '\'', ']', '}':
			j--
			continue
		case ')':
			if unmatched > 0 {
				unmatched--
				j--
				continue
			}
		}
		break
	}
	return j
}

// emailEnd returns the end of the e-mail address (or user@host) at i, or
// i when the text at i is not one; runEnd is then the end of the run of
// characters that may form the part before an "@".
func emailEnd(s string, i int) (end, runEnd int) {
	j := i
	for j < len(s) && isEmailLocal(s[j]) {
		j++
	}
	if j == i || j+1 >= len(s) || s[j] != '@' || !isASCIIAlnum(s[j+1]) {
		return i, j
	}
	j++
	for j < len(s) && (isASCIIAlnum(s[j]) || s[j] == '.' || s[j] == '-' || s[j] == '_') {
		j++
	}
	for s[j-1] == '.' || s[j-1] == '-' {
		j--
	}
	return j, j
}

func isEmailLocal(c byte) bool {
	return isASCIIAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}
