package main

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMain runs the tests without the COLUMNS of the shell that started
// them, so that tables print whole unless a test sets it.
func TestMain(m *testing.M) {
	os.Unsetenv("COLUMNS")
	os.Exit(m.Run())
}

func TestOutputWidth(t *testing.T) {
	for _, tt := range []struct {
		columns string
		want    int
	}{
		{"", 0}, {"80", 80}, {" 120 ", 120}, {"wide", 0}, {"0", 0}, {"-5", 0},
	} {
		// A buffer is no terminal: COLUMNS decides.
		if got := outputWidth(&bytes.Buffer{}, tt.columns); got != tt.want {
			t.Errorf("outputWidth(COLUMNS=%q) = %d, want %d", tt.columns, got, tt.want)
		}
	}
}

func TestFitTable(t *testing.T) {
	const text = "WHEN\tSUBJECT\tOBJECT\tSOURCE\n" +
		"2025-07-23 (article date)\tthe Russian Defence Ministry\tthe capture of the village of Varachyne\tdoc#28\n" +
		"a line that is no row and stays whole however long it is\n" +
		"2019\tZelensky\tPutin\tdoc#19\n"
	for _, tt := range []struct {
		name  string
		width int
		least map[int]int
		want  string
	}{
		{"no limit", 0, nil, text},
		{"wide enough", 200, nil, text},
		{"widest cut first", 95, nil, "WHEN\tSUBJECT\tOBJECT\tSOURCE\n" +
			"2025-07-23 (article date)\tthe Russian Defence Ministry\tthe capture of the village of…\tdoc#28\n" +
			"a line that is no row and stays whole however long it is\n" +
			"2019\tZelensky\tPutin\tdoc#19\n"},
		{"widest cut first, then evened", 80, nil, "WHEN\tSUBJECT\tOBJECT\tSOURCE\n" +
			"2025-07-23 (article d…\tthe Russian Defence Mi…\tthe capture of the vil…\tdoc#28\n" +
			"a line that is no row and stays whole however long it is\n" +
			"2019\tZelensky\tPutin\tdoc#19\n"},
		{"narrow", 50, nil, "WHEN\tSUBJECT\tOBJECT\tSOURCE\n" +
			"2025-07-23…\tthe Russian…\tthe capture…\tdoc#28\n" +
			"a line that is no row and stays whole however long it is\n" +
			"2019\tZelensky\tPutin\tdoc#19\n"},
		{"a kept column; the rest no narrower than the minimum", 50, map[int]int{0: math.MaxInt}, "WHEN\tSUBJECT\tOBJECT\tSOURCE\n" +
			"2025-07-23 (article date)\tthe Rus…\tthe cap…\tdoc#28\n" +
			"a line that is no row and stays whole however long it is\n" +
			"2019\tZelensky\tPutin\tdoc#19\n"},
		{"no narrower than the minimum", 10, nil, "WHEN\tSUBJECT\tOBJECT\tSOURCE\n" +
			"2025-07…\tthe Rus…\tthe cap…\tdoc#28\n" +
			"a line that is no row and stays whole however long it is\n" +
			"2019\tZelensky\tPutin\tdoc#19\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := fitTable(text, tt.width, tt.least); got != tt.want {
				t.Errorf("fitTable(%d) =\n%s\nwant\n%s", tt.width, got, tt.want)
			}
		})
	}
}

// TestTimelineFitsColumns: with COLUMNS set, the timeline's lines fit it,
// cut with "…", and keep each row's time and source whole enough to read.
func TestTimelineFitsColumns(t *testing.T) {
	db := ingested(t)
	whole, _, code := runCLI(t, "", "timeline", "--db", db)
	if code != 0 {
		t.Fatal("timeline failed")
	}
	if widest(whole) <= 100 {
		t.Fatalf("the timeline is %d wide whole: too narrow to test fitting", widest(whole))
	}
	t.Setenv("COLUMNS", "100")
	out, errs, code := runCLI(t, "", "timeline", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if w := widest(out); w > 100 {
		t.Errorf("lines %d wide with COLUMNS=100:\n%s", w, out)
	}
	if !strings.Contains(out, "…") || !strings.Contains(out, "istanbul-talks#28") || !strings.Contains(out, "before 2025-07-23") {
		t.Errorf("want cells cut with … and times and sources kept:\n%s", out)
	}
	if strings.Count(out, "\n") != strings.Count(whole, "\n") {
		t.Errorf("fitting changed the number of rows")
	}
}

func widest(s string) int {
	n := 0
	for _, line := range strings.Split(s, "\n") {
		n = max(n, utf8.RuneCountInString(line))
	}
	return n
}
