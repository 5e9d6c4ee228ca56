package actor

import (
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

// markMetonymy links a capital or seat of government that acts in the
// document (as the subject of a statement: "Moscow has indicated", "the
// Kremlin described") to the country whose government it names. The actors
// stay apart: the link makes the metonymy explicit, it merges nothing.
func markMetonymy(a *analysis.Analysis, tables *Tables, roles *event.Roles) {
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
				country = tables.countryOfCode(roles)[code]
			}
		}
		if id := annals.Slug(country); id != "" && id != act.ID {
			act.StandsFor = id
		}
	}
}
