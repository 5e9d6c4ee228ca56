package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/graph"
)

// article is the bundled article, one JSON Lines record.
const article = "../../testdata/istanbul-talks.jsonl"

func TestCopyCorpusMakesIDsUnique(t *testing.T) {
	dst := filepath.Join(t.TempDir(), "c.jsonl")
	n, err := copyCorpus(article, dst, 3)
	if err != nil || n != 3 {
		t.Fatalf("copyCorpus = %d, %v", n, err)
	}
	data, _ := os.ReadFile(dst)
	ids := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil || rec.Text == "" {
			t.Fatalf("record %q: %v", line, err)
		}
		ids[rec.ID] = true
	}
	if len(ids) != 3 {
		t.Errorf("ids %v, want 3 distinct", ids)
	}
}

func TestBenchCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-corpus", article, "-copies", "2", "-workers", "1"}, &stdout, &stderr)
	out, errs := stdout.String(), stderr.String()
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	for _, want := range []string{"2 articles", "ingest", "extract", "load", "cayley", "Cayley's loader on the same N-Quads"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestBenchPebble runs the store stages on a Pebble store, whose size is
// that of the files in its directory.
func TestBenchPebble(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-corpus", article, "-workers", "1", "-engine", "pebble", "-stages", "ingest"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	if !strings.Contains(out, "store pebble") {
		t.Errorf("output does not name the store:\n%s", out)
	}
	if !strings.Contains(out, " ingest ") {
		t.Errorf("no ingest row:\n%s", out)
	}
}

// TestAnalyses: a stage on PostgreSQL needs the pipeline as the same stage
// on bolt does (ingest:pg alone once ran with none).
func TestAnalyses(t *testing.T) {
	for stage, want := range map[string]bool{"ingest": true, "ingest:pg": true, "extract": true,
		"load": false, "load:pg": false, "cayley:pg": false, "export": false} {
		if got := analyses(stage); got != want {
			t.Errorf("analyses(%q) = %v, want %v", stage, got, want)
		}
	}
}

// TestFileSize: a Pebble store's size is that of the files in its folder.
func TestFileSize(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "a"), make([]byte, 3), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b"), make([]byte, 4), 0o644)
	if got := fileSize(graph.PebbleScheme + dir); got != 7 {
		t.Errorf("fileSize(pebble:dir) = %d, want 7", got)
	}
	if got := fileSize(filepath.Join(dir, "a")); got != 3 {
		t.Errorf("fileSize(file) = %d, want 3", got)
	}
}

func TestBenchUsage(t *testing.T) {
	for _, args := range [][]string{{"-copies", "0"}, {"-stages", "nap"}, {"-nope"}, {"extra"},
		{"-stages", "ingest:pg"}, {"-stages", "extract:pg", "-db", "postgres://127.0.0.1/x"}, {"-stages", "ingest:pg", "-db", "/tmp/x.db"},
		{"-engine", "leveldb"}} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), append([]string{"-corpus", article}, args...), &stdout, &stderr); code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", args, code, stderr.String())
		}
	}
}

// TestBenchPostgres runs the store stages on PostgreSQL beside bolt, when
// ANNALS_TEST_POSTGRES_URL names a server (see .ci/run).
func TestBenchPostgres(t *testing.T) {
	server := os.Getenv("ANNALS_TEST_POSTGRES_URL")
	if server == "" {
		t.Skip("ANNALS_TEST_POSTGRES_URL is not set; set it to a PostgreSQL URL to bench that backend")
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-corpus", article, "-workers", "1", "-db", server,
		"-stages", "ingest,ingest:pg,extract,load:pg,cayley:pg"}, &stdout, &stderr)
	out, errs := stdout.String(), stderr.String()
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	quads := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 5 {
			quads[f[0]] = f[5] // stage, time, CPU, articles/s, sentences/s, quads
		}
	}
	for _, stage := range []string{"ingest", "ingest:pg", "load:pg", "cayley:pg"} {
		if q := quads[stage]; q == "" || q == "0" {
			t.Errorf("stage %s wrote %q quads:\n%s", stage, q, out)
		}
	}
	if quads["ingest"] != quads["ingest:pg"] {
		t.Errorf("ingest wrote %s quads to bolt, %s to PostgreSQL", quads["ingest"], quads["ingest:pg"])
	}
}

// TestBenchPostgresIngestAlone runs ingest:pg without a bolt ingest or
// extract stage, which once left the stage with no pipeline (a panic).
func TestBenchPostgresIngestAlone(t *testing.T) {
	server := os.Getenv("ANNALS_TEST_POSTGRES_URL")
	if server == "" {
		t.Skip("ANNALS_TEST_POSTGRES_URL is not set; set it to a PostgreSQL URL to bench that backend")
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-corpus", article, "-workers", "1", "-db", server,
		"-stages", "ingest:pg"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), " ingest:pg ") {
		t.Errorf("no ingest:pg row:\n%s", stdout.String())
	}
}
