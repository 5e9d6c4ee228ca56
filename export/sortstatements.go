package export

import (
	"bufio"
	"cmp"
	"container/heap"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	annals "github.com/annals/annals"
)

// A StatementSource lists the statements a table or graph export writes,
// in any order, calling yield with each, and stops with the first error
// yield returns. yield may keep a copy of the statement, so the source
// must not change what it points to afterwards.
// [SliceStatements] lists statements in memory; the package selection
// lists those of a store.
type StatementSource func(yield func(*annals.Statement) error) error

// SliceStatements lists statements held in memory.
func SliceStatements(sts []annals.Statement) StatementSource {
	return func(yield func(*annals.Statement) error) error {
		for i := range sts {
			if err := yield(&sts[i]); err != nil {
				return err
			}
		}
		return nil
	}
}

// An ActorLookup gives the actor of an id, as a [Timeline]'s Actors do; ok
// is false when there is none of that id.
type ActorLookup func(id string) (a annals.Actor, ok bool, err error)

// SupportLookup finds what supports the facts of statements (see
// [Support]), by fact id, as [Timeline]'s Support holds it.
type SupportLookup func(sts []annals.Statement) (map[string]*Support, error)

// actorsOf looks actors up among those of a timeline, as the writers of
// a Timeline did: an id is found when an actor of that id is listed.
func actorsOf(actors []annals.Actor) ActorLookup {
	byID := make(map[string]annals.Actor, len(actors))
	for _, a := range actors {
		byID[a.ID] = a
	}
	return func(id string) (annals.Actor, bool, error) {
		a, ok := byID[id]
		return a, ok, nil
	}
}

// statementRunBytes is the runBytes of the statement sorters: a statement
// takes several times its statementSize in heap (its struct, string
// headers, pointers, the collector's headroom), so runs are smaller than
// those of lines; tests lower it to make them spill.
var statementRunBytes = 4 << 20

// compareTimeline is the order of a timeline's columns (see
// timelineColumns): by day, undated last, then by time, document,
// sentence, positions, lemma and id.
func compareTimeline(a, b *annals.Statement) int {
	da, db := statementDay(a), statementDay(b)
	if da.IsZero() != db.IsZero() {
		return cmp.Compare(b2i(da.IsZero()), b2i(db.IsZero())) // undated last
	}
	return cmp.Or(
		annals.CompareTimes(a.Time, b.Time), // the time each means, as the timeline lists them
		cmp.Compare(a.Doc, b.Doc),
		cmp.Compare(a.Sentence, b.Sentence),
		cmp.Compare(a.Predicate.Start, b.Predicate.Start),
		cmp.Compare(a.Subject.Start, b.Subject.Start),
		cmp.Compare(a.Predicate.Lemma, b.Predicate.Lemma),
		cmp.Compare(a.ID, b.ID),
	)
}

// statementSorter puts statements in timeline order (compareTimeline) in
// bounded memory: it holds about runBytes of them (statementSize), sorts
// those, writes them as JSON lines to a temporary file, and merges
// the runs when asked for the statements. Statements that compare equal
// keep no particular order among themselves; from a store those are the
// same statement listed twice. The zero value is not usable; see
// newStatementSorter.
type statementSorter struct {
	runBytes int
	held     []annals.Statement
	size     int
	sorted   bool // held is sorted and no run was written
	runs     []*os.File
}

func newStatementSorter(runBytes int) *statementSorter {
	if runBytes <= 0 {
		runBytes = defaultRunBytes
	}
	return &statementSorter{runBytes: runBytes}
}

// sortStatements sorts the statements of src.
func sortStatements(ctx context.Context, src StatementSource, runBytes int) (*statementSorter, error) {
	s := newStatementSorter(runBytes)
	i := 0
	err := src(func(st *annals.Statement) error {
		if i++; i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		return s.add(st)
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// add takes a copy of one statement (the slices it points to are shared).
func (s *statementSorter) add(st *annals.Statement) error {
	s.held = append(s.held, *st)
	s.size += statementSize(st)
	s.sorted = false
	if s.size >= s.runBytes {
		return s.spill()
	}
	return nil
}

// statementSize is about how many bytes a statement holds, so that a run
// holds about runBytes whatever the statements say.
func statementSize(st *annals.Statement) int {
	n := 256 + len(st.ID) + len(st.Doc) + len(st.Modality) + len(st.Fact) + argumentSize(&st.Subject) +
		len(st.Predicate.Text) + len(st.Predicate.Lemma) + argumentSize(st.Object) + argumentSize(st.Attribution)
	for _, q := range st.Qualifiers {
		n += 64 + len(q.Text) + len(q.Prep) + 64*len(q.Refs)
	}
	if t := st.Time; t != nil {
		n += 128 + len(t.Value)
		if t.Expr != nil {
			n += len(t.Expr.Text)
		}
	}
	if st.Event != nil {
		n += 64 + len(st.Event.Source) + len(st.Event.Target)
	}
	return n
}

func argumentSize(a *annals.Argument) int {
	if a == nil {
		return 0
	}
	n := 64 + len(a.Text) + len(a.Norm) + len(a.Actor) + len(a.Prep)
	for _, r := range a.Refs {
		n += 64 + len(r.Text) + len(r.Actor)
	}
	return n
}

func (s *statementSorter) sortHeld() {
	if !s.sorted {
		slices.SortFunc(s.held, func(a, b annals.Statement) int { return compareTimeline(&a, &b) })
		s.sorted = true
	}
}

// spill writes the statements held, sorted, to a new run file.
func (s *statementSorter) spill() error {
	s.sortHeld()
	f, err := os.CreateTemp("", "annals-export-*.statements")
	if err != nil {
		return fmt.Errorf("export: sort: %w", err)
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriterSize(f, 1<<16)
	enc := json.NewEncoder(w) // one line each: JSON escapes line breaks
	for i := range s.held {
		if err := enc.Encode(&s.held[i]); err != nil {
			return fmt.Errorf("export: sort: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("export: sort: write %s: %w", f.Name(), err)
	}
	clear(s.held) // let the collector have what they point to
	s.held, s.size, s.sorted = s.held[:0], 0, false
	if len(s.runs) >= maxRuns {
		return s.mergeRuns()
	}
	return nil
}

// mergeRuns merges the run files into one.
func (s *statementSorter) mergeRuns() error {
	f, err := os.CreateTemp("", "annals-export-*.statements")
	if err != nil {
		return fmt.Errorf("export: sort: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<16)
	enc := json.NewEncoder(w)
	err = s.merge(func(st *annals.Statement) error { return enc.Encode(st) })
	if err == nil {
		err = w.Flush()
	}
	old := s.runs
	s.runs = []*os.File{f}
	for _, r := range old {
		err = errors.Join(err, r.Close(), os.Remove(r.Name()))
	}
	if err != nil {
		return fmt.Errorf("export: sort: merge runs: %w", err)
	}
	return nil
}

// each calls yield with every statement, in timeline order, and stops at
// the first error yield returns. It may be called again for another pass.
func (s *statementSorter) each(yield func(*annals.Statement) error) error {
	if len(s.runs) == 0 {
		s.sortHeld()
		for i := range s.held {
			if err := yield(&s.held[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if len(s.held) > 0 {
		if err := s.spill(); err != nil {
			return err
		}
	}
	s.held = nil
	return s.merge(yield)
}

// merge calls yield with the statements of the run files, in order.
func (s *statementSorter) merge(yield func(*annals.Statement) error) error {
	h := make(statementHeap, 0, len(s.runs))
	for _, f := range s.runs {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("export: sort: %w", err)
		}
		r := &statementRun{dec: json.NewDecoder(bufio.NewReaderSize(f, 1<<16))}
		ok, err := r.next()
		if err != nil {
			return err
		}
		if ok {
			h = append(h, r)
		}
	}
	heap.Init(&h)
	for len(h) > 0 {
		r := h[0]
		if err := yield(&r.st); err != nil {
			return err
		}
		ok, err := r.next()
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	return nil
}

// close removes the run files.
func (s *statementSorter) close() error {
	var errs []error
	for _, f := range s.runs {
		errs = append(errs, f.Close(), os.Remove(f.Name()))
	}
	s.runs, s.held = nil, nil
	return errors.Join(errs...)
}

// statementRun is a sorted run file being merged, at its statement.
type statementRun struct {
	dec *json.Decoder
	st  annals.Statement
}

func (r *statementRun) next() (bool, error) {
	r.st = annals.Statement{} // a fresh one: yield may not keep it, but must not see the last one's fields
	err := r.dec.Decode(&r.st)
	if err == io.EOF {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("export: sort: read run: %w", err)
	}
	return true, nil
}

type statementHeap []*statementRun

func (h statementHeap) Len() int           { return len(h) }
func (h statementHeap) Less(i, j int) bool { return compareTimeline(&h[i].st, &h[j].st) < 0 }
func (h statementHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *statementHeap) Push(x any)        { *h = append(*h, x.(*statementRun)) }
func (h *statementHeap) Pop() any {
	old := *h
	r := old[len(old)-1]
	*h = old[:len(old)-1]
	return r
}
