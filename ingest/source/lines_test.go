package source

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLines(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "First line .\n\n  \nSecond line .", "b.txt": "Third .\r\n"})
	a, b, missing := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "none.txt")
	date := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		paths []string
		stdin string
		want  []string // "id text", or "error" for an error
	}{
		{"stdin, blank lines skipped", []string{"-"}, "One .\n\nTwo .\n", []string{"<stdin>:1 One .", "<stdin>:3 Two ."}},
		{"files in order, CRLF trimmed", []string{a, b}, "", []string{a + ":1 First line .", a + ":4 Second line .", b + ":1 Third ."}},
		{"a missing file, then the next", []string{missing, b}, "", []string{"error", b + ":1 Third ."}},
		{"nothing", []string{"-"}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for doc, err := range Lines(context.Background(), tt.paths, strings.NewReader(tt.stdin), date) {
				if err != nil {
					if !errors.Is(err, fs.ErrNotExist) {
						t.Errorf("error %v, want a missing file", err)
					}
					got = append(got, "error")
					continue
				}
				if !doc.Date.Equal(date) || doc.Origin != doc.ID {
					t.Errorf("%s: date %v, origin %q", doc.ID, doc.Date, doc.Origin)
				}
				got = append(got, doc.ID+" "+doc.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestLinesStops: the sequence ends when the consumer stops or the
// context is cancelled.
func TestLinesStops(t *testing.T) {
	in := "One .\nTwo .\nThree .\n"
	n := 0
	for range Lines(context.Background(), []string{"-"}, strings.NewReader(in), time.Time{}) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("%d documents after a break, want 1", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for doc := range Lines(ctx, []string{"-"}, strings.NewReader(in), time.Time{}) {
		t.Errorf("document %s after the context was cancelled", doc.ID)
	}
}
