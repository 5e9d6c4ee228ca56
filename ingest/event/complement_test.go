package event

import "testing"

// TestCodeComplement checks the readings that ask something of a verb's
// complement: a party for patterns that are only a preposition and for
// the verbs of onParty, a verb that does the event its object names, no
// intent read into an act told as done.
func TestCodeComplement(t *testing.T) {
	ankara := Prep{Prep: "to", Object: np("ankara"), Party: true}
	tests := []struct {
		name  string
		verb  Verb
		want  string // PLOVER type, "" for none
		cameo string // its code's start
	}{
		{"X will fly to a party: an intent to meet", Verb{Lemma: "fly", Preps: []Prep{ankara}, Modality: "will"}, Agree, "036"},
		{"X will fly to what is no party", Verb{Lemma: "fly", Preps: []Prep{{Prep: "to", Object: np("the", "coast")}}, Modality: "will"}, "", ""},
		{"X flew to a party: told as done, no intent", Verb{Lemma: "fly", Preps: []Prep{ankara}}, "", ""},
		{"X is claimed to fly to a party: a report, no intent", Verb{Lemma: "fly", Preps: []Prep{ankara}, Modality: "claim"}, "", ""},
		{"X released the hostages", Verb{Lemma: "release", Object: np("the", "hostages"), ObjectParty: true, ObjectPerson: true}, Retreat, "0841"},
		{"X released an album named for a party", Verb{Lemma: "release", Object: np("an", "album"), ObjectParty: true}, "", ""},
		{"X sued a party", Verb{Lemma: "sue", Object: np("the", "city"), ObjectParty: true}, Disapprove, "115"},
		{"X sued no party", Verb{Lemma: "sue", Object: np("the", "paper")}, "", ""},
		{"X launched an attack", Verb{Lemma: "launch", Object: np("an", "attack")}, Fight, "19"},
		{"X survived an attack: the noun's event is not X's", Verb{Lemma: "survive", Object: np("the", "attack")}, "", ""},
		{"X reported an attack", Verb{Lemma: "report", Object: np("the", "attack")}, "", ""},
		{"X will provide tonnes of aid", Verb{Lemma: "provide", Object: np("800", "tonnes"),
			Preps: []Prep{{Prep: "of", Object: np("medical", "aid")}}, Modality: "will"}, Agree, "03"},
		{"rebels surrendered: a military retreat", Verb{Lemma: "surrender", Subject: np("the", "rebels")}, Retreat, "0874"},
		{"a minister surrendered: a concession", Verb{Lemma: "surrender", Subject: np("the", "minister")}, Concede, "08"},
	}
	c := testCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, ok := c.Code(tt.verb)
			switch {
			case tt.want == "" && ok && ev.PLOVER != "":
				t.Errorf("coded %+v, want no event", ev)
			case tt.want == "":
			case !ok || ev.PLOVER != tt.want || len(ev.CAMEO) < len(tt.cameo) || ev.CAMEO[:len(tt.cameo)] != tt.cameo:
				t.Errorf("coded %+v (%v), want %s %s…", ev, ok, tt.want, tt.cameo)
			}
		})
	}
}
