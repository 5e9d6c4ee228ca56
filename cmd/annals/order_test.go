package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/annals/annals/export"
)

// TestTimelineInTimeOrder: the bundled article's rows follow the time each
// means: no "by" or "before" row after a later day, and the deadline weeks
// ahead comes after the article's day.
func TestTimelineInTimeOrder(t *testing.T) {
	db := ingested(t)
	out, errs, code := runCLI(t, "", "timeline", "--db", db, "--min-confidence", "0", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var sts []export.StatementJSON
	if err := json.Unmarshal([]byte(out), &sts); err != nil {
		t.Fatal(err)
	}
	last := ""
	for i, s := range sts {
		if s.Time == nil {
			continue
		}
		placed := s.Time.Latest
		if s.Time.Kind == "since" || placed == "" {
			placed = s.Time.Earliest
		}
		if placed < last {
			t.Errorf("row %d (%s) placed at %s after a row placed at %s", i, s.Reading, placed, last)
		}
		last = max(last, placed)
	}
}

// TestActorsSeenAtPrecision: an actor first seen in a year-only date shows
// "2019", not 2019-01-01.
func TestActorsSeenAtPrecision(t *testing.T) {
	db := ingested(t)
	out, errs, code := runCLI(t, "", "actors", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Contains(out, "2019-01-01") {
		t.Errorf("a year-only date printed as a day:\n%s", out)
	}
	var zelensky string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "Volodymyr Zelensky ") {
			zelensky = line
		}
	}
	if f := strings.Fields(zelensky); len(f) < 6 || f[4] != "2019" {
		t.Errorf("Zelensky's row: %q, want FIRST 2019", zelensky)
	}
}
