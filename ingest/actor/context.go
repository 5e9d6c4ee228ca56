package actor

import (
	"strings"

	"github.com/annals/annals"
)

// appositionReach is how many tokens an apposition may run before its role
// noun ("Ukraine's lead negotiator" is four).
const appositionReach = 6

// indexRoles indexes roles by the token they end at and the one they
// start at.
func indexRoles(roles []roleSpan) (byEnd, byFirst map[int]roleSpan) {
	byEnd, byFirst = make(map[int]roleSpan, len(roles)), make(map[int]roleSpan, len(roles))
	for _, r := range roles {
		byEnd[r.end] = r
		byFirst[r.first] = r
	}
	return byEnd, byFirst
}

// addContext records what a mention's neighbours say about the names that
// the tables do not type: a place word or preposition before it, a role in
// an apposition or just before it, a speech verb after it.
func (t *actorText) addContext(mentions []actorMention, roles []roleSpan, mentionAt []int) {
	roleByEnd, roleByFirst := indexRoles(roles)
	for i := range mentions {
		m := &mentions[i]
		if m.firm == annals.ActorOrganization || m.firm == "" {
			t.possessorContext(m, mentions, mentionAt)
		}
		if m.firm != "" {
			continue
		}
		t.placeContext(m)
		t.placeAfterPlace(m, mentions, mentionAt)
		t.roleContext(m, roleByEnd, roleByFirst, mentions, mentionAt)
		m.speaker = m.speaker || t.speaksNear(m)
	}
}

// sameSentence reports whether token k exists and is in the sentence of token of.
func (t *actorText) sameSentence(k, of int) bool {
	return k >= 0 && k < len(t.tokens) && t.tokens[k].sentence == t.tokens[of].sentence
}

// possessorContext makes a country that possesses a name its affiliation:
// "Ukraine's Defence Ministry", "Ukraine's President Volodymyr Zelensky".
func (t *actorText) possessorContext(m *actorMention, mentions []actorMention, mentionAt []int) {
	b := m.first - 1
	if m.affiliation == "" && t.sameSentence(b-1, m.first) && t.isPossessive(b) {
		m.affiliation = t.countryIn(b-1, b, mentions, mentionAt)
	}
}

// placeContext marks a name after "the village of" or "the island" as a
// place, and a name after "in", "at", "near" or "from" as possibly one, an
// editor's bracket between them or not.
func (t *actorText) placeContext(m *actorMention) {
	b := m.first - 1
	if t.sameSentence(b, m.first) && (t.form(b) == "[" || t.form(b) == "(") {
		b-- // "from [North Karnataka]": an editor's bracket
	}
	// "our biggest island Crete", "the port city Odesa": a kind of place
	// in lower case just before the name calls it one ("state" and
	// "republic" also qualify bodies: "state broadcaster", "state Gazprom";
	// "area" a group: "area Democrats")
	if t.sameSentence(b, m.first) && !t.tokens[b].capital && placeNouns[t.tokens[b].lower] && !placeNounsOfBodies[t.tokens[b].lower] && !m.titled {
		m.placeCue = true
		return
	}
	if t.sameSentence(b, m.first) && t.tokens[b].lower == "the" {
		b--
	}
	if !t.sameSentence(b, m.first) {
		return
	}
	if t.tokens[b].lower == "of" && t.sameSentence(b-1, m.first) && placeNouns[t.tokens[b-1].lower] {
		m.placeCue = true
		return
	}
	// "in Tolstoy's letters": the possessor of what the phrase is in is no place
	m.afterPlace = placePrepositions[t.tokens[b].lower] && !t.isPossessive(m.end)
}

// placeAfterPlace marks a name that follows a place and a comma as a place
// too: "Austin, Texas", "Varachyne, Sumy".
func (t *actorText) placeAfterPlace(m *actorMention, mentions []actorMention, mentionAt []int) {
	b := m.first - 1
	if !t.sameSentence(b-1, m.first) || t.form(b) != "," {
		return
	}
	if p := mentionAt[b-1]; p >= 0 {
		prev := &mentions[p]
		m.afterPlace = m.afterPlace || prev.firm == annals.ActorPlace || prev.placeCue || prev.afterPlace
	}
}

// isRoleWord reports whether token k is a role noun or a title head
// ("negotiator", "spokesperson", "President").
func (t *actorText) isRoleWord(k int) bool {
	lower := t.tokens[k].lower
	return roleNouns[lower] || personTitles[lower] == titleHead
}

// roleContext marks a name as a person when a role describes it: just
// before it ("spokesman Dmitry Peskov") or in an apposition on either side
// ("Moscow's chief negotiator, Vladimir Medinsky", "Dmitry Peskov,
// spokesperson for the Kremlin"). A country in the role ("Ukraine's lead
// negotiator", "the President of Turkey") is the person's affiliation.
func (t *actorText) roleContext(m *actorMention, roleByEnd, roleByFirst map[int]roleSpan, mentions []actorMention, mentionAt []int) {
	setAffiliation := func(c string) {
		if m.affiliation == "" {
			m.affiliation = c
		}
	}
	b := m.first - 1
	if t.sameSentence(b, m.first) && !t.tokens[b].capital && t.isRoleWord(b) {
		m.titled = true
		setAffiliation(t.countryIn(t.phraseStart(b), b+1, mentions, mentionAt))
	}
	// Left apposition: "<role>, <name>".
	if t.sameSentence(b-1, m.first) && t.form(b) == "," {
		if r, ok := roleByEnd[b]; ok {
			m.titled = true
			setAffiliation(r.affiliation)
		} else if t.isRoleWord(b - 1) {
			m.titled = true
			setAffiliation(t.countryIn(t.phraseStart(b-1), b, mentions, mentionAt))
		}
	}
	// Right apposition: "<name>, [the] <role>".
	e := m.end
	if !t.sameSentence(e+1, m.first) || t.form(e) != "," {
		return
	}
	n := e + 1
	if argumentLeaders[t.tokens[n].lower] && t.sameSentence(n+1, m.first) {
		n++
	}
	if r, ok := roleByFirst[n]; ok {
		m.titled = true
		setAffiliation(r.affiliation)
		return
	}
	for k := n; k < n+appositionReach && t.sameSentence(k, m.first); k++ {
		if stopsApposition(t.tokens[k]) {
			break
		}
		if !t.tokens[k].capital && t.isRoleWord(k) {
			m.titled = true
			setAffiliation(t.countryIn(n, k+1, mentions, mentionAt))
			return
		}
	}
}

// stopsApposition reports whether a token ends the phrase an apposition
// can be: punctuation, a verb or a relative pronoun ("Putin, who said ...").
func stopsApposition(tok actorToken) bool {
	switch tok.UPOS {
	case "PUNCT", "VERB", "AUX", "PRON", "SCONJ":
		return true
	}
	return strings.HasPrefix(tok.XPOS, "VB") || strings.HasPrefix(tok.XPOS, "W")
}

// phraseStart walks back from token k over the words of its noun phrase
// (at most appositionReach) to the first one.
func (t *actorText) phraseStart(k int) int {
	i := k
	for i-1 >= 0 && k-(i-1) < appositionReach && t.sameSentence(i-1, k) && !stopsApposition(t.tokens[i-1]) {
		i--
	}
	return i
}

// countryIn returns the country named in tokens [i, j), by a mention or a
// demonym, or "".
func (t *actorText) countryIn(i, j int, mentions []actorMention, mentionAt []int) string {
	for k := max(i, 0); k < j; k++ {
		if mi := mentionAt[k]; mi >= 0 && mentions[mi].firm == annals.ActorCountry {
			return mentions[mi].canonical
		}
		if c, n := t.demonymAt(k, j); n > 0 {
			return c
		}
	}
	return ""
}

// speaksNear reports whether a speech verb follows the mention ("Medinsky
// also said", "Umerov stated") or comes just before it after a quote or a
// comma ("..., said Peskov").
func (t *actorText) speaksNear(m *actorMention) bool {
	k := m.end
	for skipped := 0; t.sameSentence(k, m.first) && skipped < 3; skipped++ {
		tok := t.tokens[k]
		if tok.UPOS != "ADV" && tok.UPOS != "AUX" && tok.XPOS != "RB" && tok.XPOS != "MD" {
			break
		}
		k++
	}
	if t.sameSentence(k, m.first) && isSpeechVerb(t.tokens[k]) {
		return true
	}
	b := m.first - 1
	if t.sameSentence(b-1, m.first) && isSpeechVerb(t.tokens[b]) {
		switch t.form(b - 1) {
		case ",", `"`, "'":
			return true
		}
	}
	return false
}

// isSpeechVerb reports whether a token is a verb of saying, by its lemma
// or its form. Nouns spelled alike ("the state", "a note") do not count.
func isSpeechVerb(tok actorToken) bool {
	switch tok.UPOS {
	case "NOUN", "PROPN", "ADJ", "DET", "PRON":
		return false
	}
	if strings.HasPrefix(tok.XPOS, "NN") || tok.XPOS == "JJ" {
		return false
	}
	return speechVerbs[tok.lower] || speechVerbs[strings.ToLower(tok.Lemma)]
}
