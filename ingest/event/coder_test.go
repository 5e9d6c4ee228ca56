package event

import (
	"strings"
	"sync"
	"testing"
)

// np makes a phrase of lower-case words whose last is the head.
func np(words ...string) Phrase {
	return Phrase{Head: words[len(words)-1], Words: words}
}

func TestCode(t *testing.T) {
	tests := []struct {
		name       string
		verb       Verb
		plover     string // "" for no event
		cameoStart string // prefix the CAMEO code must have
	}{
		{"an offer to return bodies is an intent, not a return",
			Verb{Lemma: "return", Object: np("the", "bodies"), Preps: []Prep{{Prep: "of", Object: np("3,000", "soldiers")}}, Modality: "offer"},
			Agree, "03"},
		{"troops shelled the town",
			Verb{Lemma: "shell", Form: "shelled", Subject: np("troops"), Object: np("the", "town")}, Fight, "19"},
		{"the drone strikes",
			Verb{Lemma: "strike", Form: "strikes", Subject: np("71", "drone")}, Fight, "19"},
		{"troops launched strikes",
			Verb{Lemma: "launch", Subject: np("russian", "troops"), Object: np("71", "drone", "strikes")}, Fight, "19"},
		{"X accused Y", Verb{Lemma: "accuse", Object: np("russia")}, Disapprove, "11"},
		{"X met Y", Verb{Lemma: "meet", Form: "met", Object: np("erdogan")}, Consult, "04"},
		{"X agreed to exchange prisoners",
			Verb{Lemma: "exchange", Object: np("1,200", "prisoners"), Modality: "agree"}, Agree, "03"},
		{"X agreed on a pact", Verb{Lemma: "agree", Preps: []Prep{{Prep: "upon", Object: np("a", "new", "pact")}}}, Agree, "03"},
		{"X threatened to impose sanctions",
			Verb{Lemma: "impose", Object: np("sanctions"), Modality: "threaten"}, Threaten, "13"},
		{"X threatened further action", Verb{Lemma: "threaten", Object: np("further", "action")}, Threaten, "13"},
		{"X demanded the release of prisoners", Verb{Lemma: "demand", Object: np("the", "release")}, Demand, "10"},
		{"X urged Y to withdraw troops",
			Verb{Lemma: "withdraw", Object: np("its", "troops"), Modality: "urge"}, Demand, "10"},
		{"X asked for aid: an appeal, filed under DEMAND",
			Verb{Lemma: "ask", Particles: nil, Preps: []Prep{{Prep: "for", Object: np("humanitarian", "aid")}}}, Demand, "10"},
		{"X rejected the proposal", Verb{Lemma: "reject", Object: np("the", "proposal")}, Reject, "12"},
		{"X refused to withdraw troops",
			Verb{Lemma: "withdraw", Object: np("troops"), Negated: true, Modality: "refuse"}, Reject, "12"},
		{"X will not accept refugees",
			Verb{Lemma: "accept", Object: np("refugees"), Modality: "will", Negated: true}, Reject, "12"},
		{"X will attack Y: a threat", Verb{Lemma: "attack", Object: np("the", "town"), Modality: "will"}, Threaten, "138"},
		{"rebels killed soldiers: unconventional violence",
			Verb{Lemma: "kill", Subject: np("rebel", "guerrillas"), Object: np("two", "soldiers")}, Assault, "18"},
		{"soldiers killed soldiers: a battle", Verb{Lemma: "kill", Subject: np("soldiers"), Object: np("two", "soldiers")}, Fight, "19"},
		{"X said, with nothing said: no event", Verb{Lemma: "say"}, "", ""},
		{"X went: a broad block's synonym with no target, no event", Verb{Lemma: "go", Form: "went"}, "", ""},
		{"X went to Y: a light verb without a pattern, no event", Verb{Lemma: "go", Preps: []Prep{{Prep: "to", Object: np("ankara")}}}, "", ""},
		{"X visited Y: a verb that names the event", Verb{Lemma: "visit", Object: np("ankara")}, Consult, "04"},
		{"X called Y a liar: a light verb, no event", Verb{Lemma: "call", Object: np("him")}, "", ""},
		{"X took office: no event", Verb{Lemma: "take", Object: np("office")}, "", ""},
		{"X allowed Y: no event", Verb{Lemma: "allow", Object: np("people")}, "", ""},
		{"X served: no event", Verb{Lemma: "serve", Preps: []Prep{{Prep: "for", Object: np("one", "term")}}}, "", ""},
		{"X demonstrated a device: no protest", Verb{Lemma: "demonstrate", Object: np("a", "device")}, "", ""},
		{"X imposed sanctions", Verb{Lemma: "impose", Object: np("sanctions")}, Sanction, "16"},
		{"X mobilized reservists", Verb{Lemma: "mobilize", Object: np("army", "reservists")}, Mobilize, "15"},
		{"X demonstrated", Verb{Lemma: "demonstrate"}, Protest, "14"},
		{"X arrested Y", Verb{Lemma: "arrest", Object: np("100", "palestinians")}, Coerce, "17"},
		{"X investigated", Verb{Lemma: "launch", Object: np("an", "investigation")}, Investigate, "09"},
		{"an unknown verb", Verb{Lemma: "frobnicate"}, "", ""},
		{"X attacked the senator over his remarks: words, not arms",
			Verb{Lemma: "attack", Object: np("the", "senator"), Preps: []Prep{{Prep: "over", Object: np("his", "remarks")}}}, Disapprove, "111"},
		{"X attacked the senator's plan", Verb{Lemma: "attack", Object: np("the", "senator's", "plan")}, Disapprove, "111"},
		{"troops attacked the town over the river: arms",
			Verb{Lemma: "attack", Subject: np("troops"), Object: np("the", "town"), Preps: []Prep{{Prep: "over", Object: np("the", "river")}}}, Fight, "19"},
		{"X criticised Y", Verb{Lemma: "criticise", Object: np("the", "senator")}, Disapprove, "11"},
	}
	c := testCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, ok := c.Code(tt.verb)
			if tt.plover == "" && tt.cameoStart == "" {
				if ok {
					t.Errorf("coded %+v, want no event", ev)
				}
				return
			}
			if !ok {
				t.Fatalf("no event, want %s %s…", tt.plover, tt.cameoStart)
			}
			if ev.PLOVER != tt.plover || !strings.HasPrefix(ev.CAMEO, tt.cameoStart) {
				t.Errorf("coded %+v, want %s %s…", ev, tt.plover, tt.cameoStart)
			}
			if PLOVERFor(ev.CAMEO) != ev.PLOVER {
				t.Errorf("CAMEO %s is not under %s", ev.CAMEO, ev.PLOVER)
			}
		})
	}
}

// TestCodeUnreal checks that acts the text does not tell as done keep
// their type and are marked unreal, and that the act that did happen
// instead (a refusal, demand, threat or promise) is typed and real.
func TestCodeUnreal(t *testing.T) {
	town := np("the", "town")
	tests := []struct {
		name   string
		verb   Verb
		plover string
		unreal bool
	}{
		{"X attacked Y", Verb{Lemma: "attack", Object: town}, Fight, false},
		{"X did not attack Y", Verb{Lemma: "attack", Object: town, Negated: true}, Fight, true},
		{"X may attack Y", Verb{Lemma: "attack", Object: town, Modality: "may"}, Fight, true},
		{"X must withdraw from Y", Verb{Lemma: "withdraw", Preps: []Prep{{Prep: "from", Object: town}}, Modality: "must"}, Concede, true},
		{"X would attack Y, as the narrator supposes", Verb{Lemma: "attack", Object: town, Modality: "would"}, Fight, true},
		{"X said it would attack Y", Verb{Lemma: "attack", Object: town, Modality: "would", Reported: true}, Threaten, false},
		{"X will attack Y: a threat", Verb{Lemma: "attack", Object: town, Modality: "will"}, Threaten, false},
		{"X threatened to attack Y", Verb{Lemma: "attack", Object: town, Modality: "threaten"}, Threaten, false},
		{"X refused to withdraw", Verb{Lemma: "withdraw", Preps: []Prep{{Prep: "from", Object: town}}, Negated: true, Modality: "refuse"}, Reject, false},
		{"X will not meet Y: a refusal", Verb{Lemma: "meet", Object: np("russia"), Negated: true, Modality: "will"}, Reject, false},
		{"X did not meet Y: no refusal, a meeting not held", Verb{Lemma: "meet", Object: np("russia"), Negated: true}, Consult, true},
		{"X urged Y to withdraw", Verb{Lemma: "withdraw", Preps: []Prep{{Prep: "from", Object: town}}, Modality: "urge"}, Demand, false},
		{"X did not criticize Y", Verb{Lemma: "criticize", Object: np("russia"), Negated: true}, Disapprove, true},
	}
	c := testCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, ok := c.Code(tt.verb)
			if !ok || ev.PLOVER != tt.plover || ev.Unreal != tt.unreal {
				t.Errorf("coded %+v (%v), want %s, unreal %v", ev, ok, tt.plover, tt.unreal)
			}
		})
	}
}

func TestPLOVERFor(t *testing.T) {
	tests := map[string]string{
		"010": "", "0233": "", "036": Agree, "03": Agree, "040": Consult, "057": Support, "064": Cooperate,
		"0733": Aid, "080": Concede, "0831": Concede, "084": Retreat, "0874": Retreat, "08": "",
		"090": Investigate, "1056": Demand, "112": Disapprove, "1246": Reject, "1312": Threaten,
		"145": Protest, "154": Mobilize, "163": Sanction, "175": Coerce, "1823": Assault, "190": Fight,
		"204": Fight, "21": "", "0x1": "", "12345": "", "": "",
	}
	for code, want := range tests {
		if got := PLOVERFor(code); got != want {
			t.Errorf("PLOVERFor(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestAgent(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		words  []string
		sector string
	}{
		{[]string{"the", "vice", "foreign", "minister"}, SectorGovernment},
		{[]string{"israeli", "soldiers"}, SectorMilitary},
		{[]string{"police"}, SectorPolice},
		{[]string{"the", "guerrillas"}, SectorRebels},
		{[]string{"the", "weather"}, ""},
	}
	for _, tt := range tests {
		a, ok := c.Agent(tt.words)
		if ok != (tt.sector != "") || a.Sector != tt.sector {
			t.Errorf("Agent(%q) = %+v, %v; want sector %q", tt.words, a, ok, tt.sector)
		}
	}
	if a, _ := c.Agent([]string{"the", "ousted", "foreign", "minister"}); a.Sector != "OPP" {
		t.Errorf("ousted foreign minister: %+v, want the longest phrase's sector OPP", a)
	}
	if !c.Participant(np("71", "drone")) || c.Participant(np("the", "weather")) {
		t.Error("Participant: drones take part in events, weather does not")
	}
}

func TestCoderConcurrent(t *testing.T) {
	c := testCoder(t)
	v := Verb{Lemma: "return", Object: np("the", "bodies"), Modality: "offer"}
	want, _ := c.Code(v)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if got, _ := c.Code(v); got != want {
					t.Errorf("concurrent Code = %+v, want %+v", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkCode(b *testing.B) {
	c := testCoder(b)
	verbs := []Verb{
		{Lemma: "return", Object: np("the", "bodies"), Preps: []Prep{{Prep: "of", Object: np("3,000", "soldiers")}}, Modality: "offer"},
		{Lemma: "shell", Form: "shelled", Subject: np("troops"), Object: np("the", "town")},
		{Lemma: "accuse", Object: np("russia"), Preps: []Prep{{Prep: "of", Object: np("war", "crimes")}}},
		{Lemma: "meet", Form: "met", Object: np("erdogan"), Preps: []Prep{{Prep: "in", Object: np("ankara")}}},
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.Code(verbs[i%len(verbs)])
	}
}
