package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// applyOnce commits deltas in one transaction, so that a kill leaves the
// store as it was or with every change made; apply's two commits would
// leave both halves of a merge side by side.
//
// One transaction needs care at this Cayley version: its key-value stores
// (bbolt) resolve the nodes of added quads only among the nodes whose
// reference count does not fall in the transaction, so a node that loses
// more quads than it gains (a merged actor: its description goes, its
// merged-into edge comes) would be written as a missing subject or object.
// So the deltas are first made exact (each quad once, its last action, no
// addition of a stored quad and no deletion of a missing one, which would
// also skew the counts), and an addition naming a node whose count would
// fall is repeated until it does not: Cayley stores the quad once and the
// node's count errs high, which at worst keeps an unused node.
func (s *Store) applyOnce(ctx context.Context, deltas []graph.Delta) error {
	exact, err := s.exactDeltas(ctx, deltas)
	if err != nil {
		return err
	}
	if len(exact) == 0 {
		return nil
	}
	return s.applyDeltas(holdUp(exact), graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
}

// exactDeltas keeps, for each quad, the last action deltas give it, and
// only if it changes the store.
func (s *Store) exactDeltas(ctx context.Context, deltas []graph.Delta) ([]graph.Delta, error) {
	last := make(map[quad.Quad]int, len(deltas))
	for i, d := range deltas {
		last[d.Quad] = i
	}
	stored := map[quad.Value]map[quad.Quad]bool{} // subject → its quads
	var out []graph.Delta
	for i, d := range deltas {
		if last[d.Quad] != i {
			continue
		}
		have, ok := stored[d.Quad.Subject]
		if !ok {
			qs, err := s.quadsWith(ctx, quad.Subject, d.Quad.Subject)
			if err != nil {
				return nil, fmt.Errorf("read before writing: %w", err)
			}
			have = make(map[quad.Quad]bool, len(qs))
			for _, q := range qs {
				have[q] = true
			}
			stored[d.Quad.Subject] = have
		}
		if have[d.Quad] != (d.Action == graph.Add) {
			out = append(out, d)
		}
	}
	return out, nil
}

// holdUp repeats additions so that no node an addition names loses
// references on balance (see applyOnce).
func holdUp(deltas []graph.Delta) []graph.Delta {
	balance := map[string]int{}
	firstAdd := map[string]int{} // node → the first addition naming it
	for i, d := range deltas {
		step := 1
		if d.Action != graph.Add {
			step = -1
		}
		for _, dir := range quad.Directions {
			v := d.Quad.Get(dir)
			if v == nil {
				continue
			}
			h := string(quad.HashOf(v))
			balance[h] += step
			if _, ok := firstAdd[h]; !ok && step > 0 {
				firstAdd[h] = i
			}
		}
	}
	out := deltas
	for h, i := range firstAdd {
		// each repeat lifts every node of the quad, this one by one
		for balance[h] < 0 {
			out = append(out, deltas[i])
			for _, dir := range quad.Directions {
				if v := deltas[i].Quad.Get(dir); v != nil {
					balance[string(quad.HashOf(v))]++
				}
			}
		}
	}
	return out
}
