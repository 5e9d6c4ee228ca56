package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annals/annals/graph"
)

// Environment of the child processes that the crash and lock tests start:
// the test binary itself, running TestHelperProcess.
const (
	envChildArgs = "ANNALS_TEST_CHILD_ARGS" // the annals command line, split by \x1f
	envChildHold = "ANNALS_TEST_CHILD_HOLD" // a store to hold open read-only until stdin closes
)

// TestHelperProcess is not a test: it is the child process of the tests
// below, when they set its environment; otherwise it does nothing.
func TestHelperProcess(t *testing.T) {
	if args := os.Getenv(envChildArgs); args != "" {
		os.Exit(run(context.Background(), strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr))
	}
	if db := os.Getenv(envChildHold); db != "" {
		s, err := graph.Open(context.Background(), db, graph.ReadOnly())
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println("ready")
		bufio.NewReader(os.Stdin).ReadString('\n') // until the parent closes stdin
		s.Close()
		os.Exit(0)
	}
}

// child starts the test binary as an annals process.
func child(t *testing.T, env string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	value := strings.Join(args, "\x1f")
	cmd.Env = append(os.Environ(), env+"="+value)
	return cmd
}

// wikinews finds the shared Wikinews corpus, or skips.
func wikinews(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"../../../shared/corpus/wikinews-2019-2020.jsonl", "../../shared/corpus/wikinews-2019-2020.jsonl"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("the Wikinews corpus (../shared/corpus) is not here")
	return ""
}

// corpusCopies writes the first n articles of src, copies times, with ids
// made unique, and returns the file.
func corpusCopies(t *testing.T, src string, n, copies int) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	lines = lines[:min(n, len(lines))]
	var out bytes.Buffer
	for k := range copies {
		for i, line := range lines {
			var rec map[string]any
			if err := json.Unmarshal(line, &rec); err != nil {
				t.Fatal(err)
			}
			rec["id"] = fmt.Sprintf("%v~%d~%d", rec["id"], i, k)
			b, _ := json.Marshal(rec)
			out.Write(append(b, '\n'))
		}
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// storeState is what the crash test compares between stores.
type storeState struct {
	check      graph.CheckReport
	statements map[string][]string // document id → its statement ids, sorted
	quads      int
}

func readState(t *testing.T, db string) storeState {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, db, graph.ReadOnly())
	if err != nil {
		t.Fatalf("reopen %s: %v", db, err)
	}
	defer s.Close()
	st := storeState{statements: map[string][]string{}}
	if st.check, err = s.Check(ctx); err != nil {
		t.Fatal(err)
	}
	for _, id := range st.check.Documents {
		sts, err := s.Statements(ctx, graph.Filter{Doc: id})
		if err != nil {
			t.Fatal(err)
		}
		ids := []string{}
		for _, x := range sts {
			ids = append(ids, x.ID)
		}
		slices.Sort(ids)
		st.statements[id] = ids
	}
	all, err := s.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st.quads = len(all)
	return st
}

var summaryRE = regexp.MustCompile(`(\d+) documents \((\d+) added, (\d+) replaced, (\d+) unchanged\)`)

// TestKillDuringIngest kills an ingest with SIGKILL after its first commit,
// reopens the store, checks it, and finishes the ingest: the result is
// the store a clean run makes, with no statement twice. It runs on each
// embedded engine.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test: starts processes and ingests a corpus (skipped with -short)")
	}
	corpus := corpusCopies(t, wikinews(t), 20, 3)
	for _, e := range embeddedStores {
		t.Run(e.name, func(t *testing.T) { testKillDuringIngest(t, corpus, e.addr) })
	}
}

func testKillDuringIngest(t *testing.T, corpus string, addr func(dir, name string) string) {
	dir := t.TempDir()

	clean := addr(dir, "clean")
	out, errs, code := runCLI(t, "", "ingest", "--quiet", "--db", clean, corpus)
	if code != 0 {
		t.Fatalf("clean ingest: exit %d: %s%s", code, out, errs)
	}
	want := readState(t, clean)
	t.Logf("clean run: %s", strings.TrimSpace(out))
	// bbolt grows its file as commits need room, Pebble its write-ahead
	// log as each commit lands: once the store is a third of the clean
	// store's size, commits have completed and more are on their way.
	size, err := storeSize(clean)
	if err != nil {
		t.Fatal(err)
	}
	threshold := size / 3

	db := addr(dir, "crash")
	ran := killWhenGrown(t, db, threshold, 5*time.Millisecond, "ingest", "--quiet", "--db", db, corpus)
	t.Logf("killed after %v", ran.Round(time.Millisecond))

	// The store opens and holds together: each document is whole.
	got := readState(t, db)
	if len(got.check.Problems) > 0 {
		t.Fatalf("inconsistent after kill -9:\n%s", strings.Join(got.check.Problems, "\n"))
	}
	for id, sts := range got.statements {
		if !slices.Equal(sts, want.statements[id]) {
			t.Errorf("document %s: %d statements after the kill, %d in a clean run", id, len(sts), len(want.statements[id]))
		}
	}
	crashed := len(got.check.Documents)
	t.Logf("after the kill: %d of %d documents, %d statements, %d quads", crashed, len(want.check.Documents), got.check.Statements, got.quads)
	if crashed == 0 {
		t.Errorf("no document was stored before the kill: the test did not kill after a commit")
	}
	if crashed >= len(want.check.Documents) {
		t.Errorf("all %d documents were stored before the kill: the test did not crash mid-run", crashed)
	}

	// Running the same ingest again completes it, adding what was missing.
	out, errs, code = runCLI(t, "", "ingest", "--quiet", "--db", db, corpus)
	if code != 0 {
		t.Fatalf("re-run: exit %d: %s%s", code, out, errs)
	}
	m := summaryRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("re-run summary: %q", out)
	}
	if unchanged, _ := strconv.Atoi(m[4]); unchanged != crashed {
		t.Errorf("re-run found %d documents unchanged, want the %d stored before the kill: %s", unchanged, crashed, out)
	}
	final := readState(t, db)
	if len(final.check.Problems) > 0 {
		t.Errorf("inconsistent after the re-run:\n%s", strings.Join(final.check.Problems, "\n"))
	}
	if final.check.Statements != want.check.Statements || final.quads != want.quads {
		t.Errorf("after the re-run: %d statements and %d quads; a clean run has %d and %d",
			final.check.Statements, final.quads, want.check.Statements, want.quads)
	}
	if !slices.Equal(final.check.Documents, want.check.Documents) {
		t.Errorf("after the re-run: %d documents, clean run %d", len(final.check.Documents), len(want.check.Documents))
	}
}

// killWhenGrown runs annals with args in a child process and kills it with
// SIGKILL once the store file db has grown to threshold bytes, checking
// every poll: bbolt grows its file as commits need room, so commits have
// completed then and more are on their way. It returns how long the child
// ran, and fails the test if the child ended first or was not killed.
func killWhenGrown(t *testing.T, db string, threshold int64, poll time.Duration, args ...string) time.Duration {
	t.Helper()
	cmd := child(t, envChildArgs, args...)
	var childErr bytes.Buffer
	cmd.Stderr = &childErr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	start := time.Now()
	for killed := false; !killed; {
		select {
		case err := <-exited:
			t.Fatalf("the %s ended (%v) before it could be killed: make the input bigger\n%s", args[0], err, childErr.String())
		case <-time.After(poll):
		}
		if size, err := storeSize(db); err == nil && size >= threshold {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
		if time.Since(start) > 60*time.Second {
			cmd.Process.Kill()
			t.Fatal("no commit within 60 s")
		}
	}
	err := <-exited
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != -1 {
		t.Fatalf("child: %v, want killed by a signal", err)
	}
	return time.Since(start)
}
