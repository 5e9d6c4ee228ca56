package ingest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/event"
)

// analyseOn runs a pipeline over one text written on a day.
func analyseOn(t testing.TB, p *Pipeline, text, day string) *analysis.Analysis {
	t.Helper()
	date, err := time.Parse(time.DateOnly, day)
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analysis{Document: annals.Document{ID: "t", Text: text, Date: date}}
	if err := p.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestEventStageActorCodes(t *testing.T) {
	p := withEvents(t)
	tests := []struct {
		name, text, day string
		subject, verb   string
		source, target  string
	}{
		{"countries", "Russia attacked Ukraine on Tuesday.", "2025-07-23",
			"Russia", "attacked", "RUS", "UKR"},
		{"a country before the Soviet Union fell", "Russia accused Ukraine of sabotage.", "1990-03-01",
			"Russia", "accused", "RUS", "USRUKR"},
		{"a group and its sector", "Russian forces shelled the town of Sumy on Tuesday.", "2025-07-23",
			"forces", "shelled", "RUSMIL", ""},
		{"a delegation", "The Ukrainian delegation rejected the Russian proposal.", "2025-07-23",
			"delegation", "rejected", "UKRGOV", ""},
		{"a titled person with a country", "Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara.",
			"2025-07-23", "Zelensky", "met", "UKRGOV", "TURGOV"},
		{"no actor, but a country and a sector", "A Russian negotiator rejected the proposal.", "2025-07-23",
			"negotiator", "rejected", "RUSGOV", ""},
		{"a capital for its country", "Kyiv accused Moscow of sabotage.", "2025-07-23",
			"Kyiv", "accused", "UKR", "RUS"},
		{"a person the dictionary knows, in office", "Sergey Naryshkin criticized Ukraine.", "2005-06-01",
			"Naryshkin", "criticized", "RUSGOV", "UKR"},
		{"the same person after the role ended", "Sergey Naryshkin criticized Ukraine.", "2020-06-01",
			"Naryshkin", "criticized", "", "UKR"},
		{"the text beats the dictionary", "Russian President Vladimir Putin criticized Ukraine.", "1995-01-01",
			"Putin", "criticized", "RUSGOV", "UKR"}, // the dictionary has him RUSELI then
		{"the dictionary fills a gap", "Vladimir Putin criticized Ukraine.", "1995-01-01",
			"Putin", "criticized", "RUSELI", "UKR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseOn(t, p, tt.text, tt.day)
			st := statementWith(a, tt.subject, tt.verb)
			if st == nil {
				t.Skipf("the extractor found no %s · %s statement (its business, not this stage's)", tt.subject, tt.verb)
			}
			if st.Event == nil {
				t.Skipf("%q is coded as no event (the coder's business, not the actor codes')", tt.text)
			}
			if st.Event.Source != tt.source || st.Event.Target != tt.target {
				t.Errorf("%s · %s: source %q, target %q; want %q, %q",
					st.Subject.Text, st.Predicate.Lemma, st.Event.Source, st.Event.Target, tt.source, tt.target)
			}
		})
	}
}

func TestMergeCodes(t *testing.T) {
	rusgov := event.Role{Code: "RUSGOV", Country: "RUS", Sector: "GOV"}
	tests := []struct {
		name            string
		country, sector string
		role            event.Role
		known           bool
		want            string
	}{
		{"the text says all", "RUS", "MIL", rusgov, true, "RUSMIL"},
		{"the role gives the sector of the text's country", "RUS", "", rusgov, true, "RUSGOV"},
		{"a role of another country does not apply", "UKR", "", rusgov, true, "UKR"},
		{"the role gives the country of the text's sector", "", "MIL", rusgov, true, "RUSMIL"},
		{"the role alone", "", "", rusgov, true, "RUSGOV"},
		{"nothing known", "", "GOV", event.Role{}, false, ""},
		{"a country alone", "UKR", "", event.Role{}, false, "UKR"},
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

// TestCountryCodesCoverCountries checks that the country dictionary codes
// the countries the actor stage knows, by their ids or other names.
func TestCountryCodesCoverCountries(t *testing.T) {
	roles := event.DefaultRoles()
	day := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	var missing []string
	total := 0
	for _, line := range strings.Split(strings.TrimSpace(countryData), "\n") {
		fields := strings.Split(line, "|")
		names := []string{strings.TrimSpace(fields[0])}
		if len(fields) > 1 {
			for _, n := range strings.Split(fields[1], ",") {
				if n = strings.TrimSpace(n); n != "" {
					names = append(names, n)
				}
			}
		}
		total++
		found := false
		for _, n := range names {
			if _, ok := roles.Country(n, day); ok {
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, names[0])
		}
	}
	t.Logf("%d of %d countries have no code: %s", len(missing), total, strings.Join(missing, ", "))
	if len(missing) > total/20 {
		t.Errorf("%d of %d countries have no code", len(missing), total)
	}
}
