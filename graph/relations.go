package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/annals/annals"
	dgraph "github.com/dominikbraun/graph"
)

// Relation is how two actors are linked: the statements between them, or
// failing that the shortest chain of actors that links them.
type Relation struct {
	A, B annals.Actor
	// Direct lists the statements with one of them as subject and the other
	// as object, in timeline order.
	Direct []annals.Statement
	// Path is the shortest chain of actor ids from A to B through statements,
	// A and B included; nil when they are not linked at all.
	Path []string
	// Steps are, for each link of Path, the statements between its two actors.
	Steps [][]annals.Statement
}

// Relations finds how actors a and b are linked by the statements at least
// minConfidence sure.
func (s *Store) Relations(ctx context.Context, a, b annals.Actor, minConfidence float64) (*Relation, error) {
	all, err := s.Statements(ctx, Filter{MinConfidence: minConfidence})
	if err != nil {
		return nil, err
	}
	rel := &Relation{A: a, B: b}
	g := dgraph.New(dgraph.StringHash)
	between := map[[2]string][]annals.Statement{}
	for _, st := range all {
		if st.Object == nil || st.Subject.Actor == "" || st.Object.Actor == "" || st.Subject.Actor == st.Object.Actor {
			continue
		}
		x, y := st.Subject.Actor, st.Object.Actor
		if (x == a.ID && y == b.ID) || (x == b.ID && y == a.ID) {
			rel.Direct = append(rel.Direct, st)
		}
		_ = g.AddVertex(x) // an existing vertex is no error worth stopping for
		_ = g.AddVertex(y)
		if err := g.AddEdge(x, y); err != nil && !errors.Is(err, dgraph.ErrEdgeAlreadyExists) {
			return nil, fmt.Errorf("link %s and %s: %w", x, y, err)
		}
		key := pairKey(x, y)
		between[key] = append(between[key], st)
	}
	path, err := dgraph.ShortestPath(g, a.ID, b.ID)
	if err != nil {
		if errors.Is(err, dgraph.ErrTargetNotReachable) || errors.Is(err, dgraph.ErrVertexNotFound) {
			return rel, nil
		}
		return nil, fmt.Errorf("path from %s to %s: %w", a.ID, b.ID, err)
	}
	rel.Path = path
	for i := 0; i+1 < len(path); i++ {
		rel.Steps = append(rel.Steps, between[pairKey(path[i], path[i+1])])
	}
	return rel, nil
}

func pairKey(x, y string) [2]string {
	if x > y {
		x, y = y, x
	}
	return [2]string{x, y}
}
