package event

import (
	"testing"
	"time"
)

func TestRolesCountry(t *testing.T) {
	r := testRoles(t)
	day := func(s string) time.Time { return mustDay(t, s) }
	tests := []struct {
		name string
		day  time.Time
		code string // "" for unknown
	}{
		{"Russia", day("2025-07-23"), "RUS"},
		{"russian", day("2025-07-23"), "RUS"},
		{"united-states", day("2025-07-23"), "USA"},
		{"Ukraine", day("2025-07-23"), "UKR"},
		{"Ukraine", day("1990-01-01"), "USRUKR"}, // a Soviet republic then
		{"Kyiv", day("2025-07-23"), "UKR"},
		{"Turkmenistan", day("2025-07-23"), "TKM"}, // an older period left open: the latest start wins
		{"Ukraine", time.Time{}, ""},               // no date, and Ukraine has no undated code
		{"Atlantis", day("2025-07-23"), ""},
	}
	for _, tt := range tests {
		code, ok := r.Country(tt.name, tt.day)
		if ok != (tt.code != "") || code != tt.code {
			t.Errorf("Country(%q, %s) = %q, %v; want %q", tt.name, tt.day.Format(time.DateOnly), code, ok, tt.code)
		}
	}
}
