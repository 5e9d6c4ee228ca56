package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

// quadsWith lists the quads that have v in direction d; none if v is not in
// the store. It uses the store's indexes: subject (SP) and object (OPS) are
// fast on every backend.
func (s *Store) quadsWith(ctx context.Context, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("look up %v: %w", v, err)
	}
	if ref == nil {
		return nil, nil
	}
	out, err := s.collect(ctx, s.qs.QuadIterator(d, ref))
	if err != nil {
		return nil, fmt.Errorf("quads of %v: %w", v, err)
	}
	return out, nil
}

// collect reads the quads an iterator lists.
func (s *Store) collect(ctx context.Context, shape iterator.Shape) ([]quad.Quad, error) {
	it := shape.Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("read quad: %w", err)
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// subjectsOf lists the subjects of quads "?s p o".
func (s *Store) subjectsOf(ctx context.Context, p, o quad.Value) ([]quad.Value, error) {
	qs, err := s.quadsWith(ctx, quad.Object, o)
	if err != nil {
		return nil, err
	}
	var out []quad.Value
	for _, q := range qs {
		if q.Predicate == p {
			out = append(out, q.Subject)
		}
	}
	return out, nil
}

// AllQuads lists every quad of the store, sorted, for exports.
func (s *Store) AllQuads(ctx context.Context) ([]quad.Quad, error) {
	out, err := s.collect(ctx, s.qs.QuadsAllIterator())
	if err != nil {
		return nil, fmt.Errorf("list quads: %w", err)
	}
	return dedupe(out), nil
}

// property is the first object of predicate p among quads, or nil.
func property(qs []quad.Quad, p quad.IRI) quad.Value {
	for _, q := range qs {
		if q.Predicate == p {
			return q.Object
		}
	}
	return nil
}

// valueSpool is a list of values in a temporary file, one N-Quads term a
// line.
type valueSpool struct{ f *os.File }

// spoolSubjectsOf lists the subjects of quads "?s p o", as subjectsOf
// does, into a temporary file.
func (s *Store) spoolSubjectsOf(ctx context.Context, p, o quad.Value) (_ *valueSpool, err error) {
	f, err := os.CreateTemp("", "annals-subjects-*")
	if err != nil {
		return nil, err
	}
	spool := &valueSpool{f}
	defer func() {
		if err != nil {
			spool.close()
		}
	}()
	ref, err := s.qs.ValueOf(o)
	if err != nil {
		return nil, fmt.Errorf("look up %v: %w", o, err)
	}
	if ref == nil {
		return spool, nil
	}
	w := bufio.NewWriterSize(f, 1<<16)
	it := s.qs.QuadIterator(quad.Object, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("read quad: %w", err)
		}
		if q.Predicate != p {
			continue
		}
		term := q.Subject.String()
		if strings.ContainsRune(term, '\n') || quad.StringToValue(term) != q.Subject {
			return nil, fmt.Errorf("subject %s of %v: not a term that reads back", term, o)
		}
		w.WriteString(term)
		w.WriteByte('\n')
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return spool, nil
}

// each calls yield with every value, in the order they were listed.
func (v *valueSpool) each(yield func(quad.Value) error) error {
	if _, err := v.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	r := bufio.NewScanner(v.f)
	r.Buffer(nil, 1<<20)
	for r.Scan() {
		if err := yield(quad.StringToValue(r.Text())); err != nil {
			return err
		}
	}
	return r.Err()
}

func (v *valueSpool) close() error {
	return errors.Join(v.f.Close(), os.Remove(v.f.Name()))
}
