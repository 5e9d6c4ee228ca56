package event_test

import (
	"testing"

	"github.com/annals/annals/ingest/event"
)

// TestEventStagePrecision checks the rules that keep the types a reader
// would judge wrong out of the counts: interviews, states of emergency
// for disasters, campaign rallies, stances on policies, figurative
// killing, crashes, returns from abroad, promises that are platforms, and
// the readings that garble a statement's sides; and that the acts next to
// them keep their types.
func TestEventStagePrecision(t *testing.T) {
	p := withEvents(t)
	tests := []struct {
		text, subject, verb string
		plover, cameoStart  string // "" for no event
		unreal              bool
	}{
		// interviews are no meetings, and a reporter's call no demand
		{"The mayor spoke with Wikinews about the campaign.", "mayor", "spoke", "", "", false},
		{"Wikinews reached out to Senator Jones to discuss the campaign.", "Wikinews", "reached", "", "", false},
		{"The mayor met the Turkish ambassador in Ankara.", "mayor", "met", event.Consult, "04", false},
		// meeting a target is meeting no one
		{"The company met its sales target last year.", "company", "met", "", "", false},
		// a state of emergency coerces only when declared against unrest
		{"The governor declared a state of emergency as Hurricane Olga approached the coast.", "governor", "declared", "", "", false},
		{"The governor declared a state of emergency after riots broke out in the capital.", "governor", "declared", event.Coerce, "17", false},
		// public notices are no threats
		{"The National Weather Service issued a flood warning for the city of Houston.", "Service", "issued", "", "", false},
		// a campaign rally is no protest; an opposition rally is
		{"The president held campaign rallies in Ohio.", "president", "held", "", "", false},
		{"The opposition leader held a rally in the capital.", "leader", "held", event.Protest, "14", false},
		// stances on policies are no support
		{"The senator defended his decision to vote against the bill.", "senator", "defended", "", "", false},
		{"Senator Jones demanded the protection of human dignity.", "Jones", "demanded", "", "", false},
		// platforms are no promises to a party
		{"Some delegates were pledged to the senator.", "delegates", "pledged", "", "", false},
		// verbal attacks are criticism; a vow to investigate no threat
		{"The senator attacked the president on his tax returns.", "senator", "attacked", event.Disapprove, "11", false},
		{"Democrats vowed to investigate the minister.", "Democrats", "investigate", event.Investigate, "09", true},
		// figurative killing, crashes, hails from: no violence, no praise
		{"We have killed the old version of the website.", "We", "killed", "", "", false},
		{"The plane struck a building at the airport.", "plane", "struck", "", "", false},
		{"Senator Jones hails from Arizona.", "Jones", "hails", "", "", false},
		// bombs no army drops and criminals' violence are ASSAULT, not FIGHT
		{"A Taliban car bombing killed twelve soldiers in Kabul.", "bombing", "killed", event.Assault, "183", false},
		{"Armed assailants attacked the journalist near his home.", "assailants", "attacked", event.Assault, "18", false},
		// a return home is no visit
		{"Two tourists returned from Spain on Monday.", "tourists", "returned", "", "", false},
		// an acquittal is no conviction
		{"A second defendant was found not guilty.", "defendant", "found", event.Coerce, "17", true},
		{"Police arrested two men in Madrid.", "Police", "arrested", event.Coerce, "17", false},
		// a proposal with no one to cooperate with is a platform
		{"Senator Jones pledged to cut the income tax.", "Jones", "cut", "", "", false},
		{"Senator Jones offered to diversify the economy.", "Jones", "diversify", "", "", false},
		// "it" is no party to order
		{"Senator Jones did not say he had ordered it.", "he", "ordered", "", "", false},
		// withdrawing a storm warning is no concession
		{"The Bahamian government withdrew its tropical storm warnings on Saturday.", "government", "withdrew", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := analyse(t, p, "t", tt.text)
			st := foundStatement(t, a, tt.subject, tt.verb)
			if wantCoded(t, st, tt.plover, tt.cameoStart) && tt.plover != "" && st.Event.Unreal != tt.unreal {
				t.Errorf("coded %+v, want unreal %v", *st.Event, tt.unreal)
			}
		})
	}
}
