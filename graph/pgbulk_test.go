package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/actor"
	"github.com/annals/annals/internal/testdb"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// twinStores opens two fresh PostgreSQL stores: bulk writes through this
// package's bulk path, cayley through Cayley's own ApplyDeltas. It returns
// their addresses too.
func twinStores(t *testing.T) (bulk, cayley *Store, bulkAddr, cayleyAddr string) {
	t.Helper()
	ctx := context.Background()
	bulkAddr = testdb.Fresh(t, envPostgres, "postgres")
	cayleyAddr = testdb.Fresh(t, envPostgres, "postgres")
	var err error
	if bulk, err = Open(ctx, bulkAddr); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { bulk.Close() })
	if cayley, err = Open(ctx, cayleyAddr); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cayley.Close() })
	if bulk.bulk == nil || cayley.bulk == nil {
		t.Fatal("a PostgreSQL store has no bulk writer")
	}
	cayley.bulk.Close()
	cayley.bulk = nil
	return bulk, cayley, bulkAddr, cayleyAddr
}

// tableRows lists every row of a PostgreSQL store's nodes and quads tables
// as Cayley's schema holds them (hashes, reference counts, value columns,
// horizons), sorted; only the quads' write times are left out.
func tableRows(t *testing.T, addr string) []string {
	t.Helper()
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("postgres", u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []string
	for _, q := range []string{
		`SELECT 'node ' || row_to_json(n)::text FROM (SELECT hash, refs, value, value_string, datatype, language,
			iri, bnode, value_int, value_bool, value_float, value_time FROM nodes) n`,
		`SELECT 'quad ' || row_to_json(q)::text FROM (SELECT horizon, subject_hash, predicate_hash, object_hash,
			label_hash FROM quads) q`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	slices.Sort(out)
	return out
}

// sameStores fails the test unless the two stores hold the same rows and
// answer with the same quads.
func sameStores(t *testing.T, step string, bulk, cayley *Store, bulkAddr, cayleyAddr string) {
	t.Helper()
	if g, w := sortedQuads(t, bulk), sortedQuads(t, cayley); !slices.Equal(g, w) {
		t.Fatalf("%s: quads differ\nbulk only:\n%s\nCayley only:\n%s", step,
			strings.Join(minus(g, w), "\n"), strings.Join(minus(w, g), "\n"))
	}
	g, w := tableRows(t, bulkAddr), tableRows(t, cayleyAddr)
	if !slices.Equal(g, w) {
		t.Fatalf("%s: tables differ\nbulk only:\n%s\nCayley only:\n%s", step,
			strings.Join(minus(g, w), "\n"), strings.Join(minus(w, g), "\n"))
	}
	if len(g) == 0 {
		t.Fatalf("%s: both stores are empty", step)
	}
}

// TestPostgresBulkWritesAsCayley writes, replaces, merges, loads, forgets
// and prunes the same documents through the bulk path and through Cayley's
// own, and compares the two databases row by row after each step.
func TestPostgresBulkWritesAsCayley(t *testing.T) {
	ctx := context.Background()
	bulk, cayley, bulkAddr, cayleyAddr := twinStores(t)
	both := func(step string, f func(s *Store) error) {
		t.Helper()
		for _, s := range []*Store{bulk, cayley} {
			if err := f(s); err != nil {
				t.Fatalf("%s: %v", step, err)
			}
		}
		sameStores(t, step, bulk, cayley, bulkAddr, cayleyAddr)
	}
	write := func(xs ...*annals.Extraction) func(s *Store) error {
		return func(s *Store) error {
			w := s.NewWriter("test")
			w.JoinActors(actor.NewJoiner(nil))
			for _, x := range xs {
				if _, err := w.Write(ctx, x); err != nil {
					return err
				}
			}
			return w.Close(ctx)
		}
	}
	// Two documents, then a surname joined to the full name a later
	// document gives: the merge commits additions and deletions at once.
	both("write", write(sample(), second(), mention("d1", "Trump", annals.ActorPerson)))
	both("merge", write(mention("d2", "Donald Trump", annals.ActorPerson)))
	both("unchanged", write(sample()))
	changed := sample()
	changed.Statements = changed.Statements[:1]
	changed.Statements[0].Confidence = 0.6
	changed.Statements[0].ID = annals.StatementID(&changed.Statements[0])
	both("replace", write(changed))
	both("merge actors", func(s *Store) error {
		return s.MergeActors(ctx, "ukraine", "russia")
	})
	data := nquadsOf(t, "test", mention("d3", "Angela Merkel", annals.ActorPerson))
	both("load", func(s *Store) error {
		l := s.NewLoader(actor.NewJoiner(nil))
		if err := l.Load(ctx, nquads.NewReader(bytes.NewReader(data), false)); err != nil {
			return err
		}
		return l.Close(ctx)
	})
	both("forget", func(s *Store) error {
		_, err := s.Forget(ctx, "doc:2")
		return err
	})
	both("prune", func(s *Store) error {
		_, err := s.Prune(ctx)
		return err
	})
}

// TestPostgresBulkDeltas applies raw deltas through both paths: every kind
// of value Cayley's nodes table holds, a quad added twice, deleted twice,
// deleted while missing, and the errors IgnoreDup and IgnoreMissing allow.
func TestPostgresBulkDeltas(t *testing.T) {
	bulk, cayley, bulkAddr, cayleyAddr := twinStores(t)
	s, p, g := quad.IRI("http://example.org/s"), quad.IRI("http://example.org/p"), quad.IRI("http://example.org/g")
	when := time.Date(2025, 7, 23, 10, 30, 0, 123456000, time.UTC)
	values := []quad.Value{
		quad.String("plain"), quad.String("nul \x00 byte, tab\t, newline\n, backslash \\N"),
		quad.LangString{Value: "Kyiv", Lang: "en"}, quad.TypedString{Value: "2025-07-23", Type: "http://www.w3.org/2001/XMLSchema#date"},
		quad.BNode("b1"), quad.Int(-42), quad.Float(0.1), quad.Bool(true), quad.Time(when),
		quad.IRI("http://example.org/o"),
	}
	var adds []cgraph.Delta
	for i, v := range values {
		var label quad.Value
		if i%2 == 0 {
			label = g
		}
		adds = append(adds, cgraph.Delta{Action: cgraph.Add, Quad: quad.Make(s, p, v, label)})
	}
	first, second := adds[0].Quad, adds[1].Quad
	missing := quad.Make(s, p, quad.String("never stored"), nil)
	add := func(q quad.Quad) cgraph.Delta { return cgraph.Delta{Action: cgraph.Add, Quad: q} }
	del := func(q quad.Quad) cgraph.Delta { return cgraph.Delta{Action: cgraph.Delete, Quad: q} }
	ignore := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	steps := []struct {
		name    string
		deltas  []cgraph.Delta
		opts    cgraph.IgnoreOpts
		wantErr error
	}{
		{"every value", adds, ignore, nil},
		{"added again and twice", []cgraph.Delta{add(first), add(first), add(second)}, ignore, nil},
		{"duplicate refused", []cgraph.Delta{add(first)}, cgraph.IgnoreOpts{}, cgraph.ErrQuadExists},
		{"missing refused", []cgraph.Delta{del(missing)}, cgraph.IgnoreOpts{}, cgraph.ErrQuadNotExist},
		{"deleted twice and missing", []cgraph.Delta{del(first), del(first), del(missing), add(missing)}, ignore, nil},
		{"mixed", []cgraph.Delta{del(second), add(first), del(adds[5].Quad), add(quad.Make(s, p, quad.Int(7), g))}, ignore, nil},
		{"delete all", func() []cgraph.Delta {
			var out []cgraph.Delta
			for _, d := range adds {
				out = append(out, del(d.Quad))
			}
			return append(out, del(missing))
		}(), cgraph.IgnoreOpts{IgnoreMissing: true}, nil},
	}
	for _, st := range steps {
		for _, store := range []*Store{bulk, cayley} {
			err := store.applyDeltas(st.deltas, st.opts)
			if st.wantErr == nil && err != nil || st.wantErr != nil && !errors.Is(err, st.wantErr) {
				t.Fatalf("%s (bulk %t): err = %v, want %v", st.name, store.bulk != nil, err, st.wantErr)
			}
		}
		if st.wantErr != nil {
			continue
		}
		if g, w := tableRows(t, bulkAddr), tableRows(t, cayleyAddr); !slices.Equal(g, w) {
			t.Fatalf("%s: tables differ\nbulk only:\n%s\nCayley only:\n%s", st.name,
				strings.Join(minus(g, w), "\n"), strings.Join(minus(w, g), "\n"))
		}
		if g, w := fmt.Sprint(sortedQuads(t, bulk)), fmt.Sprint(sortedQuads(t, cayley)); g != w {
			t.Fatalf("%s: quads differ\n%s\n%s", st.name, g, w)
		}
	}
}

// TestPostgresWritesInBulk: a PostgreSQL store opened for writing writes
// through the bulk path; one opened read-only has no writer.
func TestPostgresWritesInBulk(t *testing.T) {
	ctx := context.Background()
	addr := testdb.Fresh(t, envPostgres, "postgres")
	s, err := Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.bulk == nil {
		t.Error("store writes through Cayley's ApplyDeltas, want the bulk writer")
	}
	r, err := Open(ctx, addr, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.bulk != nil {
		t.Error("a read-only store has a bulk writer")
	}
}

// TestInBackground: through the bulk writer a commit that only adds runs
// in the background; one that deletes waits, whatever the store's default.
func TestInBackground(t *testing.T) {
	q := quad.Make(quad.IRI("s"), quad.IRI("p"), quad.IRI("o"), nil)
	add := cgraph.Delta{Action: cgraph.Add, Quad: q}
	del := cgraph.Delta{Action: cgraph.Delete, Quad: q}
	for _, c := range []struct {
		name   string
		s      *Store
		deltas []cgraph.Delta
		want   bool
	}{
		{"bolt adds", &Store{background: true}, []cgraph.Delta{add}, true},
		{"bolt deletes", &Store{background: true}, []cgraph.Delta{add, del}, true},
		{"memory adds", &Store{}, []cgraph.Delta{add}, false},
		{"bulk adds", &Store{bulk: &pgBulk{}}, []cgraph.Delta{add, add}, true},
		{"bulk deletes", &Store{bulk: &pgBulk{}}, []cgraph.Delta{add, del}, false},
	} {
		if got := c.s.inBackground(c.deltas); got != c.want {
			t.Errorf("%s: inBackground = %t, want %t", c.name, got, c.want)
		}
	}
}
