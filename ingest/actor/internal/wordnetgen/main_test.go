package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun: the places of noun.location instances are kept; a name that is
// also a person's, a common word, in capitals only, or no instance is not.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"data.noun": strings.Join([]string{
			"  1 This header line is WordNet's licence.",
			"00000001 15 n 02 Lindmark 0 Lindmark_City 0 001 @i 00000009 n 0000 | a city",
			"00000002 15 n 01 Harlow 0 001 @i 00000009 n 0000 | a town",
			"00000003 18 n 01 Harlow 0 001 @i 00000008 n 0000 | a writer",
			"00000004 15 n 01 Bend 0 001 @i 00000009 n 0000 | a town",
			"00000005 04 n 01 bend 0 000 | a curve",
			"00000006 15 n 01 QX 0 001 @i 00000009 n 0000 | a state",
			"00000007 15 n 01 Upland 0 001 @ 00000009 n 0000 | a kind of region, no instance",
		}, "\n") + "\n",
		"data.verb": "", "data.adj": "", "data.adv": "",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out strings.Builder
	if err := run(dir, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if got, want := strings.Join(lines[1:], "|"), "Lindmark|Lindmark City"; got != want {
		t.Errorf("places %q, want %q", got, want)
	}
}
