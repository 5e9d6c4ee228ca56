package actor

import (
	"slices"

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
		if c < 0 {
			continue
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

// resolve returns the cluster a pronoun at token k stands for, or -1.
// Pronouns must be resolved in text order, because a resolved pronoun is
// itself a sighting for the ones after it ("He acknowledged ... He added").
func (p *pronounResolver) resolve(k int, isSubject bool) int {
	s := p.t.tokens[k].sentence
	lower := p.t.tokens[k].lower
	c := -1
	switch {
	case personPronouns[lower]:
		c = p.person(k, s)
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
// the subject there, or the last person named there.
func (p *pronounResolver) person(k, s int) int {
	for i := len(p.persons[s]) - 1; i >= 0; i-- {
		if p.persons[s][i].token < k {
			return p.persons[s][i].cluster
		}
	}
	for ps := s - 1; ps >= 0 && ps >= s-pronounReach; ps-- {
		if p.subjectPerson[ps] >= 0 {
			return p.subjectPerson[ps]
		}
		if n := len(p.persons[ps]); n > 0 {
			return p.persons[ps][n-1].cluster
		}
	}
	return -1
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
