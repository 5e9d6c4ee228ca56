package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// cameoDir is where the repository's sibling checkout keeps the dictionaries.
var cameoDir = filepath.Join("..", "..", "..", "..", "..", "shared", "data", "cameo")

// TestTableUpToDate rebuilds the table twice from the dictionaries and checks
// that the bytes are the same and are those committed beside the coder.
func TestTableUpToDate(t *testing.T) {
	if _, err := os.Stat(filepath.Join(cameoDir, "CAMEO.2.0.txt")); err != nil {
		t.Skipf("dictionaries not found: %v", err)
	}
	build := func() [2][]byte {
		tab, roles, err := readTables(cameoDir, false, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		var out [2][]byte
		for i, v := range []any{tab, roles} {
			if out[i], err = encode(v); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	first, second := build(), build()
	for i, name := range []string{"table.gob.gz", "roles.gob.gz"} {
		if !bytes.Equal(first[i], second[i]) {
			t.Fatalf("two builds of %s differ", name)
		}
		committed, err := os.ReadFile(filepath.Join("..", "..", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first[i], committed) {
			t.Errorf("%s is stale: run go generate ./ingest/event", name)
		}
	}
}
