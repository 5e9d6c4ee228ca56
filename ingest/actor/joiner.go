package actor

import (
	"slices"
	"strings"

	"github.com/annals/annals"
)

// Joiner indexes people by surname across documents, so that a surname
// alone ("Zelensky") joins the one full name it can mean ("Volodymyr
// Zelensky"), and stays apart while two people share it. It implements
// annals.Joiner; it is not safe for concurrent use.
type Joiner struct {
	// apart, when set, names the one-word names never to join a fuller one
	// (the user's "split").
	apart     func(name string) bool
	bySurname map[string][]string // lower-case last name → ids of people known by a full name
	people    map[string]annals.Actor
	// surnames holds the ids of people known by a surname alone, which a
	// later full name absorbs.
	surnames map[string]bool
	// docs counts the documents that named each person in full, in this run.
	docs map[string]int
	// initialed maps the slug of a name without its middle initials to the
	// person named with them ("brian-carroll" → "brian-t-carroll").
	initialed map[string]string
}

var _ annals.Joiner = (*Joiner)(nil)

// NewJoiner makes an empty joiner. apart, when not nil, names the one-word
// names that must never join a fuller name (an aliases file's "split", as
// ingest.Pipeline.Apart reports it).
func NewJoiner(apart func(name string) bool) *Joiner {
	return &Joiner{apart: apart, bySurname: map[string][]string{}, people: map[string]annals.Actor{},
		surnames: map[string]bool{}, docs: map[string]int{}, initialed: map[string]string{}}
}

// untypedJoinDocs is how many documents of the run must have named a
// person in full before a one-word name of no known kind joins them: a
// word such as "Hall" or "Order" is no surname of a "Roll Hall" that one
// misread document made a person.
const untypedJoinDocs = 3

// surname is the lower-case last word of a name.
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// saintly reports whether a name opens with "Saint" or "St.": a saint, or
// the church, hospital or town named after one, owns no surname ("Pope
// Francis" is no "Saint Francis").
func saintly(name string) bool {
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	return first == "saint" || first == "st." || first == "st"
}

// fullName reports whether a name has more than one word.
func fullName(name string) bool { return len(strings.Fields(name)) > 1 }

// Add records a person (other actors are ignored); a person already known
// gains a's names as aliases.
func (j *Joiner) Add(a annals.Actor) {
	j.addPerson(a)
	if a.Type == annals.ActorPerson && len(strings.Fields(a.Name)) == 1 && a.ID == annals.Slug(a.Name) {
		j.surnames[a.ID] = true
	}
}

// addPerson indexes a person by surname.
func (j *Joiner) addPerson(a annals.Actor) {
	if a.Type != annals.ActorPerson {
		return
	}
	if known, ok := j.people[a.ID]; ok {
		a = known.WithNames(a)
	}
	j.people[a.ID] = a
	if plain := withoutInitials(a.Name); plain != a.Name {
		if _, ok := j.initialed[annals.Slug(plain)]; !ok {
			j.initialed[annals.Slug(plain)] = a.ID
		}
	}
	if last := surname(a.Name); fullName(a.Name) && !saintly(a.Name) && !slices.Contains(j.bySurname[last], a.ID) {
		j.bySurname[last] = append(j.bySurname[last], a.ID)
	}
}

// lookup returns a known person by id.
func (j *Joiner) lookup(id string) (annals.Actor, bool) {
	a, ok := j.people[id]
	return a, ok
}

// owner returns the person with a full name whose surname is this
// one-word name: the only one, or of several, the one that at least three
// times as many documents named in full as each other ("Trump" for Donald
// Trump, not Melania or Ivanka Trump); ok is false for a full name, or when
// none matches or none stands out.
func (j *Joiner) owner(name string) (annals.Actor, bool) {
	if fullName(name) {
		return annals.Actor{}, false
	}
	ids := j.bySurname[surname(name)]
	switch len(ids) {
	case 0:
		return annals.Actor{}, false
	case 1:
		return j.people[ids[0]], true
	}
	best, ok := standsOut(ids, func(id string) int { return j.docs[id] })
	if !ok {
		return annals.Actor{}, false
	}
	return j.people[best], true
}

// known reports how many people with a full name have this surname.
func (j *Joiner) known(surname string) int { return len(j.bySurname[strings.ToLower(surname)]) }

// Join returns x with every person known by a surname alone moved onto the
// one full name it can mean among the people seen so far, then records x's
// people. remap gives moves decided elsewhere (such as merges the user made);
// it is extended, not replaced. absorbed maps each person known by a
// surname alone whom a full name of x now explains (no other known person
// has that surname) to the full name's id.
func (j *Joiner) Join(x *annals.Extraction, remap map[string]annals.Actor) (*annals.Extraction, map[string]string) {
	if remap == nil {
		remap = map[string]annals.Actor{}
	}
	absorbed := map[string]string{}
	for _, a := range x.Actors {
		if _, moved := remap[a.ID]; moved || a.Type != annals.ActorPerson || len(strings.Fields(a.Name)) < 2 {
			continue
		}
		last := surname(a.Name)
		if short := annals.Slug(last); short != a.ID && j.surnames[short] && j.known(last) == 0 {
			absorbed[short] = a.ID
			delete(j.surnames, short)
		}
	}
	for _, a := range x.Actors {
		// a one-word name of no known kind ("Umerov" in a text that never
		// calls him anything else) is a surname too when it is a known
		// person's
		surnameAlone := a.Type == annals.ActorUnknown && !fullName(a.Name)
		if _, moved := remap[a.ID]; moved || a.Type != annals.ActorPerson && !surnameAlone || j.apart != nil && j.apart(a.Name) {
			continue
		}
		if owner, ok := j.owner(a.Name); ok && owner.ID != a.ID {
			if surnameAlone && j.docs[owner.ID] < untypedJoinDocs {
				continue
			}
			remap[a.ID] = owner
		} else if plain := withoutInitials(a.Name); plain != a.Name {
			// "Brian T. Carroll" is the "Brian Carroll" already known
			if known, ok := j.people[annals.Slug(plain)]; ok {
				remap[a.ID] = known
			}
		} else if id, ok := j.initialed[a.ID]; ok && id != a.ID {
			remap[a.ID] = j.people[id] // and "Brian Carroll" the "Brian T. Carroll"
		}
	}
	y := x.Remap(remap)
	for _, a := range y.Actors {
		j.addPerson(a)
		if a.Type == annals.ActorPerson && fullName(a.Name) {
			j.docs[a.ID]++
		}
	}
	for _, a := range y.Actors {
		j.Add(a)
	}
	return y, absorbed
}

// withoutInitials is a full name without its middle initials ("Brian T.
// Carroll" → "Brian Carroll"); other names are returned as they are.
func withoutInitials(name string) string {
	f := strings.Fields(name)
	if len(f) < 3 {
		return name
	}
	kept := []string{f[0]}
	for _, w := range f[1 : len(f)-1] {
		if len(w) == 2 && w[1] == '.' || len(w) == 1 {
			continue
		}
		kept = append(kept, w)
	}
	kept = append(kept, f[len(f)-1])
	return strings.Join(kept, " ")
}
