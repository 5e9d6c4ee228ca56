// Package gvcache keeps go-graphviz from failing at start-up on a machine
// another user ran annals on first.
//
// go-graphviz compiles its WebAssembly Graphviz in an init function, with
// a compilation cache in a fixed folder, $TMPDIR/go-graphviz. When another
// user made that folder, it is not writable and every command panics
// before it starts, --help included. This package's init runs first (Go
// initializes packages in the order of their import paths where their
// imports allow, and "github.com/annals/..." sorts before
// "github.com/goccy/..."): when the shared folder is not writable, it
// points TMPDIR at a folder of this user's own, so that go-graphviz caches
// there instead. Nothing changes when the shared folder works.
package gvcache

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func init() {
	if tmp, ok := ownTempDir(os.TempDir(), os.Getuid()); ok {
		_ = os.Setenv("TMPDIR", tmp)
	}
}

// ownTempDir returns the folder to use as TMPDIR instead of tmp, and true,
// when go-graphviz's cache under tmp cannot be written; false when it can,
// or will be made by go-graphviz itself.
func ownTempDir(tmp string, uid int) (string, bool) {
	if tmp == "" || writable(filepath.Join(tmp, "go-graphviz")) {
		return "", false
	}
	own := filepath.Join(tmp, fmt.Sprintf("annals-%d", uid))
	if err := os.MkdirAll(own, 0o700); err != nil || !writable(filepath.Join(own, "go-graphviz")) {
		return "", false // no better place: go-graphviz will fail as it would have
	}
	return own, true
}

// writable reports whether a cache folder, and every folder directly in
// it (wazero keeps one per version), can take a new file; a folder that
// does not exist yet is writable when its parent is.
func writable(dir string) bool {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return canCreate(filepath.Dir(dir))
	case err != nil || !fi.IsDir():
		return false
	}
	if !canCreate(dir) {
		return false
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if e.IsDir() && !canCreate(filepath.Join(dir, e.Name())) {
			return false
		}
	}
	return true
}

// canCreate reports whether a file can be made in dir.
func canCreate(dir string) bool {
	f, err := os.CreateTemp(dir, ".annals-probe-*")
	if err != nil {
		return false
	}
	name := f.Name()
	f.Close()
	return os.Remove(name) == nil
}
