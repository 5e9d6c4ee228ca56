package nlp

import (
	_ "embed"
	"strings"
	"sync"
)

// wordnetPOS lists the one-word noun, adjective and adverb lemmas of WordNet
// 3.0 with the letters of their parts of speech ("arrest n", "fast anr",
// "brandt p" for a noun WordNet writes capitalised);
// the verbs are in verbs.txt (lexicon/README.md).
//
//go:embed lexicon/pos.txt
var wordnetPOS string

// wordnetPOSExceptions are WordNet 3.0's irregular noun, adjective and
// adverb forms ("geese goose n", "better well r").
//
//go:embed lexicon/pos-exceptions.txt
var wordnetPOSExceptions string

// wordClass is the set of inflected forms of WordNet lemmas a word form can
// be: WordNet's morphology (its detachment rules and exception lists) run
// backwards over the four parts of speech. It gives the tagger, for every
// word, seen in training or not, the tags a dictionary allows it.
type wordClass uint16

const (
	wcNoun    wordClass = 1 << iota // a noun lemma: "arrest"
	wcPlural                        // a noun's plural: "arrests", "geese"
	wcVerb                          // a verb lemma: "arrest"
	wcVerbS                         // third person singular: "arrests"
	wcVerbEd                        // past tense or participle: "arrested", "fled"
	wcVerbIng                       // present participle: "arresting"
	wcAdj                           // an adjective lemma: "fast"
	wcAdjMore                       // comparative or superlative: "faster", "biggest"
	wcAdv                           // an adverb lemma: "fast"
	wcAdvMore                       // "better", "faster" as adverbs
	wcProper                        // a proper noun: "brandt" (WordNet writes it capitalised)
)

// posLexicon maps a lemma to its parts of speech among noun, proper noun,
// adjective and adverb (wcNoun, wcProper, wcAdj, wcAdv bits).
var posLexicon = sync.OnceValue(readPOSLexicon)

func readPOSLexicon() map[string]wordClass {
	m := make(map[string]wordClass, 80000)
	for line := range strings.Lines(wordnetPOS) {
		lemma, letters, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok {
			continue
		}
		var c wordClass
		for _, l := range letters {
			switch l {
			case 'n':
				c |= wcNoun
			case 'p':
				c |= wcProper
			case 'a':
				c |= wcAdj
			case 'r':
				c |= wcAdv
			}
		}
		m[lemma] = c
	}
	return m
}

// posExceptions maps an irregular form to the classes it inflects into
// (wcPlural, wcAdjMore, wcAdvMore, wcVerbS, wcVerbEd, wcVerbIng).
var posExceptions = sync.OnceValue(func() map[string]wordClass {
	m := make(map[string]wordClass, 6000)
	for line := range strings.Lines(wordnetPOSExceptions) {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		switch f[2] {
		case "n":
			m[f[0]] |= wcPlural
		case "a":
			m[f[0]] |= wcAdjMore
		case "r":
			m[f[0]] |= wcAdvMore
		}
	}
	for form := range verbExceptions() {
		switch {
		case strings.HasSuffix(form, "ing"):
			m[form] |= wcVerbIng
		case strings.HasSuffix(form, "s"):
			m[form] |= wcVerbS
		default:
			m[form] |= wcVerbEd
		}
	}
	return m
})

// detachment is one of WordNet's rules for undoing an inflection: a form
// ending in suffix comes from the lemma ending in ending instead.
type detachment struct {
	suffix, ending string
	class          wordClass // the inflection the rule undoes
	of             wordClass // the part of speech the lemma must have
}

// detachments are morphy's rules, plus doubled final consonants
// ("stopped", "bigger"), which findLemma tries for every rule.
var detachments = []detachment{
	{"s", "", wcPlural, wcNoun},
	{"ses", "s", wcPlural, wcNoun},
	{"xes", "x", wcPlural, wcNoun},
	{"zes", "z", wcPlural, wcNoun},
	{"ches", "ch", wcPlural, wcNoun},
	{"shes", "sh", wcPlural, wcNoun},
	{"men", "man", wcPlural, wcNoun},
	{"ies", "y", wcPlural, wcNoun},
	{"s", "", wcVerbS, wcVerb},
	{"ies", "y", wcVerbS, wcVerb},
	{"es", "e", wcVerbS, wcVerb},
	{"es", "", wcVerbS, wcVerb},
	{"ed", "e", wcVerbEd, wcVerb},
	{"ed", "", wcVerbEd, wcVerb},
	{"ied", "y", wcVerbEd, wcVerb},
	{"ing", "e", wcVerbIng, wcVerb},
	{"ing", "", wcVerbIng, wcVerb},
	{"er", "", wcAdjMore, wcAdj},
	{"est", "", wcAdjMore, wcAdj},
	{"er", "e", wcAdjMore, wcAdj},
	{"est", "e", wcAdjMore, wcAdj},
	{"ier", "y", wcAdjMore, wcAdj},
	{"iest", "y", wcAdjMore, wcAdj},
}

// classOf returns the word class of a lower-case form.
func classOf(form string) wordClass {
	if form == "" {
		return 0
	}
	lex, verbs := posLexicon(), verbLexicon()
	lemmaClass := func(lemma string) wordClass {
		c := lex[lemma]
		if verbs[lemma] {
			c |= wcVerb
		}
		return c
	}
	c := lemmaClass(form) | posExceptions()[form]
	for _, d := range detachments {
		if c&d.class != 0 || len(form) <= len(d.suffix)+1 || !strings.HasSuffix(form, d.suffix) {
			continue
		}
		stem := form[:len(form)-len(d.suffix)]
		if lemmaClass(stem+d.ending)&d.of != 0 {
			c |= d.class
			continue
		}
		// "stopped" ← "stop", "biggest" ← "big".
		if d.ending == "" && len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] &&
			lemmaClass(stem[:len(stem)-1])&d.of != 0 {
			c |= d.class
		}
	}
	return c
}
