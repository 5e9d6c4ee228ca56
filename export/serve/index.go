package serve

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
	"github.com/annals/annals/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
)

// Reading every statement back from the store costs seconds on a store of
// tens of thousands (decoding each from its quads), so the server reads them
// once per generation of the store into a timelineIndex, and a page of the
// timeline costs a pass over slices in memory plus the reads of the
// statements it returns.

// generation tells one state of the store from another cheaply: its quad
// count (a bolt store keeps it in its metadata; another process's ingest,
// forget or merge changes it) and the writes this server made through
// Cayley's API, which may leave the count as it was.
type generation struct {
	quads  int64
	writes uint64
}

// maxAgeShared bounds the life of an index of a store whose quad count may
// miss other processes' writes: Cayley's SQL stores cache the count, or
// estimate it from the database's statistics.
const maxAgeShared = time.Minute

// countsExactly reports whether the store reads its quad count afresh on
// every call: bolt from its metadata, the memory store from its own maps.
func countsExactly(st *graph.Store) bool {
	switch st.QuadStore().(type) {
	case *kv.QuadStore, *memstore.QuadStore:
		return true
	}
	return false
}

// timelineIndex is every statement of one generation of the store.
type timelineIndex struct {
	gen   generation
	built time.Time
	all   []annals.Statement // in timeline order (graph.SortTimeline)
	// byActor and byDoc hold positions in all, ascending: the statements
	// whose subject or object is the actor, and those of the document.
	byActor map[string][]int32
	byDoc   map[string][]int32
	// reads caches what pages read of the store besides statements.
	reads pageReads
}

// pageReads holds the statements' JSON that pages have made, and the actor
// names and documents read for it, so that the next pages showing them read
// nothing from the store: a statement's source reads its whole document. It is
// filled as pages ask, and dropped with its generation's index.
type pageReads struct {
	mu         sync.Mutex
	statements map[string]statementJSON // by id, with the source
	names      map[string]string        // actor id → name, "" for no such actor
	docs       map[string]annals.Document
}

// maxCachedDocs bounds the documents pageReads holds, texts and all.
const maxCachedDocs = 256

// timelines holds the index of the latest generation seen, and builds one
// at a time.
type timelines struct {
	// build is a lock that a waiting request can give up on: a token in the
	// channel is the right to read or replace cur.
	build  chan struct{}
	cur    *timelineIndex
	builds atomic.Int32 // indexes built, for tests
}

func newTimelines() *timelines {
	t := &timelines{build: make(chan struct{}, 1)}
	t.build <- struct{}{}
	return t
}

// index gives the index of the store's current generation, building it
// when the store has changed since the last one.
func (t *timelines) index(ctx context.Context, st *graph.Store, writes uint64) (*timelineIndex, error) {
	stats, err := st.QuadStore().Stats(ctx, false)
	if err != nil {
		return nil, fmt.Errorf("count the store's quads: %w", err)
	}
	gen := generation{quads: stats.Quads.Value, writes: writes}
	select {
	case <-t.build:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { t.build <- struct{}{} }()
	if t.cur != nil && t.cur.gen == gen && (countsExactly(st) || time.Since(t.cur.built) < maxAgeShared) {
		return t.cur, nil
	}
	t.cur = nil // let the old index go before the new one is read
	sts, err := st.Statements(ctx, graph.Filter{})
	if err != nil {
		return nil, err
	}
	ix := &timelineIndex{gen: gen, built: time.Now(), all: sts, byActor: map[string][]int32{}, byDoc: map[string][]int32{},
		reads: pageReads{names: map[string]string{}, statements: map[string]statementJSON{}, docs: map[string]annals.Document{}}}
	for i := range sts {
		s := &sts[i]
		ix.byDoc[s.Doc] = append(ix.byDoc[s.Doc], int32(i))
		ix.byActor[s.Subject.Actor] = append(ix.byActor[s.Subject.Actor], int32(i))
		if s.Object != nil && s.Object.Actor != s.Subject.Actor {
			ix.byActor[s.Object.Actor] = append(ix.byActor[s.Object.Actor], int32(i))
		}
	}
	delete(ix.byActor, "")
	t.cur = ix
	t.builds.Add(1)
	return ix, nil
}

// selectPage gives the statements of a selection that the window
// [offset, offset+limit) holds, and how many the selection has: what
// selection.Selection.Timeline would give and page would cut, from the
// index. Actor names are looked up in the store.
func (ix *timelineIndex) selectPage(ctx context.Context, st *graph.Store, sel selection.Selection, offset, limit int) (listJSON[annals.Statement], error) {
	f, err := sel.Filter(ctx, st)
	if err != nil {
		return listJSON[annals.Statement]{}, err
	}
	ids := f.Actors
	if len(ids) > 0 && !sel.ActorOnly {
		if ids, err = st.WithParts(ctx, ids); err != nil {
			return listJSON[annals.Statement]{}, err
		}
	}
	if sel.Hops > 0 { // the neighbourhood is found among all the kept statements
		var kept []annals.Statement
		for i := range ix.all {
			if f.Keeps(&ix.all[i]) {
				kept = append(kept, ix.all[i])
			}
		}
		kept = export.WithPredicates(export.Neighbourhood(kept, ids, sel.Hops), sel.Predicates)
		return page(kept, offset, limit), nil
	}
	var chosen []int32 // positions, ascending, before the filter
	switch {
	case sel.Doc != "": // as graph.Store.Statements: the document decides, not the actors
		chosen = ix.byDoc[sel.Doc]
	case len(ids) > 0:
		for _, id := range ids {
			chosen = append(chosen, ix.byActor[id]...)
		}
		slices.Sort(chosen)
		chosen = slices.Compact(chosen)
	}
	keep := func(s *annals.Statement) bool {
		return f.Keeps(s) && (len(sel.Predicates) == 0 ||
			slices.ContainsFunc(sel.Predicates, func(l string) bool { return strings.EqualFold(strings.TrimSpace(l), s.Predicate.Lemma) }))
	}
	out := listJSON[annals.Statement]{Offset: offset, Items: []annals.Statement{}}
	take := func(s *annals.Statement) {
		if !keep(s) {
			return
		}
		if out.Total >= offset && out.Total < offset+limit {
			out.Items = append(out.Items, *s)
		}
		out.Total++
	}
	if chosen == nil && sel.Doc == "" && len(ids) == 0 {
		for i := range ix.all {
			take(&ix.all[i])
		}
	} else {
		for _, i := range chosen {
			take(&ix.all[i])
		}
	}
	out.Truncated = offset+limit < out.Total
	return out, nil
}

// statementsJSON turns a page's statements into JSON, with their sources if
// asked, as Server.statementsJSON does, reading from the store only what
// no page has read before.
func (ix *timelineIndex) statementsJSON(ctx context.Context, st *graph.Store, sts []annals.Statement, sources bool) ([]statementJSON, error) {
	out := make([]statementJSON, len(sts))
	for i := range sts {
		js, err := cached(&ix.reads, ix.reads.statements, sts[i].ID, func() (statementJSON, error) {
			return ix.statementJSON(ctx, st, &sts[i])
		})
		if err != nil {
			return nil, err
		}
		if !sources {
			js.Source = nil
		}
		out[i] = js
	}
	return out, nil
}

// statementJSON reads what the JSON of a statement needs: the names of its
// actors and its source.
func (ix *timelineIndex) statementJSON(ctx context.Context, st *graph.Store, s *annals.Statement) (statementJSON, error) {
	names := map[string]string{}
	for _, id := range s.ActorIDs() {
		name, err := cached(&ix.reads, ix.reads.names, id, func() (string, error) {
			n, err := st.Names(ctx, id)
			return n[id], err
		})
		if err != nil {
			return statementJSON{}, err
		}
		if name != "" {
			names[id] = name
		}
	}
	js := toStatementJSON(*s, names)
	docID, span, ok, err := st.StatementSentence(ctx, s.ID)
	if err != nil || !ok {
		return js, err
	}
	doc, err := cached(&ix.reads, ix.reads.docs, docID, func() (annals.Document, error) {
		d, _, err := st.DocumentByID(ctx, docID)
		return d, err
	})
	if err != nil {
		return js, err
	}
	ix.reads.mu.Lock()
	if len(ix.reads.docs) > maxCachedDocs { // the texts are needed only until their statements are cached
		clear(ix.reads.docs)
	}
	ix.reads.mu.Unlock()
	js.Source = toSourceJSON(*s, doc, span)
	return js, nil
}

// cached gives m[key], reading it with read and keeping it when m has
// none. The lock is not held while the store is read: two pages may read
// the same thing at once, which is cheaper than waiting.
func cached[V any](r *pageReads, m map[string]V, key string, read func() (V, error)) (V, error) {
	r.mu.Lock()
	v, ok := m[key]
	r.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := read()
	if err != nil {
		return v, err
	}
	r.mu.Lock()
	m[key] = v
	r.mu.Unlock()
	return v, nil
}
