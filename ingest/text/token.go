package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark.
type Token struct {
	Start, End int    // UTF-8 byte offsets into the document, End exclusive
	Text       string // exactly doc[Start:End]
	Form       string // the word as a treebank spells it: curly quotes/apostrophes normalised to ASCII (’→', “ ”→"), otherwise Text
}

// Tokenize splits a stretch s of a document into tokens. Offsets are
// relative to s plus offset, so a caller that passes doc[k:m] with offset
// k gets document offsets and Text == doc[Start:End]. Whitespace
// separates tokens and is never part of one; every other byte, including
// invalid UTF-8, belongs to exactly one token.
func Tokenize(s string, offset int) []Token {
	t := tokenizer{s: s, offset: offset, toks: make([]Token, 0, len(s)/5+1)}
	t.run()
	return t.toks
}

// tokenizer holds the state of one Tokenize call.
type tokenizer struct {
	s      string
	offset int
	toks   []Token
	// noEmailBefore is the end of the last run of e-mail characters that
	// had no "@"; a word starting inside it cannot be an address, and
	// skipping the rescan keeps long runs such as "a+a+a+…" linear.
	noEmailBefore int
}

// emit appends the token s[a:b].
func (t *tokenizer) emit(a, b int) {
	text := t.s[a:b]
	t.toks = append(t.toks, Token{Start: a + t.offset, End: b + t.offset, Text: text, Form: formOf(text)})
}

// run scans the whole stretch, dispatching on the first rune of each
// token: links and words start with a word character, anything else
// that is not space is punctuation or a symbol.
func (t *tokenizer) run() {
	s := t.s
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		switch {
		case isSpace(r):
			i += n
		case isWordRune(r):
			if end := urlEnd(s, i); end > i {
				t.emit(i, end)
				i = end
				continue
			}
			if i >= t.noEmailBefore {
				end, runEnd := emailEnd(s, i)
				if end > i {
					t.emit(i, end)
					i = end
					continue
				}
				t.noEmailBefore = runEnd
			}
			i = t.word(i)
		default:
			i = t.punct(i, r, n)
		}
	}
}

// punct emits the punctuation or symbol token that starts at i and
// returns where it ends. Runs of dots, dashes and the like form one token
// ("...", "--", "?!") because treebanks keep them together.
func (t *tokenizer) punct(i int, r rune, n int) int {
	s := t.s
	if end := emoticonEnd(s, i); end > i {
		t.emit(i, end)
		return end
	}
	if isApostrophe(r) && i > 0 {
		if end := cliticEnd(s, i, n); end > i {
			t.emit(i, end)
			return end
		}
	}
	end := i + n
	switch r {
	case '!', '?':
		for end < len(s) && (s[end] == '!' || s[end] == '?') {
			end++
		}
	case '.', '-', '=', '*', '~', '#', '`', '$', '+':
		for end < len(s) && rune(s[end]) == r {
			end++
		}
	case '\'':
		// '' is an ASCII closing double quote.
		if end < len(s) && s[end] == '\'' {
			end++
		}
	}
	t.emit(i, end)
	return end
}

// word scans the word that starts at i, splits it into its tokens
// (hyphenated parts, contractions, a trailing abbreviation period) and
// returns where it ends.
func (t *tokenizer) word(i int) int {
	s := t.s
	j := compoundEnd(s, i)
	if end := insertionEnd(s, j); end > j {
		// "sow[ing]": an editor's letters inside a word make one word,
		// read as the editor completed it ("sowing")
		text := s[i:end]
		t.toks = append(t.toks, Token{Start: i + t.offset, End: end + t.offset, Text: text,
			Form: formOf(strings.NewReplacer("[", "", "]", "").Replace(text))})
		return end
	}
	// A period belongs to the word when the word is an abbreviation.
	withPeriod := j < len(s) && s[j] == '.' && !(j+1 < len(s) && s[j+1] == '.')
	start := i // start of the token being built
	part := i  // start of the part after the last hyphen or slash
	code := -1 // whether s[i:j] is a digit code; -1 until needed
	for k := i; k < j; {
		r, n := decodeRune(s, k)
		if r == '-' || r == '‐' || r == '/' {
			if splitsAt(s, i, j, part, k, r, n, &code) {
				t.wordPiece(start, k, false)
				t.emit(k, k+n)
				start = k + n
			}
			part = k + n
		}
		k += n
	}
	if withPeriod && isAbbreviation(s, start, j) {
		t.wordPiece(start, j+1, true)
		return j + 1
	}
	t.wordPiece(start, j, false)
	return j
}

// wordPiece emits one word, split into a stem and a UD contraction part
// where it has one ("don't" → "do" "n't", "Russia’s" → "Russia" "’s").
func (t *tokenizer) wordPiece(a, b int, abbreviation bool) {
	if a >= b {
		return
	}
	if !abbreviation {
		if k := contractionSplit(t.s[a:b]); k > 0 {
			t.emit(a, a+k)
			t.emit(a+k, b)
			return
		}
	}
	t.emit(a, b)
}

// insertionEnd returns the end of an editor's insertion of letters that
// completes the word ending at j ("sow[ing]", "make[s]"), with any letters
// after it, or j when none follows.
func insertionEnd(s string, j int) int {
	if j >= len(s) || s[j] != '[' {
		return j
	}
	k := j + 1
	for k < len(s) && k-j <= 8 && isASCIILetter(s[k]) {
		k++
	}
	if k == j+1 || k >= len(s) || s[k] != ']' {
		return j
	}
	k++
	for k < len(s) && isASCIILetter(s[k]) {
		k++
	}
	return k
}

// compoundEnd returns the end of the run of word characters at i, joined
// by word-internal punctuation: "1.5", "3,000", "10:30", "U.S", "AT&T",
// "full-scale", "don't", "9/11".
func compoundEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := decodeRune(s, j)
		if isWordRune(r) {
			j += n
			continue
		}
		if j == i || !joinsWord(s, i, j, r, n) {
			break
		}
		j += n
	}
	return j
}

// joinsWord reports whether the punctuation r at s[j:j+n] sits inside the
// word that starts at i, judged by its neighbours.
func joinsWord(s string, i, j int, r rune, n int) bool {
	if j+n >= len(s) {
		return false
	}
	prev, _ := lastRune(s[:j])
	next, _ := decodeRune(s, j+n)
	switch {
	case r == '.':
		if !isAlnumRune(prev) || !isAlnumRune(next) {
			return false
		}
		// "U.S", "Ph.D", "ASP.NET" and "Amazon.com" are words, but in
		// "talks.The" a space is missing after a full stop.
		return !unicode.IsUpper(next) || isShortOrCapitals(s[lastDot(s, i, j):j])
	case r == '-' || r == '‐' || r == '/':
		return isAlnumRune(prev) && isAlnumRune(next)
	case r == '&':
		return isLetterRune(prev) && isLetterRune(next)
	case r == ':':
		return isDigitRune(prev) && isDigitRune(next)
	case r == ',':
		// Thousands separator: exactly three digits follow.
		return isDigitRune(prev) && j+4 <= len(s) &&
			isASCIIDigit(s[j+1]) && isASCIIDigit(s[j+2]) && isASCIIDigit(s[j+3]) &&
			(j+4 == len(s) || !isASCIIDigit(s[j+4]))
	case isApostrophe(r):
		return isLetterRune(prev) && isLetterRune(next)
	}
	return false
}

// lastDot returns where the part of s[i:j] after its last period starts.
func lastDot(s string, i, j int) int {
	if k := strings.LastIndexByte(s[i:j], '.'); k >= 0 {
		return i + k + 1
	}
	return i
}

// isShortOrCapitals reports whether part has at most two letters or is
// all capitals, as in "U", "Ph" or "ASP".
func isShortOrCapitals(part string) bool {
	if utf8.RuneCountInString(part) <= 2 {
		return true
	}
	for _, r := range part {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// splitsAt reports whether the hyphen or slash at s[k:k+n], inside the
// compound s[i:j] whose part before it starts at part, separates tokens.
// *code caches isDigitCode(s[i:j]) (-1 unknown, 0 no, 1 yes) so that long
// compounds stay linear.
// UD EWT splits hyphenated compounds ("full - scale", "3 - 4") but keeps
// words with a bound prefix ("non-stop", "e-mail") and digit codes such
// as phone numbers and dates whole.
func splitsAt(s string, i, j, part, k int, r rune, n int, code *int) bool {
	left := s[part:k]
	rightEnd := k + n
	for rightEnd < j {
		c := s[rightEnd]
		if c == '-' || c == '/' || strings.HasPrefix(s[rightEnd:], "‐") {
			break
		}
		rightEnd++
	}
	right := s[k+n : rightEnd]
	if r == '/' {
		// Dates and fractions ("9/11", "11/28/2000"), letter pairs ("I/C").
		return !(allDigits(left) && allDigits(right)) && !(len(left) == 1 && len(right) == 1)
	}
	if isBoundPrefix(left) {
		return false
	}
	if allDigits(left) && allDigits(right) {
		if *code < 0 {
			*code = 0
			if isDigitCode(s[i:j]) {
				*code = 1
			}
		}
		return *code == 0
	}
	return true
}

// isDigitCode reports whether w is a phone number or numeric date:
// digits with two or more hyphens, or the seven-digit form 555-1234.
func isDigitCode(w string) bool {
	hyphens := strings.Count(w, "-")
	if strings.Trim(w, "0123456789-") != "" {
		return false
	}
	if hyphens >= 2 {
		return true
	}
	k := strings.IndexByte(w, '-')
	return hyphens == 1 && k == 3 && len(w) == 8
}

func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !isASCIIDigit(w[k]) {
			return false
		}
	}
	return true
}

// lastRune decodes the last rune of s; an invalid byte counts as one rune.
func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }
