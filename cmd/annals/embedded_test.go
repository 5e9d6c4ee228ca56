package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/graph"
)

// embeddedStores are the embedded engines that the crash and lock tests run
// on: the address of a store named name in dir.
var embeddedStores = []struct {
	name string
	addr func(dir, name string) string
}{
	{"bolt", func(dir, name string) string { return filepath.Join(dir, name+".db") }},
	{"pebble", func(dir, name string) string { return graph.PebbleScheme + filepath.Join(dir, name) }},
}

// storeSize is the size of a bolt store's file or of the files of a Pebble
// store's directory.
func storeSize(addr string) (int64, error) {
	dir, ok := strings.CutPrefix(addr, graph.PebbleScheme)
	if !ok {
		fi, err := os.Stat(addr)
		if err != nil {
			return 0, err
		}
		return fi.Size(), nil
	}
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			fi, err := d.Info()
			if err != nil {
				return nil // removed by a compaction meanwhile
			}
			n += fi.Size()
		}
		return nil
	})
	return n, err
}

func TestStoreSize(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a"), make([]byte, 5), 0o644)
	os.WriteFile(filepath.Join(dir, "b"), make([]byte, 6), 0o644)
	if n, err := storeSize(graph.PebbleScheme + dir); n != 11 || err != nil {
		t.Errorf("storeSize(pebble:dir) = %d, %v; want 11", n, err)
	}
	if n, err := storeSize(filepath.Join(dir, "a")); n != 5 || err != nil {
		t.Errorf("storeSize(file) = %d, %v; want 5", n, err)
	}
}
