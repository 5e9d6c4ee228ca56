package graph

import (
	"context"
	"fmt"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// Kin lists the stored statements a reader weighs with sts: those that
// share a fact with one of them (annals.Statement.Fact), which corroborate
// it, and those with the same predicate lemma and the same subject actor
// as one of them, among which are the ones that contradict it (see
// export.Corroborate). It reads them whatever their confidence and
// whatever filter chose sts, and leaves out the statements of sts
// themselves; the order is the timeline's.
func (s *Store) Kin(ctx context.Context, sts []annals.Statement) ([]annals.Statement, error) {
	have := map[string]bool{}
	for i := range sts {
		have[sts[i].ID] = true
	}
	seen := map[quad.Value]bool{}
	var ids []quad.Value
	add := func(vs ...quad.Value) {
		for _, v := range vs {
			if !seen[v] && !have[s.iri.StatementID(v)] {
				seen[v] = true
				ids = append(ids, v)
			}
		}
	}
	// the statements of lemmas and of agents, as looked up
	lemmas, agents := map[string]map[quad.Value]bool{}, map[string][]quad.Value{}
	facts := map[string]bool{}
	type act struct{ lemma, agent string }
	acts := map[act]bool{}
	for i := range sts {
		st := &sts[i]
		if f := st.Fact; f != "" && !facts[f] {
			facts[f] = true
			vs, err := s.subjectsOf(ctx, vocab.PropFact, quad.String(f))
			if err != nil {
				return nil, fmt.Errorf("statements of fact %s: %w", f, err)
			}
			add(vs...)
		}
		a := act{st.Predicate.Lemma, st.Subject.Actor}
		if a.lemma == "" || a.agent == "" || acts[a] {
			continue
		}
		acts[a] = true
		byLemma, ok := lemmas[a.lemma]
		if !ok {
			vs, err := s.subjectsOf(ctx, vocab.PropLemma, quad.String(a.lemma))
			if err != nil {
				return nil, fmt.Errorf("statements of %s: %w", a.lemma, err)
			}
			byLemma = set(vs)
			lemmas[a.lemma] = byLemma
		}
		byAgent, ok := agents[a.agent]
		if !ok {
			var err error
			if byAgent, err = s.subjectsOf(ctx, vocab.PropAgent, s.iri.Actor(a.agent)); err != nil {
				return nil, fmt.Errorf("statements of %s: %w", a.agent, err)
			}
			agents[a.agent] = byAgent
		}
		for _, v := range byAgent {
			if byLemma[v] {
				add(v)
			}
		}
	}
	out := make([]annals.Statement, 0, len(ids))
	texts := documentTexts{}
	for _, id := range ids {
		st, err := s.readStatement(ctx, id, texts)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	SortTimeline(out)
	return out, nil
}

// set is the values of vs as a set.
func set(vs []quad.Value) map[quad.Value]bool {
	m := make(map[quad.Value]bool, len(vs))
	for _, v := range vs {
		m[v] = true
	}
	return m
}
