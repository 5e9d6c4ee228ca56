package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
)

// TestBenchExports: the export stage times every export of the store the
// ingest stage wrote, and a drawing when asked, each on a row of its own
// with its output's size.
func TestBenchExports(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-corpus", article, "-workers", "1", "-stages", "ingest,export",
		"-exports", exportFormats + ",dot"}, &stdout, &stderr)
	out := stdout.String()
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, stderr.String())
	}
	for _, f := range strings.Split(exportFormats+",dot", ",") {
		row := regexp.MustCompile(`(?m)^\s*export ` + f + `\s.*\s([1-9][0-9]*|0) MB\s*$`)
		if !row.MatchString(out) {
			t.Errorf("no row for export %s:\n%s", f, out)
		}
	}
	stdout.Reset()
	if code := run(context.Background(), []string{"-corpus", article, "-stages", "export", "-exports", "nquads,yaml",
		"-export-store", t.TempDir() + "/none.db"}, &stdout, &stderr); code != 1 {
		t.Errorf("a store that is not there: exit %d, want 1", code)
	}
}
