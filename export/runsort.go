package export

import (
	"bufio"
	"container/heap"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
)

// defaultRunBytes is how many bytes of lines a lineSorter holds before it
// sorts them and writes them to a temporary file: with the slice and the Go
// collector's headroom, about three times this in heap.
const defaultRunBytes = 16 << 20

// maxRuns is how many run files a runSorter keeps open before it merges
// them into one, so that a store of any size stays under the limit of
// open files (1024 by default on Linux). Runs of 16 MB merge first past
// 4 GB of lines, some 17 copies of the Wikinews set.
const maxRuns = 256

// runFormat is how a runSorter orders its values and writes them to its
// run files and reads them back.
type runFormat[T any] struct {
	compare func(a, b *T) int
	size    func(*T) int // about how many bytes a value holds
	dedupe  bool         // values that compare equal are listed once
	pattern string       // of the run files' names (os.CreateTemp)
	// encoder writes values to a run file, decoder reads them back in
	// order; ok is false after the last.
	encoder func(w *bufio.Writer) func(*T) error
	decoder func(r *bufio.Reader) func(*T) (ok bool, err error)
}

// runSorter sorts values in bounded memory (an external merge sort): it
// holds about runBytes of them, sorts those, writes them as a run to a
// temporary file, and merges the runs when asked for the values. The
// lines of the RDF exports (lineSorter) and the statements of the table
// exports (statementSorter) are sorted so.
type runSorter[T any] struct {
	format   runFormat[T]
	runBytes int
	dir      string // of the temporary files; "" for the system's
	held     []T
	size     int
	sorted   bool // held is sorted and no run was written
	runs     []*os.File
}

func newRunSorter[T any](format runFormat[T], runBytes int) *runSorter[T] {
	if runBytes <= 0 {
		runBytes = defaultRunBytes
	}
	return &runSorter[T]{format: format, runBytes: runBytes}
}

// add takes a copy of one value (what it points to is shared).
func (s *runSorter[T]) add(v *T) error {
	s.held = append(s.held, *v)
	s.size += s.format.size(v)
	s.sorted = false
	if s.size >= s.runBytes {
		return s.spill()
	}
	return nil
}

// sortHeld sorts the values held, dropping duplicates when asked.
func (s *runSorter[T]) sortHeld() {
	if s.sorted {
		return
	}
	slices.SortFunc(s.held, func(a, b T) int { return s.format.compare(&a, &b) })
	if s.format.dedupe {
		s.held = slices.CompactFunc(s.held, func(a, b T) bool { return s.format.compare(&a, &b) == 0 })
	}
	s.sorted = true
}

// spill writes the values held, sorted, to a new run file.
func (s *runSorter[T]) spill() error {
	s.sortHeld()
	f, err := os.CreateTemp(s.dir, s.format.pattern)
	if err != nil {
		return fmt.Errorf("export: sort: %w", err)
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriterSize(f, 1<<16)
	enc := s.format.encoder(w)
	for i := range s.held {
		if err := enc(&s.held[i]); err != nil {
			return fmt.Errorf("export: sort: write %s: %w", f.Name(), err)
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
func (s *runSorter[T]) mergeRuns() error {
	f, err := os.CreateTemp(s.dir, s.format.pattern)
	if err != nil {
		return fmt.Errorf("export: sort: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<16)
	err = s.merge(s.format.encoder(w))
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

// each calls yield with every value (every distinct one, with dedupe), in
// order, and stops at the first error yield returns. It may be called
// again for another pass. yield may not keep the pointer.
func (s *runSorter[T]) each(yield func(*T) error) error {
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

// merge calls yield with the values of the run files, in order.
func (s *runSorter[T]) merge(yield func(*T) error) error {
	h := runHeap[T]{compare: s.format.compare}
	for _, f := range s.runs {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("export: sort: %w", err)
		}
		r := &run[T]{next: s.format.decoder(bufio.NewReaderSize(f, 1<<16))}
		ok, err := r.advance()
		if err != nil {
			return err
		}
		if ok {
			h.runs = append(h.runs, r)
		}
	}
	heap.Init(&h)
	var last T
	started := false
	for len(h.runs) > 0 {
		r := h.runs[0]
		if !s.format.dedupe || !started || s.format.compare(&r.value, &last) != 0 {
			if err := yield(&r.value); err != nil {
				return err
			}
			if s.format.dedupe {
				last, started = r.value, true
			}
		}
		ok, err := r.advance()
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
func (s *runSorter[T]) close() error {
	var errs []error
	for _, f := range s.runs {
		errs = append(errs, f.Close(), os.Remove(f.Name()))
	}
	s.runs, s.held = nil, nil
	return errors.Join(errs...)
}

// run is a sorted run file being merged, at its value.
type run[T any] struct {
	next  func(*T) (bool, error)
	value T
}

func (r *run[T]) advance() (bool, error) {
	var zero T
	r.value = zero // a fresh one: yield may not keep it, but must not see the last one's fields
	ok, err := r.next(&r.value)
	if err != nil {
		return false, fmt.Errorf("export: sort: read run: %w", err)
	}
	return ok, nil
}

// runHeap orders the runs being merged by their values.
type runHeap[T any] struct {
	runs    []*run[T]
	compare func(a, b *T) int
}

func (h runHeap[T]) Len() int           { return len(h.runs) }
func (h runHeap[T]) Less(i, j int) bool { return h.compare(&h.runs[i].value, &h.runs[j].value) < 0 }
func (h runHeap[T]) Swap(i, j int)      { h.runs[i], h.runs[j] = h.runs[j], h.runs[i] }
func (h *runHeap[T]) Push(x any)        { h.runs = append(h.runs, x.(*run[T])) }
func (h *runHeap[T]) Pop() any {
	old := h.runs
	r := old[len(old)-1]
	h.runs = old[:len(old)-1]
	return r
}
