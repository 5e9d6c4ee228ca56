package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// ActorSummary is an actor with what the store knows of its statements.
type ActorSummary struct {
	annals.Actor
	Statements  int       // statements with the actor as subject or object
	First, Last time.Time // earliest and latest dated statement; zero if none is dated
	// FirstPrecision and LastPrecision are how finely the statements that
	// give First and Last know their time, so that a year-only date shows as
	// "2019", not as its first day; the finer one where two give the same day.
	FirstPrecision, LastPrecision annals.Precision
}

// Actors lists every actor, most statements first, then by name.
func (s *Store) Actors(ctx context.Context) ([]ActorSummary, error) {
	nodes, err := s.subjectsOf(ctx, vocab.RDFType, vocab.ClassActor)
	if err != nil {
		return nil, fmt.Errorf("list actors: %w", err)
	}
	out := make([]ActorSummary, 0, len(nodes))
	for _, node := range nodes {
		qs, err := s.quadsWith(ctx, quad.Subject, node)
		if err != nil {
			return nil, fmt.Errorf("read actor %v: %w", node, err)
		}
		sum := ActorSummary{Actor: s.decodeActor(node, qs)}
		if err := s.summarise(ctx, node, &sum); err != nil {
			return nil, err
		}
		out = append(out, sum)
	}
	slices.SortFunc(out, func(a, b ActorSummary) int {
		if a.Statements != b.Statements {
			return b.Statements - a.Statements
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out, nil
}

// summarise counts an actor's statements and their date range.
func (s *Store) summarise(ctx context.Context, node quad.Value, sum *ActorSummary) error {
	links, err := s.quadsWith(ctx, quad.Object, node)
	if err != nil {
		return err
	}
	seen := map[quad.Value]bool{}
	for _, q := range links {
		if (q.Predicate != vocab.PropAgent && q.Predicate != vocab.PropObject) || seen[q.Subject] {
			continue
		}
		seen[q.Subject] = true
		sum.Statements++
		meta, err := s.quadsWith(ctx, quad.Subject, q.Subject)
		if err != nil {
			return err
		}
		first, last := dateOf(property(meta, vocab.PropEarliest)), dateOf(property(meta, vocab.PropLatest))
		if first.IsZero() {
			first = last
		}
		if last.IsZero() {
			last = first
		}
		p := annals.Precision(stringOf(property(meta, vocab.PropTimePrecision)))
		if !first.IsZero() && (sum.First.IsZero() || first.Before(sum.First) ||
			first.Equal(sum.First) && annals.ComparePrecision(p, sum.FirstPrecision) < 0) {
			sum.First, sum.FirstPrecision = first, p
		}
		if !last.IsZero() && (last.After(sum.Last) ||
			last.Equal(sum.Last) && annals.ComparePrecision(p, sum.LastPrecision) < 0) {
			sum.Last, sum.LastPrecision = last, p
		}
	}
	return nil
}

func (s *Store) decodeActor(node quad.Value, qs []quad.Quad) annals.Actor {
	a := annals.Actor{
		ID:   s.iri.ActorID(node),
		Name: stringOf(property(qs, vocab.PropName)),
		Type: actorType(qs),
	}
	for _, q := range qs {
		switch q.Predicate {
		case vocab.PropAlias:
			a.Aliases = append(a.Aliases, stringOf(q.Object))
		case vocab.PropPartOf, vocab.PropNation:
			a.Country = s.iri.ActorID(q.Object)
		case vocab.PropStandsFor:
			a.StandsFor = s.iri.ActorID(q.Object)
		}
	}
	slices.Sort(a.Aliases)
	return a
}

// actorType is the type an actor's quads give it: the documents that name
// it may type it differently, one leaving it UNKNOWN where another's words
// tell (a "website" before the name), so the first type that is not
// UNKNOWN wins.
func actorType(qs []quad.Quad) annals.ActorType {
	var typ annals.ActorType
	for _, q := range qs {
		if q.Predicate == vocab.PropActorType && (typ == "" || typ == annals.ActorUnknown) {
			typ = annals.ActorType(stringOf(q.Object))
		}
	}
	return typ
}

// ActorByID reads one actor; ok is false if there is none with that id. An
// actor merged into another reads as that other one.
func (s *Store) ActorByID(ctx context.Context, id string) (a annals.Actor, ok bool, err error) {
	id, err = s.mergedInto(ctx, id)
	if err != nil {
		return annals.Actor{}, false, err
	}
	node := s.iri.Actor(id)
	qs, err := s.quadsWith(ctx, quad.Subject, node)
	if err != nil || property(qs, vocab.PropName) == nil {
		return annals.Actor{}, false, err
	}
	return s.decodeActor(node, qs), true, nil
}

// Names maps actor ids to canonical names, for display.
func (s *Store) Names(ctx context.Context, ids ...string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	for _, id := range ids {
		if _, done := out[id]; done || id == "" {
			continue
		}
		a, ok, err := s.ActorByID(ctx, id)
		if err != nil {
			return nil, err
		}
		if ok {
			out[id] = a.Name
		}
	}
	return out, nil
}
