package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const article = "../../testdata/istanbul-talks.jsonl"

// TestExtractNQuadsThenLoad is the scale-out path: extract on one machine,
// load on another, and the store is the one ingest makes.
func TestExtractNQuadsThenLoad(t *testing.T) {
	dir := t.TempDir()
	nq, errs, code := runCLI(t, "", "extract", "--format", "nquads", article)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	file := filepath.Join(dir, "part.nq")
	if err := os.WriteFile(file, []byte(nq), 0o644); err != nil {
		t.Fatal(err)
	}
	loaded := filepath.Join(dir, "loaded.db")
	out, errs, code := runCLI(t, "", "load", "--db", loaded, file)
	if code != 0 || !strings.Contains(out, "1 documents (1 added") {
		t.Fatalf("load: exit %d: %s%s", code, out, errs)
	}
	out, _, _ = runCLI(t, "", "load", "--db", loaded, file)
	if !strings.Contains(out, "(0 added, 0 replaced, 1 unchanged)") || !strings.Contains(out, ", 0 written") {
		t.Errorf("second load: %s", out)
	}
	// Standard input works too, and the ingested store finds nothing new.
	ingested := ingested(t)
	out, errs, code = runCLI(t, nq, "load", "--db", ingested, "-")
	if code != 0 || !strings.Contains(out, "1 unchanged") {
		t.Errorf("load into the ingested store: exit %d: %s%s", code, out, errs)
	}
	a, _, _ := runCLI(t, "", "export", "--db", loaded, "--format", "nquads")
	b, _, _ := runCLI(t, "", "export", "--db", ingested, "--format", "nquads")
	if a != b || a == "" {
		t.Errorf("loaded and ingested stores differ: %d and %d bytes of N-Quads", len(a), len(b))
	}
}

func TestLoadBadInput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "annals.db")
	_, errs, code := runCLI(t, "<a> <b> .\n", "load", "--db", db, "-")
	if code != 1 || !strings.Contains(errs, "load <stdin>") {
		t.Errorf("exit %d: %s", code, errs)
	}
	_, errs, code = runCLI(t, "", "load", "--db", db, filepath.Join(t.TempDir(), "missing.nq"))
	if code != 1 || !strings.Contains(errs, "no such file") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

func TestForgetCommand(t *testing.T) {
	db := ingested(t)
	out, errs, code := runCLI(t, "", "forget", "--db", db, "istanbul-talks")
	if code != 0 || !strings.Contains(out, "istanbul-talks: forgotten:") {
		t.Fatalf("forget: exit %d: %s%s", code, out, errs)
	}
	out, _, _ = runCLI(t, "", "export", "--db", db, "--format", "nquads")
	if strings.TrimSpace(out) != "" {
		t.Errorf("store not empty after forgetting its only document:\n%s", out)
	}
	_, errs, code = runCLI(t, "", "forget", "--db", db, "istanbul-talks")
	if code != 1 || !strings.Contains(errs, "istanbul-talks: no such document") {
		t.Errorf("forget again: exit %d: %s", code, errs)
	}
}
