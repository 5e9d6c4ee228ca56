package ingest

import (
	"sync"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/event"
)

// seatsOfGovernment are buildings that news names for a government.
var seatsOfGovernment = map[string]string{
	"Kremlin": "Russia", "White House": "United States", "Pentagon": "United States",
	"Downing Street": "United Kingdom", "Élysée": "France", "Elysee": "France", "Zhongnanhai": "China",
	"Blue House": "South Korea", "Bankova": "Ukraine",
}

// countryCodes holds, for each roles table, the canonical name of each
// country of the countries table by its CAMEO code (its undated code), made
// once per table: *event.Roles → map[string]string.
var countryCodes sync.Map

// countryOfCode maps the CAMEO code of each country of the countries table
// to the country's canonical name.
func countryOfCode(roles *event.Roles) map[string]string {
	if m, ok := countryCodes.Load(roles); ok {
		return m.(map[string]string)
	}
	out := map[string]string{}
	for _, name := range countryByName {
		if code, ok := roles.Country(name, time.Time{}); ok {
			out[code] = name
		}
	}
	m, _ := countryCodes.LoadOrStore(roles, out)
	return m.(map[string]string)
}

// markMetonymy links a capital or seat of government that acts in the
// document (as the subject of a statement: "Moscow has indicated", "the
// Kremlin described") to the country whose government it names. The actors
// stay apart: the link makes the metonymy explicit, it merges nothing.
func markMetonymy(a *analysis.Analysis, roles *event.Roles) {
	acting := map[string]bool{}
	for _, st := range a.Statements {
		acting[st.Subject.Actor] = true
	}
	for i := range a.Actors {
		act := &a.Actors[i]
		if !acting[act.ID] {
			continue
		}
		country := ""
		switch act.Type {
		case annals.ActorOrganization:
			country = seatsOfGovernment[act.Name]
		case annals.ActorPlace:
			if code, ok := roles.Country(act.Name, time.Time{}); ok {
				country = countryOfCode(roles)[code]
			}
		}
		if id := annals.Slug(country); id != "" && id != act.ID {
			act.StandsFor = id
		}
	}
}
