package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ErrNoActor is returned for an actor id the store does not hold.
var ErrNoActor = errors.New("no such actor")

// MergeActors folds actor from into actor into: every statement about from
// is about into afterwards, from's name and aliases become aliases of into,
// and later documents that name from are stored under into. It is one
// transaction: a kill leaves the store merged or untouched.
func (s *Store) MergeActors(ctx context.Context, from, into string) error {
	if from == into {
		return fmt.Errorf("merge %s into itself", from)
	}
	a, ok, err := s.ActorByID(ctx, from)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("merge %s: %w", from, ErrNoActor)
	}
	b, ok, err := s.ActorByID(ctx, into)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("merge into %s: %w", into, ErrNoActor)
	}
	deltas, err := s.mergeDeltas(ctx, a, b)
	if err != nil {
		return err
	}
	if err := s.applyOnce(ctx, deltas); err != nil {
		return fmt.Errorf("merge %s into %s: %w", from, into, err)
	}
	return nil
}

// RepairMerges completes the merges that an older version, which
// committed a merge's additions and deletions apart, stopped halfway, and
// the joins of a surname into a full name that an ingest or load killed
// after committing the document and the join's redirect left undone: an
// actor recorded as merged that still has a description, statements or
// merges pointing at it. It returns the merges it completed, from id to
// into id.
func (s *Store) RepairMerges(ctx context.Context) (map[string]string, error) {
	merged, err := s.quadsWith(ctx, quad.Predicate, vocab.PropMergedInto)
	if err != nil {
		return nil, fmt.Errorf("find merges: %w", err)
	}
	done := map[string]string{}
	for _, m := range merged {
		from := s.iri.ActorID(m.Subject)
		if from == "" || done[from] != "" {
			continue
		}
		own, err := s.quadsWith(ctx, quad.Subject, m.Subject)
		if err != nil {
			return nil, err
		}
		in, err := s.quadsWith(ctx, quad.Object, m.Subject)
		if err != nil {
			return nil, err
		}
		if len(in) == 0 && !slices.ContainsFunc(own, func(q quad.Quad) bool { return q.Predicate != vocab.PropMergedInto }) {
			continue // a finished merge
		}
		into, ok, err := s.ActorByID(ctx, from)
		if err != nil {
			return nil, err
		}
		if !ok || into.ID == from {
			continue // nothing whole to merge into: leave it as it is
		}
		a := s.decodeActor(m.Subject, own)
		deltas, err := s.mergeDeltas(ctx, a, into)
		if err != nil {
			return nil, err
		}
		if err := s.applyOnce(ctx, deltas); err != nil {
			return nil, fmt.Errorf("complete the merge of %s into %s: %w", from, into.ID, err)
		}
		done[from] = into.ID
	}
	return done, nil
}

// finishMerge merges actor from into actor into once the redirect from one
// to the other is stored: from's statements and names move to into, and the
// redirect stays, in one transaction. An actor already merged (with no name
// of its own left) is left alone, so a merge can be finished twice.
func (s *Store) finishMerge(ctx context.Context, from, into string) error {
	node := s.iri.Actor(from)
	qs, err := s.quadsWith(ctx, quad.Subject, node)
	if err != nil {
		return err
	}
	a := s.decodeActor(node, qs) // not ActorByID: that follows the redirect
	if a.Name == "" {
		return nil
	}
	b, ok, err := s.ActorByID(ctx, into)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("merge %s into %s: %w", from, into, ErrNoActor)
	}
	deltas, err := s.mergeDeltas(ctx, a, b)
	if err != nil {
		return err
	}
	redirect := quad.Make(node, vocab.PropMergedInto, s.iri.Actor(b.ID), nil)
	keep := deltas[:0]
	for _, d := range deltas {
		if d.Action == graph.Delete && d.Quad == redirect {
			continue // mergeDeltas removes from's own quads and adds the redirect anew
		}
		keep = append(keep, d)
	}
	if err := s.applyOnce(ctx, keep); err != nil {
		return fmt.Errorf("merge %s into %s: %w", from, into, err)
	}
	return nil
}

// mergeDeltas rewrites every quad that names from so that it names into.
func (s *Store) mergeDeltas(ctx context.Context, from, into annals.Actor) ([]graph.Delta, error) {
	old, neu := s.iri.Actor(from.ID), s.iri.Actor(into.ID)
	var deltas []graph.Delta
	rewrite := func(q, r quad.Quad) {
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete}, graph.Delta{Quad: r, Action: graph.Add})
	}
	out, err := s.quadsWith(ctx, quad.Subject, old)
	if err != nil {
		return nil, err
	}
	for _, q := range out {
		if q.Label == nil { // the actor's own description: its names become aliases
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			continue
		}
		r := q
		r.Subject = neu
		rewrite(q, r)
	}
	in, err := s.quadsWith(ctx, quad.Object, old)
	if err != nil {
		return nil, err
	}
	for _, q := range in {
		r := q
		r.Object = neu
		if q.Predicate == vocab.PropMergedInto { // an older merge into from now points on
			r = quad.Make(q.Subject, vocab.PropMergedInto, neu, nil)
		}
		rewrite(q, r)
	}
	for _, name := range append([]string{from.Name}, from.Aliases...) {
		if name != "" && name != into.Name {
			deltas = append(deltas, graph.Delta{Quad: quad.Make(neu, vocab.PropAlias, quad.String(name), nil), Action: graph.Add})
		}
	}
	deltas = append(deltas, graph.Delta{Quad: quad.Make(old, vocab.PropMergedInto, neu, nil), Action: graph.Add})
	return deltas, nil
}

// RenameActor gives an actor a new canonical name; the old one becomes an
// alias. The actor keeps its id (and so its IRI). It is one transaction,
// and it reads every name the actor has, so it also mends an actor left
// with two names by a rename that an older version stopped halfway.
func (s *Store) RenameActor(ctx context.Context, id, name string) error {
	a, ok, err := s.ActorByID(ctx, id)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("rename %s: %w", id, ErrNoActor)
	}
	if name == "" {
		return nil
	}
	node := s.iri.Actor(a.ID)
	qs, err := s.quadsWith(ctx, quad.Subject, node)
	if err != nil {
		return fmt.Errorf("rename %s: %w", id, err)
	}
	var deltas []graph.Delta
	for _, q := range qs {
		if q.Predicate == vocab.PropName && q.Label == nil && q.Object != quad.String(name) {
			deltas = append(deltas,
				graph.Delta{Quad: q, Action: graph.Delete},
				graph.Delta{Quad: quad.Make(node, vocab.PropAlias, q.Object, nil), Action: graph.Add})
		}
	}
	deltas = append(deltas,
		graph.Delta{Quad: quad.Make(node, vocab.PropName, quad.String(name), nil), Action: graph.Add},
		graph.Delta{Quad: quad.Make(node, vocab.PropAlias, quad.String(name), nil), Action: graph.Delete})
	if err := s.applyOnce(ctx, deltas); err != nil {
		return fmt.Errorf("rename %s: %w", id, err)
	}
	return nil
}

// mergedInto follows recorded merges from an actor id; it returns id itself
// when the actor was never merged.
func (s *Store) mergedInto(ctx context.Context, id string) (string, error) {
	for steps := 0; steps < 16; steps++ {
		to, err := s.objectsOf(ctx, s.iri.Actor(id), vocab.PropMergedInto) // index.go: not all of the actor's edges
		if err != nil || len(to) == 0 {
			return id, err
		}
		next := s.iri.ActorID(to[0])
		if next == "" {
			return id, nil
		}
		id = next
	}
	return id, nil
}
