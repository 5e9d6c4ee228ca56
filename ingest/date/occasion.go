package date

import (
	"strings"
	"unicode"

	"github.com/annals/annals/ingest/analysis"
)

// sameOccasion reports whether the verb at v happened at an occasion the
// reference sentence tells of, which its clause names with a definite
// phrase of place or time: "suffered two wounds in the attack" after
// "Yesterday, a man attacked the minister", "spoke at the rally" after "On
// Thursday, thousands joined a rally", "in his announcement" after "he
// announced on Wednesday". Such a statement happened on the reference's
// day itself, not merely by it. The phrase may hang on the verb's object
// instead ("two wounds in the attack"): parsers attach such a phrase either
// way.
func sameOccasion(toks []analysis.Token, v int, ref *analysis.Sentence) bool {
	if v < 0 {
		return false
	}
	onVerb := func(i int) bool {
		h := toks[i].Head - 1
		return h == v || h >= 0 && toks[h].Head-1 == v && toks[h].Deprel == "obj"
	}
	if sameAct(toks[v].Lemma, ref) && !timedClause(toks, v) {
		return true
	}
	for i := range toks {
		if toks[i].Head-1 == v && toks[i].Deprel == "obj" && commonNoun(toks[i]) && definite(toks, i) && refDoneTo(ref, toks[i].Lemma) {
			return true
		}
		if !onVerb(i) || toks[i].UPOS != "NOUN" || !definite(toks, i) || !occasionCase(toks, i) {
			continue
		}
		noun := strings.ToLower(toks[i].Lemma)
		if occasionNouns[noun] {
			return true
		}
		for _, t := range ref.Tokens {
			lemma := strings.ToLower(t.Lemma)
			switch t.UPOS {
			case "NOUN":
				if lemma == noun {
					return true
				}
			case "VERB":
				if nominalizes(noun, lemma) {
					return true
				}
			}
		}
	}
	return false
}

// sameAct reports whether the reference sentence's main verb is the verb
// given: a sentence that tells again what the reference told ("Manafort was
// sentenced by Judge Jackson to 73 months" after "A former adviser was
// sentenced on Wednesday") tells the same act, on its day.
func sameAct(lemma string, ref *analysis.Sentence) bool {
	lemma = strings.ToLower(lemma)
	for k := range ref.Tokens {
		t := &ref.Tokens[k]
		if t.UPOS == "VERB" && t.Deprel == "root" && strings.ToLower(t.Lemma) == lemma {
			return true
		}
	}
	return false
}

// timedClause reports whether the verb at v has a clause of time of its
// own ("died when she was one", "died after contracting the virus"), which
// tells another act than the reference's.
func timedClause(toks []analysis.Token, v int) bool {
	for _, m := range toks {
		if c := m.Head - 1; c >= 0 && c != v && (m.Deprel == "mark" || m.Deprel == "advmod") && descends(toks, c, v) {
			// under the verb, wherever the parser hangs the clause
			switch strings.ToLower(m.Form) {
			case "when", "before", "after", "while", "since", "until":
				return true
			}
		}
	}
	return false
}

// refDoneTo reports whether the reference sentence names, as the object of
// a verb or in a phrase of a verb, a thing of the lemma given: a statement
// whose object is "the" same thing goes on with the reference's event
// ("carried out the airstrike" after "killed the general in an airstrike",
// "won the caucus" after "held primaries and a caucus"). A subject
// ("Police arrested the man" after "a man stabbed ...") does not count.
func refDoneTo(ref *analysis.Sentence, lemma string) bool {
	lemma = strings.ToLower(lemma)
	for k := range ref.Tokens {
		t := &ref.Tokens[k]
		if !commonNoun(*t) || strings.ToLower(t.Lemma) != lemma {
			continue
		}
		if occasionCase(ref.Tokens, k) {
			return true // "in an airstrike", wherever the parser hangs it
		}
		// through coordination: "primaries in fourteen states and caucuses"
		d := k
		for steps := 0; steps < len(ref.Tokens) && ref.Tokens[d].Deprel == "conj" && ref.Tokens[d].Head > 0; steps++ {
			d = ref.Tokens[d].Head - 1
		}
		h := ref.Tokens[d].Head - 1
		if h >= 0 && ref.Tokens[d].Deprel == "nmod" && ref.Tokens[h].Deprel == "obj" {
			// "killed the general in an airstrike", the phrase hung on the
			// object: parsers attach it either way
			d, h = h, ref.Tokens[h].Head-1
		}
		if h < 0 || ref.Tokens[h].UPOS != "VERB" {
			continue
		}
		if rel := ref.Tokens[d].Deprel; rel == "obj" || rel == "obl" || strings.HasPrefix(rel, "obl:") {
			return true
		}
	}
	return false
}

// commonNoun reports a common noun, or a word in lower case the tagger
// took for a name ("carried out the airstrike").
func commonNoun(t analysis.Token) bool {
	return t.UPOS == "NOUN" || t.UPOS == "PROPN" && t.Form != "" && unicode.IsLower([]rune(t.Form)[0])
}

// occasionNouns name the occasion a story is about without naming it
// again ("at the event", "after the incident").
var occasionNouns = map[string]bool{"event": true, "incident": true, "occasion": true}

// definite reports a noun with "the", "this", "that" or a possessive
// determiner: one the text has already introduced.
func definite(toks []analysis.Token, n int) bool {
	for _, t := range toks {
		if t.Head-1 != n {
			continue
		}
		switch t.Deprel {
		case "nmod:poss":
			return true
		case "det":
			switch strings.ToLower(t.Form) {
			case "the", "this", "that", "these", "those":
				return true
			}
		}
	}
	return false
}

// occasionCase reports a noun introduced by "in", "at" or "during": where
// or when the act took place.
func occasionCase(toks []analysis.Token, n int) bool {
	switch caseWord(toks, n) {
	case "in", "at", "during":
		return true
	}
	return false
}

// nominalizes reports whether a noun names a verb's act: the verb itself
// ("attack"), or the verb with a suffix ("announcement", "election",
// "arrival", "stabbing").
func nominalizes(noun, verb string) bool {
	if len(verb) < 4 {
		return noun == verb
	}
	if noun == verb {
		return true
	}
	stem := strings.TrimSuffix(verb, "e")
	for _, suffix := range []string{"ment", "ion", "ation", "al", "ing", "ure"} {
		if noun == verb+suffix || noun == stem+suffix {
			return true
		}
	}
	return false
}
