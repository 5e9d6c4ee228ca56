package main

import (
	"bufio"
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annals/annals/internal/testdb"
	_ "github.com/lib/pq" // database/sql driver "postgres", to make the test's database
)

// secretCommands are the command lines of every command that opens a store,
// the store's flag left for the test to add.
func secretCommands(t *testing.T) [][]string {
	t.Helper()
	nq := filepath.Join(t.TempDir(), "empty.nq")
	if err := os.WriteFile(nq, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return [][]string{
		{"ingest", "../../testdata/istanbul-talks.jsonl"},
		{"load", nq},
		{"timeline"},
		{"timeline", "--json"},
		{"actors"},
		{"actors", "merge", "Trump", "Donald Trump"},
		{"actors", "rename", "Trump", "Donald J. Trump"},
		{"events"},
		{"relations", "Russia", "Ukraine"},
		{"query", "g.V().All()"},
		{"export", "--format", "csv"},
		{"export", "--format", "nquads"},
		{"forget", "doc-1"},
		{"serve", "--listen", "127.0.0.1:0"},
		{"__complete", "timeline", "--actor", ""},
	}
}

// runChild runs an annals command line in a child process, so that what
// Cayley logs to the process's own stderr is seen too, and returns its
// stdout and stderr. A command still running after the timeout is killed.
func runChild(t *testing.T, args ...string) (string, string) {
	t.Helper()
	cmd := child(t, envChildArgs, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(30*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	_ = cmd.Wait() // the exit status is not what this test is about
	return out.String(), errb.String()
}

// TestNoPasswordWhenOpenFails runs every command against stores it cannot
// open, whose addresses hold a password, and finds the password in none of
// their output: not in the error, not in Cayley's log.
func TestNoPasswordWhenOpenFails(t *testing.T) {
	const password = "s3cr3t"
	pg := "postgres://user:" + password + "@127.0.0.1:1/db?sslmode=disable" // nothing listens on port 1
	stores := []string{
		"postgresql://user:" + password + "@127.0.0.1:1/db?sslmode=disable",
		"cockroach://user:" + password + "@127.0.0.1:1/db?sslmode=disable",
		"postgres://user:" + password + "@127.0.0.1:badport/db", // the URL does not parse
		"postgres://127.0.0.1:1/db?user=user&password=" + password + "&sslmode=disable",
	}
	type run struct{ db, args []string }
	var runs []run
	for _, args := range secretCommands(t) {
		runs = append(runs, run{[]string{"--db", pg}, args})
	}
	for _, db := range stores {
		runs = append(runs, run{[]string{"--db", db}, []string{"timeline"}})
	}
	for _, r := range runs {
		t.Run(strings.Join(append(r.args[:len(r.args):len(r.args)], r.db[1]), " "), func(t *testing.T) {
			t.Parallel()
			out, errs := runChild(t, append(append([]string(nil), r.args...), r.db...)...)
			if strings.Contains(out+errs, password) {
				t.Errorf("the password is printed:\nstdout: %s\nstderr: %s", out, errs)
			}
			if r.args[0] != "__complete" && !strings.Contains(errs, "open store") {
				t.Errorf("no open failure reported:\nstdout: %s\nstderr: %s", out, errs)
			}
			if n := strings.Count(strings.TrimSpace(errs), "\n") + 1; n > 1 {
				t.Errorf("the failure is reported in %d lines:\n%s", n, errs)
			}
		})
	}
}

// TestNoPasswordOnPostgres runs every command on a PostgreSQL store (the
// server that ANNALS_TEST_POSTGRES_URL names, as in package graph's tests)
// and finds the password in none of their output, the summaries naming the
// store as user:***@; and no false error for the tables that exist.
func TestNoPasswordOnPostgres(t *testing.T) {
	addr := testdb.Postgres(t)
	u, _ := url.Parse(addr)
	password, ok := u.User.Password()
	if !ok || password == "" {
		t.Skip("ANNALS_TEST_POSTGRES_URL has no password")
	}
	// "annals:annals@" in CI: the password alone is a word of every output.
	secret := u.User.Username() + ":" + password + "@"
	leaks := func(s string) bool {
		return strings.Contains(s, secret) || len(password) >= 8 && strings.Contains(s, password)
	}
	masked := u.User.Username() + ":***@"

	for i := range 2 { // the second ingest finds the tables there
		out, errs := runChild(t, "ingest", "--db", addr, "../../testdata/istanbul-talks.jsonl")
		if leaks(out+errs) || !strings.Contains(out, masked) {
			t.Errorf("ingest %d: the summary does not name the store as %s:\nstdout: %s\nstderr: %s", i+1, masked, out, errs)
		}
		if strings.Contains(errs, "already exists") || strings.Contains(errs, "Cannot create") {
			t.Errorf("ingest %d: a false error on an existing store:\n%s", i+1, errs)
		}
	}
	nq := filepath.Join(t.TempDir(), "store.nq")
	out, errs := runChild(t, "export", "--format", "nquads", "--db", addr)
	if leaks(out+errs) || !strings.Contains(out, "<") {
		t.Fatalf("export: %s%s", out, errs)
	}
	if err := os.WriteFile(nq, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs = runChild(t, "load", "--db", addr, nq)
	if leaks(out+errs) || !strings.Contains(out, masked) {
		t.Errorf("load: the summary does not name the store as %s:\nstdout: %s\nstderr: %s", masked, out, errs)
	}
	for _, args := range secretCommands(t) {
		if args[0] == "serve" || args[0] == "ingest" || args[0] == "load" {
			continue
		}
		out, errs := runChild(t, append(args, "--db", addr)...)
		if leaks(out + errs) {
			t.Errorf("%s: the password is printed:\nstdout: %s\nstderr: %s", strings.Join(args, " "), out, errs)
		}
	}
	if line := serveStartLine(t, addr); leaks(line) || !strings.Contains(line, masked) {
		t.Errorf("serve's start line does not name the store as %s: %q", masked, line)
	}
}

// serveStartLine starts annals serve on addr in a child process, reads its
// start line and stops it.
func serveStartLine(t *testing.T, addr string) string {
	t.Helper()
	cmd := child(t, envChildArgs, "serve", "--listen", "127.0.0.1:0", "--db", addr)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGINT)
		timer := time.AfterFunc(10*time.Second, func() { cmd.Process.Kill() })
		defer timer.Stop()
		cmd.Wait()
	}()
	lines := make(chan string, 1)
	go func() {
		var all strings.Builder
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			all.WriteString(sc.Text() + "\n")
			if strings.Contains(sc.Text(), "serving") {
				break
			}
		}
		lines <- all.String()
		for sc.Scan() { // keep the child's stderr drained until it ends
		}
	}()
	select {
	case l := <-lines:
		return l
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start in 30 s")
		return ""
	}
}
