// Package wordnet reads the files of the WordNet 3.0 database (Debian
// package wordnet-base) for the commands that derive the ingest stages'
// tables from it.
package wordnet

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// EachLine calls fn with every line of a database file but WordNet's
// licence header (lines starting with two spaces).
func EachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "  ") && line != "" {
			fn(line)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// Words returns the words of a line of a data file (offset, lexicographer
// file, part of speech, word count in hex, then word and lex id pairs) as
// the file writes them, or nil for a line of another shape.
func Words(line string) []string {
	f := strings.Fields(line)
	if len(f) < 4 {
		return nil
	}
	n, err := strconv.ParseInt(f[3], 16, 0)
	if err != nil || n < 0 || 4+2*int(n) > len(f) {
		return nil
	}
	words := make([]string, n)
	for i := range words {
		words[i] = f[4+2*i]
	}
	return words
}
