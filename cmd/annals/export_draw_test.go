package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/annals/annals/export"
)

// TestExportDrawingDefault checks what `annals export --format dot` draws
// of a whole store: the most connected actors with a note of the rest, a
// legend, each actor once, no raw TIMEX values.
func TestExportDrawingDefault(t *testing.T) {
	db := ingested(t)
	tests := []struct {
		name     string
		args     []string
		code     int
		want     []string
		dontWant []string
	}{
		{"everything, with a legend and each actor once", []string{"--min-confidence", "0"}, 0,
			[]string{"person (ellipse)", "did not happen", "Showing the 12 most connected of 16 actors", "Use --actor NAME, or --max-actors 0 for all."},
			[]string{"PAST_REF", "FUTURE_REF", "@2025"}},
		{"fewer actors", []string{"--min-confidence", "0", "--max-actors", "2"}, 0,
			[]string{"Showing the 2 most connected of 16 actors"}, []string{"PAST_REF"}},
		{"all actors", []string{"--min-confidence", "0", "--max-actors", "0"}, 0,
			[]string{"person (ellipse)", `id="actor:vladimir-putin"`}, []string{"most connected", "PAST_REF"}},
		{"an actor chosen draws all its statements", []string{"--actor", "Russia"}, 0,
			[]string{`id="actor:russia"`}, []string{"most connected"}},
		{"not for tables", []string{"--format", "csv", "--max-actors", "3"}, 2, nil, nil},
		{"not negative", []string{"--max-actors", "-1"}, 2, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"export", "--db", db, "--format", "dot"}, tt.args...)
			out, errs, code := runCLI(t, "", args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("no %q in the drawing", w)
				}
			}
			for _, w := range tt.dontWant {
				if strings.Contains(out, w) {
					t.Errorf("%q in the drawing", w)
				}
			}
			seen := map[string]bool{}
			for _, m := range regexp.MustCompile(`id="(actor:[^"]*)"`).FindAllStringSubmatch(out, -1) {
				if seen[m[1]] {
					t.Errorf("%s drawn twice", m[1])
				}
				seen[m[1]] = true
			}
		})
	}
}

// TestTooManyToLayOut: svg refuses more statements than it lays out,
// naming the ways to narrow them; dot, which leaves the layout to
// Graphviz, and tables take any number.
func TestTooManyToLayOut(t *testing.T) {
	svg, _ := export.FormatNamed("svg")
	if svg.MaxStatements != export.MaxLaidOut {
		t.Fatalf("svg lays out at most %d statements, want %d", svg.MaxStatements, export.MaxLaidOut)
	}
	if err := tooMany(svg, export.MaxLaidOut); err != nil {
		t.Errorf("at the limit: %v", err)
	}
	if err := tooMany(svg, export.MaxLaidOut+1); err == nil || !strings.Contains(err.Error(), "--format dot") {
		t.Errorf("past the limit: %v", err)
	}
	for _, name := range []string{"dot", "graphml", "csv"} {
		f, _ := export.FormatNamed(name)
		if err := tooMany(f, 1_000_000); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
