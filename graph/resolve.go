package graph

import (
	"context"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// actorIndex lets a Writer join actors across documents: actors merged by
// the user stay merged in later documents, and the joiner, if any, joins
// the actors of each document onto the stored people (a surname alone onto
// the one stored person whose full name ends with it).
type actorIndex struct {
	joiner annals.Joiner // nil: no joining across documents
	loaded bool          // the joiner knows the stored people
}

// load gives the joiner the stored people, once.
func (ix *actorIndex) load(ctx context.Context, s *Store) error {
	if ix.loaded || ix.joiner == nil {
		return nil
	}
	nodes, err := s.subjectsOf(ctx, vocab.PropActorType, quad.String(string(annals.ActorPerson)))
	if err != nil {
		return err
	}
	for _, n := range nodes {
		qs, err := s.quadsWith(ctx, quad.Subject, n)
		if err != nil {
			return err
		}
		if a := s.decodeActor(n, qs); a.Name != "" {
			ix.joiner.Add(a)
		}
	}
	ix.loaded = true
	return nil
}

// resolveActors rewrites an extraction's actor ids onto stored actors:
// recorded merges first, then what the joiner, if any, joins (a surname
// alone onto the one full name it can mean). It returns the rewritten
// extraction (x itself is not changed) and the stored actors that x now
// explains (surname-only people whom x names in full), to be merged into
// theirs once x is stored.
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
	if ix.joiner == nil {
		return x.Remap(remap), nil, nil
	}
	y, later := ix.joiner.Join(x, remap)
	return y, later, nil
}
