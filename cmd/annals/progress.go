package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"
)

// progress shows how far a long run is, on one line of a terminal: the
// documents done (of how many, when known), sentences (or quads) per
// second and the time left. It stays silent for runs shorter than a second, when told to
// be quiet, and when its writer is not a terminal. Only one goroutine may
// call update.
type progress struct {
	w       io.Writer
	on      bool
	start   time.Time
	next    time.Time     // no redraw before
	total   atomic.Int64  // documents expected; 0 while unknown
	shown   bool          // a line is on the screen
	every   time.Duration // between redraws
	lastLen int
	rate    string // what the rate counts: "sentences" or "quads"
}

// newProgress starts a progress line on w, shown only when on is true.
func newProgress(w io.Writer, on bool) *progress {
	now := time.Now()
	return &progress{w: w, on: on, start: now, next: now.Add(time.Second), every: 200 * time.Millisecond, rate: "sentences"}
}

// isTerminal tells whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// setTotal tells how many documents the run has.
func (p *progress) setTotal(n int) { p.total.Store(int64(n)) }

// update redraws the line if it is time to; n counts what the rate is of.
func (p *progress) update(docs, n int) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Before(p.next) {
		return
	}
	p.next = now.Add(p.every)
	elapsed := now.Sub(p.start).Seconds()
	var b strings.Builder
	total := int(p.total.Load())
	if total > 0 {
		fmt.Fprintf(&b, "%d/%d documents (%d%%)", docs, total, 100*docs/max(total, 1))
	} else {
		fmt.Fprintf(&b, "%d documents", docs)
	}
	fmt.Fprintf(&b, ", %.0f %s/s", float64(n)/elapsed, p.rate)
	if total > 0 && docs > 0 && docs < total {
		left := time.Duration(elapsed * float64(total-docs) / float64(docs) * float64(time.Second))
		fmt.Fprintf(&b, ", ETA %s", left.Round(time.Second))
	}
	line := b.String()
	pad := ""
	if n := p.lastLen - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	p.lastLen = len(line)
	fmt.Fprintf(p.w, "\r%s%s", line, pad)
	p.shown = true
}

// done clears the line, so that what follows starts on a clean one.
func (p *progress) done() {
	if p.shown {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.lastLen))
		p.shown = false
	}
}

// countDocuments counts the documents of paths the way ingest reads them
// (a line per JSON Lines record, a file per text or Markdown file), or
// returns 0 when it cannot know (standard input, folders, other inputs).
func countDocuments(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		fi, err := os.Stat(p)
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".jsonl", ".ndjson":
			c, err := countLines(p)
			if err != nil {
				return 0
			}
			n += c
		case ".txt", ".md", ".markdown":
			n++
		default:
			return 0
		}
	}
	return n
}

// countLines counts the non-blank lines of a file.
func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	n := 0
	blank := true
	for {
		line, isPrefix, err := r.ReadLine()
		if len(strings.TrimSpace(string(line))) > 0 {
			blank = false
		}
		if err == io.EOF {
			if !blank {
				n++
			}
			return n, nil
		}
		if err != nil {
			return 0, err
		}
		if !isPrefix {
			if !blank {
				n++
			}
			blank = true
		}
	}
}

// startIngestProgress starts the progress line of an ingest: on a terminal
// stderr unless --quiet, with the number of documents counted in the
// background when the inputs tell it cheaply.
func startIngestProgress(opts *ingestOptions) *progress {
	p := newProgress(opts.IO.Err, !opts.Quiet && isTerminal(opts.IO.Err))
	if p.on {
		go func() { p.setTotal(countDocuments(opts.Paths)) }()
	}
	return p
}
