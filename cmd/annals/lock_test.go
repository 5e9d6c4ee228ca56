package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLockAcrossProcesses checks what another process sees while one holds
// a bolt store:
//   - while a writer (ingest) holds it, a second writer fails within about
//     2 s with `store X is in use by "annals ingest" (pid N, since HH:MM:SS)`,
//     and so does a reader: bbolt's read-only open takes a shared lock, which
//     the writer's exclusive lock excludes;
//     `annals serve` starts, its requests answering 503 with that message;
//   - while a reader holds it, other readers open it at once, and a writer
//     fails with "store X is in use by another process" (readers do not
//     record themselves).
//
// It runs on each embedded engine.
func TestLockAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("lock test: starts processes (skipped with -short)")
	}
	for _, e := range embeddedStores {
		t.Run(e.name, func(t *testing.T) { testLockAcrossProcesses(t, ingestedAt(t, e.addr(t.TempDir(), "annals"))) })
	}
}

func testLockAcrossProcesses(t *testing.T, db string) {

	t.Run("writer holds", func(t *testing.T) {
		corpus := corpusCopies(t, wikinews(t), 300, 2) // long enough to outlast the checks
		cmd := child(t, envChildArgs, "ingest", "--quiet", "--db", db, corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() { cmd.Process.Kill(); cmd.Wait() }()
		waitGrowth(t, db)
		holder := fmt.Sprintf(`store %s is in use by "annals ingest" (pid %d, since `, db, cmd.Process.Pid)
		for _, args := range [][]string{
			{"ingest", "--quiet", "--db", db, article},
			{"timeline", "--db", db},
			{"forget", "--db", db, "istanbul-talks"},
		} {
			start := time.Now()
			_, errs, code := runCLI(t, "", args...)
			took := time.Since(start)
			t.Logf("%s while ingest runs: exit %d after %v: %s", args[0], code, took.Round(time.Millisecond), strings.TrimSpace(errs))
			if code == 0 || !strings.Contains(errs, holder) {
				t.Errorf("%s: exit %d, %q; want %q…", args[0], code, errs, holder)
			}
			if took > 4*time.Second {
				t.Errorf("%s took %v to give up; want about 2 s", args[0], took)
			}
		}
		// serve starts all the same, and its requests say who holds the store.
		addr := startServe(t, db)
		if code, body := fetch(t, addr+"api/actors"); code != 503 || !strings.Contains(body, `is in use by \"annals ingest\" (pid `) {
			t.Errorf("GET /api/actors while ingest runs: %d %s", code, body)
		}
	})

	t.Run("reader holds", func(t *testing.T) {
		cmd := child(t, envChildHold, db)
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		pr, pw, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdout = pw
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		pw.Close()
		defer func() { stdin.Close(); cmd.Wait() }()
		line, err := bufio.NewReader(pr).ReadString('\n')
		if err != nil || strings.TrimSpace(line) != "ready" {
			t.Fatalf("reader child: %q, %v", line, err)
		}
		start := time.Now()
		out, errs, code := runCLI(t, "", "timeline", "--db", db)
		if code != 0 || out == "" {
			t.Errorf("a second reader: exit %d: %s", code, errs)
		}
		t.Logf("timeline while another reader holds the store: exit %d after %v", code, time.Since(start).Round(time.Millisecond))
		start = time.Now()
		_, errs, code = runCLI(t, "", "ingest", "--quiet", "--db", db, article)
		took := time.Since(start)
		t.Logf("ingest while a reader holds the store: exit %d after %v: %s", code, took.Round(time.Millisecond), strings.TrimSpace(errs))
		if code == 0 || !strings.Contains(errs, "store "+db+" is in use by another process") || took > 4*time.Second {
			t.Errorf("writer while a reader holds: exit %d after %v: %s", code, took, errs)
		}
	})
}

// waitGrowth waits until a store file has grown past its first commit.
func waitGrowth(t *testing.T, db string) {
	t.Helper()
	size, err := storeSize(db)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if now, err := storeSize(db); err == nil && now > size {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s did not grow in 60 s", filepath.Base(db))
}
