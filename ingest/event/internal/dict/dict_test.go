package dict

import (
	"reflect"
	"strings"
	"testing"
)

// verbFixture is a small verb dictionary in the format of CAMEO.2.0.txt.
const verbFixture = `# comment line
####### SYNONYM SETS #######

&PROPOSAL
+PROPOSAL
+PROPOSITION

&AUXVERB1_
+WAS
+BEEN

&WEAPON
+KNIFE_
+GUIDED_MISSILE

####### VERB PATTERNS #######

---  OFFER   [030]  ---
OFFER
PROFFER  # jw 11/14/91
- * &PROPOSAL                                         [030]         # OFFER
- * {ECONOMIC AID}                                    [0331]        # OFFER
- * (TO {PEACE PLAN}) $                               [037:037]     # OFFER

---  REFUSE   [---]  ---
+RULE_OUT
DECLINE [120]
DENY {DENYING DENIED DENIES }
REJECT
- * &PROPOSAL                                         [120]         # REJECT
- * OFFER                                             [127]         # REJECT
- * DEMANDS                                           [120]         # REJECT
- * REPORT                                            [016]         # DENY
- &WEAPON *                                           [:190]        # REJECT
- * APPEAL                                            [120]         # REJECT
- * REQUEST                                           [123]         # REJECT
- * BROKEN (PATTERN                                   [120]
~ a (a b ATTACK) SAY = a b 015
`

func TestReadVerbs(t *testing.T) {
	synsets, blocks, skipped, err := ReadVerbs(strings.NewReader(verbFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "unclosed (") {
		t.Errorf("skipped = %v, want the unclosed pattern", skipped)
	}
	wantSets := []Synset{
		{Name: "proposal", Phrases: []string{"proposal", "proposals", "proposition", "propositions"}},
		{Name: "auxverb1", Phrases: []string{"was", "been"}},
		{Name: "weapon", Phrases: []string{"knife", "guided missile", "guided missiles"}},
	}
	if !reflect.DeepEqual(synsets, wantSets) {
		t.Errorf("synsets\n got %+v\nwant %+v", synsets, wantSets)
	}
	if len(blocks) != 2 {
		t.Fatalf("%d blocks, want 2", len(blocks))
	}
	offer, refuse := blocks[0], blocks[1]
	if offer.Name != "OFFER" || offer.Code != "030" || refuse.Code != "" {
		t.Errorf("block headers: %q %q, %q", offer.Name, offer.Code, refuse.Code)
	}
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"regular forms", offer.Verbs[1].Forms, []string{"proffer", "proffers", "proffered", "proffering"}},
		{"irregular forms", refuse.Verbs[2].Forms, []string{"deny", "denying", "denied", "denies"}},
		{"multi-word verb", refuse.Verbs[0], Verb{Head: "rule", After: []string{"out"}, Forms: []string{"rule", "rules", "ruled", "ruling"}}},
		{"verb code", refuse.Verbs[1].Code, "120"},
		{"synset object", offer.Patterns[0].Object, []Phrase{{"&proposal"}}},
		{"braced phrase", offer.Patterns[1].Object, []Phrase{{"economic", "aid"}}},
		{"prepositional phrase", offer.Patterns[2].Preps, []Prep{{Prep: "to", Object: Phrase{"peace", "plan"}}}},
		{"paired code", [2]string{offer.Patterns[2].Code, offer.Patterns[2].Reverse}, [2]string{"037", "037"}},
		{"subject pattern", refuse.Patterns[4].Subject, []Phrase{{"&weapon"}}},
		{"reverse only", [2]string{refuse.Patterns[4].Code, refuse.Patterns[4].Reverse}, [2]string{"", "190"}},
		{"pattern's verb", refuse.Patterns[3].Verb, "deny"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !reflect.DeepEqual(tt.got, tt.want) {
				t.Errorf("got %+v, want %+v", tt.got, tt.want)
			}
		})
	}
	table := Build(synsets, blocks, nil)
	if u := table.Blocks[1].Verbs[3].Usual; u != "120" {
		t.Errorf("usual code of REJECT = %q, want 120 (five of its patterns are 12x)", u)
	}
	if u := table.Blocks[1].Verbs[2].Usual; u != "" {
		t.Errorf("usual code of DENY = %q, want none (one pattern)", u)
	}
}

func TestParseVerbLine(t *testing.T) {
	tests := []struct {
		line    string
		kind    LineKind
		wantErr bool
	}{
		{"", LineBlank, false},
		{"   # only a comment", LineBlank, false},
		{"---  KILL   [190]  ---", LineBlock, false},
		{"---  KILL   [19x]  ---", 0, true},
		{"KILL                    # comment", LineVerb, false},
		{"SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93", LineVerb, false},
		{"+SHOOT_DOWN {+SHOOTS_DOWN +SHOT_DOWN }", LineSynonym, false},
		{"- * ATTACK [190] # MOUNT", LinePattern, false},
		{"- SPY_*_DEAL [---]", LinePattern, true},
		{"- * ATTACK", LinePattern, true},
		{"&WEAPON", LineSynset, false},
		{"~ a (a b Q) SAY = a b Q", LineTransform, false},
	}
	for _, tt := range tests {
		l, err := ParseVerbLine(tt.line)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseVerbLine(%q) error %v, want error %v", tt.line, err, tt.wantErr)
		}
		if err == nil && l.Kind != tt.kind {
			t.Errorf("ParseVerbLine(%q) kind %d, want %d", tt.line, l.Kind, tt.kind)
		}
	}
}

const agentFixture = `<!-- agents -->
!PERSON! = MAN, MEN, WOMAN
AMBASSADOR [~GOV] # LRP 02 Jun 2004
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] # mj 05 Jan 2006
HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
CONGRESS!PERSON! [~LEG}
ISLAMIC_EXTREMIST
AMBASSADOR [~MIL]
`

func TestReadAgents(t *testing.T) {
	agents, skipped, err := ReadAgents(strings.NewReader(agentFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 {
		t.Errorf("skipped %v, want the record without a code", skipped)
	}
	want := []Agent{
		{Phrase: "ambassador", Code: "GOV"}, {Phrase: "ambassadors", Code: "GOV"},
		{Phrase: "police", Code: "COP"},
		{Phrase: "attorney general", Code: "GOVATG"}, {Phrase: "attorneys general", Code: "GOVATG"},
		{Phrase: "human rights body", Code: "NGO", Prefix: true}, {Phrase: "human rights bodies", Code: "NGO", Prefix: true},
		{Phrase: "congressman", Code: "LEG"},
		{Phrase: "congressmen", Code: "LEG"},
		{Phrase: "congresswoman", Code: "LEG"},
	}
	if !reflect.DeepEqual(agents, want) {
		t.Errorf("agents\n got %+v\nwant %+v", agents, want)
	}
}

func TestParseAgentLineErrors(t *testing.T) {
	for _, line := range []string{"NO_CODE", "[~GOV]", "X {Y [~GOV]", "X [~]"} {
		if _, err := ParseAgentLine(line); err == nil {
			t.Errorf("ParseAgentLine(%q): no error", line)
		}
	}
	if as, err := ParseAgentLine("# comment"); err != nil || as != nil {
		t.Errorf("comment line: %v, %v", as, err)
	}
}

func FuzzParseVerbLine(f *testing.F) {
	for _, line := range strings.Split(verbFixture, "\n") {
		f.Add(line)
	}
	f.Add("- {A (B} [01]")
	f.Add("+_+_ {+ +} [:]")
	f.Fuzz(func(t *testing.T, line string) {
		l, err := ParseVerbLine(line)
		if err != nil {
			return
		}
		if l.Kind == LinePattern {
			for _, c := range []string{l.Pattern.Code, l.Pattern.Reverse} {
				if c != "" && (len(c) < 2 || len(c) > 4 || strings.Trim(c, "0123456789") != "") {
					t.Errorf("ParseVerbLine(%q): code %q is no CAMEO code", line, c)
				}
			}
		}
		if l.Kind == LineVerb && (l.Verb.Head == "" || len(l.Verb.Forms) == 0 || l.Verb.Forms[0] != l.Verb.Head) {
			t.Errorf("ParseVerbLine(%q): verb %+v", line, l.Verb)
		}
	})
}

func FuzzParseAgentLine(f *testing.F) {
	for _, line := range strings.Split(agentFixture, "\n") {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		as, err := ParseAgentLine(line)
		if err != nil {
			return
		}
		for _, a := range as {
			if a.Phrase == "" || a.Code == "" {
				t.Errorf("ParseAgentLine(%q): empty agent %+v", line, a)
			}
		}
	})
}
