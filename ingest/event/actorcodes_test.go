package event

import (
	"testing"
	"time"

	"github.com/annals/annals"
)

func TestMergeCodes(t *testing.T) {
	rusgov := Role{Code: "RUSGOV", Country: "RUS", Sector: "GOV"}
	tests := []struct {
		name            string
		country, sector string
		role            Role
		known           bool
		want            string
	}{
		{"the text says all", "RUS", "MIL", rusgov, true, "RUSMIL"},
		{"the role gives the sector of the text's country", "RUS", "", rusgov, true, "RUSGOV"},
		{"a role of another country does not apply", "UKR", "", rusgov, true, "UKR"},
		{"the role gives the country of the text's sector", "", "MIL", rusgov, true, "RUSMIL"},
		{"the role alone", "", "", rusgov, true, "RUSGOV"},
		{"nothing known", "", "GOV", Role{}, false, ""},
		{"a country alone", "UKR", "", Role{}, false, "UKR"},
	}
	for _, tt := range tests {
		if got := mergeCodes(tt.country, tt.sector, tt.role, tt.known); got != tt.want {
			t.Errorf("%s: mergeCodes(%q, %q, %s, %v) = %q, want %q", tt.name, tt.country, tt.sector, tt.role.Code,
				tt.known, got, tt.want)
		}
	}
}

func TestStatementDay(t *testing.T) {
	doc := &annals.Document{Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		time *annals.Time
		want time.Time
	}{
		{"its time's first day", &annals.Time{Earliest: day(2014, 3, 1), Latest: day(2014, 3, 31)}, day(2014, 3, 1)},
		{"a deadline's last day", &annals.Time{Latest: day(2014, 8, 31)}, day(2014, 8, 31)},
		{"the document's date", nil, doc.Date},
		{"a bare duration", &annals.Time{Value: "P2D"}, doc.Date},
	}
	for _, tt := range tests {
		if got := statementDay(&annals.Statement{Time: tt.time}, doc); !got.Equal(tt.want) {
			t.Errorf("%s: %s, want %s", tt.name, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
		}
	}
}
