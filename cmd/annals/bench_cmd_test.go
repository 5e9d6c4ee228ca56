package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
	out, errs, code := runCLI(t, "", "bench", "--corpus", article, "--copies", "2", "--workers", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	for _, want := range []string{"2 articles", "ingest", "extract", "load", "cayley", "Cayley's loader on the same N-Quads"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
