package gvcache

import (
	"os"
	"path/filepath"
	"testing"
)

func TestOwnTempDir(t *testing.T) {
	if os.Geteuid() == 0 {
		// root writes into any folder, so a folder of another user's
		// cannot be made here; the check below still runs as a plain user
		t.Skip("running as root: no folder is unwritable")
	}
	tmp := t.TempDir()
	if _, ok := ownTempDir(tmp, 1000); ok {
		t.Error("no go-graphviz folder yet: want the shared one")
	}
	shared := filepath.Join(tmp, "go-graphviz", "wazero-v1-amd64-linux")
	if err := os.MkdirAll(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, ok := ownTempDir(tmp, 1000); ok {
		t.Error("a writable shared folder: want it kept")
	}
	if err := os.Chmod(shared, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(shared, 0o755)
	own, ok := ownTempDir(tmp, 1000)
	if !ok || own != filepath.Join(tmp, "annals-1000") {
		t.Errorf("an unwritable cache inside: %q, %v; want the user's own folder", own, ok)
	}
}

func TestWritable(t *testing.T) {
	tmp := t.TempDir()
	if !writable(filepath.Join(tmp, "missing")) {
		t.Error("a folder to be made in a writable one: want writable")
	}
	if writable(filepath.Join(tmp, "missing", "deeper")) {
		t.Error("a folder whose parent does not exist: want not writable")
	}
	file := filepath.Join(tmp, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if writable(file) {
		t.Error("a file is no folder")
	}
}
