package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Things are what a text names but what never acts: software, a game, a
// disease, a species, a doctrine ("Zentrix, an open-source game engine";
// "install Zentrix"; "Neandertals"). A name the text shows to be a thing
// becomes no actor (see describe): no node, no argument's actor, nothing
// a pronoun takes up. The evidence, each piece from the mention and its
// neighbours, and WordNet's noun classes read through Tables.thingNouns
// and Tables.thingNames (data/wordnet-things.txt):
//
//   - what the text calls it, in a copula ("Zentrix is an open-source
//     game") or an apposition ("Zentrix, a Linux distribution"): a head
//     noun none of whose WordNet senses is a person, a group or a place,
//     and that no kind word of the stage (a company, a website) is; a
//     person's full name outweighs it ("Ana Ruiz was an icon");
//   - what is done with it: the object of "install" or "download", what a
//     program "runs on";
//   - its name, when nothing in the text makes it a person or a body: a
//     thing WordNet names ("HIV", a plural "Neandertals"), or a name that
//     ends with the name of a text or a piece of software WordNet has
//     ("Zentrix Linux");
//   - an acronym in parentheses after a thing's name, or after the title
//     it shortens ("Divisional Railway Manager (DRM)"), and an acronym of
//     lower-case words ("DRM (digital rights management)"): a common
//     noun or a title, no name of anyone.

// awardVerbs take an award as their object: "received the Zentrix
// Medal".
var awardVerbs = map[string]bool{
	"receive": true, "received": true, "receives": true, "receiving": true,
	"awarded": true, "conferred": true, "bestowed": true, "won": true,
}

// awardTitles reads the awards of the text: a name that is the object of
// a verb of awarding ("she received Zentra Ratna") and that also opens a
// longer personal name ("Zentra Ratna Ana Ruiz") is an award there, and
// an honorific in the longer name: the person's name starts after it,
// as after a title. Mentions of the award alone are things.
func (t *actorText) awardTitles(mentions []actorMention) {
	awards := map[string]bool{}
	for i := range mentions {
		m := &mentions[i]
		b := m.first - 1
		if t.sameSentence(b, m.first) && t.tokens[b].lower == "the" {
			b--
		}
		if m.firm == "" && !m.label && t.sameSentence(b, m.first) && awardVerbs[t.tokens[b].lower] {
			awards[t.words(m.nameFirst, m.end)] = true
		}
	}
	if len(awards) == 0 {
		return
	}
	honoured := map[string]bool{} // awards that open a personal name
	for i := range mentions {
		m := &mentions[i]
		for k := m.nameFirst + 1; k+1 < m.end && m.firm == ""; k++ {
			if award := t.words(m.nameFirst, k); awards[award] && t.isCapitalisedRun(k, m.end) {
				honoured[award] = true
				m.nameFirst, m.titled = k, true
				break
			}
		}
	}
	for i := range mentions {
		if m := &mentions[i]; honoured[t.words(m.nameFirst, m.end)] {
			m.thing = true
		}
	}
}

// isCapitalisedRun reports whether tokens [i, j), two or more, are all
// capitalised words: the shape of a personal name.
func (t *actorText) isCapitalisedRun(i, j int) bool {
	for k := i; k < j; k++ {
		if !isCapitalisedWord(t.form(k)) {
			return false
		}
	}
	return j-i >= 2
}

// installVerbs take software as their object.
var installVerbs = map[string]bool{
	"install": true, "installs": true, "installed": true, "installing": true,
	"uninstall": true, "uninstalled": true, "reinstall": true, "reinstalled": true,
	"download": true, "downloads": true, "downloaded": true, "downloading": true,
}

// runVerbs run on a platform: "runs on Zentrix".
var runVerbs = map[string]bool{"run": true, "runs": true, "ran": true, "running": true}

// copulas call a name what follows them: "is a", "has been a".
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true}

// markThings sets thing on every mention the evidence calls a thing.
func (t *actorText) markThings(mentions []actorMention) {
	for i := range mentions {
		m := &mentions[i]
		if m.label || m.firm != "" || m.titled || m.canonical != "" {
			continue
		}
		m.thing = m.thing || t.usedAsThing(m) || t.thingName(m)
		m.describedThing = t.describedThing(m)
	}
	for i := range mentions {
		if m := &mentions[i]; !m.thing && !m.label && m.firm == "" && !m.titled && m.canonical == "" {
			m.thing = t.acronymOfThing(m, mentions, i)
		}
	}
}

// isThingNoun reports whether a lower-case head noun makes what it
// describes a thing: WordNet has it, in no sense a person, a group or a
// place, and it is no kind word of the stage.
func (t *actorText) isThingNoun(w string) bool {
	return t.tab.thingNouns[w] && !isKindWord(w) && len(kindCues[w]) == 0
}

// describedThing reports whether a copula or an apposition after the
// mention calls it a thing: "Zentrix is an open-source game", "Zentrix has
// been a free software which ...", "Zentrix, a Linux distribution, ...".
func (t *actorText) describedThing(m *actorMention) bool {
	e := m.end
	if !t.sameSentence(e, m.first) {
		return false
	}
	n := e
	switch {
	case t.form(e) == ",":
		n = e + 1
	case t.afterPreposition(m):
		return false // "leaving Zentrix is a mistake": the name is no subject
	case copulas[t.tokens[e].lower]:
		n = e + 1
	case t.tokens[e].lower == "has" || t.tokens[e].lower == "have" || t.tokens[e].lower == "had":
		if !t.sameSentence(e+1, m.first) || t.tokens[e+1].lower != "been" {
			return false
		}
		n = e + 2
	default:
		return false
	}
	if !t.sameSentence(n, m.first) || t.tokens[n].lower != "a" && t.tokens[n].lower != "an" {
		return false // "Zentrix is the ...", "Zentrix, the ...": identity, not a kind
	}
	last := -1
	for k := n + 1; k < n+2*appositionReach && t.sameSentence(k, m.first); k++ {
		tok := t.tokens[k]
		if hyphenated := k > 0 && k+1 < len(t.tokens) && (t.form(k-1) == "-" || t.form(k+1) == "-"); hyphenated {
			continue // "free-of-cost", "open-source": one modifier
		}
		if tok.Form == "/" {
			continue
		}
		if stopsApposition(tok) || tok.UPOS == "ADP" || tok.XPOS == "IN" || tok.capital && tok.UPOS != "PROPN" {
			break
		}
		if tok.UPOS == "NOUN" || strings.HasPrefix(tok.XPOS, "NN") && !tok.capital {
			last = k
		}
	}
	return last >= 0 && t.isThingNoun(t.tokens[last].lower) && !t.startsClause(last+1, m.first)
}

// afterPreposition reports whether a preposition, or a verb's -ing form,
// comes just before the mention.
func (t *actorText) afterPreposition(m *actorMention) bool {
	b := m.first - 1
	if t.sameSentence(b, m.first) && t.tokens[b].lower == "the" {
		b--
	}
	return t.sameSentence(b, m.first) && (t.tokens[b].UPOS == "ADP" || t.tokens[b].XPOS == "IN" || t.tokens[b].XPOS == "VBG")
}

// usedAsThing reports whether the mention is what one installs or
// downloads ("download Zentrix", "install the Zentrix"), or what a
// program runs on ("runs on Zentrix").
func (t *actorText) usedAsThing(m *actorMention) bool {
	if e := m.end; t.sameSentence(e, m.first) {
		switch tok := t.tokens[e]; {
		case t.isPossessive(e):
			return false // "download Zentrix's app": its app is the thing
		case tok.capital, tok.Form == "-", tok.UPOS == "NOUN", tok.UPOS == "ADJ", tok.UPOS == "NUM", strings.HasPrefix(tok.XPOS, "NN"), tok.XPOS == "VBN", tok.XPOS == "JJ":
			return false // "download Zentrix licensed videos": the name modifies what is downloaded
		}
	}
	b := m.first - 1
	if t.sameSentence(b, m.first) && t.tokens[b].lower == "the" {
		b--
	}
	if !t.sameSentence(b, m.first) {
		return false
	}
	if installVerbs[t.tokens[b].lower] {
		return true
	}
	return t.tokens[b].lower == "on" && t.sameSentence(b-1, m.first) && runVerbs[t.tokens[b-1].lower]
}

// thingName reports whether the name itself is a thing's: WordNet's name
// of a thing ("HIV"), in the plural too ("Neandertals"), or a name of two
// words or more that ends with the name of a text or software ("Zentrix
// Linux"), when no kind word of the text makes it a person or body.
func (t *actorText) thingName(m *actorMention) bool {
	if m.personKind || m.organisationKind || t.tab.thingNames == nil {
		return false
	}
	name := t.words(m.nameFirst, m.end)
	if m.end-m.nameFirst > 1 {
		_, ok := t.tab.thingNames[name]
		return ok || t.tab.thingNames[t.form(m.end-1)] == "text"
	}
	if utf8.RuneCountInString(name) < 3 {
		return false // "Al" of "Al-Qaeda"
	}
	// a plural the tagger tags so: "Mars" is no plural of a month's abbreviation
	if singular, ok := strings.CutSuffix(name, "s"); ok && t.tokens[m.nameFirst].XPOS == "NNPS" && utf8.RuneCountInString(singular) > 3 {
		name = singular
	}
	tag, ok := t.tab.thingNames[name]
	if isAcronymForm(name) {
		return tag == "life" // "HIV"; "ABC" is a broadcaster's too
	}
	return ok
}

// acronymOfThing reports whether mention i, an acronym, shortens a thing
// or a title: it stands in parentheses just after a thing's name ("Zentrix
// Enterprise Linux (ZEL)") or after a title whose initials it spells
// ("Divisional Railway Manager (DRM)"), or lower-case words whose
// initials it spells stand in parentheses after it or before it in
// parentheses ("DRM (digital rights management)").
func (t *actorText) acronymOfThing(m *actorMention, mentions []actorMention, i int) bool {
	if m.end-m.nameFirst != 1 || !isAcronymForm(t.form(m.nameFirst)) {
		return false
	}
	acronym := t.form(m.nameFirst)
	open, close := m.first-1, m.end
	if t.sameSentence(open, m.first) && t.sameSentence(close, m.first) && t.form(open) == "(" && t.form(close) == ")" {
		if p := &mentions[max(i-1, 0)]; i > 0 && p.end == open && (p.thing || p.describedThing) {
			return true
		}
		if t.spellsBefore(acronym, open, m.first, func(tok actorToken) bool {
			return !tok.capital || personTitles[tok.lower] != 0 || roleNouns[tok.lower]
		}) {
			return true
		}
	}
	// "DRM (digital rights management, ...)"
	if k := m.end; t.sameSentence(k+1, m.first) && t.form(k) == "(" {
		words := 0
		for x := k + 1; x < k+1+utf8.RuneCountInString(acronym) && t.sameSentence(x, m.first); x++ {
			tok := t.tokens[x]
			if tok.capital || !isLetterWord(tok.Form) || !strings.EqualFold(string([]rune(tok.Form)[:1]), string([]rune(acronym)[words:words+1])) {
				break
			}
			words++
		}
		return words == utf8.RuneCountInString(acronym)
	}
	return false
}

// spellsBefore reports whether the words just before token end (the
// opening parenthesis) spell the acronym by their initials, and the last
// of them is one ok accepts: a lower-case word, or a title's head.
func (t *actorText) spellsBefore(acronym string, end, of int, ok func(actorToken) bool) bool {
	letters := []rune(acronym)
	first := end - len(letters)
	if first < 0 || !t.sameSentence(first, of) || !ok(t.tokens[end-1]) {
		return false
	}
	for x, r := range letters {
		tok := t.tokens[first+x]
		if !isLetterWord(tok.Form) || !strings.EqualFold(string([]rune(tok.Form)[:1]), string(r)) {
			return false
		}
	}
	// a title's words are all capitalised or all not: "Divisional Railway Manager"
	return t.tokens[end-1].capital == t.tokens[first].capital
}

// isAcronymForm reports whether a form is two to six capital letters.
func isAcronymForm(form string) bool {
	n := utf8.RuneCountInString(form)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range form {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isLetterWord reports whether a form is made of letters only.
func isLetterWord(form string) bool {
	for _, r := range form {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return form != ""
}
