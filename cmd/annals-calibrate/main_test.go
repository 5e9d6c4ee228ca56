package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/assess"
	"github.com/annals/annals/ingest/source"
)

// TestCalibrate fits a model to verdicts on the bundled article (every
// other statement called right) and checks what it writes and prints.
func TestCalibrate(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	docs := "../../testdata/istanbul-talks.jsonl"
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	var verdicts strings.Builder
	n := 0
	for a, err := range pipe.Without("assess/").Analyse(ctx, source.Documents(ctx, []string{docs}, source.Options{}), 1) {
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range a.Statements {
			fmt.Fprintf(&verdicts, "%s\t%s\t%d\tx\n", st.ID, a.Document.ID, n%2)
			n++
		}
	}
	vpath, out := filepath.Join(dir, "verdicts.tsv"), filepath.Join(dir, "model.json")
	if err := os.WriteFile(vpath, []byte(verdicts.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(ctx, []string{"-docs", docs, "-verdicts", vpath, "-out", out}, &stdout, &stderr); err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	m, err := assess.ParseModel(data)
	if err != nil || !strings.Contains(m.Source, fmt.Sprintf("%d statements", n)) {
		t.Errorf("model %+v, %v", m, err)
	}
	for _, want := range []string{"expected calibration error", "cross-validated", "extractor"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, stdout.String())
		}
	}
	if err := run(ctx, []string{"-docs", docs}, &stdout, &stderr); err == nil {
		t.Error("no -verdicts: no error")
	}

	// Verdicts of statements no longer made: as many again as those still
	// made are refused by default and kept with -min-joined.
	for i := range n {
		fmt.Fprintf(&verdicts, "%024x\t%s\t%d\tx\n", i, "gone", i%2)
	}
	if err := os.WriteFile(vpath, []byte(verdicts.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"-docs", docs, "-verdicts", vpath, "-out", out}, &stdout, &stderr); err == nil {
		t.Error("half the verdicts lost: no error")
	}
	if err := run(ctx, []string{"-docs", docs, "-verdicts", vpath, "-out", out, "-min-joined", "0.4"}, &stdout, &stderr); err != nil {
		t.Errorf("half the verdicts lost, -min-joined 0.4: %v", err)
	}
}

func TestParseWeights(t *testing.T) {
	for _, c := range []struct {
		flag string
		n    int
		want string // fmt of the weights, or "error"
	}{
		{"", 2, "[1 1]"},
		{"2,1", 2, "[2 1]"},
		{"2", 2, "error"},
		{"0,1", 2, "error"},
		{"x,1", 2, "error"},
		{"NaN,1", 2, "error"},
	} {
		got, err := parseWeights(c.flag, c.n)
		s := fmt.Sprint(got)
		if err != nil {
			s = "error"
		}
		if s != c.want {
			t.Errorf("parseWeights(%q, %d) = %s, want %s", c.flag, c.n, s, c.want)
		}
	}
}
