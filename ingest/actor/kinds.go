package actor

import (
	"slices"
	"strings"

	"github.com/annals/annals"
)

// The kinds of an actor are what the text, a name or a table calls it: a
// title ("President Trump": president), a description before the name
// ("furniture retailer Kestrelmart": retailer), an apposition ("Corvant
// Group, a consulting firm": firm), a cue in the name ("Apple Inc.": company)
// or the gazetteers ("Boeing": company). Definite descriptions ("the
// firm", "the president") take up only an actor of their kind.

// addKinds records the kinds of every mention, and the gender its title or
// role words tell (see gender.go). A kind noun describing a name that nothing else types
// makes it an organisation ("retailer Kestrelmart") or a person ("singer
// Taylor Swift").
func (t *actorText) addKinds(mentions []actorMention, roles []roleSpan, mentionAt []int) {
	roleByEnd, roleByFirst := indexRoles(roles)
	for i := range mentions {
		m := &mentions[i]
		if m.label {
			continue
		}
		t.titleKinds(m)
		t.nameKinds(m)
		t.describedBefore(m)
		t.describedAfter(m, roleByFirst, mentions, mentionAt)
		t.describedAhead(m, roleByEnd)
		m.work = t.isWork(m)
	}
}

// addKind records one kind of a mention, and what it says of the type and
// gender of an actor that nothing firmer types.
func (m *actorMention) addKind(words []string) {
	if len(words) == 0 {
		return
	}
	kind := strings.Join(words, " ")
	if slices.Contains(m.kinds, kind) {
		return
	}
	m.kinds = append(m.kinds, kind)
	head := words[len(words)-1]
	switch {
	case isPersonKind(head):
		m.personKind = true
	case organisationKinds[head]:
		m.organisationKind = true
	}
	for _, w := range words {
		if g := genderedWords[w]; g != 0 {
			m.votes.add(g, wordVote)
			break
		}
	}
}

// isPersonKind reports whether a lower-case noun is a title head, a role
// or an occupation: a kind of person.
func isPersonKind(w string) bool {
	return personTitles[w] == titleHead || roleNouns[w] || occupationNouns[w]
}

// isKindWord reports whether a lower-case word may stand in the words
// that give a kind: title words, roles, occupations, organisation kinds.
func isKindWord(w string) bool {
	return personTitles[w] != 0 || isPersonKind(w) || organisationKinds[w]
}

// titleKinds records the title of a titled name ("Former Vice President
// Joe Biden": former vice president).
func (t *actorText) titleKinds(m *actorMention) {
	var words []string
	for k := m.first; k < m.nameFirst; k++ {
		if lower := t.tokens[k].lower; personTitles[lower] != 0 {
			words = append(words, lower)
		}
	}
	if len(words) > 0 && personTitles[words[len(words)-1]] == titleHead {
		m.addKind(words)
	}
}

// nameKinds records the kinds a name's own words or the tables give:
// "Apple Inc.", "Delta Airlines", "Melbourne City Council", "Boeing",
// a city of the gazetteer.
func (t *actorText) nameKinds(m *actorMention) {
	if m.titled || m.nameFirst >= m.end {
		return
	}
	switch m.firm {
	case annals.ActorOrganization:
		for _, k := range t.tab.organisationKinds[m.canonical] {
			m.addKind([]string{k})
		}
	case annals.ActorPlace:
		if m.canonical != "" && !t.tab.regions[m.canonical] {
			m.addKind([]string{"city"})
		}
	}
	if m.firm == annals.ActorCountry {
		return
	}
	if m.end-m.nameFirst > 1 { // "Bank of America", "Apple Inc.", "Barclays plc"; "Melbourne City Council" is a council
		head := m.end - 1
		for k := m.nameFirst + 1; k < m.end; k++ {
			if t.tokens[k].lower == "of" {
				head = k - 1
				break
			}
		}
		for _, kind := range kindCues[t.tokens[head].lower] {
			m.addKind([]string{kind})
		}
		if legalSuffixes[t.tokens[m.end-1].lower] && head == m.end-1 && m.end-m.nameFirst > 2 {
			for _, kind := range kindCues[t.tokens[m.end-2].lower] { // "Delta Airlines Inc."
				m.addKind([]string{kind})
			}
		}
	}
	// "Zetanews", "Techmonews": one word made with "news" is a news outlet
	if w := t.tokens[m.nameFirst].lower; m.end-m.nameFirst == 1 && t.tokens[m.nameFirst].capital &&
		len(w) > len("news")+2 && strings.HasSuffix(w, "news") && isLetterWord(w) {
		m.addKind([]string{"outlet"})
	}
	// "the village of Varachyne", "the US state of Wisconsin"
	if m.placeCue {
		b := m.first - 1
		if t.sameSentence(b, m.first) && t.tokens[b].lower == "the" {
			b--
		}
		if t.sameSentence(b-1, m.first) && t.tokens[b].lower == "of" {
			m.addKind([]string{t.tokens[b-1].lower})
		}
	}
}

// kindWordsBefore returns the run of kind words that ends at token k, in
// lower case ("chief executive"; "electronics retailer" gives only
// "retailer"), or nil when token k is no kind noun. Only title words may
// be capitalised ("the company's CEO").
func (t *actorText) kindWordsBefore(k, of int) []string {
	kindWord := func(x int) bool {
		return t.sameSentence(x, of) && isKindWord(t.tokens[x].lower) && (!t.tokens[x].capital || personTitles[t.tokens[x].lower] != 0)
	}
	if !kindWord(k) || !(isPersonKind(t.tokens[k].lower) || organisationKinds[t.tokens[k].lower]) {
		return nil
	}
	i := k
	for i-1 >= 0 && k-i < 3 && kindWord(i-1) {
		i--
	}
	words := make([]string, 0, k+1-i)
	for x := i; x <= k; x++ {
		words = append(words, t.tokens[x].lower)
	}
	return words
}

// describedBefore records a description just before a name: "retailer
// Kestrelmart", "the gardening blog Leafwire", "singer Taylor Swift",
// "chief executive Ana Ruiz".
func (t *actorText) describedBefore(m *actorMention) {
	if m.firm == annals.ActorCountry || m.firm == annals.ActorPlace {
		return
	}
	if words := t.kindWordsBefore(m.first-1, m.first); words != nil {
		m.addKind(words)
	}
}

// describedAfter records an apposition after a name: "Corvant Group, a
// consulting firm", "Ana Ruiz, a British mathematician who ...", "Tom
// Reyes, the Boeing Chief Executive Officer": the last noun of the phrase,
// before a preposition, a verb or a relative, is the kind.
func (t *actorText) describedAfter(m *actorMention, roleByFirst map[int]roleSpan, mentions []actorMention, mentionAt []int) {
	e := m.end
	if !t.sameSentence(e+1, m.first) || t.form(e) != "," {
		return
	}
	n := e + 1
	if argumentLeaders[t.tokens[n].lower] && t.sameSentence(n+1, m.first) {
		n++
	}
	// "the Apple Chief Executive Officer": a body before the title
	if mi := mentionAt[n]; mi >= 0 && mentions[mi].firm != "" && mentions[mi].firm != annals.ActorPlace {
		n = mentions[mi].end
		if t.isPossessive(n) {
			n++
		}
	}
	if r, ok := roleByFirst[n]; ok {
		var words []string
		for k := r.first; k < r.end && personTitles[t.tokens[k].lower] != 0; k++ {
			words = append(words, t.tokens[k].lower)
		}
		if len(words) > 0 && personTitles[words[len(words)-1]] == titleHead && !t.startsClause(r.end, m.first) {
			m.addKind(words)
		}
		return
	}
	last, k := -1, n
	for ; k < n+appositionReach && t.sameSentence(k, m.first); k++ {
		tok := t.tokens[k]
		if stopsApposition(tok) || tok.UPOS == "ADP" || tok.XPOS == "IN" {
			break
		}
		if tok.UPOS == "NOUN" || strings.HasPrefix(tok.XPOS, "NN") || isKindWord(tok.lower) {
			last = k
		}
	}
	if last >= 0 && !t.startsClause(k, m.first) {
		if words := t.kindWordsBefore(last, m.first); words != nil {
			m.addKind(words)
		}
	}
}

// startsClause reports whether the phrase after a name's comma that ends
// before token k is rather the subject of a clause of its own: a finite
// verb follows it ("Boris Johnson, the Queen suspended parliament" calls
// no one a queen).
func (t *actorText) startsClause(k, of int) bool {
	if !t.sameSentence(k, of) {
		return false
	}
	switch t.tokens[k].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// describedAhead records an apposition before a name that a comma closes:
// "the world's largest retailer, Walmart, said", "The Turkish Foreign
// Minister, Hakan Fidan, ...". Without the closing comma the phrase may
// belong to what comes before ("after meeting the president, Smith said").
func (t *actorText) describedAhead(m *actorMention, roleByEnd map[int]roleSpan) {
	b := m.first - 1
	if !t.sameSentence(b-1, m.first) || t.form(b) != "," || !t.sameSentence(m.end, m.first) || t.form(m.end) != "," {
		return
	}
	if r, ok := roleByEnd[b]; ok {
		var words []string
		for k := r.first; k < r.end; k++ {
			if lower := t.tokens[k].lower; personTitles[lower] != 0 {
				words = append(words, lower)
			}
		}
		if len(words) > 0 && personTitles[words[len(words)-1]] == titleHead {
			m.addKind(words)
		}
		return
	}
	if words := t.kindWordsBefore(b-1, m.first); words != nil {
		m.addKind(words)
	}
}
