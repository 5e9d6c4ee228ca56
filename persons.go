package annals

import (
	"slices"
	"strings"
)

// Persons indexes people by surname across documents, so that a surname
// alone ("Zelensky") joins the one full name it can mean ("Volodymyr
// Zelensky"), and stays apart while two people share it.
type Persons struct {
	// Apart, when set, names the one-word names never to join a fuller one
	// (the user's "split").
	Apart     func(name string) bool
	bySurname map[string][]string // lower-case last name → ids of people known by a full name
	people    map[string]Actor
}

// Surname is the lower-case last word of a name.
func Surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// fullName reports whether a name has more than one word.
func fullName(name string) bool { return len(strings.Fields(name)) > 1 }

// Add records a person (other actors are ignored); a person already known
// gains a's names as aliases.
func (p *Persons) Add(a Actor) {
	if a.Type != ActorPerson {
		return
	}
	if p.people == nil {
		p.bySurname, p.people = map[string][]string{}, map[string]Actor{}
	}
	if known, ok := p.people[a.ID]; ok {
		a = known.withNames(a)
	}
	p.people[a.ID] = a
	if last := Surname(a.Name); fullName(a.Name) && !slices.Contains(p.bySurname[last], a.ID) {
		p.bySurname[last] = append(p.bySurname[last], a.ID)
	}
}

// Lookup returns a known person by id.
func (p *Persons) Lookup(id string) (Actor, bool) {
	a, ok := p.people[id]
	return a, ok
}

// Owner returns the one person with a full name whose surname is this
// one-word name; ok is false for a full name, or when none or several match.
func (p *Persons) Owner(name string) (Actor, bool) {
	if fullName(name) {
		return Actor{}, false
	}
	ids := p.bySurname[Surname(name)]
	if len(ids) != 1 {
		return Actor{}, false
	}
	return p.people[ids[0]], true
}

// Known reports how many people with a full name have this surname.
func (p *Persons) Known(surname string) int { return len(p.bySurname[strings.ToLower(surname)]) }

// withNames returns a with the names of b added as aliases.
func (a Actor) withNames(b Actor) Actor {
	aliases := slices.Clone(a.Aliases)
	for _, n := range append([]string{b.Name}, b.Aliases...) {
		if n != a.Name && !slices.Contains(aliases, n) {
			aliases = append(aliases, n)
		}
	}
	slices.Sort(aliases)
	a.Aliases = aliases
	return a
}

// Remap returns x with the actors in to replaced: every argument naming an
// actor id in to names to[id] instead, and that actor takes the replaced
// one's names as aliases. x itself is not changed.
func (x *Extraction) Remap(to map[string]Actor) *Extraction {
	if len(to) == 0 {
		return x
	}
	y := *x
	y.Statements = slices.Clone(x.Statements)
	move := func(a *Argument) *Argument {
		if a == nil {
			return nil
		}
		if t, ok := to[a.Actor]; ok {
			c := *a
			c.Actor = t.ID
			return &c
		}
		return a
	}
	for i := range y.Statements {
		st := &y.Statements[i]
		st.Subject = *move(&st.Subject)
		st.Object = move(st.Object)
		st.Attribution = move(st.Attribution)
	}
	y.Actors = make([]Actor, 0, len(x.Actors))
	for _, a := range x.Actors {
		if t, ok := to[a.ID]; ok {
			a = t.withNames(a)
		}
		y.Actors = append(y.Actors, a)
	}
	return &y
}

// Join returns x with every person known by a surname alone moved onto the
// one full name it can mean among the people seen so far, then records x's
// people. remap gives moves decided elsewhere (such as merges the user made);
// it is extended, not replaced.
func (p *Persons) Join(x *Extraction, remap map[string]Actor) *Extraction {
	if remap == nil {
		remap = map[string]Actor{}
	}
	for _, a := range x.Actors {
		if _, moved := remap[a.ID]; moved || a.Type != ActorPerson || p.Apart != nil && p.Apart(a.Name) {
			continue
		}
		if owner, ok := p.Owner(a.Name); ok && owner.ID != a.ID {
			remap[a.ID] = owner
		}
	}
	y := x.Remap(remap)
	for _, a := range y.Actors {
		p.Add(a)
	}
	return y
}
