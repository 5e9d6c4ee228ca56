package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// lineSorter sorts lines, dropping duplicates, in bounded memory (see
// runSorter): the lines of the RDF exports. A line must not contain "\n".
// The zero value is not usable; see newLineSorter.
type lineSorter struct {
	*runSorter[string]
}

// lineFormat orders lines by their bytes and writes them one to a line.
var lineFormat = runFormat[string]{
	compare: func(a, b *string) int { return strings.Compare(*a, *b) },
	size:    func(l *string) int { return len(*l) + 16 }, // and its string header
	dedupe:  true,
	pattern: "annals-export-*.run",
	encoder: func(w *bufio.Writer) func(*string) error {
		return func(l *string) error {
			w.WriteString(*l)
			return w.WriteByte('\n')
		}
	},
	decoder: func(r *bufio.Reader) func(*string) (bool, error) {
		return func(l *string) (bool, error) {
			line, err := r.ReadString('\n')
			if err == io.EOF && line == "" {
				return false, nil
			}
			if err != nil {
				return false, err
			}
			*l = line[:len(line)-1]
			return true, nil
		}
	},
}

func newLineSorter(runBytes int) *lineSorter {
	return &lineSorter{newRunSorter(lineFormat, runBytes)}
}

// add takes one line.
func (s *lineSorter) add(line string) error {
	if strings.ContainsRune(line, '\n') {
		return fmt.Errorf("export: sort: a line holds a line break: %q", line)
	}
	return s.runSorter.add(&line)
}

// each calls yield with every distinct line, in byte order, and stops at
// the first error yield returns.
func (s *lineSorter) each(yield func(string) error) error {
	return s.runSorter.each(func(l *string) error { return yield(*l) })
}
