package annals

import "slices"

// Joiner joins the actors of each new document onto the actors already
// known across documents, such as a surname alone ("Zelensky") onto the one
// full name it can mean. The store's Writer takes one; package ingest/actor
// has the standard one. Implementations need not be safe for concurrent use.
type Joiner interface {
	// Add records an actor already stored.
	Add(a Actor)
	// Join returns x with remap applied (moves decided elsewhere, such as
	// merges the user recorded) and its other actors joined onto known
	// ones, and records the actors of the result; x itself is not changed.
	// absorbed maps the ids of known actors that x now explains (a person
	// known by a surname alone whom x names in full) to the ids they are
	// to be merged into.
	Join(x *Extraction, remap map[string]Actor) (y *Extraction, absorbed map[string]string)
}

// WithNames returns a with the names of b added as aliases.
func (a Actor) WithNames(b Actor) Actor {
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

// Remap returns x with the actors in to replaced: every argument and
// reference (Argument.Refs, Qualifier.Refs) naming an actor id in to names
// to[id] instead, and that actor takes the replaced
// one's names as aliases. x itself is not changed.
func (x *Extraction) Remap(to map[string]Actor) *Extraction {
	if len(to) == 0 {
		return x
	}
	y := *x
	y.Statements = slices.Clone(x.Statements)
	moveRefs := func(refs []Reference) []Reference {
		if !slices.ContainsFunc(refs, func(r Reference) bool { _, ok := to[r.Actor]; return ok }) {
			return refs
		}
		refs = slices.Clone(refs)
		for k := range refs {
			if t, ok := to[refs[k].Actor]; ok {
				refs[k].Actor = t.ID
			}
		}
		return refs
	}
	move := func(a *Argument) *Argument {
		if a == nil {
			return nil
		}
		c := *a
		if t, ok := to[a.Actor]; ok {
			c.Actor = t.ID
		}
		c.Refs = moveRefs(a.Refs)
		return &c
	}
	for i := range y.Statements {
		st := &y.Statements[i]
		st.Subject = *move(&st.Subject)
		st.Object = move(st.Object)
		st.Attribution = move(st.Attribution)
		if len(st.Qualifiers) > 0 {
			st.Qualifiers = slices.Clone(st.Qualifiers)
			for q := range st.Qualifiers {
				st.Qualifiers[q].Refs = moveRefs(st.Qualifiers[q].Refs)
			}
		}
	}
	y.Actors = make([]Actor, 0, len(x.Actors))
	for _, a := range x.Actors {
		if t, ok := to[a.ID]; ok {
			a = t.WithNames(a)
		}
		y.Actors = append(y.Actors, a)
	}
	return &y
}
