package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"

	_ "github.com/lib/pq" // database/sql driver "postgres", to create and drop the stages' databases
)

// pgSuffix marks a store stage that runs on the PostgreSQL server -db names
// ("ingest:pg") instead of a bolt file.
const pgSuffix = ":pg"

// isPostgres tells whether addr is a PostgreSQL URL.
func isPostgres(addr string) bool {
	return strings.HasPrefix(addr, "postgres://") || strings.HasPrefix(addr, "postgresql://")
}

// freshDatabase creates an empty database for a stage on the server at
// server (a PostgreSQL URL whose user may create databases) and returns its
// URL and a function that drops it.
func freshDatabase(ctx context.Context, server, stage string) (addr string, drop func() error, err error) {
	u, err := url.Parse(server)
	if err != nil || !isPostgres(server) {
		return "", nil, usageError(fmt.Sprintf("-db %q: want a postgres:// URL", server))
	}
	db, err := sql.Open("postgres", server)
	if err != nil {
		return "", nil, fmt.Errorf("bench database: %w", err)
	}
	var suffix [4]byte
	_, _ = rand.Read(suffix[:])
	name := fmt.Sprintf("annals_bench_%s_%d_%s", stage, os.Getpid(), hex.EncodeToString(suffix[:]))
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		return "", nil, fmt.Errorf("bench database on %s: %w", u.Host, err)
	}
	fresh := *u
	fresh.Path = "/" + name
	drop = func() error {
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			return fmt.Errorf("drop bench database %s: %w", name, err)
		}
		return nil
	}
	return fresh.String(), drop, nil
}

// databaseSize is the size on disk of the database at addr, 0 if unknown.
func databaseSize(addr string) int64 {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int64
	if err := db.QueryRow("SELECT pg_database_size(current_database())").Scan(&n); err != nil {
		return 0
	}
	return n
}
