package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// CheckReport is what Check found.
type CheckReport struct {
	Documents  []string // ids of the stored documents, sorted
	Statements int
	Problems   []string // what is inconsistent; empty when all is well
}

// Check reads the whole store and reports what does not hold together:
// a document without its content hash or id, a statement without its
// document, its type, subject or lemma, and a statement with an object but
// no subject–predicate–object edge. A store written only by Writers and
// Loaders has none of these, even after a crash: each document and its
// statements are committed in one transaction.
func (s *Store) Check(ctx context.Context) (CheckReport, error) {
	var r CheckReport
	docs, err := s.subjectsOf(ctx, vocab.RDFType, vocab.ClassArticle)
	if err != nil {
		return r, fmt.Errorf("check: %w", err)
	}
	stored := map[quad.Value]bool{}
	for _, doc := range docs {
		qs, err := s.quadsWith(ctx, quad.Subject, doc)
		if err != nil {
			return r, fmt.Errorf("check: %w", err)
		}
		own := qs[:0]
		for _, q := range qs {
			if q.Label == doc {
				own = append(own, q)
			}
		}
		id := stringOf(property(own, vocab.PropIdentifier))
		if id == "" {
			r.Problems = append(r.Problems, fmt.Sprintf("document %v has no id", doc))
		}
		if property(own, vocab.PropContent) == nil {
			r.Problems = append(r.Problems, fmt.Sprintf("document %v has no content hash", doc))
		}
		stored[doc] = true
		r.Documents = append(r.Documents, id)
	}
	slices.Sort(r.Documents)
	statements, err := s.subjectsOf(ctx, vocab.RDFType, vocab.ClassStatement)
	if err != nil {
		return r, fmt.Errorf("check: %w", err)
	}
	r.Statements = len(statements)
	for _, st := range statements {
		qs, err := s.quadsWith(ctx, quad.Subject, st)
		if err != nil {
			return r, fmt.Errorf("check: %w", err)
		}
		var meta []quad.Quad
		for _, q := range qs {
			if q.Label == st {
				meta = append(meta, q)
			}
		}
		doc := property(meta, vocab.PropDerived)
		switch {
		case doc == nil:
			r.Problems = append(r.Problems, fmt.Sprintf("statement %v has no document", st))
		case !stored[doc]:
			r.Problems = append(r.Problems, fmt.Sprintf("statement %v is derived from %v, which is not stored", st, doc))
		}
		subj, obj := property(meta, vocab.PropAgent), property(meta, vocab.PropObject)
		lemma, _ := property(meta, vocab.PropLemma).(quad.String)
		if subj == nil || lemma == "" {
			r.Problems = append(r.Problems, fmt.Sprintf("statement %v lacks its subject or lemma", st))
			continue
		}
		if obj == nil {
			continue
		}
		edges, err := s.quadsWith(ctx, quad.Subject, subj)
		if err != nil {
			return r, fmt.Errorf("check: %w", err)
		}
		edge := quad.Make(subj, s.iri.Predicate(string(lemma)), obj, st)
		if !slices.Contains(edges, edge) {
			r.Problems = append(r.Problems, fmt.Sprintf("statement %v has no edge %v", st, edge))
		}
	}
	return r, ctx.Err()
}
