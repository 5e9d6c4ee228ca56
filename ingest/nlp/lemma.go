package nlp

import (
	_ "embed"
	"strings"
	"sync"
)

// wordnetVerbs is the list of one-word verb lemmas of WordNet 3.0
// (lexicon/README.md).
//
//go:embed lexicon/verbs.txt
var wordnetVerbs string

// wordnetVerbExceptions are WordNet 3.0's irregular verb forms and their
// lemmas ("fled flee"), one pair a line (verb.exc).
//
//go:embed lexicon/verb-exceptions.txt
var wordnetVerbExceptions string

var verbExceptions = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 2400)
	for line := range strings.Lines(wordnetVerbExceptions) {
		if form, lemma, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
			m[form] = lemma
		}
	}
	return m
})

var verbLexicon = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 9000)
	for _, v := range strings.Fields(wordnetVerbs) {
		m[v] = true
	}
	return m
})

// verbCandidates are the regular ways an inflected verb comes from its
// lemma, tried when no suffix rule gives a known verb: "ruled" ← "rule",
// "planned" ← "plan", "carried" ← "carry".
func verbCandidates(lower string) []string {
	var out []string
	for _, suf := range []string{"ed", "ing", "es", "s"} {
		stem, ok := strings.CutSuffix(lower, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		out = append(out, stem, stem+"e")
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
			out = append(out, stem[:n-1]) // planned, stopping
		}
		if strings.HasSuffix(stem, "i") {
			out = append(out, stem[:len(stem)-1]+"y") // carried, tries
		}
	}
	return out
}

// lemmatizer looks a word up in a table learnt from the treebank and falls
// back to suffix rules, also learnt from the treebank, for the regular
// inflections of unseen words.
type lemmatizer struct {
	// byXPOS maps lower(form) + "\t" + XPOS to the most frequent lemma.
	byXPOS map[string]string
	// byUPOS is the coarser fallback: lower(form) + "\t" + UPOS.
	byUPOS map[string]string
	// rules maps XPOS + "\t" + a suffix of the lowercase form to the edit
	// that turns such words into their lemma; the longest suffix wins.
	rules map[string]suffixEdit
}

// suffixEdit removes Strip bytes from the end of a word and appends Add.
type suffixEdit struct {
	Strip int
	Add   string
}

// inflectedXPOS are the tags whose regular inflection the suffix rules undo;
// every other unseen word is its own (lowercased) lemma.
var inflectedXPOS = map[string]bool{
	"VBD": true, "VBN": true, "VBG": true, "VBZ": true, "NNS": true,
	"NNPS": true, "JJR": true, "JJS": true, "RBR": true, "RBS": true,
}

const maxRuleSuffix = 5

// lemma returns the lemma of form given its tags.
func (l *lemmatizer) lemma(form, upos, xpos string) string {
	lower := strings.ToLower(form)
	if lem, ok := l.byXPOS[lower+"\t"+xpos]; ok {
		return keepProperCase(form, lem, upos)
	}
	if lem, ok := l.byUPOS[lower+"\t"+upos]; ok {
		return keepProperCase(form, lem, upos)
	}
	if xpos == "CD" && strings.Contains(form, ",") && strings.ContainsAny(form, "0123456789") {
		return strings.ReplaceAll(form, ",", "") // EWT writes 3,000 as lemma 3000
	}
	base := lower
	if upos == "PROPN" {
		base = form // EWT keeps the form of proper nouns as their lemma
	}
	if !inflectedXPOS[xpos] {
		return base
	}
	verb := strings.HasPrefix(xpos, "VB")
	if lem, ok := verbExceptions()[lower]; ok && verb {
		return lem // "fled" → "flee": irregular, no rule can know
	}
	first := ""
	for n := min(maxRuleSuffix, len(lower)-1); n >= 1; n-- {
		if e, ok := l.rules[xpos+"\t"+lower[len(lower)-n:]]; ok && e.Strip < len(base) {
			lem := base[:len(base)-e.Strip] + e.Add
			if !verb || verbLexicon()[lem] {
				return lem
			}
			if first == "" {
				first = lem
			}
		}
	}
	if verb {
		// no rule gives a verb WordNet knows: the first regular one that does
		for _, c := range verbCandidates(lower) {
			if verbLexicon()[c] {
				return c
			}
		}
	}
	if first != "" {
		return first
	}
	return base
}

// keepProperCase returns the form itself for a proper noun whose table lemma
// differs from it only in case: the table is keyed by lowercase form.
func keepProperCase(form, lem, upos string) string {
	if upos == "PROPN" && strings.EqualFold(form, lem) {
		return form
	}
	return lem
}

// trainLemmatizer learns the tables and suffix rules from gold words.
func trainLemmatizer(sents []Sentence) *lemmatizer {
	type key struct{ a, b string }
	byXPOS := map[string]map[string]int{}
	byUPOS := map[string]map[string]int{}
	count := func(m map[string]map[string]int, k, lemma string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][lemma]++
	}
	// Rules are learnt from word types, not tokens, so that a few frequent
	// irregular words cannot outvote the regular pattern.
	types := map[key]string{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" {
				continue
			}
			lower := strings.ToLower(w.Form)
			count(byXPOS, lower+"\t"+w.XPOS, w.Lemma)
			count(byUPOS, lower+"\t"+w.UPOS, w.Lemma)
			if inflectedXPOS[w.XPOS] {
				types[key{lower, w.XPOS}] = strings.ToLower(w.Lemma)
			}
		}
	}
	l := &lemmatizer{byXPOS: mostFrequent(byXPOS), byUPOS: mostFrequent(byUPOS), rules: map[string]suffixEdit{}}
	ruleCounts := map[string]map[suffixEdit]int{}
	for k, lemma := range types {
		form := k.a
		common := 0
		for common < len(form) && common < len(lemma) && form[common] == lemma[common] {
			common++
		}
		if common == 0 {
			continue // suppletive (went → go): the table handles it
		}
		e := suffixEdit{Strip: len(form) - common, Add: lemma[common:]}
		for n := 1; n <= maxRuleSuffix && n < len(form); n++ {
			rk := k.b + "\t" + form[len(form)-n:]
			if ruleCounts[rk] == nil {
				ruleCounts[rk] = map[suffixEdit]int{}
			}
			ruleCounts[rk][e]++
		}
	}
	for _, rk := range sortedKeys(ruleCounts) {
		best, bestN := suffixEdit{}, 0
		for e, n := range ruleCounts[rk] {
			if n > bestN || n == bestN && (e.Strip < best.Strip || e.Strip == best.Strip && e.Add < best.Add) {
				best, bestN = e, n
			}
		}
		// A rule needs support from at least two word types.
		if bestN >= 2 {
			l.rules[rk] = best
		}
	}
	return l
}

// mostFrequent picks each key's most frequent value, ties broken by the
// smaller string so that the result does not depend on map order.
func mostFrequent(m map[string]map[string]int) map[string]string {
	out := make(map[string]string, len(m))
	for k, vals := range m {
		best, bestN := "", 0
		for v, n := range vals {
			if n > bestN || n == bestN && v < best {
				best, bestN = v, n
			}
		}
		out[k] = best
	}
	return out
}
