package event

import (
	"testing"
	"time"
)

func TestRolesOn(t *testing.T) {
	r := testRoles(t)
	day := func(s string) time.Time { return mustDay(t, s) }
	tests := []struct {
		name string
		day  time.Time
		code string // "" for unknown
	}{
		{"Vladimir Putin", day("1995-01-01"), "RUSELI"},
		{"vladimir-putin", day("2005-06-01"), "RUSGOV"},
		{"President Putin", day("2005-06-01"), "RUSGOV"},
		{"Petro Poroshenko", day("2010-01-15"), "UKRGOV"},
		{"Petro Poroshenko", day("2014-07-01"), "UKRGOV"},
		{"Volodymyr Zelensky", day("2020-01-01"), ""}, // rose after 2014: the dictionary does not know him
	}
	for _, tt := range tests {
		role, ok := r.On(tt.name, tt.day)
		if ok != (tt.code != "") || role.Code != tt.code {
			t.Errorf("On(%q, %s) = %+v, %v; want %q", tt.name, tt.day.Format(time.DateOnly), role, ok, tt.code)
		}
	}
	if role, _ := r.On("Vladimir Putin", day("2005-06-01")); role.Country != "RUS" || role.Sector != "GOV" {
		t.Errorf("Putin's role splits into %q and %q, want RUS and GOV", role.Country, role.Sector)
	}
	if r.Names() < 20000 {
		t.Errorf("only %d names with dated roles", r.Names())
	}
}

// mustDay reads a YYYY-MM-DD date of a test table.
func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
