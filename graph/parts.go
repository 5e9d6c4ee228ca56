package graph

import (
	"context"
	"fmt"

	"github.com/annals/annals/graph/vocab"
)

// WithParts returns the actor ids and every actor stored as part of one of
// them (annals:partOf, written for a group's Country), transitively: for
// Russia also Russian forces and the Russian Defence Ministry, and the parts
// of those. A person's nation (annals:nation) does not make the person a
// part. Each id comes once, the given ones first in their order, then the
// parts in the order found; a cycle of partOf links ends the walk.
func (s *Store) WithParts(ctx context.Context, ids []string) ([]string, error) {
	seen := make(map[string]bool, len(ids))
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	// out grows while it is walked: a breadth-first walk down the partOf links.
	for i := 0; i < len(out); i++ {
		parts, err := s.subjectsOf(ctx, vocab.PropPartOf, s.iri.Actor(out[i]))
		if err != nil {
			return nil, fmt.Errorf("parts of %s: %w", out[i], err)
		}
		for _, p := range parts {
			if id := s.iri.ActorID(p); id != "" && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out, nil
}
