package actor

import "strings"

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
