package actor

import (
	"strings"

	"github.com/annals/annals"
)

// Pronouns of persons that stand in no statement's argument: a possessive
// ("his plan", "her mother"), or a "he", "him" or "her" in a clause the
// extractor made no statement of. They are mentions of the person all the
// same, which a reader of the actor's mentions sees; they set no
// argument's actor, so no statement changes with them.

// barePronouns are the pronouns resolved outside arguments, with the
// gender they ask for.
var barePronouns = map[string]byte{"he": 'm', "him": 'm', "his": 'm', "she": 'f', "her": 'f'}

// resolveBare resolves the pronouns of persons that no argument holds, in
// text order, after every argument's, by the rules arguments follow: "he"
// and "she", and a possessive, by the subjects before them (see person: a
// possessive most often goes with its clause's subject, "Smith said his
// plan"); "him" and a "her" that is no possessive by the last person named
// before them other than the subject of their own clause ("Smith praised
// him"). A quotation's speaker is never its "he" or "him"; a title ("His
// Excellency") is no pronoun; what finds no one stays unresolved. It
// returns the resolved tokens with their clusters, in text order.
func (p *pronounResolver) resolveBare(mentionAt []int) [][2]int {
	t := p.t
	var out [][2]int
	for k := range t.tokens {
		g, ok := barePronouns[t.tokens[k].lower]
		if !ok || !isPronounWord(t.tokens[k]) {
			continue
		}
		if _, done := p.resolved[k]; done || t.isHonorific(k) || p.iv != nil && p.iv.isLabel(k) {
			continue
		}
		s := t.tokens[k].sentence
		not := p.notReferents(k)
		var c int
		switch lower := t.tokens[k].lower; {
		case lower == "he" || lower == "she" || lower == "his" || t.tokens[k].XPOS == "PRP$":
			c = p.person(k, s, g, [3]int{not[0], not[1], -1})
		default:
			c = p.personObject(k, s, g, [3]int{not[0], not[1], p.clauseSubject(k, mentionAt)})
		}
		p.resolved[k] = c
		if c < 0 {
			continue
		}
		if lower := t.tokens[k].lower; p.gender[c] == 0 && (lower == "he" || lower == "she") {
			p.gender[c] = g
		}
		p.addSighting(k, c)
		out = append(out, [2]int{k, c})
	}
	return out
}

// isPronounWord reports whether a token is written as a pronoun: tagged a
// pronoun (or untagged) and not in capitals ("HER" may be an acronym).
func isPronounWord(tok actorToken) bool {
	if tok.Form != strings.ToLower(tok.Form) && tok.Form[1:] != strings.ToLower(tok.Form[1:]) {
		return false
	}
	switch tok.UPOS {
	case "", "PRON", "DET":
		return true
	}
	return strings.HasPrefix(tok.XPOS, "PRP")
}

// addSighting records that the pronoun at token k was resolved to
// cluster c: a later pronoun may take it up.
func (p *pronounResolver) addSighting(k, c int) {
	s := p.t.tokens[k].sentence
	at := 0
	for at < len(p.sightings[s]) && p.sightings[s][at].token < k {
		at++
	}
	sg := sighting{token: k, cluster: c, weak: p.t.inPhrase(k, k+1)}
	p.sightings[s] = append(p.sightings[s][:at], append([]sighting{sg}, p.sightings[s][at:]...)...)
}

// clauseSubject returns the cluster of the subject of the clause token k
// is an argument of ("Smith praised him": Smith), from the parse, or -1
// when the sentence has none or the subject is no resolved actor.
func (p *pronounResolver) clauseSubject(k int, mentionAt []int) int {
	t := p.t
	s := t.tokens[k].sentence
	if !t.parsed[s] {
		return -1
	}
	v := t.headOf(k)
	if v < 0 {
		return -1
	}
	for x := t.sentenceStart[s]; x < t.sentenceStart[s+1]; x++ {
		if t.headOf(x) != v || !strings.HasPrefix(t.tokens[x].Deprel, "nsubj") {
			continue
		}
		if mi := mentionAt[x]; mi >= 0 {
			return p.clusterOf[mi]
		}
		if c, ok := p.resolved[x]; ok {
			return c
		}
	}
	return -1
}

// thingPronouns are the pronouns of organisations, countries and groups
// resolved outside arguments, with the number they ask for: 's' for "it"
// and "its" (an organisation, a company, a country, a place), 'p' for
// "they" and "their" (an organisation, or a group named in the plural).
// An "it" or "them" that is an object most often stands for a thing
// ("tendered it", "one of them"): only subjects and possessives are read.
var thingPronouns = map[string]byte{"it": 's', "its": 's', "they": 'p', "their": 'p'}

// fitsThing reports whether cluster c can be what a pronoun of number n
// (see thingPronouns) stands for.
func (p *pronounResolver) fitsThing(c int, n byte) bool {
	if c < 0 {
		return false
	}
	cl := &p.clusters[c]
	switch n {
	case 's':
		return !cl.plural && (cl.typ == annals.ActorOrganization || cl.typ == annals.ActorCountry || cl.typ == annals.ActorPlace)
	case 'p':
		return cl.plural || cl.typ == annals.ActorOrganization
	}
	return false
}

// resolveBareThings resolves the subjects "it" and "they" and the
// possessives "its" and "their" that no argument holds, in text order, to the nearest subject before
// them by the parse, in their sentence or the one before, that fits them
// (see fitsThing), as mentions only: no statement changes with them.
// Persons are passed over ("Acme hired Smith, who said its plans ...");
// the search stops, leaving the pronoun unresolved, at a subject that
// names no actor or a pronoun left unresolved ("The law ... it": the law),
// at a quotation's edge (a pronoun inside one takes up no one outside it,
// nor the other way round), and when another actor that fits is named in
// the sentences searched before the pronoun (two fit: unclear; a place in
// a prepositional phrase is a setting and does not count), at a
// paragraph's start, and, for "they" and "their", at a plural noun ("Acme
// urged states to ... their"). A dummy "it" ("it is likely that ...") is
// no one, and a subject "it" is read only in a clause its antecedent's
// clause governs (see subjectOfGoverning). mentionAt maps a token to its
// mention (see indexMentions). It returns the resolved tokens with their
// clusters, in text order.
func (p *pronounResolver) resolveBareThings(mentionAt []int) [][2]int {
	t := p.t
	var out [][2]int
	for k := range t.tokens {
		n, ok := thingPronouns[t.tokens[k].lower]
		if !ok || !isPronounWord(t.tokens[k]) {
			continue
		}
		if _, done := p.resolved[k]; done || p.iv != nil && p.iv.isLabel(k) || t.dummyIt(k) {
			continue
		}
		if lower := t.tokens[k].lower; (lower == "it" || lower == "they") && !strings.HasPrefix(t.tokens[k].Deprel, "nsubj") {
			continue
		}
		c := p.thing(k, n, mentionAt)
		p.resolved[k] = c
		if c >= 0 {
			out = append(out, [2]int{k, c})
		}
	}
	return out
}

// thing finds what the pronoun at token k, of number n, stands for (see
// resolveBareThings), or -1.
func (p *pronounResolver) thing(k int, n byte, mentionAt []int) int {
	t := p.t
	s := t.tokens[k].sentence
	found, at := -1, -1
search:
	for x := k - 1; x >= 0 && t.tokens[x].sentence >= s-1; x-- {
		xs := t.tokens[x].sentence
		if p.quoteOf[x] != p.quoteOf[k] || !t.parsed[xs] || p.paragraph[xs] != p.paragraph[s] {
			return -1
		}
		if n == 'p' && mentionAt[x] < 0 && t.pluralNoun(x) {
			return -1 // "Acme urged states to ... their": the states
		}
		if !strings.HasPrefix(t.tokens[x].Deprel, "nsubj") {
			continue
		}
		c, person := p.subjectAt(x, mentionAt)
		switch {
		case p.fitsThing(c, n):
			if t.tokens[k].lower == "it" && !t.subjectOfGoverning(k, x) {
				return -1
			}
			found, at = c, t.tokens[x].sentence
			break search
		case person:
			continue // a person is no "it" and no "they" of these
		default:
			return -1
		}
	}
	if found < 0 {
		return -1
	}
	for ps := at; ps <= s; ps++ {
		for _, sg := range p.last[ps] {
			if sg.token < k && sg.cluster != found && !sg.modifier && p.fitsThing(sg.cluster, n) &&
				!(sg.weak && p.clusters[sg.cluster].typ == annals.ActorPlace) { // "a factory in Ohio" is a setting
				return -1
			}
		}
	}
	return found
}

// subjectAt returns the cluster of the subject whose head is token x, or
// -1, and whether the subject is a person (a name of a person, "he",
// "I", "who"), which an "it" or "they" of things passes over.
func (p *pronounResolver) subjectAt(x int, mentionAt []int) (c int, person bool) {
	t := p.t
	if mi := mentionAt[x]; mi >= 0 {
		c = p.clusterOf[mi]
		return c, c >= 0 && p.clusters[c].typ == annals.ActorPerson && !p.clusters[c].plural
	}
	lower := t.tokens[x].lower
	if personPronouns[lower] || interlocutorPronouns[lower] || lower == "who" {
		c, ok := p.resolved[x]
		if !ok {
			c = -1
		}
		return c, true
	}
	// a pronoun or description resolved before: its first token
	for j := x; j >= 0 && (j == x || t.headOf(j) == x); j-- {
		if c, ok := p.resolved[j]; ok {
			return c, c >= 0 && p.clusters[c].typ == annals.ActorPerson && !p.clusters[c].plural
		}
	}
	return -1, false
}

// subjectOfGoverning reports whether token x is the subject of the
// clause that governs the clause whose subject is token k: "Acme said it
// ...", "the court found that it could ...", "Acme fell when it ...". A
// subject "it" elsewhere most often stands for a thing, an act or a
// state of things ("the bill ... where it died"), so only this "it" is
// read.
func (t *actorText) subjectOfGoverning(k, x int) bool {
	v := t.headOf(k)
	if v < 0 || t.tokens[v].Deprel != "ccomp" && t.tokens[v].Deprel != "advcl" {
		return false
	}
	u := t.headOf(v)
	return u >= 0 && t.headOf(x) == u
}

// pluralNoun reports whether token x is a common noun in the plural.
func (t *actorText) pluralNoun(x int) bool {
	return t.tokens[x].XPOS == "NNS"
}

// dummyIt reports whether the "it" at token k stands for no one, or for
// a state of things rather than an actor: an expletive by the parse, the
// subject of a clause whose real subject comes later ("it is likely that
// ...", "it took years to ...": the clause has a clausal complement or
// subject), or the subject of an adjective ("saying it was dangerous").
func (t *actorText) dummyIt(k int) bool {
	if t.tokens[k].lower != "it" {
		return false
	}
	if strings.HasPrefix(t.tokens[k].Deprel, "expl") {
		return true
	}
	s := t.tokens[k].sentence
	if !t.parsed[s] || !strings.HasPrefix(t.tokens[k].Deprel, "nsubj") {
		return false
	}
	v := t.headOf(k)
	if v < 0 {
		return false
	}
	if t.tokens[v].UPOS == "ADJ" {
		return true
	}
	for x := t.sentenceStart[s]; x < t.sentenceStart[s+1]; x++ {
		if t.headOf(x) != v || x < k {
			continue
		}
		switch d := t.tokens[x].Deprel; {
		case strings.HasPrefix(d, "csubj"), d == "ccomp", d == "xcomp":
			return true
		}
	}
	return false
}
