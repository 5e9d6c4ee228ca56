package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
)

// objectsOf lists the objects of the quads "subj pred ?o". Unlike
// quadsWith(quad.Subject, subj), it reads through the subject–predicate
// index (the key-value backends have one; SQL filters on both columns), so
// its cost does not grow with the other quads of subj: an actor's
// statement edges, which grow with the corpus.
func (s *Store) objectsOf(ctx context.Context, subj, pred quad.Value) ([]quad.Value, error) {
	vals, err := path.StartPath(s.qs, subj).Out(pred).Iterate(ctx).AllValues(s.qs)
	if err != nil {
		return nil, fmt.Errorf("read %v %v: %w", subj, pred, err)
	}
	return vals, nil
}
