package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextFileByName ingests a Markdown file, edits it and ingests it again,
// then forgets files by name and by path: a file is known by its name, not
// by a hash of its text.
func TestTextFileByName(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "annals.db")
	notes := filepath.Join(dir, "notes.md")
	given := filepath.Join(dir, "given.md")
	write := func(path, text string) {
		t.Helper()
		if err := os.WriteFile(path, []byte("---\ndate: 2025-07-23\n---\n"+text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(wantCode int, args ...string) string {
		t.Helper()
		out, errs, code := runCLI(t, "", append(args[:1:1], append([]string{"--db", db}, args[1:]...)...)...)
		if code != wantCode {
			t.Fatalf("%s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, wantCode, out, errs)
		}
		return out + errs
	}

	write(notes, "Russia agreed to exchange *prisoners*.\n")
	if err := os.WriteFile(given, []byte("---\nid: talks-3\ndate: 2025-07-23\n---\nUkraine proposed talks in Istanbul.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := run(0, "ingest", "-q", notes, given); !strings.Contains(out, "2 documents (2 added, 0 replaced, 0 unchanged)") {
		t.Errorf("first ingest: %s", out)
	}

	write(notes, "Russia agreed to return 3,000 bodies.\n")
	if out := run(0, "ingest", "-q", notes); !strings.Contains(out, "1 documents (0 added, 1 replaced, 0 unchanged)") {
		t.Errorf("ingest of the edited file: %s", out)
	}
	if out := run(0, "ingest", "-q", notes); !strings.Contains(out, "1 documents (0 added, 0 replaced, 1 unchanged)") {
		t.Errorf("ingest of the same file again: %s", out)
	}
	timeline := run(0, "timeline", "--json")
	if !strings.Contains(timeline, "3,000 bodies") || strings.Contains(timeline, "prisoners") {
		t.Errorf("timeline after the edit should hold the new statement only:\n%s", timeline)
	}

	if out := run(0, "forget", "notes.md"); !strings.Contains(out, "notes.md: forgotten: ") {
		t.Errorf("forget by file name: %s", out)
	}
	if out := run(0, "forget", given); !strings.Contains(out, given+" (talks-3): forgotten: ") {
		t.Errorf("forget by the path of a file whose front matter gives its id: %s", out)
	}
	if out := run(1, "forget", "notes.md"); !strings.Contains(out, "notes.md: no such document") {
		t.Errorf("forget again: %s", out)
	}
}
