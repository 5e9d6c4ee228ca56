package nlp

import "strings"

// News opens many sentences with the time: "Yesterday, police arrested two
// men", "On Friday, Qaboos bin Said, the Sultan of Oman, died". The
// treebank's web text hardly ever does, and the parser trained on it reads
// such a time as part of the subject ("Yesterday, United States House ..."
// as one name) or makes it the root and the rest a noun phrase hanging off
// it, so that nothing of the sentence comes out right. Copies of treebank
// sentences with a time put in front, added to training, mended a few more
// of these but cost 0.6 LAS on the treebank's own dev set (model/README.md).
// So the parser reads such a sentence in two parts instead: the time phrase
// alone and the clause after its comma alone, which then is a sentence of
// the kind it knows; the phrase becomes an oblique of the clause's head, as
// the treebank annotates one.

// maxFrontedTime is the longest time phrase read this way, in words
// ("On Saturday morning", "Earlier this week", "On March 5, 2019").
const maxFrontedTime = 5

// frontedTime returns the index of the comma that ends a time phrase
// opening the sentence, or -1.
func frontedTime(words []Word) int {
	comma := -1
	for i := 0; i < len(words) && i <= maxFrontedTime; i++ {
		if words[i].Form == "," {
			comma = i
			break
		}
	}
	if comma < 1 {
		return -1
	}
	// "On March 5, 2019, officials said": the year after the date's comma
	if comma+2 < len(words) && isYear(words[comma+1].Form) && words[comma+2].Form == "," && comma+2 <= maxFrontedTime+1 {
		comma += 2
	}
	core := false
	for i, w := range words[:comma] {
		low := strings.ToLower(w.Form)
		switch {
		case timeCores[low] || isYear(low) || w.Form == ",":
			core = core || w.Form != ","
		case i == 0 && timeOpeners[low]:
		case timeModifiers[low] || isDayNumber(low):
		default:
			return -1
		}
	}
	if !core || len(words)-comma-1 < 3 {
		return -1
	}
	return comma
}

// timeOpeners may open a time phrase and nothing else in it.
var timeOpeners = setOfWords(`on in at during by since from until early late earlier later`)

// timeModifiers may stand before or beside the word that names the time.
var timeModifiers = setOfWords(`last this that next previous following same early late earlier later
the a one two three four several few of end beginning start middle`)

// timeCores name a time; a time phrase holds at least one.
var timeCores = setOfWords(`yesterday today tomorrow tonight now
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
morning afternoon evening night day days week weeks weekend month months year years decade
spring summer autumn fall winter midnight noon dawn`)

// isYear reports whether s is a year of four digits.
func isYear(s string) bool {
	return len(s) == 4 && (s[0] == '1' || s[0] == '2') && strings.Trim(s, "0123456789") == ""
}

// isDayNumber reports whether s is a day of the month ("5", "21st").
func isDayNumber(s string) bool {
	s = strings.TrimRight(s, "stndrh")
	return len(s) >= 1 && len(s) <= 2 && strings.Trim(s, "0123456789") == ""
}

// parseFronted parses words whose time phrase ends at the comma words[comma]
// in two parts, and reports whether it did: it does not when the words
// after the comma make no clause (a dateline: "Monday, February 11, 2019").
func (p *parser) parseFronted(words []Word, comma int) bool {
	rest := append([]Word(nil), words[comma+1:]...)
	p.parse(rest)
	root := -1
	for i, w := range rest {
		if w.Head == 0 {
			root = i
		}
	}
	if root < 0 || !clauseHead(rest, root) {
		return false
	}
	phrase := append([]Word(nil), words[:comma]...)
	p.parse(phrase)
	at := func(i int) int { return comma + 1 + i + 1 } // 1-based place of rest[i]
	words[comma].Head, words[comma].Deprel = 0, "punct"
	for i, w := range phrase {
		words[i].Head, words[i].Deprel = w.Head, w.Deprel
		if w.Head != 0 {
			continue
		}
		words[i].Head, words[i].Deprel = at(root), "obl:unmarked"
		words[comma].Head = i + 1 // the treebank hangs the comma on the phrase it ends
		switch {
		case w.UPOS == "ADV" || w.UPOS == "ADJ":
			words[i].Deprel = "advmod"
		case hasChild(phrase, i, "case"):
			words[i].Deprel = "obl"
		}
	}
	for i, w := range rest {
		k := comma + 1 + i
		words[k].Head, words[k].Deprel = 0, w.Deprel
		if w.Head > 0 {
			words[k].Head = at(w.Head - 1)
		}
	}
	return true
}

// clauseHead reports whether words[i] heads a clause: a verb, or a word
// with a subject.
func clauseHead(words []Word, i int) bool {
	return words[i].UPOS == "VERB" || hasChild(words, i, "nsubj") || hasChild(words, i, "nsubj:pass") || hasChild(words, i, "expl")
}

// hasChild reports whether words[i] has a dependent with relation rel.
func hasChild(words []Word, i int, rel string) bool {
	for _, w := range words {
		if w.Head == i+1 && w.Deprel == rel {
			return true
		}
	}
	return false
}
