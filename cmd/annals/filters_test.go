package main

import (
	"strings"
	"testing"
)

// TestFilterFlagsUsage: the filter flags of every reading command are
// checked alike, and a bad value is a usage error that names its flag.
func TestFilterFlagsUsage(t *testing.T) {
	db := ingested(t)
	for _, c := range []struct {
		args []string
		flag string
	}{
		{[]string{"timeline", "--from", "July"}, `--from "July"`},
		{[]string{"timeline", "--min-confidence", "2"}, "--min-confidence"},
		{[]string{"events", "--to", "2025-13-01"}, `--to "2025-13-01"`},
		{[]string{"export", "--format", "csv", "--min-confidence", "-1"}, "--min-confidence"},
		{[]string{"export", "--format", "dot", "--hops", "2"}, "--hops"},
	} {
		_, errs, code := runCLI(t, "", append(c.args, "--db", db)...)
		if code != 2 || !strings.Contains(errs, c.flag) {
			t.Errorf("%v: exit %d, %q; want 2 and a message naming %s", c.args, code, errs, c.flag)
		}
	}
}

// TestAdvice: errors of the library get the command line's advice added
// here, not in the library.
func TestAdvice(t *testing.T) {
	db := ingested(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"timeline", "--db", db, "--actor", "Nobody"}, `no actor named "Nobody" (annals actors lists them)`},
		{[]string{"actors", "--db", t.TempDir() + "/none.db"}, "no store there yet (run annals ingest first)"},
		{[]string{"serve", "--db", "memory", "--listen", "0.0.0.0:0"}, "with no authentication; pass --public to do that on purpose"},
	} {
		if _, errs, code := runCLI(t, "", c.args...); code == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, %q; want %q", c.args, code, errs, c.want)
		}
	}
}
