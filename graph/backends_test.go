package graph

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/ingest/actor"
	"github.com/annals/annals/internal/testdb"
	_ "github.com/lib/pq" // database/sql driver "postgres", to create and drop test databases
)

// Environment variables that name database servers for the tests. Without
// them, the tests of that backend skip.
const (
	envPostgres  = "ANNALS_TEST_POSTGRES_URL"  // postgres://user:pass@127.0.0.1:5432/db?sslmode=disable
	envCockroach = "ANNALS_TEST_COCKROACH_URL" // cockroach://root@127.0.0.1:26257/defaultdb?sslmode=disable
)

// testBackend is a store backend the store tests run against.
type testBackend struct {
	name string
	// addr returns the address of a fresh, empty store that lives as long
	// as the test; it skips the test if the backend is not available.
	addr func(t *testing.T) string
}

// testBackends lists the backends to test: memory, bolt and pebble always,
// PostgreSQL when ANNALS_TEST_POSTGRES_URL is set and MySQL or MariaDB when
// ANNALS_TEST_MYSQL_URL is (skipped with a message otherwise). Each SQL test
// gets a database of its own.
func testBackends() []testBackend {
	return []testBackend{
		{"memory", func(*testing.T) string { return "memory" }},
		{"bolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "annals.db") }},
		{"pebble", func(t *testing.T) string { return PebbleScheme + filepath.Join(t.TempDir(), "annals") }},
		{"postgres", func(t *testing.T) string { return testdb.Fresh(t, envPostgres, "postgres") }},
		{"mysql", freshMySQLDatabase}, // mysql_test.go
	}
}

// openBackend opens a fresh store of backend b, closed at the end of the test.
func openBackend(t *testing.T, b testBackend, opts ...Option) *Store {
	t.Helper()
	s, err := Open(context.Background(), b.addr(t), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestCockroachAddress(t *testing.T) {
	for in, want := range map[string]string{
		"cockroach://root@db:26257/annals?sslmode=disable":   "postgresql://root@db:26257/annals?sslmode=disable",
		"cockroachdb://root@db:26257/annals?sslmode=disable": "postgresql://root@db:26257/annals?sslmode=disable",
	} {
		if !isCockroach(in) {
			t.Errorf("isCockroach(%q) = false", in)
		}
		if got := cockroachDSN(in); got != want {
			t.Errorf("cockroachDSN(%q) = %q, want %q", in, got, want)
		}
	}
	if isCockroach("postgres://x@y/z") {
		t.Error("a postgres:// URL is not CockroachDB")
	}
}

// TestCockroach runs the round trip on a CockroachDB cluster.
func TestCockroach(t *testing.T) {
	if os.Getenv(envCockroach) == "" {
		t.Skipf("cockroach: %s is not set (e.g. cockroach://root@127.0.0.1:26257/defaultdb?sslmode=disable); CockroachDB is not installable here", envCockroach)
	}
	addr := testdb.Fresh(t, envCockroach, "cockroach")
	if !isCockroach(addr) {
		t.Fatalf("%s must be a cockroach:// URL, got %q", envCockroach, addr)
	}
	ctx := context.Background()
	s, err := Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	for i, want := range []Outcome{Added, Unchanged} {
		if got, err := w.Write(ctx, sample()); err != nil || got != want {
			t.Fatalf("write %d = %v, %v; want %v", i+1, got, err, want)
		}
		if err := w.Close(ctx); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Statements(ctx, Filter{})
	if err != nil || len(got) != len(sample().Statements) {
		t.Fatalf("statements = %d, %v; want %d", len(got), err, len(sample().Statements))
	}
}

// TestCockroachFlavourOnPostgres shows that a cockroach:// address reaches
// Cayley's CockroachDB flavour: on a PostgreSQL server its DDL fails.
func TestCockroachFlavourOnPostgres(t *testing.T) {
	addr := testdb.Fresh(t, envPostgres, "postgres")
	crdb := "cockroach://" + strings.SplitN(addr, "://", 2)[1]
	s, err := Open(context.Background(), crdb)
	if err == nil {
		s.Close()
		t.Fatal("CockroachDB flavour opened on PostgreSQL; expected its column-family DDL to fail")
	}
	if !strings.Contains(err.Error(), "fhash") {
		t.Errorf("error %v does not come from the CockroachDB DDL", err)
	}
}
