// Package testdb gives tests a database of their own on a server that an
// environment variable names (PostgreSQL, or CockroachDB through its
// PostgreSQL protocol), dropped when the test ends. It is for tests only.
package testdb

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq" // the "postgres" driver that manages the databases
)

// PostgresEnv names the PostgreSQL server of the store tests (.ci/run sets it).
const PostgresEnv = "ANNALS_TEST_POSTGRES_URL"

// Postgres is Fresh on the server PostgresEnv names.
func Postgres(t testing.TB) string { return Fresh(t, PostgresEnv, "postgres") }

// Fresh creates a uniquely named database on the server that the
// environment variable env names, drops it when the test ends, and returns
// the server's URL with the new database in its path; it skips the test
// when env is not set. flavour is "postgres" or "cockroach"; both speak
// PostgreSQL's protocol, so lib/pq manages the databases of either.
func Fresh(t testing.TB, env, flavour string) string {
	t.Helper()
	base := os.Getenv(env)
	if base == "" {
		t.Skipf("%s: %s is not set; set it to a server URL to test this backend (see .ci/run)", flavour, env)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", env, err)
	}
	admin := *u
	admin.Scheme = "postgres"
	db, err := sql.Open("postgres", admin.String())
	if err != nil {
		t.Fatalf("%s: %v", env, err)
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
		drop := "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
		if flavour == "cockroach" {
			drop = "DROP DATABASE IF EXISTS " + name + " CASCADE"
		}
		// A server process of another role (autovacuum) may hold the
		// database for a moment; the owner may not end it, so wait and retry.
		var err error
		for try := 0; try < 20; try++ {
			if _, err = db.Exec(drop); err == nil || !strings.Contains(err.Error(), "pg_signal_backend") && !strings.Contains(err.Error(), "being accessed by other users") {
				break
			}
			time.Sleep(250 * time.Millisecond)
		}
		if err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	fresh := *u
	fresh.Path = "/" + name
	return fresh.String()
}
