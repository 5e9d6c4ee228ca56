package analysis

import "strings"

// Chunk is a run of tokens [Start, End) of a sentence (token indexes).
type Chunk struct {
	Start, End int
	Head       int // index of the head token
}

// Part-of-speech classes over Penn tags, which the tagger predicts with UD's
// universal tags; Penn keeps the distinctions a pattern extractor needs
// (VBD vs VBN, MD, POS, PRP$, WDT).

// IsNounTag reports whether a Penn tag is a noun's (NN, NNS, NNP, NNPS).
func IsNounTag(x string) bool { return x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" }

// IsProperTag reports whether a Penn tag is a proper noun's (NNP, NNPS).
func IsProperTag(x string) bool { return x == "NNP" || x == "NNPS" }

// IsVerbTag reports whether a Penn tag is a verb's (VB...).
func IsVerbTag(x string) bool { return strings.HasPrefix(x, "VB") }

// IsAdjTag reports whether a Penn tag is an adjective's (JJ, JJR, JJS).
func IsAdjTag(x string) bool { return x == "JJ" || x == "JJR" || x == "JJS" }

// IsAdvTag reports whether a Penn tag is an adverb's (RB, RBR, RBS).
func IsAdvTag(x string) bool { return x == "RB" || x == "RBR" || x == "RBS" }

// personal pronouns that can stand as a subject or object on their own.
var standalonePronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"him": true, "her": true, "them": true, "us": true, "me": true,
}

// IsStandalonePronoun reports whether a lower-case word is a personal
// pronoun that can stand as a subject or object on its own ("he", "them").
func IsStandalonePronoun(lower string) bool { return standalonePronouns[lower] }

// NounPhraseAt reads the noun phrase that starts at token i, if one does:
// an optional determiner or possessive, modifiers (adjectives, numbers,
// nouns, participles before a noun), and a noun head; a possessive
// ("Ukraine's lead negotiator") joins two phrases into one; a lone personal
// pronoun or number is a phrase too.
func NounPhraseAt(toks []Token, i int) (Chunk, bool) {
	t := toks[i]
	if t.XPOS == "PRP" && standalonePronouns[strings.ToLower(t.Form)] {
		return Chunk{Start: i, End: i + 1, Head: i}, true
	}
	start := i
	j := i
	// determiners and possessive pronouns: the, a, both, these, its, their
	for j < len(toks) && (toks[j].XPOS == "DT" || toks[j].XPOS == "PDT" || toks[j].XPOS == "PRP$") {
		j++
	}
	head := -1
	for j < len(toks) {
		x := toks[j].XPOS
		switch {
		case IsNounTag(x):
			head = j
			j++
		case (x == "VBN" || x == "VBG") && j == start:
			// a participle opens no phrase: "has shown willingness" is a verb and its object
			goto done
		case x == "CC" && head >= 0:
			// "the Bread and Roses Party": one name with an "and" inside
			if lo, hi, ok := NameAcrossAnd(toks, j); ok && lo >= start {
				head, j = hi-1, hi
				continue
			}
			goto done
		case head >= 0 && x != "HYPH" && x != "POS":
			// modifiers come before the nouns: "Ukraine proposed direct negotiations" is no phrase
			goto done
		case x == "CD" || IsAdjTag(x) || x == "HYPH" || x == "VBN" || x == "VBG":
			// a modifier counts only if a noun follows within the phrase
			k := j
			for k < len(toks) && (toks[k].XPOS == "CD" || IsAdjTag(toks[k].XPOS) || toks[k].XPOS == "HYPH" ||
				toks[k].XPOS == "VBN" || toks[k].XPOS == "VBG" || toks[k].XPOS == "CC" && k > j && k+1 < len(toks) && IsAdjTag(toks[k+1].XPOS)) {
				k++
			}
			if k < len(toks) && IsNounTag(toks[k].XPOS) {
				j = k
				continue
			}
			if x == "CD" && head < 0 && k == j+1 {
				// a bare number: "3,000" as a phrase of its own
				head = j
				j++
			}
			goto done
		case x == "POS" && head >= 0:
			// Ukraine 's lead negotiator: the possessor and what it owns are one phrase
			k := j + 1
			for k < len(toks) && (IsAdjTag(toks[k].XPOS) || toks[k].XPOS == "CD" || toks[k].XPOS == "VBN" || toks[k].XPOS == "VBG") {
				k++
			}
			if k < len(toks) && IsNounTag(toks[k].XPOS) {
				head = -1
				j = k
				continue
			}
			goto done
		default:
			goto done
		}
	}
done:
	if head < 0 {
		return Chunk{}, false
	}
	end := head + 1
	return Chunk{Start: start, End: end, Head: head}, true
}
