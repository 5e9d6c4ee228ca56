package extract

import (
	_ "embed"
	"strings"
)

// intransitiveList is data/intransitive.txt: verbs the treebank and
// WordNet show without a noun-phrase object (see data/README.md).
//
//go:embed data/intransitive.txt
var intransitiveList string

// intransitiveVerbs is intransitiveList as a set of lemmas.
var intransitiveVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(intransitiveList) {
		m[w] = true
	}
	return m
}()

// intransitive reports a verb that takes no object of its own, so it
// borrows none from a verb coordinated with it: "police arrived and
// detained the man" detained him, and no one arrived him.
func intransitive(lemma string) bool { return intransitiveVerbs[strings.ToLower(lemma)] }
