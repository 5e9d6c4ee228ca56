package actor

import (
	"context"
	"strings"
	"testing"

	"github.com/annals/annals"
)

func TestDefaultTables(t *testing.T) {
	tab, err := DefaultTables()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		table       map[string]string
		name, canon string
	}{
		{tab.countryByName, "U.S.", "United States"},
		{tab.countryByName, "Bahamas", "Bahamas"}, // "The Bahamas" without its "The"
		{tab.demonymCountry, "Russians", "Russia"},
		{tab.demonymCountry, "Chineses", ""},
		{tab.placeByName, "Kiev", "Kyiv"},
		{tab.organisationByName, "UN", "United Nations"},
		{tab.thingNames, "Linux", "text"},
		{tab.thingNames, "HIV", "life"},
	}
	for _, tt := range tests {
		if got := tt.table[tt.name]; got != tt.canon {
			t.Errorf("%q → %q, want %q", tt.name, got, tt.canon)
		}
	}
	if _, ok := tab.thingNames["Heaven"]; ok {
		t.Error(`"Heaven" is a thing's name; "heaven" is a place`)
	}
	for word, thing := range map[string]bool{"software": true, "game": true, "website": true, "company": false, "museum": false} {
		if tab.thingNouns[word] != thing {
			t.Errorf("thing noun %q: %v, want %v", word, !thing, thing)
		}
	}
	for _, prefix := range []string{"United States of", "Bosnia and", "South"} {
		if !tab.knownNamePrefixes[prefix] {
			t.Errorf("%q is no known name prefix", prefix)
		}
	}
}

func TestParseTablesErrors(t *testing.T) {
	tests := []struct{ countries, places, organisations, want string }{
		{"Freedonia | | Freedonian\n | Sylvania |\n", "", "", "countries line 2"},
		{"", "\n\n| Fenwick\n", "", "places line 3"},
		{"", "", "NATO\n | Alliance", "organisations line 2"},
	}
	for _, tt := range tests {
		if _, err := ParseTables(tt.countries, tt.places, tt.organisations); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseTables(%q, %q, %q) error = %v, want %q", tt.countries, tt.places, tt.organisations, err, tt.want)
		}
	}
}

// TestStageWithSmallTables runs the stage on tables of its own: it knows
// the names they list, and no others.
func TestStageWithSmallTables(t *testing.T) {
	tab, err := ParseTables("Freedonia | Fredonia | Freedonian\n", "Ruritania City |\n", "Grand Council | GC\n")
	if err != nil {
		t.Fatal(err)
	}
	const text = "The Freedonian delegation met the GC in Ruritania City. Russia said nothing."
	a := fixtureAnalysis(text)
	if err := (Stage{Tables: tab}).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	got := map[string]annals.ActorType{}
	for _, act := range a.Actors {
		got[act.ID] = act.Type
	}
	want := map[string]annals.ActorType{
		"freedonian-delegation": annals.ActorOrganization,
		"freedonia":             annals.ActorCountry, // the delegation's country
		"grand-council":         annals.ActorOrganization,
		"ruritania-city":        annals.ActorPlace,
	}
	for id, typ := range want {
		if got[id] != typ {
			t.Errorf("%s: type %q, want %q (actors %s)", id, got[id], typ, describeActors(a.Actors))
		}
	}
	if got["russia"] == annals.ActorCountry {
		t.Errorf("Russia is a country of tables that do not list it (actors %s)", describeActors(a.Actors))
	}
}
