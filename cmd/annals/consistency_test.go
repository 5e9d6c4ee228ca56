package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageExitsTwo: every mistake in the command line, found by cobra or by
// a command, ends with status 2 and a message saying what was wrong; a
// selection that can match nothing is such a mistake.
func TestUsageExitsTwo(t *testing.T) {
	db := ingested(t)
	for _, c := range []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"unknown flag", []string{"timeline", "--db", db, "--bogus"}, "unknown flag: --bogus"},
		{"unknown root flag", []string{"--bogus"}, "unknown flag: --bogus"},
		{"bad flag value", []string{"timeline", "--db", db, "--min-confidence", "x"}, `invalid argument "x"`},
		{"extra argument", []string{"timeline", "--db", db, "extra"}, `unknown command "extra"`},
		{"unknown command", []string{"bogus"}, `unknown command "bogus"`},
		{"too few arguments", []string{"relations", "--db", db, "Russia"}, "accepts 2 arg(s)"},
		{"no file", []string{"ingest", "--db", db}, "requires at least 1 arg(s)"},
		{"reversed days", []string{"timeline", "--db", db, "--from", "2025-08-01", "--to", "2025-07-01"}, "on or after 2025-08-01"},
		{"reversed days in events", []string{"events", "--db", db, "--from", "2025-08-01", "--to", "2025-07-01"}, "--to"},
		{"reversed days in export", []string{"export", "--db", db, "--format", "csv", "--from", "2025-08-01", "--to", "2025-07-01"}, "--to"},
		{"confidence above 1", []string{"timeline", "--db", db, "--min-confidence", "2"}, "from 0 to 1"},
		{"confidence NaN", []string{"timeline", "--db", db, "--min-confidence", "NaN"}, "from 0 to 1"},
		{"confidence Inf", []string{"relations", "--db", db, "--min-confidence", "-Inf", "Russia", "Ukraine"}, "from 0 to 1"},
		{"confidence NaN in extract", []string{"extract", "--min-confidence", "NaN", "-"}, "from 0 to 1"},
		{"confidence Inf in export", []string{"export", "--db", db, "--format", "csv", "--min-confidence", "Inf"}, "from 0 to 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCLI(t, "", c.args...)
			if code != 2 || !strings.Contains(errs, c.want) || !strings.HasPrefix(errs, "annals: ") {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errs, c.want)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
		})
	}
}

// TestVersion: --version prints the module's version.
func TestVersion(t *testing.T) {
	out, errs, code := runCLI(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "annals ") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestStoreFlagIsGlobal: --db is a global flag, listed as one, its help
// names every kind of store, and it may come before the command.
func TestStoreFlagIsGlobal(t *testing.T) {
	out, _, _ := runCLI(t, "", "--help")
	if !strings.Contains(out, "--db") || !strings.Contains(out, "memory") {
		t.Errorf("annals --help does not show --db with memory:\n%s", out)
	}
	out, _, _ = runCLI(t, "", "timeline", "--help")
	global := out[strings.Index(out, "Global Flags:")+1:]
	if !strings.Contains(global, "--db") {
		t.Errorf("timeline --help does not list --db among the global flags:\n%s", out)
	}
	db := ingested(t)
	out, errs, code := runCLI(t, "", "--db", db, "actors")
	if code != 0 || !strings.Contains(out, "Russia") {
		t.Errorf("annals --db DB actors: exit %d, %s%s", code, out, errs)
	}
}

// TestEmptySelectionWarns: a drawing of nothing is still written, but the
// user is told why it is blank.
func TestEmptySelectionWarns(t *testing.T) {
	db := ingested(t)
	for _, format := range []string{"dot", "csv"} {
		out, errs, code := runCLI(t, "", "export", "--db", db, "--format", format, "--from", "2030-01-01")
		if code != 0 || out == "" {
			t.Errorf("%s: exit %d, stdout %q", format, code, out)
		}
		if !strings.Contains(errs, "annals: no statement matches") {
			t.Errorf("%s: stderr %q, want a warning", format, errs)
		}
	}
	_, errs, _ := runCLI(t, "", "export", "--db", db, "--format", "csv")
	if errs != "" {
		t.Errorf("a selection with statements warns: %q", errs)
	}
}

// TestExtractTSVHeader: the tsv output names its columns once.
func TestExtractTSVHeader(t *testing.T) {
	out, errs, code := runCLI(t, "Russia offered to return 3,000 bodies.\n", "extract", "--format", "tsv", "--date", "2025-07-23", "--input", "text", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2 || lines[0]+"\n" != "doc\tsentence\tconfidence\tsubject\tpredicate\tobject\ttime\tflags\n" || strings.Count(lines[1], "\t") != strings.Count(lines[0], "\t") {
		t.Errorf("tsv %q", out)
	}
}

// TestMissingDateMessage: the warning about a document without a date
// looks like the other messages, "FILE: what", not a log record.
func TestMissingDateMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte("Putin met Erdogan yesterday in Ankara.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := runCLI(t, "", "extract", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(errs, path+": no date found") || strings.Contains(errs, "level=") {
		t.Errorf("stderr %q, want %q", errs, path+": no date found ...")
	}
}

// TestFlagCompletion: the shell completion offers flag values, the actors
// from the store among them.
func TestFlagCompletion(t *testing.T) {
	db := ingested(t)
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"export", "--format", ""}, []string{"svg", "jsonld"}},
		{[]string{"events", "--format", ""}, []string{"table", "csv"}},
		{[]string{"extract", "--format", ""}, []string{"jsonl", "tsv"}},
		{[]string{"events", "--by", ""}, []string{"day", "month", "year"}},
		{[]string{"timeline", "--event-type", ""}, []string{"AGREE", "FIGHT"}},
		{[]string{"timeline", "--db", db, "--actor", "Rus"}, []string{"Russia"}},
		{[]string{"--db", db, "export", "--actor", ""}, []string{"Russia", "Vladimir Putin"}},
	} {
		out, errs, code := runCLI(t, "", append([]string{"__complete"}, c.args...)...)
		for _, w := range c.want {
			if code != 0 || !strings.Contains(out, w+"\n") && !strings.Contains(out, w+"\t") {
				t.Errorf("%v: exit %d, %q%s; want %s", c.args, code, out, errs, w)
			}
		}
	}
}
