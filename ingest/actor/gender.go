package actor

import (
	"strings"
)

// A person's gender is what the document shows of it, weighed: a title or
// a role word ("Mrs.", "actress", "Ratnamma aunty"), a relative's noun
// before or after the name ("her first husband, musician Al Jorden";
// "Nettie Baker, his daughter"), a pronoun that can only be theirs ("Day
// said she ...", "Smith hurt himself", "Baker began his career"), and,
// weighing least, a first name nearly always given to one sex (the
// firstNames table). "He" and "she" never take up a person the document
// shows to be of the other gender; evidence that disagrees without one
// side clearly outweighing the other says nothing.

// The weights of the evidence for a gender.
const (
	wordVote       = 3 // a title, role or relative's noun: "Mrs.", "actress", "her husband, Al Jorden"
	pronounVote    = 2 // a pronoun only the person can be: "Day said she", "Smith hurt himself"
	possessiveVote = 1 // a possessive most likely theirs: "Baker began his career"
	firstNameVote  = 1 // a first name of one sex: "Stephanie"
)

// genderVotes adds up the evidence for a person's gender.
type genderVotes struct{ m, f int }

// add records evidence of weight w for gender g ('m' or 'f').
func (v *genderVotes) add(g byte, w int) {
	switch g {
	case 'm':
		v.m += w
	case 'f':
		v.f += w
	}
}

// addAll adds another tally to v.
func (v *genderVotes) addAll(o genderVotes) { v.m, v.f = v.m+o.m, v.f+o.f }

// gender is what the evidence says: 'm' or 'f' when one side weighs at
// least twice the other, 'x' when both speak and neither does, 0 when
// nothing speaks.
func (v genderVotes) gender() byte {
	switch {
	case v.m > 0 && v.m >= 2*v.f:
		return 'm'
	case v.f > 0 && v.f >= 2*v.m:
		return 'f'
	case v.m > 0 || v.f > 0:
		return 'x'
	}
	return 0
}

// relativeNouns name a relative of one gender; before or after a name
// they tell its gender and that it is a person ("his daughter Nettie
// Baker", "Al Jorden, her first husband").
var relativeNouns = map[string]byte{
	"husband": 'm', "wife": 'f', "son": 'm', "daughter": 'f', "father": 'm', "mother": 'f',
	"brother": 'm', "sister": 'f', "boyfriend": 'm', "girlfriend": 'f', "widow": 'f',
	"widower": 'm', "grandson": 'm', "granddaughter": 'f', "grandfather": 'm',
	"grandmother": 'f', "nephew": 'm', "niece": 'f', "uncle": 'm', "aunt": 'f',
	"stepson": 'm', "stepdaughter": 'f', "stepfather": 'm', "stepmother": 'f',
	"fiance": 'm', "fiancé": 'm', "fiancee": 'f', "fiancée": 'f',
}

// kinNouns name a relative of either gender: after "his" or "her" before
// a name they make it someone else's relative ("her partner, Pat Lowe"),
// as relativeNouns do.
var kinNouns = map[string]bool{
	"partner": true, "spouse": true, "child": true, "sibling": true, "cousin": true,
	"parent": true, "grandchild": true, "fiance": true, "fiancé": true,
}

// honorificsAfter follow a name as a form of address that tells the
// person's gender ("Ratnamma aunty", "Ravi uncle").
var honorificsAfter = map[string]byte{"aunty": 'f', "auntie": 'f', "uncle": 'm'}

// ownNouns are what a possessive pronoun in a person's own clause most
// often takes as the person's own ("Baker began his career", "Day and her
// husband"): relatives, a life and its stages.
var ownNouns = map[string]bool{
	"career": true, "life": true, "family": true, "home": true, "death": true, "health": true,
	"birthday": true, "childhood": true, "autobiography": true, "memoir": true, "debut": true,
	"retirement": true, "children": true, "parents": true, "partner": true, "wife": true,
	"husband": true, "son": true, "sons": true, "daughter": true, "daughters": true,
	"father": true, "mother": true, "brother": true, "sister": true, "own": true,
}

// thatVerbs are verbs of saying and thinking whose clause a subject's own
// "he" or "she" opens ("Day said she ...", "Smith hoped he ...").
var thatVerbs = map[string]bool{
	"announce": true, "confirm": true, "think": true, "believe": true, "hope": true,
	"feel": true, "know": true, "expect": true, "fear": true, "deny": true, "promise": true,
	"vow": true, "recall": true, "suggest": true, "indicate": true, "decide": true,
}

// pronounGender is the gender of "he", "she" and their other forms.
var pronounGender = map[string]byte{
	"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f',
}

// addGenderEvidence records, for each mention that may name a person,
// what the words around it show of the person's gender (see the top of
// this file). Kinds, with their titles and role words, are recorded
// before.
func (t *actorText) addGenderEvidence(mentions []actorMention, mentionAt []int) {
	for i := range mentions {
		m := &mentions[i]
		if m.label || m.firm != "" {
			continue
		}
		t.honorificAfter(m)
		t.relativeBefore(m)
		t.relativeAfter(m)
		t.ownPronouns(m, mentionAt)
	}
}

// honorificAfter reads a form of address after a name, or ending it:
// "Ratnamamma aunty", "Ratnamma Aunty".
func (t *actorText) honorificAfter(m *actorMention) {
	g := byte(0)
	if e := m.end; t.sameSentence(e, m.first) {
		g = honorificsAfter[t.tokens[e].lower]
	}
	if g == 0 && m.end-1 > m.nameFirst {
		g = honorificsAfter[t.tokens[m.end-1].lower]
	}
	if g != 0 {
		m.votes.add(g, wordVote)
		m.personKind = true
	}
}

// relativeBefore reads a relative's noun before a name, a comma and a
// description between them or not: "her son Anderson Cooper", "her first
// husband, musician Al Jorden". After "his" or "her" the name is someone
// else's relative (relativeOf).
func (t *actorText) relativeBefore(m *actorMention) {
	b := m.first - 1
	for n := 0; n < 3 && t.sameSentence(b, m.first) && t.isDescriptionWord(b) && !kinNouns[t.tokens[b].lower]; n++ {
		b-- // "musician", "record producer"
	}
	if t.sameSentence(b, m.first) && t.form(b) == "," {
		b--
	}
	if !t.sameSentence(b, m.first) || t.tokens[b].capital {
		return
	}
	g := relativeNouns[t.tokens[b].lower]
	if g != 0 {
		m.votes.add(g, wordVote)
	}
	if g != 0 || kinNouns[t.tokens[b].lower] {
		m.personKind = true
		p := b - 1
		for n := 0; n < 2 && t.sameSentence(p, m.first) && (t.tokens[p].UPOS == "ADJ" || strings.HasPrefix(t.tokens[p].XPOS, "JJ")); n++ {
			p-- // "her first husband"
		}
		if t.sameSentence(p, m.first) && (t.tokens[p].lower == "his" || t.tokens[p].lower == "her") {
			m.relativeOf = pronounGender[t.tokens[p].lower]
		}
	}
}

// isDescriptionWord reports whether token k may stand in a description
// between a relative's noun and the name: a lower-case kind word, noun
// or adjective ("musician", "record producer", "late").
func (t *actorText) isDescriptionWord(k int) bool {
	tok := t.tokens[k]
	if tok.capital || relativeNouns[tok.lower] != 0 {
		return false
	}
	return isKindWord(tok.lower) || tok.UPOS == "ADJ" || tok.UPOS == "NOUN" ||
		strings.HasPrefix(tok.XPOS, "JJ") || tok.XPOS == "NN"
}

// relativeAfter reads a relative's noun in an apposition after a name:
// "Nettie Baker, his daughter,", "Jane Smith, the widow of ...".
func (t *actorText) relativeAfter(m *actorMention) {
	k := m.end
	if !t.sameSentence(k+1, m.first) || t.form(k) != "," {
		return
	}
	k++
	switch t.tokens[k].lower {
	case "his", "her", "their", "the", "a", "an":
		k++
	}
	for n := 0; n < 2 && t.sameSentence(k, m.first) && (t.tokens[k].UPOS == "ADJ" || strings.HasPrefix(t.tokens[k].XPOS, "JJ")); n++ {
		k++ // "his late wife", "her younger sister"
	}
	if !t.sameSentence(k, m.first) {
		return
	}
	if g := relativeNouns[t.tokens[k].lower]; g != 0 && !t.tokens[k].capital {
		if e := k + 1; !t.sameSentence(e, m.first) || isPunctuation(t.tokens[e]) || t.tokens[e].lower == "of" {
			m.votes.add(g, wordVote)
			m.personKind = true
		}
	}
}

// ownPronouns reads the pronouns that can only be those of a name that
// is the subject of its clause: the "he" or "she" that opens the clause a
// verb of saying or thinking takes ("Day said she ...", "Smith told
// reporters he ..."), a reflexive ("Smith hurt himself"), and, weighing
// less, a possessive before a noun of one's own life ("Baker began his
// career", "Day and her husband"). No other name, pronoun or person may
// stand between them.
func (t *actorText) ownPronouns(m *actorMention, mentionAt []int) {
	if t.isPossessive(m.end) || !t.sameSentence(m.end, m.first) {
		return
	}
	k := t.skipApposition(m.end, m.first, mentionAt)
	// "Day and her husband"
	if t.sameSentence(k+1, m.first) && t.tokens[k].lower == "and" {
		if g := t.ownPossessive(k + 1); g != 0 {
			m.votes.add(g, pronounVote)
		}
		return
	}
	// the verb group: auxiliaries, adverbs, and at least one verb
	verb := -1
	for ; t.sameSentence(k, m.first) && k < m.end+12; k++ {
		tok := t.tokens[k]
		if tok.XPOS == "MD" || tok.XPOS == "RB" || strings.HasPrefix(tok.XPOS, "VB") || tok.UPOS == "AUX" {
			if strings.HasPrefix(tok.XPOS, "VB") {
				verb = k
			}
			continue
		}
		break
	}
	if verb < 0 {
		return
	}
	lemma := strings.ToLower(t.tokens[verb].Lemma)
	if speechVerbs[lemma] || thatVerbs[lemma] || speechVerbs[t.tokens[verb].lower] {
		p := k
		for n := 0; n < 3 && t.sameSentence(p, m.first) && t.isPlainObjectWord(p, mentionAt); n++ {
			p++ // "told reporters he", "told the court she"
		}
		if t.sameSentence(p, m.first) && t.tokens[p].lower == "that" {
			p++
		}
		if t.sameSentence(p, m.first) {
			switch lower := t.tokens[p].lower; lower {
			case "he", "she":
				m.votes.add(pronounGender[lower], pronounVote)
				return
			}
		}
	}
	// a reflexive or a possessive of one's own in the rest of the clause
	for ; t.sameSentence(k, m.first) && k < m.end+14; k++ {
		tok := t.tokens[k]
		switch {
		case tok.lower == "himself" || tok.lower == "herself":
			m.votes.add(pronounGender[tok.lower], pronounVote)
			return
		case tok.lower == "his" || tok.lower == "her":
			if g := t.ownPossessive(k); g != 0 {
				m.votes.add(g, possessiveVote)
			}
			return
		case t.endsOwnClause(k, mentionAt):
			return
		}
	}
}

// skipApposition returns the token after an apposition that starts at
// token k after a name (", a former police officer,"): one between commas
// with no name and no verb in it; k itself when there is none.
func (t *actorText) skipApposition(k, of int, mentionAt []int) int {
	if !t.sameSentence(k, of) || t.form(k) != "," {
		return k
	}
	for e := k + 1; e < k+10 && t.sameSentence(e, of); e++ {
		tok := t.tokens[e]
		switch {
		case t.form(e) == ",":
			if e > k+1 {
				return e + 1
			}
			return k
		case mentionAt[e] >= 0, strings.HasPrefix(tok.XPOS, "VB"), tok.UPOS == "VERB", tok.UPOS == "AUX", isPunctuation(tok):
			return k
		}
	}
	return k
}

// ownPossessive returns the gender of "his" or "her" at token k when it
// goes with a noun of one's own life ("his career", "her first husband",
// "his ill health"), else 0.
func (t *actorText) ownPossessive(k int) byte {
	g := pronounGender[t.tokens[k].lower]
	if g == 0 || t.tokens[k].lower == "her" && t.tokens[k].XPOS != "PRP$" && t.tokens[k].XPOS != "" {
		return 0 // "her" as an object, not a possessive
	}
	n := k + 1
	for x := 0; x < 2 && t.sameSentence(n, k) && (t.tokens[n].UPOS == "ADJ" || strings.HasPrefix(t.tokens[n].XPOS, "JJ") || t.tokens[n].XPOS == "CD"); x++ {
		n++
	}
	if t.sameSentence(n, k) && ownNouns[t.tokens[n].lower] {
		return g
	}
	return 0
}

// isPlainObjectWord reports whether token k may be a word of a plain
// object between a verb of saying and the clause it takes ("told
// reporters", "told the court"): a lower-case noun or determiner that
// names no one.
func (t *actorText) isPlainObjectWord(k int, mentionAt []int) bool {
	tok := t.tokens[k]
	if mentionAt[k] >= 0 || tok.capital || personNouns[tok.lower] || pronounGender[tok.lower] != 0 {
		return false
	}
	return tok.UPOS == "NOUN" || tok.UPOS == "DET" || tok.XPOS == "NNS" || tok.XPOS == "NN" || tok.XPOS == "DT"
}

// endsOwnClause reports whether token k ends the stretch in which a
// pronoun can only be the subject's: another name, pronoun or person, a
// comma, a quotation mark, or a word that opens a clause of its own.
func (t *actorText) endsOwnClause(k int, mentionAt []int) bool {
	tok := t.tokens[k]
	if mentionAt[k] >= 0 || personNouns[tok.lower] || personPronouns[tok.lower] || pluralPronouns[tok.lower] || interlocutorPronouns[tok.lower] {
		return true
	}
	switch t.form(k) {
	case ",", ";", ":", `"`, "'", "``", "''", "(", "-", "--", "—":
		return true
	}
	switch tok.lower {
	case "that", "who", "whom", "which", "because", "when", "while", "after", "before", "if", "as", "although", "since", "until", "and", "but", "or":
		return true
	}
	return false
}

// firstNameGender is the gender the first name of a personal name tells
// (firstNames), or 0: only a name of two words or more has a first name.
func (t *actorText) firstNameGender(m *actorMention) byte {
	if t.tab.firstNames == nil || !t.looksLikePersonName(m) {
		return 0
	}
	for k := m.nameFirst; k < m.end; k++ {
		if !isInitial(t.form(k)) {
			return t.tab.firstNames[t.form(k)]
		}
	}
	return 0
}
