package nlp

import (
	"strings"
	"testing"
)

func TestFrontedTime(t *testing.T) {
	tests := []struct {
		sentence string
		comma    int
	}{
		{"Yesterday , police arrested two men .", 1},
		{"Last night , police arrested two men .", 2},
		{"On Saturday morning , officials from Peru said the road was open .", 3},
		{"On March 5 , 2019 , the board approved the plan .", 5},
		{"Earlier this week , the company said profits fell .", 3},
		{"In 2019 , the firm hired 200 workers .", 2},
		{"By the end of August , the army had withdrawn .", 5},
		{"Police , who arrived late , arrested two men .", -1}, // no time
		{"Yesterday , he left .", 1},
		{"Today , yes", -1},                                         // too little after the comma
		{"However , the minister said the talks failed .", -1},      // a connective, not a time
		{"In Paris , officials said the talks failed .", -1},        // a place
		{"On the first day of the long trial , he wept .", -1},      // longer than a time phrase
		{"Monday , February 11 , 2019", 1},                          // a dateline: the parse tells
		{"Last year , Vancouver researchers distributed kits .", 2}, // root misread without the split
	}
	for _, tt := range tests {
		if got := frontedTime(words(tt.sentence)); got != tt.comma {
			t.Errorf("frontedTime(%q) = %d, want %d", tt.sentence, got, tt.comma)
		}
	}
}

// TestParseFrontedTimes: a sentence that opens with its time is parsed as
// the clause after the comma, with the time an oblique of its verb. Before
// the split, the parser made the time the root ("Last night" with the rest
// hanging off it) or part of the subject's name.
func TestParseFrontedTimes(t *testing.T) {
	m := mustDefault(t)
	if !m.HasParser() {
		t.Skip("model has no parser")
	}
	tests := []struct {
		sentence              string
		time, rel, verb, subj string
	}{
		{"Last night , police arrested two men .", "night", "obl:unmarked", "arrested", "police"},
		{"Yesterday , United States House Speaker Nancy Pelosi confirmed a vote .", "Yesterday", "obl:unmarked", "confirmed", "Pelosi"},
		{"On Friday , Indian officials in Kerala arrested a man .", "Friday", "obl", "arrested", "officials"},
		{"Last year , the city council approved a new budget .", "year", "obl:unmarked", "approved", "council"},
		{"On Friday , Sultan Qaboos bin Said , the ruler of Oman , died aged 79 .", "Friday", "obl", "died", "Qaboos"},
		{"Tomorrow , voters in the district of Groom go to the polls .", "Tomorrow", "obl:unmarked", "go", "voters"},
		{"On Saturday morning , representatives from Iran acknowledged the error .", "morning", "obl", "acknowledged", "representatives"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			ws := words(tt.sentence)
			m.Tag(ws)
			m.Parse(ws)
			if !validTree(ws) {
				t.Fatal("not a tree")
			}
			at := func(form string) int {
				for i, w := range ws {
					if w.Form == form {
						return i + 1
					}
				}
				t.Fatalf("no word %q", form)
				return 0
			}
			verb := at(tt.verb)
			if w := ws[verb-1]; w.Head != 0 {
				t.Errorf("%s is %s of word %d, want the root", tt.verb, w.Deprel, w.Head)
			}
			if w := ws[at(tt.time)-1]; w.Head != verb || w.Deprel != tt.rel {
				t.Errorf("%s is %s of word %d, want %s of %s", tt.time, w.Deprel, w.Head, tt.rel, tt.verb)
			}
			subj := ws[at(tt.subj)-1]
			for subj.Deprel == "flat" || subj.Deprel == "compound" {
				subj = ws[subj.Head-1]
			}
			if subj.Head != verb || subj.Deprel != "nsubj" {
				t.Errorf("%s is %s of word %d, want nsubj of %s", tt.subj, subj.Deprel, subj.Head, tt.verb)
			}
		})
	}
}

func TestFiniteFromParticiple(t *testing.T) {
	tag := func(rows string) []Word {
		var ws []Word
		for _, f := range strings.Fields(rows) {
			form, xpos, _ := strings.Cut(f, "/")
			ws = append(ws, Word{Form: form, XPOS: xpos})
		}
		return ws
	}
	tests := []struct {
		rows string
		want string // the participle's XPOS after
	}{
		{"Police/NNS arrested/VBN Oliver/NNP Brandt/NNP ./.", "VBD"},
		{"The/DT ministry/NN issued/VBN a/DT decree/NN ./.", "VBD"},
		{"Five/CD people/NNS killed/VBN in/IN attack/NN", "VBN"},         // a passive caption
		{"Police/NNS have/VBP arrested/VBN two/CD men/NNS ./.", "VBN"},   // a finite verb stands
		{"Homes/NNS destroyed/VBN ,/, roads/NNS closed/VBN ./.", "VBN"},  // two participles
		{"After/IN the/DT vote/NN ended/VBN talks/NNS ./.", "VBN"},       // no noun phrase opens it
		{"The/DT plan/NN approved/VBN by/IN the/DT board/NN ./.", "VBN"}, // an agent follows
	}
	for _, tt := range tests {
		ws := tag(tt.rows)
		var parts []int // the words tagged VBN before
		for i, w := range ws {
			if w.XPOS == "VBN" {
				parts = append(parts, i)
			}
		}
		finiteFromParticiple(ws)
		if got := ws[parts[0]].XPOS; got != tt.want {
			t.Errorf("%s: %s/%s, want %s", tt.rows, ws[parts[0]].Form, got, tt.want)
		}
	}
}
