package source

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/annals/annals"
)

// Lines reads each non-blank line of the files at paths ("-" for stdin)
// as a document of its own, dated date: benchmarks give one sentence a
// line. A document's id and origin are "file:line" ("<stdin>:3"). A file
// that cannot be opened is yielded as an error and the next one is read; a
// read error ends the sequence.
func Lines(ctx context.Context, paths []string, stdin io.Reader, date time.Time) iter.Seq2[annals.Document, error] {
	return func(yield func(annals.Document, error) bool) {
		for _, p := range paths {
			in, name := stdin, "<stdin>"
			if p != "-" {
				f, err := os.Open(p)
				if err != nil {
					if !yield(annals.Document{}, err) {
						return
					}
					continue
				}
				defer f.Close()
				in, name = f, p
			}
			r := bufio.NewReader(in)
			for n := 1; ; n++ {
				line, err := r.ReadString('\n')
				line = strings.TrimRight(line, "\r\n")
				if strings.TrimSpace(line) != "" {
					doc := annals.Document{ID: name + ":" + strconv.Itoa(n), Text: line, Date: date, Origin: name + ":" + strconv.Itoa(n)}
					if ctx.Err() != nil || !yield(doc, nil) {
						return
					}
				}
				if err == io.EOF {
					break
				}
				if err != nil {
					yield(annals.Document{}, fmt.Errorf("%s:%d: %w", name, n, err))
					return
				}
			}
		}
	}
}
