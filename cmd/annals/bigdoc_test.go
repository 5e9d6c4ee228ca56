package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/ingest"
)

// bigDocFile writes a JSON Lines file of the given texts, one record each.
func bigDocFile(t *testing.T, texts ...string) string {
	t.Helper()
	var b strings.Builder
	for i, text := range texts {
		rec, err := json.Marshal(map[string]string{"id": "doc" + string(rune('a'+i)), "date": "2020-01-01", "text": text})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(rec)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "big.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestIngestRefusesTooLargeDocument: a record over the documented size is
// refused with its file:line, and the others are stored.
func TestIngestRefusesTooLargeDocument(t *testing.T) {
	huge := strings.Repeat("Ana met Bo in Kyiv. ", ingest.MaxDocumentBytes/20+1)
	path := bigDocFile(t, "Ana met Bo in Kyiv on Monday.", huge)
	db := filepath.Join(t.TempDir(), "a.db")
	out, errs, code := runCLI(t, "", "ingest", "--db", db, path)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if want := path + ":2: the text is 8.0 MiB, over the 8 MiB a document may have"; !strings.Contains(errs, want) {
		t.Errorf("stderr %q\nwant %q", errs, want)
	}
	if !strings.Contains(out, "1 documents (1 added") {
		t.Errorf("stdout %q: want the short document stored", out)
	}
}

// TestExtractShowsProgressInLongDocument: with -v, a long document tells
// how far its analysis is; without, it says nothing.
func TestExtractShowsProgressInLongDocument(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/istanbul-talks.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct{ Text string }
	if err := json.Unmarshal(raw, &rec); err != nil {
		t.Fatal(err)
	}
	path := bigDocFile(t, strings.Repeat(rec.Text+"\n\n", 12))
	for _, verbose := range []bool{true, false} {
		args := []string{"extract", "--format", "tsv", path}
		if verbose {
			args = append([]string{"-v"}, args...)
		}
		_, errs, code := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		said := strings.Contains(errs, "analysing a long document") && strings.Contains(errs, "doc="+path+":1, stage=")
		if said != verbose {
			t.Errorf("-v %v: stderr %q", verbose, errs)
		}
	}
}
