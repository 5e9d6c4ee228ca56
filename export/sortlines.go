package export

import (
	"bufio"
	"container/heap"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// defaultRunBytes is how many bytes of lines a lineSorter holds before it
// sorts them and writes them to a temporary file: with the slice and the Go
// collector's headroom, about three times this in heap.
const defaultRunBytes = 16 << 20

// lineSorter sorts lines, dropping duplicates, in bounded memory: it holds
// at most runBytes of them, sorts those, writes them as a run to a
// temporary file, and at the end merges the runs. A line must not contain
// "\n". The zero value is not usable; see newLineSorter.
type lineSorter struct {
	runBytes int
	dir      string // of the temporary files; "" for the system's
	lines    []string
	size     int
	runs     []*os.File
}

func newLineSorter(runBytes int) *lineSorter {
	if runBytes <= 0 {
		runBytes = defaultRunBytes
	}
	return &lineSorter{runBytes: runBytes}
}

// add takes one line.
func (s *lineSorter) add(line string) error {
	if strings.ContainsRune(line, '\n') {
		return fmt.Errorf("export: sort: a line holds a line break: %q", line)
	}
	s.lines = append(s.lines, line)
	s.size += len(line) + 16 // and its string header
	if s.size >= s.runBytes {
		return s.spill()
	}
	return nil
}

// sortInMemory sorts the lines held and drops duplicates.
func (s *lineSorter) sortInMemory() {
	slices.Sort(s.lines)
	s.lines = slices.Compact(s.lines)
}

// spill writes the lines held, sorted, to a new run file.
func (s *lineSorter) spill() error {
	s.sortInMemory()
	f, err := os.CreateTemp(s.dir, "annals-export-*.run")
	if err != nil {
		return fmt.Errorf("export: sort: %w", err)
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriterSize(f, 1<<16)
	for _, l := range s.lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("export: sort: write %s: %w", f.Name(), err)
	}
	clear(s.lines) // let the collector have the strings
	s.lines, s.size = s.lines[:0], 0
	if len(s.runs) >= maxRuns {
		return s.mergeRuns()
	}
	return nil
}

// maxRuns is how many run files a lineSorter keeps open before it merges
// them into one, so that a store of any size stays under the limit of
// open files (1024 by default on Linux). Runs of 16 MB merge first past
// 4 GB of lines, some 17 copies of the Wikinews set.
const maxRuns = 256

// mergeRuns merges the run files into one.
func (s *lineSorter) mergeRuns() error {
	f, err := os.CreateTemp(s.dir, "annals-export-*.run")
	if err != nil {
		return fmt.Errorf("export: sort: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<16)
	err = s.merge(func(l string) error {
		w.WriteString(l)
		return w.WriteByte('\n')
	})
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

// each calls yield with every distinct line, in byte order, and stops at
// the first error yield returns.
func (s *lineSorter) each(yield func(string) error) error {
	if len(s.runs) == 0 {
		s.sortInMemory()
		for _, l := range s.lines {
			if err := yield(l); err != nil {
				return err
			}
		}
		return nil
	}
	if len(s.lines) > 0 {
		if err := s.spill(); err != nil {
			return err
		}
	}
	s.lines = nil
	return s.merge(yield)
}

// merge calls yield with every distinct line of the run files, in order.
func (s *lineSorter) merge(yield func(string) error) error {
	h := make(runHeap, 0, len(s.runs))
	for _, f := range s.runs {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("export: sort: %w", err)
		}
		r := &run{r: bufio.NewReaderSize(f, 1<<16)}
		ok, err := r.next()
		if err != nil {
			return err
		}
		if ok {
			h = append(h, r)
		}
	}
	heap.Init(&h)
	last, started := "", false
	for len(h) > 0 {
		r := h[0]
		if !started || r.line != last {
			if err := yield(r.line); err != nil {
				return err
			}
			last, started = r.line, true
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
func (s *lineSorter) close() error {
	var errs []error
	for _, f := range s.runs {
		errs = append(errs, f.Close(), os.Remove(f.Name()))
	}
	s.runs, s.lines = nil, nil
	return errors.Join(errs...)
}

// run is a sorted run file being merged, at its line.
type run struct {
	r    *bufio.Reader
	line string
}

func (r *run) next() (bool, error) {
	line, err := r.r.ReadString('\n')
	if err == io.EOF && line == "" {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("export: sort: read run: %w", err)
	}
	r.line = line[:len(line)-1]
	return true, nil
}

type runHeap []*run

func (h runHeap) Len() int           { return len(h) }
func (h runHeap) Less(i, j int) bool { return h[i].line < h[j].line }
func (h runHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *runHeap) Push(x any)        { *h = append(*h, x.(*run)) }
func (h *runHeap) Pop() any {
	old := *h
	r := old[len(old)-1]
	*h = old[:len(old)-1]
	return r
}
