package export

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"

	"github.com/annals/annals/graph/vocab"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// StoreQuads lists what a whole-store export writes, read from the store
// as the writers ask for it rather than held in memory: every quad of qs,
// then, when derived is set, their derived view ([Enrich]), statement by
// statement. It also returns the prefixes of a JSON-LD context for them,
// as [WholeStore] does. WholeStore(quads, derived) lists the same quads
// for the quads of the store.
//
// The stored quads come from one pass over the store
// (QuadsAllIterator), which reads them in batches. The type quads of
// statements and documents met on the way go to a temporary file, and the
// derived view is made from them once that pass is over, each statement
// looked up by subject, so that no store iterator is open while another
// reads.
func StoreQuads(ctx context.Context, qs cgraph.QuadStore, derived bool) (QuadSource, map[string]string) {
	prefixes := vocab.Prefixes()
	if derived {
		maps.Copy(prefixes, vocab.ViewPrefixes())
	}
	return func(yield func(quad.Quad) error) error {
		var pending *os.File
		var w *bufio.Writer
		if derived {
			f, err := os.CreateTemp("", "annals-export-*.types")
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			defer func() { f.Close(); os.Remove(f.Name()) }()
			pending, w = f, bufio.NewWriter(f)
		}
		if err := eachStoreQuad(ctx, qs, func(q quad.Quad) error {
			if err := yield(q); err != nil {
				return err
			}
			if derived && q.Predicate == vocab.RDFType && (q.Object == vocab.ClassStatement || q.Object == vocab.ClassArticle) {
				if p, err := parseLine(q.NQuad()); err != nil || p != q {
					return fmt.Errorf("export: derived view of %s: the type quad does not read back", q.NQuad())
				}
				w.WriteString(q.NQuad())
				return w.WriteByte('\n')
			}
			return nil
		}); err != nil {
			return err
		}
		if !derived {
			return nil
		}
		if err := w.Flush(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if _, err := pending.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		look := newStoreLookup(ctx, qs)
		r := bufio.NewScanner(pending)
		r.Buffer(nil, 1<<20)
		for r.Scan() {
			typ, err := parseLine(r.Text())
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			if typ.Object == vocab.ClassArticle {
				if err := yield(documentView(typ)); err != nil {
					return err
				}
				continue
			}
			view, err := statementView(typ, look)
			if err != nil {
				return fmt.Errorf("export: derived view of %v: %w", typ.Subject, err)
			}
			for _, q := range view {
				if err := yield(q); err != nil {
					return err
				}
			}
		}
		return r.Err()
	}, prefixes
}

// eachStoreQuad calls f with every quad of qs.
func eachStoreQuad(ctx context.Context, qs cgraph.QuadStore, f func(quad.Quad) error) error {
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("export: read quad: %w", err)
		}
		if err := f(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("export: list quads: %w", err)
	}
	return ctx.Err()
}

// storeLookup answers the derived view's questions from the store's
// subject index, with small caches (documents' texts, actors) that are
// emptied when full, so that they stay bounded.
type storeLookup struct {
	ctx    context.Context
	qs     cgraph.QuadStore
	texts  map[quad.Value]docText
	actors map[quad.Value]bool
}

type docText struct {
	text string
	ok   bool
}

const (
	maxCachedTexts  = 256
	maxCachedActors = 1 << 16
)

func newStoreLookup(ctx context.Context, qs cgraph.QuadStore) *storeLookup {
	return &storeLookup{ctx: ctx, qs: qs, texts: map[quad.Value]docText{}, actors: map[quad.Value]bool{}}
}

// about lists the quads with subject v in the order Enrich sees them when
// given the store's quads as graph.Store.AllQuads lists them: sorted by
// N-Quads line, without duplicates. Enrich takes the first of a property's
// values, so the order matters.
func (l *storeLookup) about(v quad.Value) ([]quad.Quad, error) {
	if v == nil {
		return nil, nil
	}
	ref, err := l.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("look up %v: %w", v, err)
	}
	if ref == nil {
		return nil, nil
	}
	type lined struct {
		q    quad.Quad
		line string
	}
	var found []lined
	err = func() error {
		it := l.qs.QuadIterator(quad.Subject, ref).Iterate()
		defer it.Close()
		for it.Next(l.ctx) {
			q, err := l.qs.Quad(it.Result())
			if err != nil {
				return err
			}
			found = append(found, lined{q, nquadLine(q)})
		}
		return errors.Join(it.Err(), l.ctx.Err())
	}()
	if err != nil {
		return nil, fmt.Errorf("quads of %v: %w", v, err)
	}
	slices.SortFunc(found, func(a, b lined) int { return cmp.Compare(a.line, b.line) })
	found = slices.CompactFunc(found, func(a, b lined) bool { return a.line == b.line })
	out := make([]quad.Quad, len(found))
	for i, f := range found {
		out[i] = f.q
	}
	return out, nil
}

func (l *storeLookup) text(doc quad.Value) (string, bool, error) {
	if t, ok := l.texts[doc]; ok {
		return t.text, t.ok, nil
	}
	qs, err := l.about(doc)
	if err != nil {
		return "", false, err
	}
	var t docText
	for _, q := range qs {
		if q.Predicate == vocab.PropText { // the last one, as Enrich
			t = docText{literal(q.Object), true}
		}
	}
	if len(l.texts) >= maxCachedTexts {
		clear(l.texts)
	}
	l.texts[doc] = t
	return t.text, t.ok, nil
}

func (l *storeLookup) isActor(v quad.Value) (bool, error) {
	if a, ok := l.actors[v]; ok {
		return a, nil
	}
	qs, err := l.about(v)
	if err != nil {
		return false, err
	}
	actor := false
	for _, q := range qs {
		if q.Predicate == vocab.RDFType && q.Object == vocab.ClassActor {
			actor = true
		}
	}
	if len(l.actors) >= maxCachedActors {
		clear(l.actors)
	}
	l.actors[v] = actor
	return actor, nil
}
