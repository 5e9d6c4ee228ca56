package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// DefaultBatch is how many quads a Writer gathers before it commits. The
// notes on Cayley measured bbolt fastest at about 10k quads a transaction on
// synthetic quads; loading the Wikinews set took about 15 % less CPU at 20k
// (40k and 100k were no faster and held more memory).
const DefaultBatch = 20000

// Outcome says what writing one document did.
type Outcome int

// Outcomes of Writer.Write.
const (
	Added     Outcome = iota // a new document
	Unchanged                // the same document, already stored: nothing written
	Replaced                 // a changed document with a known id: old statements replaced
)

// WriteStats counts what a Writer did.
type WriteStats struct {
	Added, Unchanged, Replaced int // documents
	Statements                 int // statements of added and replaced documents
	QuadsAdded, QuadsRemoved   int
	Commits                    int
}

// Writer stores extractions, whole documents per transaction, batching
// several documents into one commit. It is not safe for concurrent use.
type Writer struct {
	s        *Store
	enc      encoder
	pipeline string
	batch    int
	pending  []graph.Delta
	inBatch  map[string]bool // documents in pending
	stats    WriteStats
	index    actorIndex
	repaired bool // half-done merges are finished (repair)

	// A full batch commits in the background while the next documents are
	// resolved and encoded (on a bulk ingest that work would otherwise wait
	// for Cayley); at most one commit runs at a time.
	inflight     chan error      // the running commit's result; nil if none
	inflightDocs map[string]bool // documents in the running commit
	inflightSize int             // its quads, for error messages
}

// NewWriter starts a writer. pipeline names the extractor's version: it is
// part of each document's fingerprint, so a new version replaces statements
// made by an old one, while the same version finds nothing to do.
func (s *Store) NewWriter(pipeline string) *Writer {
	return &Writer{s: s, enc: encoder{s.iri}, pipeline: pipeline, batch: DefaultBatch,
		inBatch: map[string]bool{}, inflightDocs: map[string]bool{}}
}

// SetBatch sets how many quads are gathered before a commit.
func (w *Writer) SetBatch(n int) {
	if n > 0 {
		w.batch = n
	}
}

// JoinActors makes the writer join each document's actors onto the stored
// ones with j (ingest/actor's Joiner joins a surname alone to the one full
// name it can mean). Without a joiner (nil, the default) actors are not
// joined across documents; the merges the user recorded still apply. Call
// it before the first Write.
func (w *Writer) JoinActors(j annals.Joiner) { w.index.joiner = j }

// Stats returns what the writer has done so far.
func (w *Writer) Stats() WriteStats { return w.stats }

// Write queues one document's extraction and commits when the batch is full.
// A document is never split across commits.
func (w *Writer) Write(ctx context.Context, x *annals.Extraction) (Outcome, error) {
	if w.s.readOnly {
		return 0, errors.New("write: store opened read-only")
	}
	if err := w.repair(ctx); err != nil {
		return 0, err
	}
	id := x.Document.ID
	if err := w.settle(ctx, id); err != nil {
		return 0, err
	}
	hash := contentHash(&x.Document, w.pipeline)
	old, oldHash, err := w.s.documentQuads(ctx, id)
	if err != nil {
		return 0, err
	}
	if oldHash == hash {
		w.stats.Unchanged++
		return Unchanged, nil
	}
	x, later, err := w.resolveActors(ctx, x)
	if err != nil {
		return 0, err
	}
	fresh := w.enc.extractionQuads(x, hash)
	outcome := Added
	if old != nil {
		outcome = Replaced
	}
	w.inBatch[id] = true // before queue, which may start the commit that takes it
	w.stats.Statements += distinctStatements(x.Statements)
	if outcome == Added {
		w.stats.Added++
	} else {
		w.stats.Replaced++
	}
	add := difference(fresh, old)
	if len(later) == 0 {
		return outcome, w.queue(ctx, add, difference(old, fresh))
	}
	// A surname stored alone before is merged into the full name this
	// document gives, once the document is stored. The merges' redirects
	// commit with the document, so that an ingest killed before the merges
	// are done finishes them when run again (repair) rather than
	// finding the document unchanged and leaving them undone.
	for short, full := range later {
		add = append(add, quad.Make(w.s.iri.Actor(short), vocab.PropMergedInto, w.s.iri.Actor(full), nil))
	}
	if err := w.queue(ctx, add, difference(old, fresh)); err != nil {
		return 0, err
	}
	w.stats.QuadsAdded -= len(later)     // the merges' quads, which are not counted
	if err := w.Flush(ctx); err != nil { // the merges read what this document adds
		return 0, err
	}
	for short, full := range later {
		if err := w.s.finishMerge(ctx, short, full); err != nil {
			return 0, fmt.Errorf("write %s: %w", id, err)
		}
	}
	return outcome, nil
}

// repair finishes, once per writer and before its first document, the
// merges that a write or load killed between a document's commit and the
// merge it started left half done: the joiner reads the stored people.
func (w *Writer) repair(ctx context.Context) error {
	if w.repaired {
		return nil
	}
	if _, err := w.s.RepairMerges(ctx); err != nil {
		return fmt.Errorf("repair merges: %w", err)
	}
	w.repaired = true
	return nil
}

// queue adds deltas to the pending batch and commits when it is full.
func (w *Writer) queue(ctx context.Context, add, del []quad.Quad) error {
	for _, q := range del {
		w.pending = append(w.pending, graph.Delta{Quad: q, Action: graph.Delete})
		w.stats.QuadsRemoved++
	}
	for _, q := range add {
		w.pending = append(w.pending, graph.Delta{Quad: q, Action: graph.Add})
		w.stats.QuadsAdded++
	}
	if len(w.pending) >= w.batch {
		return w.startCommit(ctx)
	}
	return nil
}

// Flush commits what is pending in one transaction and returns once every
// commit the writer started has finished.
func (w *Writer) Flush(ctx context.Context) error {
	if err := w.startCommit(ctx); err != nil {
		return err
	}
	return w.wait()
}

// startCommit waits for the running commit, then starts committing what is
// pending in the background.
func (w *Writer) startCommit(ctx context.Context) error {
	if err := w.wait(); err != nil {
		return err
	}
	if len(w.pending) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	pending := w.pending
	w.pending = make([]graph.Delta, 0, len(pending))
	w.inBatch, w.inflightDocs = w.inflightDocs, w.inBatch
	w.inflightSize = len(pending)
	done := make(chan error, 1)
	w.inflight = done
	if !w.s.inBackground(pending) {
		done <- w.s.apply(pending)
		return nil
	}
	collect := len(pending) >= DefaultBatch/4 // a small commit leaves little garbage
	go func() {
		done <- w.s.apply(pending)
		pending = nil // the batch is garbage for the collection
		if collect {
			collectAfterCommit()
		}
	}()
	return nil
}

// collecting is set while collectAfterCommit runs.
var collecting atomic.Bool

// collectAfterCommit runs a garbage collection unless one it started is
// still running. The heap may grow to twice what the last collection found
// live; when that collection marks during a commit, it finds the batch and
// every page the commit changed in bbolt (their number grows with the store)
// live, and the heap grows to twice that peak. Collecting just after the
// commit, when the batch is garbage, sets the heap's goal from the trough.
// Measured on 10 copies of the Wikinews set: peak anonymous memory 599–654
// MB without, 451–462 MB with; on one copy 295–330 MB against 269–290, 3–5 %
// slower in paired runs (less than GOGC=70 costs for more memory).
func collectAfterCommit() {
	if collecting.CompareAndSwap(false, true) {
		runtime.GC()
		collecting.Store(false)
	}
}

// wait waits for the running commit, if any, and reports its error.
func (w *Writer) wait() error {
	if w.inflight == nil {
		return nil
	}
	err := <-w.inflight
	w.inflight = nil
	clear(w.inflightDocs)
	if err != nil {
		return redacted(fmt.Errorf("write %d quads to %s: %w", w.inflightSize, w.s.addr, err))
	}
	w.stats.Commits++
	return nil
}

// settle makes a document's stored state readable before it is compared
// with a new version: a version still pending is committed, one being
// committed is waited for.
func (w *Writer) settle(ctx context.Context, key string) error {
	switch {
	case w.inBatch[key]:
		return w.Flush(ctx)
	case w.inflightDocs[key]:
		return w.wait()
	}
	return nil
}

// Close commits what is pending.
func (w *Writer) Close(ctx context.Context) error { return w.Flush(ctx) }

// apply commits deltas: the additions in one transaction, then the
// deletions in another. One transaction cannot do both at this Cayley
// version: a node whose quads a transaction removes on balance loses its id
// for the quads the same transaction adds (they come back with a missing
// subject or object). Between the two commits the store holds old and new
// quads side by side, which is safe: a document then has two content hashes,
// so the next ingest replaces it again, and a merge is simply redone.
func (s *Store) apply(deltas []graph.Delta) error {
	var adds, dels []graph.Delta
	for _, d := range deltas {
		if d.Action == graph.Add {
			adds = append(adds, d)
		} else {
			dels = append(dels, d)
		}
	}
	for _, part := range [][]graph.Delta{adds, dels} {
		if len(part) == 0 {
			continue
		}
		if err := s.applyDeltas(part, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			return err
		}
	}
	return nil
}

// difference lists the quads of a that are not in b.
func difference(a, b []quad.Quad) []quad.Quad {
	if len(b) == 0 {
		return a
	}
	in := make(map[quad.Quad]struct{}, len(b))
	for _, q := range b {
		in[q] = struct{}{}
	}
	var out []quad.Quad
	for _, q := range a {
		if _, ok := in[q]; !ok {
			out = append(out, q)
		}
	}
	return out
}

// documentQuads lists the quads a stored document owns (its own graph and
// its statements' graphs) and its content hash; nil and "" if it is not
// stored. Actor and thing nodes are shared, so they are not the document's.
func (s *Store) documentQuads(ctx context.Context, id string) ([]quad.Quad, string, error) {
	return s.documentQuadsOf(ctx, s.iri.Document(id))
}

// documentQuadsOf is documentQuads for a document's IRI.
func (s *Store) documentQuadsOf(ctx context.Context, doc quad.Value) ([]quad.Quad, string, error) {
	own, err := s.quadsWith(ctx, quad.Subject, doc)
	if err != nil || len(own) == 0 {
		return nil, "", err
	}
	// two hashes: a replace stopped between its commits; replace it again
	var hash quad.String
	for _, q := range own {
		if q.Predicate == vocab.PropContent {
			h, _ := q.Object.(quad.String)
			if hash != "" && h != hash {
				hash = ""
				break
			}
			hash = h
		}
	}
	statements, err := s.subjectsOf(ctx, vocab.PropDerived, doc)
	if err != nil {
		return nil, "", err
	}
	all := own
	for _, st := range statements {
		qs, err := s.statementGraph(ctx, st)
		if err != nil {
			return nil, "", err
		}
		all = append(all, qs...)
	}
	return all, string(hash), nil
}

// statementGraph lists the quads of a statement's named graph: its metadata
// and its subject–predicate–object edge.
func (s *Store) statementGraph(ctx context.Context, st quad.Value) ([]quad.Quad, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, st)
	if err != nil {
		return nil, err
	}
	var meta []quad.Quad
	for _, q := range qs {
		if q.Label == st {
			meta = append(meta, q)
		}
	}
	for _, q := range meta {
		if q.Predicate != vocab.PropQualifier && q.Predicate != vocab.PropReference {
			continue
		}
		qual, err := s.quadsWith(ctx, quad.Subject, q.Object)
		if err != nil {
			return nil, err
		}
		meta = append(meta, qual...)
	}
	subj, obj := property(meta, vocab.PropAgent), property(meta, vocab.PropObject)
	lemma, _ := property(meta, vocab.PropLemma).(quad.String)
	if subj != nil && obj != nil {
		meta = append(meta, quad.Make(subj, s.iri.Predicate(string(lemma)), obj, st))
	}
	return meta, nil
}

// distinctStatements counts the statements by id, as the store holds them:
// an extraction that gives one statement twice stores it once.
func distinctStatements(sts []annals.Statement) int {
	ids := make(map[string]bool, len(sts))
	for _, st := range sts {
		ids[st.ID] = true
	}
	return len(ids)
}
