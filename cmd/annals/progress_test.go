package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, true)
	p.update(1, 10) // within the first second: nothing
	if buf.Len() != 0 {
		t.Fatalf("progress shown before a second passed: %q", buf.String())
	}
	p.start = time.Now().Add(-2 * time.Second)
	p.next = time.Time{}
	p.setTotal(10)
	p.update(4, 200)
	line := buf.String()
	for _, want := range []string{"\r4/10 documents (40%)", "sentences/s", "ETA 3s"} {
		if !strings.Contains(line, want) {
			t.Errorf("progress line %q lacks %q", line, want)
		}
	}
	p.done()
	if !strings.HasSuffix(buf.String(), "\r") {
		t.Errorf("done did not clear the line: %q", buf.String())
	}
	buf.Reset()
	off := newProgress(&buf, false)
	off.next = time.Time{}
	off.update(1, 1)
	off.done()
	if buf.Len() != 0 {
		t.Errorf("a disabled progress line wrote %q", buf.String())
	}
	if isTerminal(&buf) {
		t.Error("a buffer is no terminal")
	}
}

func TestCountDocuments(t *testing.T) {
	dir := t.TempDir()
	jl := filepath.Join(dir, "a.jsonl")
	os.WriteFile(jl, []byte("{\"text\":\"a\"}\n\n{\"text\":\"b\"}"), 0o644)
	txt := filepath.Join(dir, "b.txt")
	os.WriteFile(txt, []byte("text"), 0o644)
	if n := countDocuments([]string{jl, txt}); n != 3 {
		t.Errorf("countDocuments = %d, want 3", n)
	}
	for _, unknown := range [][]string{{"-"}, {dir}, {filepath.Join(dir, "missing.jsonl")}} {
		if n := countDocuments(unknown); n != 0 {
			t.Errorf("countDocuments(%v) = %d, want 0 (unknown)", unknown, n)
		}
	}
}

func TestIngestQuiet(t *testing.T) {
	db := filepath.Join(t.TempDir(), "annals.db")
	out, errs, code := runCLI(t, "", "ingest", "--quiet", "--db", db, article)
	if code != 0 || !strings.Contains(out, "1 documents (1 added") || errs != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
