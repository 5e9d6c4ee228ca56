package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Forgotten says what Forget removed.
type Forgotten struct {
	Found      bool // the document was in the store
	Statements int  // statements removed with it
	Nodes      int  // actors and things removed because no statement names them any more
	Quads      int  // quads removed in all
}

// Forget removes the document with the given id, its statements, and the
// actors and things that its statements named and that no other statement
// names, in one transaction. A document that is not stored is no error:
// Found is false and nothing changes.
//
// An actor that the document named without making it part of a statement
// is kept, as the store does not record which documents name an actor:
// Prune removes those.
func (s *Store) Forget(ctx context.Context, id string) (Forgotten, error) {
	var out Forgotten
	if s.readOnly {
		return out, errors.New("forget: store opened read-only")
	}
	doc := s.iri.Document(id)
	quads, _, err := s.documentQuadsOf(ctx, doc)
	if err != nil {
		return out, fmt.Errorf("forget %s: %w", id, err)
	}
	if len(quads) == 0 {
		return out, nil
	}
	out.Found = true
	// The document's statements are the graphs other than its own.
	gone := map[quad.Value]bool{doc: true}
	var named []quad.Value
	seen := map[quad.Value]bool{}
	for _, q := range quads {
		if q.Label == nil || q.Label == doc {
			continue
		}
		if !gone[q.Label] {
			gone[q.Label] = true
			out.Statements++
		}
		switch q.Predicate {
		case vocab.PropAgent, vocab.PropObject, vocab.PropAttributed, vocab.PropRefersTo:
			if !seen[q.Object] {
				seen[q.Object] = true
				named = append(named, q.Object)
			}
		}
	}
	deltas := make([]graph.Delta, 0, len(quads))
	for _, q := range quads {
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
	}
	for _, node := range named {
		orphan, err := s.namedOnlyBy(ctx, node, gone)
		if err != nil {
			return out, fmt.Errorf("forget %s: %w", id, err)
		}
		if !orphan {
			continue
		}
		own, err := s.quadsWith(ctx, quad.Subject, node)
		if err != nil {
			return out, fmt.Errorf("forget %s: %w", id, err)
		}
		removed := false
		for _, q := range own {
			if q.Label == nil { // its description in the default graph
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
				removed = true
			}
		}
		if removed {
			out.Nodes++
		}
	}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	if err := s.applyDeltas(deltas, graph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		return out, redacted(fmt.Errorf("forget %s: remove %d quads from %s: %w", id, len(deltas), s.addr, err))
	}
	out.Quads = len(deltas)
	return out, nil
}

// namedOnlyBy tells whether every statement that names node (as subject,
// object or source) is one of the graphs in gone.
func (s *Store) namedOnlyBy(ctx context.Context, node quad.Value, gone map[quad.Value]bool) (bool, error) {
	refs, err := s.quadsWith(ctx, quad.Object, node)
	if err != nil {
		return false, err
	}
	for _, q := range refs {
		if q.Label != nil && !gone[q.Label] {
			return false, nil
		}
	}
	return true, nil
}

// Prune removes every actor and thing that no statement names, wherever
// it came from (a forgotten document, or a document that named an actor
// without a statement about it), in one transaction, and returns how many
// it removed. It reads every actor and thing, so it runs once after a
// series of Forget calls rather than after each.
func (s *Store) Prune(ctx context.Context) (int, error) {
	if s.readOnly {
		return 0, errors.New("prune: store opened read-only")
	}
	var deltas []graph.Delta
	removed := 0
	for _, class := range []quad.IRI{vocab.ClassActor, vocab.ClassThing} {
		nodes, err := s.subjectsOf(ctx, vocab.RDFType, class)
		if err != nil {
			return 0, fmt.Errorf("prune: %w", err)
		}
		for _, node := range nodes {
			orphan, err := s.namedOnlyBy(ctx, node, nil)
			if err != nil {
				return 0, fmt.Errorf("prune: %w", err)
			}
			if !orphan {
				continue
			}
			own, err := s.quadsWith(ctx, quad.Subject, node)
			if err != nil {
				return 0, fmt.Errorf("prune: %w", err)
			}
			for _, q := range own {
				if q.Label == nil {
					deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
				}
			}
			removed++
		}
	}
	if len(deltas) == 0 {
		return 0, nil
	}
	if err := s.applyDeltas(deltas, graph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		return 0, redacted(fmt.Errorf("prune: remove %d quads from %s: %w", len(deltas), s.addr, err))
	}
	return removed, nil
}
