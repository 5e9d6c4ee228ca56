package dict

import (
	"reflect"
	"strings"
	"testing"
)

const actorFixture = `# .actor file
AFGHANISTAN_  [AFG]
+KABUL_

UKRAINE_
+UKRAINIAN_
	[USRUKR <910824]
	[UKRUNR 910824-911221]
	[UKR >911221]

VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+PRESIDENT_PUTIN_
	[RUSELI 700101-990809]
	[RUSGOV >990809]

PETRO_POROSHENKO_  [UKRBUS] ; CountryInfo.txt
	[UKRGOV 091201-100331]
	[UKRGOV > 20140607]
	[UKR GOV 1-2]
`

func TestReadActors(t *testing.T) {
	people, countries, skipped, err := ReadActors(strings.NewReader(actorFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 {
		t.Errorf("skipped %v, want the malformed restriction", skipped)
	}
	want := []Person{
		{Names: []string{"vladimir putin", "putin", "president putin"}, Roles: []Role{
			{Code: "RUSELI", From: "1970-01-01", To: "1999-08-09"}, {Code: "RUSGOV", From: "1999-08-09"}}},
		{Names: []string{"petro poroshenko"}, Roles: []Role{
			{Code: "UKRBUS"}, {Code: "UKRGOV", From: "2009-12-01", To: "2010-03-31"}, {Code: "UKRGOV", From: "2014-06-07"}}},
	}
	if !reflect.DeepEqual(people, want) {
		t.Errorf("people\n got %+v\nwant %+v", people, want)
	}
	wantCountries := []Country{
		{Names: []string{"afghanistan", "kabul"}, Codes: []Role{{Code: "AFG"}}},
		{Names: []string{"ukraine", "ukrainian"}, Codes: []Role{
			{Code: "USRUKR", To: "1991-08-24"}, {Code: "UKRUNR", From: "1991-08-24", To: "1991-12-21"},
			{Code: "UKR", From: "1991-12-21"}}},
	}
	if !reflect.DeepEqual(countries, wantCountries) {
		t.Errorf("countries\n got %+v\nwant %+v", countries, wantCountries)
	}
}

func TestParseRole(t *testing.T) {
	tests := []struct {
		in   string
		want Role
		err  bool
	}{
		{"[RUSGOV]", Role{Code: "RUSGOV"}, false},
		{"[AFGELI <750101]", Role{Code: "AFGELI", To: "1975-01-01"}, false},
		{"[USAGOV 19450703-19470121]", Role{Code: "USAGOV", From: "1945-07-03", To: "1947-01-21"}, false},
		{"[USAGOV 19820101]", Role{}, true},
		{"[USAGOV 821301-830101]", Role{}, true},
		{"RUSGOV", Role{}, true},
		{"[]", Role{}, true},
	}
	for _, tt := range tests {
		got, err := ParseRole(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseRole(%q) = %+v, %v; want %+v, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func FuzzParseRole(f *testing.F) {
	for _, s := range []string{"[RUSGOV]", "[AFGELI <750101]", "[UKRGOV > 20140607]", "[X 1-2]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRole(s)
		if err != nil {
			return
		}
		if r.Code == "" || r.From != "" && len(r.From) != 10 || r.To != "" && len(r.To) != 10 {
			t.Errorf("ParseRole(%q) = %+v", s, r)
		}
	})
}
