package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSecondUserStarts: annals starts for a user other than the one who
// ran it first on the machine. go-graphviz's shared cache folder, made by
// the first user, once made every command of the second panic at start-up
// (export/internal/gvcache).
func TestSecondUserStarts(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to run the binary as another user")
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("no setpriv to run as another user")
	}
	dir, err := os.MkdirTemp("", "annals-second-user-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	tmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(tmp, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{dir, tmp} {
		if err := os.Chmod(d, 0o1777); err != nil {
			t.Fatal(err)
		}
	}
	self, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "annals.test")
	if err := os.WriteFile(bin, self, 0o755); err != nil {
		t.Fatal(err)
	}
	start := func(asNobody bool) (string, error) {
		var cmd *exec.Cmd
		if asNobody {
			cmd = exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", bin, "-test.run=^TestHelperProcess$")
		} else {
			cmd = exec.Command(bin, "-test.run=^TestHelperProcess$")
		}
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp, envChildArgs+"=--help")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := start(false); err != nil {
		t.Fatalf("first user: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(tmp, "go-graphviz")); err != nil {
		t.Fatalf("the first user made no shared cache: %v", err)
	}
	out, err := start(true)
	if err != nil || !strings.Contains(out, "Usage:") || strings.Contains(out, "panic") {
		t.Errorf("second user: %v\n%s", err, out)
	}
}
