package graph

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// envMySQL names a MySQL or MariaDB server for the tests, as a mysql://
// URL whose user may create and drop databases (.ci/run starts one).
const envMySQL = "ANNALS_TEST_MYSQL_URL" // mysql://annals:annals@127.0.0.1:3306/annals

// freshMySQLDatabase creates a uniquely named database on the server that
// ANNALS_TEST_MYSQL_URL names, drops it when the test ends, and returns the
// server's URL with the new database in its path; it skips the test when
// the variable is not set.
func freshMySQLDatabase(t *testing.T) string {
	t.Helper()
	base := os.Getenv(envMySQL)
	if base == "" {
		t.Skipf("mysql: %s is not set; set it to a server URL to test this backend (see .ci/run)", envMySQL)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", envMySQL, err)
	}
	dsn, err := mysqlDSN(base)
	if err != nil {
		t.Fatalf("%s: %v", envMySQL, err)
	}
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatalf("%s: %v", envMySQL, err)
	}
	t.Cleanup(func() { db.Close() })
	var suffix [6]byte
	if _, err := rand.Read(suffix[:]); err != nil {
		t.Fatal(err)
	}
	name := "annals_test_" + hex.EncodeToString(suffix[:])
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database on %s: %v", u.Host, err)
	}
	// Cleanups run last-registered first: stores opened on the database
	// close before it is dropped.
	t.Cleanup(func() {
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	fresh := *u
	fresh.Path = "/" + name
	return fresh.String()
}

func TestMySQLAddress(t *testing.T) {
	tests := []struct {
		addr, want string
	}{
		{"mysql://annals:s3cr3t@db:3307/annals", "annals:s3cr3t@tcp(db:3307)/annals"},
		{"mysql://annals:s3cr3t@db/annals", "annals:s3cr3t@tcp(db:3306)/annals"},
		{"mysql://annals@/annals", "annals@tcp(127.0.0.1:3306)/annals"},
		{"mysql://annals:p%40ss%2Fw%3Ard@db/annals", "annals:p@ss/w:rd@tcp(db:3306)/annals"},
		{"mysql://annals:x@[::1]:3306/annals", "annals:x@tcp([::1]:3306)/annals"},
		{"mysql://annals:x@db/annals?wsrep_sync_wait=1&timeout=5s", "annals:x@tcp(db:3306)/annals?timeout=5s&wsrep_sync_wait=1"},
	}
	for _, tt := range tests {
		if !isMySQL(tt.addr) || Embedded(tt.addr) {
			t.Errorf("%s: isMySQL %v, Embedded %v", tt.addr, isMySQL(tt.addr), Embedded(tt.addr))
		}
		got, err := mysqlDSN(tt.addr)
		if err != nil || got != tt.want {
			t.Errorf("mysqlDSN(%q) = %q, %v; want %q", tt.addr, got, err, tt.want)
		}
	}
	for _, bad := range []string{
		"mysql://annals:x@db",             // no database
		"mysql://annals:x@db/",            // no database
		"mysql://annals:x@db/a/b",         // not a database name
		"mysql://annals:x@db/a?timeout=x", // the driver's parameter, bad
	} {
		if dsn, err := mysqlDSN(bad); err == nil {
			t.Errorf("mysqlDSN(%q) = %q; want an error", bad, dsn)
		}
	}
}

// TestMySQLPasswordRedacted opens a server that is not there: the error
// names the store without its password.
func TestMySQLPasswordRedacted(t *testing.T) {
	for _, addr := range []string{
		"mysql://annals:s3cr3t@127.0.0.1:1/annals",
		"mysql://annals:s3cr3t@127.0.0.1:1/annals?timeout=nonsense",
	} {
		s, err := Open(context.Background(), addr)
		if err == nil {
			s.Close()
			t.Fatalf("%s opened", addr)
		}
		if strings.Contains(err.Error(), "s3cr3t") || !strings.Contains(err.Error(), "annals:***@") {
			t.Errorf("error %q: want the address with its password redacted", err)
		}
	}
}

// TestMySQLKeepsQuads writes what Cayley's MySQL schema loses or mangles
// on MariaDB and reads it back, on a store this package made and on one
// that Cayley made (which Open repairs).
func TestMySQLKeepsQuads(t *testing.T) {
	a, b, c := quad.IRI("urn:a"), quad.IRI("urn:knows"), quad.IRI("urn:b")
	name := quad.IRI("urn:name")
	cases := []struct {
		name  string
		quads []quad.Quad
		// gizmo, when set, is a query whose results, printed, must be want.
		gizmo, want string
	}{
		{name: "one triple in several graphs", quads: []quad.Quad{
			quad.Make(a, b, c, quad.IRI("urn:g1")),
			quad.Make(a, b, c, quad.IRI("urn:g2")),
			quad.Make(a, b, c, nil),
			quad.Make(a, b, c, nil), // twice: stored once
		}},
		{name: "text beyond latin1", quads: []quad.Quad{
			quad.Make(a, name, quad.String("Київ 東京 🗞"), nil),
		}},
		{name: "text beyond 64 KiB", quads: []quad.Quad{
			quad.Make(a, quad.IRI("urn:text"), quad.String(strings.Repeat("A long article. ", 5000)), quad.IRI("urn:g1")),
		}},
		{name: "case in comparisons", quads: []quad.Quad{
			quad.Make(c, name, quad.String("Lviv"), nil),
			quad.Make(c, name, quad.String("LVIV"), nil),
		}, gizmo: `g.V().Filter(regex("^Lv")).All()`, want: "[map[id:Lviv]]"},
	}
	for _, made := range []string{"by annals", "by Cayley"} {
		t.Run(made, func(t *testing.T) {
			ctx := context.Background()
			addr := freshMySQLDatabase(t)
			if made == "by Cayley" {
				dsn, err := mysqlDSN(addr)
				if err != nil {
					t.Fatal(err)
				}
				if err := graph.InitQuadStore("mysql", dsn, nil); err != nil {
					t.Fatal(err)
				}
			}
			s, err := Open(ctx, addr)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var want []quad.Quad
			for _, tc := range cases {
				var deltas []graph.Delta
				for _, q := range tc.quads {
					deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
				}
				if err := s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
					t.Errorf("%s: write: %v", tc.name, err)
					continue
				}
				want = append(want, tc.quads...)
				if tc.gizmo == "" {
					continue
				}
				got, err := s.Query(ctx, "gizmo", tc.gizmo, 0)
				if err != nil || fmt.Sprint(got) != tc.want {
					t.Errorf("%s: %s = %v, %v; want %v", tc.name, tc.gizmo, got, err, tc.want)
				}
			}
			got, err := s.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := sortedNQuads(got), sortedNQuads(want); g != w {
				t.Errorf("quads read back differ:\n got %.900s\nwant %.900s", g, w)
			}
		})
	}
}

// TestMySQLReopen opens a store that exists: the second writable open finds
// the tables and keeps what they hold.
func TestMySQLReopen(t *testing.T) {
	ctx := context.Background()
	addr := freshMySQLDatabase(t)
	for i := range 2 {
		s, err := Open(ctx, addr)
		if err != nil {
			t.Fatalf("open %d: %v", i+1, err)
		}
		writeAll(t, s, sample())
		got, err := s.Statements(ctx, Filter{})
		s.Close()
		if err != nil || len(got) != len(sample().Statements) {
			t.Fatalf("open %d: statements = %d, %v; want %d", i+1, len(got), err, len(sample().Statements))
		}
	}
	s, err := Open(ctx, addr, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.Statements(ctx, Filter{}); err != nil || len(got) != len(sample().Statements) {
		t.Fatalf("read-only: statements = %d, %v", len(got), err)
	}
}

// sortedNQuads renders quads as sorted N-Quads lines, each once, for
// comparison.
func sortedNQuads(qs []quad.Quad) string {
	lines := make([]string, 0, len(qs))
	seen := map[string]bool{}
	for _, q := range qs {
		if l := q.NQuad(); !seen[l] {
			seen[l] = true
			lines = append(lines, l)
		}
	}
	sort.Strings(lines)
	var b bytes.Buffer
	for _, l := range lines {
		fmt.Fprintln(&b, l)
	}
	return b.String()
}
