package actor

import (
	"slices"
	"strings"

	"github.com/annals/annals"
)

// pronounReach is how many sentences back a pronoun may find its person.
const pronounReach = 3

// sighting is a token where an actor is mentioned.
type sighting struct {
	token, cluster int
}

// pronounResolver resolves "he", "she", "him", "her" to a person, "they",
// "them" to a plural group, and definite descriptions ("the country") to the
// last actor of their type, from the mentions before them.
type pronounResolver struct {
	t        *actorText
	clusters []actorCluster
	// persons[s] are the sightings of persons in sentence s, in text order,
	// resolved pronouns included.
	persons [][]sighting
	// subjectPerson[s] is the person that a statement of sentence s has as
	// its subject (the first such statement), or -1: a subject pronoun at
	// the start of the next sentence most likely continues it.
	subjectPerson []int
	// last[s] are all actor sightings of sentence s, for "they".
	last [][]sighting
	// iv is the document's interview, nil when it is none.
	iv *interview
	// quoteOf[k] is the quotation token k lies in, or -1;
	// quoteSpeaker[q] is the cluster of the one who says quotation q, or
	// -1 when unknown.
	quoteOf, quoteSpeaker []int
}

func newPronounResolver(t *actorText, clusters []actorCluster, mentions []actorMention, clusterOf []int) *pronounResolver {
	n := len(t.headline)
	p := &pronounResolver{
		t: t, clusters: clusters,
		persons:       make([][]sighting, n),
		subjectPerson: make([]int, n),
		last:          make([][]sighting, n),
	}
	for s := range p.subjectPerson {
		p.subjectPerson[s] = -1
	}
	for i, m := range mentions {
		c := clusterOf[i]
		if c < 0 || m.label {
			continue // a speaker's label is not a word of the text a pronoun takes up
		}
		s := t.tokens[m.first].sentence
		p.last[s] = append(p.last[s], sighting{m.first, c})
		if clusters[c].typ == annals.ActorPerson {
			p.persons[s] = append(p.persons[s], sighting{m.first, c})
		}
	}
	return p
}

// noteSubject records that a statement of sentence s has cluster c as its
// subject.
func (p *pronounResolver) noteSubject(s, c int) {
	if c >= 0 && p.subjectPerson[s] < 0 && p.clusters[c].typ == annals.ActorPerson {
		p.subjectPerson[s] = c
	}
}

// resolve returns the cluster a pronoun at token k, an argument of
// statement st, stands for, or -1. Pronouns must be resolved in text
// order, because a resolved pronoun is itself a sighting for the ones
// after it ("He acknowledged ... He added").
func (p *pronounResolver) resolve(k int, isSubject bool, st *annals.Statement) int {
	s := p.t.tokens[k].sentence
	lower := p.t.tokens[k].lower
	c := -1
	switch {
	case interlocutorPronouns[lower]:
		return p.interlocutor(k, lower, st)
	case personPronouns[lower]:
		c = p.person(k, s, p.notReferents(k))
	case pluralPronouns[lower]:
		c = p.group(k, s)
	case definiteDescriptions[lower] != "":
		c = p.ofType(k, s, definiteDescriptions[lower])
	}
	if c >= 0 && personPronouns[lower] {
		at, _ := slices.BinarySearchFunc(p.persons[s], k, func(x sighting, k int) int { return x.token - k })
		p.persons[s] = slices.Insert(p.persons[s], at, sighting{k, c})
		if isSubject {
			p.noteSubject(s, c)
		}
	}
	return c
}

// person finds the person a singular pronoun at token k of sentence s
// refers to: the last person named before it in its sentence ("Zelensky
// said he ..."); else, going back sentence by sentence, the person who was
// the subject there, or the last person named there. The persons in not
// are passed over: the one who speaks the words the pronoun is in.
func (p *pronounResolver) person(k, s int, not [2]int) int {
	ok := func(c int) bool { return c >= 0 && c != not[0] && c != not[1] }
	for i := len(p.persons[s]) - 1; i >= 0; i-- {
		if p.persons[s][i].token < k && ok(p.persons[s][i].cluster) {
			return p.persons[s][i].cluster
		}
	}
	for ps := s - 1; ps >= 0 && ps >= s-pronounReach; ps-- {
		if ok(p.subjectPerson[ps]) {
			return p.subjectPerson[ps]
		}
		for i := len(p.persons[ps]) - 1; i >= 0; i-- {
			if ok(p.persons[ps][i].cluster) {
				return p.persons[ps][i].cluster
			}
		}
	}
	return -1
}

// notReferents are the persons "he" or "she" at token k cannot mean: the
// speaker of the quotation it is in ("Smith said: 'He was a rebel'" is not
// Smith), and in an interview the interviewee, who speaks of themself as
// "I" and is addressed as "you". -1 stands for no one.
func (p *pronounResolver) notReferents(k int) [2]int {
	not := [2]int{-1, -1}
	if q := p.quoteOf[k]; q >= 0 {
		not[0] = p.quoteSpeaker[q]
	}
	if p.iv != nil {
		if tn := p.iv.turnOf[p.t.tokens[k].sentence]; tn >= 0 {
			not[1] = p.iv.turns[tn].speaker
		}
	}
	return not
}

// noteSpeaker records who says the quotations of a statement: the
// subject of a speech verb says the quotation its object is in ("Smith
// said, "...""), the source of an attributed statement the one the
// statement is in. subject and source are clusters, or -1.
func (p *pronounResolver) noteSpeaker(st *annals.Statement, subject, source int) {
	set := func(span annals.Span, c int) {
		i, j := p.t.tokensIn(span)
		for k := i; k < j; k++ {
			if q := p.quoteOf[k]; q >= 0 && p.quoteSpeaker[q] < 0 {
				p.quoteSpeaker[q] = c
			}
		}
	}
	if subject >= 0 && st.Object != nil &&
		(speechVerbs[strings.ToLower(st.Predicate.Lemma)] || speechVerbs[strings.ToLower(st.Predicate.Text)]) {
		set(st.Object.Span, subject)
	}
	if source >= 0 {
		set(st.Predicate.Span, source)
	}
}

// interlocutor resolves a first- or second-person pronoun at token k, an
// argument of statement st (nil for a bare mention): in an interview's
// answer, outside any quotation in it, "I", "me", "my" are the speaker,
// and so are "we" and "us" of a past act ("we tested the water": the
// speaker took part; "we need", "we should" speak for a group or for
// anyone, and stay as written); in the interviewer's turn "you" is the
// one asked. Anything else, the interviewer's own "I" and "we" included,
// stays unresolved.
func (p *pronounResolver) interlocutor(k int, lower string, st *annals.Statement) int {
	if p.iv == nil || p.quoteOf[k] >= 0 {
		return -1
	}
	tn := p.iv.turnOf[p.t.tokens[k].sentence]
	if tn < 0 || p.iv.isLabel(k) {
		return -1
	}
	t := p.iv.turns[tn]
	switch {
	case t.asks:
		if secondPerson[lower] {
			return t.speaker
		}
	case firstPersonSingular[lower]:
		return t.speaker
	case firstPersonPlural[lower]:
		if st != nil && p.t.pastAct(st.Predicate.Span) {
			return t.speaker
		}
	}
	return -1
}

// quoted resolves "I", "me", "my" at token k inside a quotation to the
// person who says it, when a speech verb or an attribution names them
// ("'I will go,' Smith said"), or returns -1.
func (p *pronounResolver) quoted(k int) int {
	q := p.quoteOf[k]
	if q < 0 {
		return -1
	}
	if c := p.quoteSpeaker[q]; c >= 0 && p.clusters[c].typ == annals.ActorPerson {
		return c
	}
	return -1
}

// pastAct reports whether a predicate tells of a past act: a verb in the
// past tense or a perfect ("tested", "did not have", "have asked"; a past
// participle with no auxiliary is a past tense the tagger misread), and
// no modal ("would like", "could see") or present passive ("we are told").
func (t *actorText) pastAct(span annals.Span) bool {
	i, j := t.tokensIn(span)
	past, participle, have, be := false, false, false, false
	for k := i; k < j; k++ {
		switch t.tokens[k].XPOS {
		case "MD":
			return false
		case "VBD":
			past = true
		case "VBN":
			participle = true
		case "VBP", "VBZ":
			have = have || strings.EqualFold(t.tokens[k].Lemma, "have")
			be = be || strings.EqualFold(t.tokens[k].Lemma, "be")
		}
	}
	return past || participle && (have || !be)
}

// group finds the plural group "they" at token k refers to: only when the
// actor named last before it, in its sentence or the one before, is a
// plural group ("Russian forces ... they"). Anything less is left alone.
func (p *pronounResolver) group(k, s int) int {
	for ps := s; ps >= 0 && ps >= s-1; ps-- {
		for i := len(p.last[ps]) - 1; i >= 0; i-- {
			if p.last[ps][i].token >= k {
				continue
			}
			if c := p.last[ps][i].cluster; p.clusters[c].plural {
				return c
			}
			return -1
		}
	}
	return -1
}

// ofType finds what a definite description ("the country") at token k of
// sentence s refers to: the last actor of its type named before it, in its
// sentence or up to pronounReach sentences back, provided no other actor of
// that type was named in the same sentence as that one (then it is unclear).
func (p *pronounResolver) ofType(k, s int, typ annals.ActorType) int {
	for ps := s; ps >= 0 && ps >= s-pronounReach; ps-- {
		found := -1
		for i := len(p.last[ps]) - 1; i >= 0; i-- {
			sg := p.last[ps][i]
			if sg.token >= k || p.clusters[sg.cluster].typ != typ {
				continue
			}
			if found >= 0 && found != sg.cluster {
				return -1 // two candidates: leave it as written
			}
			found = sg.cluster
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}
