package main

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"golang.org/x/term"
)

// tablePadding is the space between a table's columns.
const tablePadding = 2

// minColumnWidth is how narrow fitting a table to the terminal makes a
// column at most: narrower, a cell says too little to be worth a row.
const minColumnWidth = 8

// table is an aligned text table, written as tab-separated lines, that
// fits the terminal: at Flush it cuts the widest columns, cells ending in
// "…", until its lines fit width (0: no limit), then aligns them.
type table struct {
	out   io.Writer
	width int
	least map[int]int // column index → the width fitting keeps, past minColumnWidth
	buf   bytes.Buffer
}

// newTable starts an aligned text table on w, as wide as outputWidth says.
func newTable(w io.Writer) *table {
	return &table{out: w, width: outputWidth(w, os.Getenv("COLUMNS")), least: map[int]int{}}
}

// keep makes fitting leave column col (from 0) at least n runes wide, as a
// time needs its day; math.MaxInt keeps it whole, as an id says nothing cut.
func (t *table) keep(col, n int) *table {
	t.least[col] = n
	return t
}

// Write takes lines of tab-separated cells.
func (t *table) Write(p []byte) (int, error) { return t.buf.Write(p) }

// Flush fits and aligns what was written and writes it out.
func (t *table) Flush() error {
	tw := tabwriter.NewWriter(t.out, 0, 4, tablePadding, ' ', 0)
	if _, err := io.WriteString(tw, fitTable(t.buf.String(), t.width, t.least)); err != nil {
		return err
	}
	t.buf.Reset()
	return tw.Flush()
}

// outputWidth is how many columns a table written to w may take: the
// terminal's width when w is one, else COLUMNS (columns, from the
// environment), else 0 for no limit, so that a pipe gets whole lines.
func outputWidth(w io.Writer, columns string) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if n, _, err := term.GetSize(int(f.Fd())); err == nil && n > 0 {
			return n
		}
	}
	if n, err := strconv.Atoi(strings.TrimSpace(columns)); err == nil && n > 0 {
		return n
	}
	return 0
}

// fitTable cuts the cells of tab-separated text so that its aligned lines
// are at most width runes wide: the widest column loses a rune at a time,
// down to minColumnWidth, and its longer cells end in "…". Lines without a
// tab are not table rows and stay as they are; width 0 leaves all as is;
// least gives the columns that keep more (see table.keep).
func fitTable(text string, width int, least map[int]int) string {
	if width <= 0 {
		return text
	}
	lines := strings.SplitAfter(text, "\n")
	rows := make([][]string, len(lines))
	var widths []int
	for i, line := range lines {
		body := strings.TrimSuffix(line, "\n")
		if !strings.Contains(body, "\t") {
			continue
		}
		rows[i] = strings.Split(body, "\t")
		for c, cell := range rows[i] {
			if c == len(widths) {
				widths = append(widths, 0)
			}
			widths[c] = max(widths[c], utf8.RuneCountInString(cell))
		}
	}
	if len(widths) == 0 {
		return text
	}
	total := func() int {
		n := tablePadding * (len(widths) - 1)
		for _, w := range widths {
			n += w
		}
		return n
	}
	for total() > width {
		widest := -1
		for c, w := range widths {
			if w > max(minColumnWidth, least[c]) && (widest < 0 || w > widths[widest]) {
				widest = c
			}
		}
		if widest < 0 {
			break // as narrow as a table gets; its lines run over
		}
		widths[widest]--
	}
	var b strings.Builder
	for i, line := range lines {
		if rows[i] == nil {
			b.WriteString(line)
			continue
		}
		for c, cell := range rows[i] {
			if c > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(cut(cell, widths[c]))
		}
		if strings.HasSuffix(line, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// cut shortens s to n runes, the last one "…", when it is longer.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}
