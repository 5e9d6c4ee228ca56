package text

// emoticonEnd returns the end of the emoticon (":)", ";-)", ":D", "=(",
// "^_^", "<3") that starts at i, or i when there is none. Treebanks keep
// an emoticon as one token, and web text uses one to close a sentence.
// An emoticon must stand apart from the words around it.
func emoticonEnd(s string, i int) int {
	if i > 0 && !isSpace(lastRuneOf(s[:i])) {
		return i
	}
	j := i
	switch {
	case hasPrefixAt(s, i, "^_^"):
		j = i + 3
	case hasPrefixAt(s, i, "<3"):
		j = i + 2
	case s[i] == ':' || s[i] == ';' || s[i] == '=':
		j = i + 1
		if j < len(s) && (s[j] == '-' || s[j] == '\'' || s[j] == '^') {
			j++
		}
		mouth := j
		for j < len(s) && j-mouth < 3 && isEmoticonMouth(s[j]) && (j == mouth || s[j] == s[mouth]) {
			j++
		}
		if j == mouth {
			return i
		}
	default:
		return i
	}
	if j < len(s) {
		if r, _ := decodeRune(s, j); !isSpace(r) && !isFinalPunct(string(r)) && r != ',' {
			return i
		}
	}
	return j
}

// isEmoticonMouth reports whether c can be the mouth of an emoticon.
func isEmoticonMouth(c byte) bool {
	switch c {
	case ')', '(', 'D', 'P', 'p', 'O', 'o', '/', '\\', '|', '*', ']', '[':
		return true
	}
	return false
}

// isEmoticon reports whether the token t is an emoticon.
func isEmoticon(t string) bool {
	return t != "" && emoticonEnd(t, 0) == len(t)
}

func hasPrefixAt(s string, i int, prefix string) bool {
	return len(s)-i >= len(prefix) && s[i:i+len(prefix)] == prefix
}

func lastRuneOf(s string) rune {
	r, _ := lastRune(s)
	return r
}
