package graph

import (
	"context"
	"slices"
	"strings"

	"github.com/annals/annals"
	"github.com/cayleygraph/quad"
)

// actorIndex lets a Writer join actors across documents: a surname alone
// ("Zelensky") joins the one stored person whose full name ends with it, and
// actors merged by the user stay merged in later documents.
type actorIndex struct {
	loaded    bool
	bySurname map[string][]string     // lower-case last name → ids of persons with a full name
	surnames  map[string]bool         // ids of persons known by a surname alone
	persons   map[string]annals.Actor // id → the person, stored or pending
}

func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

func (ix *actorIndex) add(a annals.Actor) {
	if a.Type != annals.ActorPerson {
		return
	}
	if known, ok := ix.persons[a.ID]; ok {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if n != known.Name && !slices.Contains(known.Aliases, n) {
				known.Aliases = append(known.Aliases, n)
			}
		}
		a = known
	}
	ix.persons[a.ID] = a
	last := surname(a.Name)
	if strings.Contains(strings.TrimSpace(a.Name), " ") {
		if !slices.Contains(ix.bySurname[last], a.ID) {
			ix.bySurname[last] = append(ix.bySurname[last], a.ID)
		}
	} else {
		ix.surnames[a.ID] = true
	}
}

// load reads the stored persons once.
func (ix *actorIndex) load(ctx context.Context, s *Store) error {
	if ix.loaded {
		return nil
	}
	ix.bySurname, ix.surnames, ix.persons = map[string][]string{}, map[string]bool{}, map[string]annals.Actor{}
	nodes, err := s.subjectsOf(ctx, propActorType, quad.String(string(annals.ActorPerson)))
	if err != nil {
		return err
	}
	for _, n := range nodes {
		qs, err := s.quadsWith(ctx, quad.Subject, n)
		if err != nil {
			return err
		}
		ix.add(s.decodeActor(n, qs))
	}
	ix.loaded = true
	return nil
}

// resolveActors rewrites an extraction's actor ids onto stored actors:
// recorded merges first, then a surname alone onto the one full name it can
// mean. It returns the rewritten extraction (x itself is not changed) and the
// stored surname-only actors that a full name in x now explains, to be merged
// into it once x is stored.
func (w *Writer) resolveActors(ctx context.Context, x *annals.Extraction) (*annals.Extraction, map[string]string, error) {
	ix := &w.index
	if err := ix.load(ctx, w.s); err != nil {
		return nil, nil, err
	}
	remap := map[string]annals.Actor{}
	for _, a := range x.Actors {
		target, err := w.s.mergedInto(ctx, a.ID)
		if err != nil {
			return nil, nil, err
		}
		if target == a.ID && a.Type == annals.ActorPerson && !strings.Contains(strings.TrimSpace(a.Name), " ") {
			if ids := ix.bySurname[surname(a.Name)]; len(ids) == 1 {
				target = ids[0]
			}
		}
		if target == a.ID {
			continue
		}
		if known, ok := ix.persons[target]; ok {
			remap[a.ID] = known // perhaps not committed yet
			continue
		}
		stored, ok, err := w.s.ActorByID(ctx, target)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			remap[a.ID] = stored
		}
	}
	later := map[string]string{}
	for _, a := range x.Actors {
		if _, moved := remap[a.ID]; moved || a.Type != annals.ActorPerson || !strings.Contains(strings.TrimSpace(a.Name), " ") {
			continue
		}
		last := surname(a.Name)
		if short := annals.Slug(last); ix.surnames[short] && short != a.ID && len(ix.bySurname[last]) == 0 {
			later[short] = a.ID
		}
	}
	if len(remap) == 0 {
		for _, a := range x.Actors {
			ix.add(a)
		}
		return x, later, nil
	}
	y := *x
	y.Statements = slices.Clone(x.Statements)
	for i := range y.Statements {
		st := &y.Statements[i]
		for _, arg := range []*annals.Argument{&st.Subject, st.Object, st.Attribution} {
			if arg == nil {
				continue
			}
			if to, ok := remap[arg.Actor]; ok {
				c := *arg
				c.Actor = to.ID
				switch arg {
				case &st.Subject:
					st.Subject = c
				case st.Object:
					st.Object = &c
				default:
					st.Attribution = &c
				}
			}
		}
	}
	y.Actors = nil
	for _, a := range x.Actors {
		if to, ok := remap[a.ID]; ok {
			aliases := slices.Clone(to.Aliases)
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				if n != to.Name && !slices.Contains(aliases, n) {
					aliases = append(aliases, n)
				}
			}
			slices.Sort(aliases)
			a = annals.Actor{ID: to.ID, Name: to.Name, Type: to.Type, Aliases: aliases}
		}
		ix.add(a)
		y.Actors = append(y.Actors, a)
	}
	return &y, later, nil
}
