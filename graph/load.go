package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Quads returns the quads that a Writer with the given pipeline version
// writes for x, with data IRIs under base (DefaultBase when empty). They
// come as one document block, the form a Loader reads back atomically: the
// document's rdf:type quad first, then the rest of its graph, then its
// actors and statements.
//
// Extraction is stateless per document, so many machines can each turn
// their share of the articles into quads (annals extract --format nquads)
// and one store loads them all (annals load).
func Quads(x *annals.Extraction, base, pipeline string) []quad.Quad {
	if base == "" {
		base = DefaultBase
	}
	enc := encoder{vocab.IRIs{Base: base}}
	all := enc.extractionQuads(x, contentHash(&x.Document, pipeline))
	doc := enc.iri.Document(x.Document.ID)
	out := make([]quad.Quad, 0, len(all))
	out = append(out, quad.Make(doc, vocab.RDFType, vocab.ClassArticle, doc))
	for _, pass := range []bool{true, false} { // the document's own graph, then the rest
		for _, q := range all {
			if (q.Label == doc) == pass && !isHeader(q) {
				out = append(out, q)
			}
		}
	}
	return out
}

// isHeader tells whether q opens a document block: "D rdf:type
// schema:NewsArticle" in D's own graph.
func isHeader(q quad.Quad) bool {
	return q.Predicate == vocab.RDFType && q.Object == vocab.ClassArticle && q.Label != nil && q.Label == q.Subject
}

// LoadStats counts what a Loader did.
type LoadStats struct {
	WriteStats     // documents added, replaced and unchanged; quads written; commits
	Read       int // quads read
	Loose      int // quads read outside a document block, added as they are
}

// Loader bulk-loads quads into the store in transactions of about
// DefaultBatch quads. Quads in document blocks (see Quads) are written like
// a Writer writes documents: whole documents per transaction, a document
// whose content hash is already stored is skipped, and a changed one
// replaces its old statements. Other quads (any N-Quads file, such as an
// export) are added as they come; a quad already stored is not added
// again, so loading the same file twice adds nothing.
//
// Actors are joined across documents at load time as at ingest: one node
// per id, whichever documents name it, and the Writer's rules (recorded
// merges, and the joiner's, such as a surname alone joining the one full
// name) apply to each block.
type Loader struct {
	w     *Writer
	doc   quad.Value  // the document of the open block, or nil
	block []quad.Quad // its quads so far
	stats LoadStats
}

// NewLoader starts a loader that joins the actors of each document block
// with j, as Writer.JoinActors does; nil joins none across documents.
// Close it to commit the last batch.
func (s *Store) NewLoader(j annals.Joiner) *Loader {
	w := s.NewWriter("")
	w.JoinActors(j)
	return &Loader{w: w}
}

// SetBatch sets how many quads are gathered before a commit.
func (l *Loader) SetBatch(n int) { l.w.SetBatch(n) }

// Stats returns what the loader has done so far.
func (l *Loader) Stats() LoadStats {
	st := l.stats
	st.WriteStats = l.w.Stats()
	return st
}

// Load reads every quad of r and queues it for writing, committing as
// batches fill. A document block still open at the end of r stays open, so
// that a block may go on in the next file; Close ends it.
func (l *Loader) Load(ctx context.Context, r quad.Reader) error {
	if l.w.s.readOnly {
		return errors.New("load: store opened read-only")
	}
	if err := l.w.repair(ctx); err != nil { // before the first block
		return err
	}
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read quad %d: %w", l.stats.Read+1, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		l.stats.Read++
		if isHeader(q) {
			if err := l.endBlock(ctx); err != nil {
				return err
			}
			l.doc = q.Subject
		}
		if l.doc == nil {
			if err := l.addLoose(ctx, q); err != nil {
				return err
			}
			continue
		}
		l.block = append(l.block, q)
		if len(l.block) >= maxBlock {
			// No document has this many quads: the input is not in
			// document blocks (a sorted export, say). Add it as it comes.
			for _, q := range l.block {
				if err := l.addLoose(ctx, q); err != nil {
					return err
				}
			}
			l.doc, l.block = nil, l.block[:0]
		}
	}
}

// maxBlock bounds the quads a Loader holds for one document block.
const maxBlock = 100000

// Close ends the open document block and commits what is pending.
func (l *Loader) Close(ctx context.Context) error {
	if err := l.endBlock(ctx); err != nil {
		return err
	}
	return l.w.Flush(ctx)
}

// addLoose queues a quad that belongs to no document block.
func (l *Loader) addLoose(ctx context.Context, q quad.Quad) error {
	l.stats.Loose++
	return l.w.queue(ctx, []quad.Quad{q}, nil)
}

// endBlock writes the open document block. Quads in it that belong to
// another document (as when a sorted export is loaded) are added loose.
func (l *Loader) endBlock(ctx context.Context) error {
	doc, block := l.doc, l.block
	l.doc, l.block = nil, l.block[:0]
	if doc == nil {
		return nil
	}
	statements := map[quad.Value]bool{}
	for _, q := range block {
		if q.Predicate == vocab.PropDerived && q.Object == doc && q.Label == q.Subject {
			statements[q.Subject] = true
		}
	}
	var mine, shared, other []quad.Quad
	var hash quad.Value
	for _, q := range block {
		switch {
		case q.Label == nil: // actors and things
			shared = append(shared, q)
		case q.Label == doc || statements[q.Label]:
			mine = append(mine, q)
			if q.Label == doc && q.Subject == doc && q.Predicate == vocab.PropContent {
				hash = q.Object
			}
		default:
			other = append(other, q)
		}
	}
	h, ok := hash.(quad.String)
	if !ok { // not an annals document: nothing to compare, add it all
		mine, other = nil, block
	} else if err := l.w.writeDocument(ctx, doc, string(h), mine, shared, len(statements)); err != nil {
		return err
	}
	for _, q := range other {
		if err := l.addLoose(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// writeDocument is Write for a document given as quads: mine are the quads
// of its own graph and its statements' graphs, shared those of the actors
// and things it names.
func (w *Writer) writeDocument(ctx context.Context, doc quad.Value, hash string, mine, shared []quad.Quad, statements int) error {
	key := doc.String()
	if err := w.settle(ctx, key); err != nil {
		return err
	}
	old, oldHash, err := w.s.documentQuadsOf(ctx, doc)
	if err != nil {
		return fmt.Errorf("load %v: %w", doc, err)
	}
	if oldHash == hash {
		// Its statements are stored; its actors normally are too, unless a
		// forget removed them: adding them again is a no-op otherwise. An
		// actor merged away since must not come back under its old id.
		w.stats.Unchanged++
		shared, err := w.s.withoutMerged(ctx, shared)
		if err != nil {
			return fmt.Errorf("load %v: %w", doc, err)
		}
		counted := w.stats.QuadsAdded
		err = w.queue(ctx, shared, nil)
		w.stats.QuadsAdded = counted // not new: stats count what the document adds
		return err
	}
	mine, shared, later, err := w.resolveBlock(ctx, mine, shared)
	if err != nil {
		return fmt.Errorf("load %v: %w", doc, err)
	}
	if old != nil {
		w.stats.Replaced++
	} else {
		w.stats.Added++
	}
	w.stats.Statements += statements
	w.inBatch[key] = true
	fresh := append(mine, shared...)
	add := difference(fresh, old)
	if len(later) == 0 {
		return w.queue(ctx, add, difference(old, fresh))
	}
	// As Write does: a surname stored alone before is merged into the full
	// name this document gives, once the document is stored. The merges'
	// redirects commit with the document, so that a load killed before the
	// merges are done finishes them when run again (Writer.repair) rather
	// than skipping the stored document and leaving them undone.
	for short, full := range later {
		add = append(add, quad.Make(w.s.iri.Actor(short), vocab.PropMergedInto, w.s.iri.Actor(full), nil))
	}
	if err := w.queue(ctx, add, difference(old, fresh)); err != nil {
		return err
	}
	w.stats.QuadsAdded -= len(later) // the merges' quads, which are not counted
	if err := w.Flush(ctx); err != nil {
		return err
	}
	for short, full := range later {
		if err := w.s.finishMerge(ctx, short, full); err != nil {
			return fmt.Errorf("load %v: %w", doc, err)
		}
	}
	return nil
}

// withoutMerged drops from an unchanged document's actor quads those of
// the actors merged into others since it was stored (a surname alone that a
// later document named in full), and points the rest at the actors they
// were merged into, as the stored statements already do.
func (s *Store) withoutMerged(ctx context.Context, shared []quad.Quad) ([]quad.Quad, error) {
	moved := map[quad.Value]quad.Value{}
	for _, q := range shared {
		if q.Predicate != vocab.RDFType || q.Object != vocab.ClassActor {
			continue
		}
		id := s.iri.ActorID(q.Subject)
		if id == "" {
			continue
		}
		to, err := s.mergedInto(ctx, id)
		if err != nil {
			return nil, err
		}
		if to != id {
			moved[q.Subject] = s.iri.Actor(to)
		}
	}
	if len(moved) == 0 {
		return shared, nil
	}
	out := make([]quad.Quad, 0, len(shared))
	for _, q := range shared {
		if _, gone := moved[q.Subject]; gone {
			continue
		}
		if to, ok := moved[q.Object]; ok {
			q.Object = to
		}
		out = append(out, q)
	}
	return out, nil
}

// resolveBlock joins the actors of a document block to stored ones as
// Write does for an extraction (see resolveActors): an actor that resolves
// to another id has its IRI rewritten in the document's quads and its
// description replaced by the stored actor's. later lists the merges to
// make once the document is stored.
func (w *Writer) resolveBlock(ctx context.Context, mine, shared []quad.Quad) (_, _ []quad.Quad, later map[string]string, err error) {
	bySubject := map[quad.Value][]quad.Quad{}
	var nodes []quad.Value
	for _, q := range shared {
		if q.Predicate == vocab.RDFType && q.Object == vocab.ClassActor {
			nodes = append(nodes, q.Subject)
		}
		bySubject[q.Subject] = append(bySubject[q.Subject], q)
	}
	x := &annals.Extraction{}
	var known []quad.Value
	for _, n := range nodes {
		a := w.s.decodeActor(n, bySubject[n])
		if a.ID == "" { // under another base than the store's: left as it is
			continue
		}
		x.Actors = append(x.Actors, a)
		known = append(known, n)
	}
	if len(x.Actors) == 0 {
		return mine, shared, nil, nil
	}
	y, later, err := w.resolveActors(ctx, x)
	if err != nil {
		return nil, nil, nil, err
	}
	remap := map[quad.Value]quad.Value{}
	replaced := map[quad.Value][]quad.Quad{}
	for i, a := range y.Actors {
		if i < len(known) && a.ID != x.Actors[i].ID {
			remap[known[i]] = w.s.iri.Actor(a.ID)
			replaced[known[i]] = w.enc.actorQuads(&y.Actors[i])
		}
	}
	if len(remap) == 0 {
		return mine, shared, later, nil
	}
	rename := func(v quad.Value) quad.Value {
		if to, ok := remap[v]; ok {
			return to
		}
		return v
	}
	var outShared []quad.Quad
	for _, q := range shared {
		if _, ok := replaced[q.Subject]; !ok {
			q.Object = rename(q.Object)
			outShared = append(outShared, q)
		}
	}
	for _, qs := range replaced {
		outShared = append(outShared, qs...)
	}
	outMine := make([]quad.Quad, len(mine))
	for i, q := range mine {
		q.Subject, q.Object = rename(q.Subject), rename(q.Object)
		outMine[i] = q
	}
	return outMine, dedupe(outShared), later, nil
}

// WriteNQuads writes quads as N-Quads in the order given (so document
// blocks stay whole), each term in its RDF form as export's writers spell it
// (vocab.RDFConverter): full datatype IRIs, where quad's native values name
// theirs in short form ("xsd:double"), which RDF tools take for an IRI of
// the scheme "xsd". Reading the output with Cayley's N-Quads reader gives
// back the same values. It fails on a quad RDF cannot express.
func WriteNQuads(w io.Writer, qs []quad.Quad) error {
	nw := nquads.NewWriter(w)
	var rdf vocab.RDFConverter
	for i, q := range qs {
		rq, err := rdf.Quad(q)
		if err != nil {
			return fmt.Errorf("write N-Quads: quad %d (%s): %w", i, q.NQuad(), err)
		}
		if err := nw.WriteQuad(rq); err != nil {
			return fmt.Errorf("write N-Quads: %w", err)
		}
	}
	if err := nw.Close(); err != nil { // it buffers
		return fmt.Errorf("write N-Quads: %w", err)
	}
	return nil
}
