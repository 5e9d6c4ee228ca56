package ingest

import "strings"

// A chunk is a run of tokens [Start, End) of a sentence (token indexes).
type chunk struct {
	Start, End int
	Head       int // index of the head token
}

// Part-of-speech classes over Penn tags, which the tagger predicts with UD's
// universal tags; Penn keeps the distinctions a pattern extractor needs
// (VBD vs VBN, MD, POS, PRP$, WDT).
func isNounTag(x string) bool   { return x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" }
func isProperTag(x string) bool { return x == "NNP" || x == "NNPS" }
func isVerbTag(x string) bool   { return strings.HasPrefix(x, "VB") }
func isAdjTag(x string) bool    { return x == "JJ" || x == "JJR" || x == "JJS" }
func isAdvTag(x string) bool    { return x == "RB" || x == "RBR" || x == "RBS" }

// personal pronouns that can stand as a subject or object on their own.
var standalonePronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"him": true, "her": true, "them": true, "us": true, "me": true,
}

// nounPhrases finds the noun phrases of a sentence: an optional determiner
// or possessive, modifiers (adjectives, numbers, nouns, participles before a
// noun), and a noun head; a possessive ("Ukraine's lead negotiator") joins
// two phrases into one; a lone personal pronoun or number is a phrase too.
// The result is in text order and the phrases do not overlap.
func nounPhrases(toks []Token) []chunk {
	var out []chunk
	for i := 0; i < len(toks); {
		if c, ok := nounPhraseAt(toks, i); ok {
			out = append(out, c)
			i = c.End
			continue
		}
		i++
	}
	return out
}

func nounPhraseAt(toks []Token, i int) (chunk, bool) {
	t := toks[i]
	if t.XPOS == "PRP" && standalonePronouns[strings.ToLower(t.Form)] {
		return chunk{Start: i, End: i + 1, Head: i}, true
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
		case isNounTag(x):
			head = j
			j++
		case (x == "VBN" || x == "VBG") && j == start:
			// a participle opens no phrase: "has shown willingness" is a verb and its object
			goto done
		case head >= 0 && x != "HYPH" && x != "POS":
			// modifiers come before the nouns: "Ukraine proposed direct negotiations" is no phrase
			goto done
		case x == "CD" || isAdjTag(x) || x == "HYPH" || x == "VBN" || x == "VBG":
			// a modifier counts only if a noun follows within the phrase
			k := j
			for k < len(toks) && (toks[k].XPOS == "CD" || isAdjTag(toks[k].XPOS) || toks[k].XPOS == "HYPH" ||
				toks[k].XPOS == "VBN" || toks[k].XPOS == "VBG" || toks[k].XPOS == "CC" && k > j && k+1 < len(toks) && isAdjTag(toks[k+1].XPOS)) {
				k++
			}
			if k < len(toks) && isNounTag(toks[k].XPOS) {
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
			for k < len(toks) && (isAdjTag(toks[k].XPOS) || toks[k].XPOS == "CD" || toks[k].XPOS == "VBN" || toks[k].XPOS == "VBG") {
				k++
			}
			if k < len(toks) && isNounTag(toks[k].XPOS) {
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
		return chunk{}, false
	}
	end := head + 1
	return chunk{Start: start, End: end, Head: head}, true
}

// extendOf attaches "of"-phrases to a noun phrase: "the bodies of 3,000
// soldiers", "the positions of both sides".
func extendOf(toks []Token, c chunk, phrases map[int]chunk) chunk {
	for c.End+1 < len(toks) && strings.EqualFold(toks[c.End].Form, "of") {
		next, ok := phrases[c.End+1]
		if !ok {
			break
		}
		c.End = next.End
	}
	return c
}
