package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are hashes of (template, values). Hashing instead of interning
// strings keeps feature extraction allocation-free.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a running hash with one more value (splitmix64 finaliser).
func mix(h, v uint64) uint64 {
	h ^= v + 0x9E3779B97F4A7C15 + (h << 6) + (h >> 2)
	h ^= h >> 30
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 27
	h *= 0x94D049BB133111EB
	h ^= h >> 31
	return h
}

// featureKey keeps the top 32 bits of a feature hash, never 0 (the
// empty-slot marker of weightTable). Thirty-two bits let the model file store
// sorted keys as two-byte deltas; among the ~1.5 M features of a model only a
// few hundred pairs collide, which costs no measurable accuracy.
func featureKey(h uint64) uint64 {
	if k := h >> 32; k != 0 {
		return k
	}
	return 1
}

func feat1(t, a uint64) uint64       { return featureKey(mix(mix(t, a), 1)) }
func feat2(t, a, b uint64) uint64    { return featureKey(mix(mix(mix(t, a), b), 2)) }
func feat3(t, a, b, c uint64) uint64 { return featureKey(mix(mix(mix(mix(t, a), b), c), 3)) }

// Special values standing in for positions outside the sentence or absent
// neighbours, so that "no word" is a feature value of its own.
var (
	hashNone  = hashString("<none>")
	hashStart = hashString("<s>")
	hashEnd   = hashString("</s>")
	hashRoot  = hashString("<root>")
	hashUnk   = hashString("<unk>")
	hashClass = hashString("<class>")
)

// wordShape maps letters to X/x and digits to d, collapsing runs longer than
// two, so "Istanbul" → "Xxx", "3,000" → "d,dd", "COVID-19" → "XX-dd".
func wordShape(s string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
		} else {
			run = 1
			last = c
		}
		if run <= 2 {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// suffix returns the last n runes of s (all of s if shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// prefix returns the first n runes of s (all of s if shorter).
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// normWord is the lexical key of a word for features: lowercase, with digit
// sequences folded so that all numbers of one shape share their weights.
func normWord(form string) string {
	hasDigit := false
	for i := 0; i < len(form); i++ {
		if form[i] >= '0' && form[i] <= '9' {
			hasDigit = true
			break
		}
	}
	if !hasDigit {
		return strings.ToLower(form)
	}
	b := []byte(strings.ToLower(form))
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}
