package graph

import (
	"context"
	"strings"

	"github.com/annals/annals"
	"github.com/cayleygraph/quad"
)

// actorIndex lets a Writer join actors across documents: a surname alone
// ("Zelensky") joins the one stored person whose full name ends with it, and
// actors merged by the user stay merged in later documents.
type actorIndex struct {
	loaded   bool
	persons  annals.Persons
	surnames map[string]bool // ids of people stored under a surname alone
}

func (ix *actorIndex) add(a annals.Actor) {
	ix.persons.Add(a)
	if a.Type == annals.ActorPerson && len(strings.Fields(a.Name)) == 1 && a.ID == annals.Slug(a.Name) {
		ix.surnames[a.ID] = true
	}
}

// load reads the stored people once.
func (ix *actorIndex) load(ctx context.Context, s *Store) error {
	if ix.loaded {
		return nil
	}
	ix.surnames = map[string]bool{}
	nodes, err := s.subjectsOf(ctx, propActorType, quad.String(string(annals.ActorPerson)))
	if err != nil {
		return err
	}
	for _, n := range nodes {
		qs, err := s.quadsWith(ctx, quad.Subject, n)
		if err != nil {
			return err
		}
		if a := s.decodeActor(n, qs); a.Name != "" {
			ix.add(a)
		}
	}
	ix.loaded = true
	return nil
}

// resolveActors rewrites an extraction's actor ids onto stored actors:
// recorded merges first, then a surname alone onto the one full name it can
// mean. It returns the rewritten extraction (x itself is not changed) and the
// stored surname-only people that a full name in x now explains, to be merged
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
		if target == a.ID {
			continue
		}
		if stored, ok, err := w.s.ActorByID(ctx, target); err != nil {
			return nil, nil, err
		} else if ok {
			remap[a.ID] = stored
		}
	}
	later := map[string]string{}
	for _, a := range x.Actors {
		if _, moved := remap[a.ID]; moved || a.Type != annals.ActorPerson || len(strings.Fields(a.Name)) < 2 {
			continue
		}
		last := annals.Surname(a.Name)
		if short := annals.Slug(last); short != a.ID && ix.surnames[short] && ix.persons.Known(last) == 0 {
			later[short] = a.ID
			delete(ix.surnames, short)
		}
	}
	y := ix.persons.Join(x, remap)
	for _, a := range y.Actors {
		ix.add(a)
	}
	return y, later, nil
}
