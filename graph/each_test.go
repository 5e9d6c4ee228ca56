package graph

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals/annals"
)

// TestEachStatement: EachStatement lists, one at a time, the statements
// Statements lists, with and without a filter; it stops at yield's first
// error, and leaves no temporary file behind.
func TestEachStatement(t *testing.T) {
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			t.Setenv("TMPDIR", t.TempDir())
			s := openTemp(t, backend)
			w := s.NewWriter("test")
			if _, err := w.Write(ctx, sample()); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(ctx); err != nil {
				t.Fatal(err)
			}
			for _, f := range []Filter{{}, {MinConfidence: 0.6}, {Actors: []string{"ukraine"}}, {Doc: "doc:1"}} {
				want, err := s.Statements(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				var got []annals.Statement
				if err := s.EachStatement(ctx, f, func(st *annals.Statement) error { got = append(got, *st); return nil }); err != nil {
					t.Fatal(err)
				}
				SortTimeline(got)
				if len(got) == 0 || asJSON(t, got) != asJSON(t, want) {
					t.Errorf("%+v: EachStatement lists %d statements, Statements %d:\n%s\nwant:\n%s", f, len(got), len(want),
						asJSON(t, got), asJSON(t, want))
				}
			}
			stop := errors.New("stop")
			n := 0
			if err := s.EachStatement(ctx, Filter{}, func(*annals.Statement) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
				t.Errorf("after yield's error: %v, %d statements; want stop after 1", err, n)
			}
			if left, _ := filepath.Glob(filepath.Join(os.Getenv("TMPDIR"), "annals-subjects-*")); len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}
