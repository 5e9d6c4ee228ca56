package actor

import (
	"testing"

	"github.com/annals/annals"
)

// TestActorNamesWithAnd: a name with "and" inside is one actor; names
// joined by "and" stay two.
func TestActorNamesWithAnd(t *testing.T) {
	runActorCases(t, []actorCase{{
		name:   "a party's name holds its and",
		text:   "Mara Vela joined the Oak and Thistle Party in May.",
		actors: []wantActor{{"oak-and-thistle-party", annals.ActorOrganization, nil}},
		absent: []string{"oak", "thistle-party"},
	}, {
		name:   "a company's name holds its and",
		text:   "Northern Coast Gas and Electric Company turned off power to homes.",
		actors: []wantActor{{"northern-coast-gas-and-electric-company", annals.ActorOrganization, nil}},
		absent: []string{"northern-coast-gas", "electric-company"},
	}, {
		name:   "a department of two capitalised topics is one body",
		text:   "The Department of Fisheries and Coastal Affairs issued a warning.",
		actors: []wantActor{{"department-of-fisheries-and-coastal-affairs", annals.ActorOrganization, nil}},
		absent: []string{"department-of-fisheries", "coastal-affairs"},
	}, {
		name:   "two bodies joined by and stay two",
		text:   "Harbour Ambulance Service and Harbour Fire Brigade responded to the call.",
		actors: []wantActor{{"harbour-ambulance-service", annals.ActorOrganization, nil}, {"harbour-fire-brigade", annals.ActorOrganization, nil}},
	}, {
		name:   "both before two names keeps them two",
		text:   "Both Varda and Kestrel Group entered the market.",
		absent: []string{"varda-and-kestrel-group"},
	}})
}
