package export

import (
	"slices"
	"strings"

	annals "github.com/annals/annals"
	dgraph "github.com/dominikbraun/graph"
)

// Neighbourhood keeps the statements of the actors at most hops links away
// from any of the actors around (Actor ids), in their original order. Two
// actors are linked when a statement has one as subject and the other as
// object. With hops 0 it keeps the statements that name one of the actors
// around as subject or object; with hops 1 also those of the actors they
// deal with directly, and so on.
//
// The links are read from stmts themselves, so a neighbourhood never
// reaches through statements that other filters (dates, confidence) left
// out.
func Neighbourhood(stmts []annals.Statement, around []string, hops int) []annals.Statement {
	near := actorsWithin(stmts, around, hops)
	var out []annals.Statement
	for _, s := range stmts {
		if near[s.Subject.Actor] || (s.Object != nil && near[s.Object.Actor]) {
			out = append(out, s)
		}
	}
	return out
}

// actorsWithin returns the actors at most hops links from around, around
// included: a breadth-first walk of the undirected graph of actors.
func actorsWithin(stmts []annals.Statement, around []string, hops int) map[string]bool {
	g := dgraph.New(dgraph.StringHash)
	for _, s := range stmts {
		for _, a := range []*annals.Argument{&s.Subject, s.Object} {
			if a != nil && a.Actor != "" {
				_ = g.AddVertex(a.Actor) // ErrVertexAlreadyExists is expected
			}
		}
		if s.Object != nil && s.Subject.Actor != "" && s.Object.Actor != "" && s.Subject.Actor != s.Object.Actor {
			_ = g.AddEdge(s.Subject.Actor, s.Object.Actor) // a second link between the same two adds nothing
		}
	}
	// dominikbraun/graph's BFSWithDepth counts visited vertices, not levels
	// (v0.23.0), so the levels are walked here on its adjacency map.
	adjacency, err := g.AdjacencyMap()
	if err != nil {
		panic("export: neighbourhood: " + err.Error()) // an in-memory store does not fail
	}
	near := map[string]bool{}
	level := []string{}
	for _, a := range around {
		if !near[a] {
			near[a] = true
			level = append(level, a)
		}
	}
	for range hops {
		var next []string
		for _, a := range level {
			for b := range adjacency[a] {
				if !near[b] {
					near[b] = true
					next = append(next, b)
				}
			}
		}
		level = next
	}
	return near
}

// WithPredicates keeps the statements whose predicate lemma is one of
// lemmas, ignoring case; no lemmas keeps all.
func WithPredicates(stmts []annals.Statement, lemmas []string) []annals.Statement {
	if len(lemmas) == 0 {
		return stmts
	}
	var out []annals.Statement
	for _, s := range stmts {
		if slices.ContainsFunc(lemmas, func(l string) bool { return strings.EqualFold(strings.TrimSpace(l), s.Predicate.Lemma) }) {
			out = append(out, s)
		}
	}
	return out
}
