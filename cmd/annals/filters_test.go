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
