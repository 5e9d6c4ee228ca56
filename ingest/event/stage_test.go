package event_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/event"
)

// withEvents is the standard pipeline up to the event stage (the
// assessment and the fact identity after it change only confidence and
// facts).
func withEvents(t testing.TB) *ingest.Pipeline {
	t.Helper()
	p, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	p = p.Without("assess/", "facts/")
	if !strings.HasSuffix(p.Version(), "+"+(event.Stage{}).Name()) {
		t.Fatal("the default pipeline has no event stage before its assessment")
	}
	return p
}

// analyse runs a pipeline over one text.
func analyse(t testing.TB, p *ingest.Pipeline, id, text string) *analysis.Analysis {
	t.Helper()
	a := &analysis.Analysis{Document: annals.Document{ID: id, Text: text, Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)}}
	if err := p.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

// statementWith finds the statement whose subject holds a word and whose
// predicate holds a verb as written.
func statementWith(a *analysis.Analysis, subject, verb string) *annals.Statement {
	for i := range a.Statements {
		st := &a.Statements[i]
		if strings.Contains(st.Predicate.Text, verb) && strings.Contains(st.Subject.Text, subject) {
			return st
		}
	}
	return nil
}

func TestEventStage(t *testing.T) {
	p := withEvents(t)
	tests := []struct {
		text, subject, verb string
		plover, cameoStart  string // "" for no event
	}{
		{"Russia offered to return the bodies of 3,000 soldiers.", "Russia", "return", event.Agree, "03"},
		{"Russian troops shelled the town of Sumy on Tuesday.", "troops", "shelled", event.Fight, "19"},
		{"Ukraine accused Russia of war crimes.", "Ukraine", "accused", event.Disapprove, "11"},
		{"President Zelensky met President Erdogan in Ankara.", "Zelensky", "met", event.Consult, "04"},
		{"Russia threatened to impose sanctions on Ukraine.", "Russia", "impose", event.Threaten, "13"},
		{"The Kremlin rejected the peace proposal.", "Kremlin", "rejected", event.Reject, "12"},
		{"Rebel guerrillas killed two soldiers near the border.", "guerrillas", "killed", event.Assault, "18"},
		{"The weather improved in Kyiv.", "weather", "improved", "", ""},
		{"Ukraine did not attack the bridge.", "Ukraine", "attack", event.Fight, "19"}, // unreal: see TestEventStageUnreal
		{"Thousands of students took part in protests in the capital.", "students", "took", event.Protest, "14"},
		{"The army took control of the city.", "army", "took", event.Fight, "19"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := analyse(t, p, "t", tt.text)
			wantCoded(t, foundStatement(t, a, tt.subject, tt.verb), tt.plover, tt.cameoStart)
		})
	}
}

// TestEventStageArticle codes the bundled article: Russia's offer to return
// bodies is no return, and the drone strikes are FIGHT.
func TestEventStageArticle(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/istanbul-talks.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ ID, Text string }
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	a := analyse(t, withEvents(t), doc.ID, doc.Text)
	if st := statementWith(a, "Russia", "return"); st == nil {
		t.Error("no Russia · return statement")
	} else if st.Event == nil || st.Event.PLOVER != event.Agree {
		t.Errorf("Russia's offer to return bodies: event %+v, want AGREE (an intent, not a return)", st.Event)
	}
	drone := false
	for _, st := range a.Statements {
		text := st.Subject.Text + " " + st.Predicate.Text
		if st.Object != nil {
			text += " " + st.Object.Text
		}
		if strings.Contains(text, "drone strike") && st.Event != nil {
			drone = true
			if st.Event.PLOVER != event.Fight {
				t.Errorf("%q %s: %+v, want FIGHT", st.Subject.Text, st.Predicate.Lemma, *st.Event)
			}
		}
	}
	if !drone {
		t.Error("the drone strikes are not coded")
	}
	for _, st := range a.Statements {
		if st.Event != nil && event.PLOVERFor(st.Event.CAMEO) != st.Event.PLOVER {
			t.Errorf("%q %s: CAMEO %s is not under %s", st.Subject.Text, st.Predicate.Lemma, st.Event.CAMEO, st.Event.PLOVER)
		}
	}
}

func TestEventStageClearsAndSkipsBadSentences(t *testing.T) {
	a := &analysis.Analysis{Statements: []annals.Statement{{Sentence: 3, Event: &annals.Event{PLOVER: "FIGHT"}}}}
	if err := (event.Stage{}).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if a.Statements[0].Event != nil {
		t.Error("a statement of no sentence keeps an old event")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (event.Stage{}).Run(ctx, a); err == nil {
		t.Error("a cancelled context: no error")
	}
}

func BenchmarkEventStage(b *testing.B) {
	p := withEvents(b)
	a := analyse(b, p, "b", "Russia offered to return the bodies of 3,000 soldiers, and Russian troops shelled the town of Sumy.")
	coder, err := event.Default()
	if err != nil {
		b.Fatal(err)
	}
	stage := event.Stage{Coder: coder}
	b.ReportAllocs()
	for b.Loop() {
		if err := stage.Run(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEventStageReportedSpeech codes what a speaker says they or others
// will or must do as the speaker's event.
func TestEventStageReportedSpeech(t *testing.T) {
	p := withEvents(t)
	tests := []struct {
		text, subject, verb, plover string
	}{
		{"Turkey said it was prepared to withdraw its forces from northern Iraq.", "Turkey", "said", event.Agree},
		{"The union said on Friday that the company must rehire the dismissed workers.", "union", "said", event.Demand},
		{"The opposition parties said they would boycott the new parliament.", "parties", "said", event.Threaten},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			st := statementWith(analyse(t, p, "t", tt.text), tt.subject, tt.verb)
			if st == nil || st.Object == nil || !strings.Contains(st.Object.Text, " ") {
				t.Skip("the extractor gives the speech verb no clause for its object (no parse)")
			}
			if st.Event == nil || st.Event.PLOVER != tt.plover {
				t.Errorf("%q → %q: event %+v, want %s", st.Predicate.Text, st.Object.Text, st.Event, tt.plover)
			}
		})
	}
}

// analyseOn runs a pipeline over one text written on a day.
func analyseOn(t testing.TB, p *ingest.Pipeline, text, day string) *analysis.Analysis {
	t.Helper()
	date, err := time.Parse(time.DateOnly, day)
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analysis{Document: annals.Document{ID: "t", Text: text, Date: date}}
	if err := p.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestEventStageActorCodes(t *testing.T) {
	p := withEvents(t)
	tests := []struct {
		name, text, day string
		subject, verb   string
		source, target  string
	}{
		{"countries", "Russia attacked Ukraine on Tuesday.", "2025-07-23",
			"Russia", "attacked", "RUS", "UKR"},
		{"a country before the Soviet Union fell", "Russia accused Ukraine of sabotage.", "1990-03-01",
			"Russia", "accused", "RUS", "USRUKR"},
		{"a group and its sector", "Russian forces shelled the town of Sumy on Tuesday.", "2025-07-23",
			"forces", "shelled", "RUSMIL", ""},
		{"a delegation", "The Ukrainian delegation rejected the Russian proposal.", "2025-07-23",
			"delegation", "rejected", "UKRGOV", ""},
		{"a titled person with a country", "Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara.",
			"2025-07-23", "Zelensky", "met", "UKRGOV", "TURGOV"},
		{"no actor, but a country and a sector", "A Russian negotiator rejected the proposal.", "2025-07-23",
			"negotiator", "rejected", "RUSGOV", ""},
		{"a capital for its country", "Kyiv accused Moscow of sabotage.", "2025-07-23",
			"Kyiv", "accused", "UKR", "RUS"},
		{"a person the dictionary knows, in office", "Sergey Naryshkin criticized Ukraine.", "2005-06-01",
			"Naryshkin", "criticized", "RUSGOV", "UKR"},
		{"the same person after the role ended", "Sergey Naryshkin criticized Ukraine.", "2020-06-01",
			"Naryshkin", "criticized", "", "UKR"},
		{"the text beats the dictionary", "Russian President Vladimir Putin criticized Ukraine.", "1995-01-01",
			"Putin", "criticized", "RUSGOV", "UKR"}, // the dictionary has him RUSELI then
		{"the dictionary fills a gap", "Vladimir Putin criticized Ukraine.", "1995-01-01",
			"Putin", "criticized", "RUSELI", "UKR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseOn(t, p, tt.text, tt.day)
			st := foundStatement(t, a, tt.subject, tt.verb)
			if st.Event == nil {
				t.Skipf("%q is coded as no event (the coder's business, not the actor codes')", tt.text)
			}
			if st.Event.Source != tt.source || st.Event.Target != tt.target {
				t.Errorf("%s · %s: source %q, target %q; want %q, %q",
					st.Subject.Text, st.Predicate.Lemma, st.Event.Source, st.Event.Target, tt.source, tt.target)
			}
		})
	}
}

// TestEventStageUnreal checks that the stage marks acts its sentence does
// not tell as done.
func TestEventStageUnreal(t *testing.T) {
	p := withEvents(t)
	tests := []struct {
		text, subject, verb string
		unreal              bool
	}{
		{"Ukrainian troops attacked the bridge.", "troops", "attacked", false},
		{"Ukrainian troops did not attack the bridge.", "troops", "attack", true},
		{"No Ukrainian troops attacked the bridge.", "troops", "attacked", true},
		{"Ukrainian troops may attack the bridge.", "troops", "attack", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := analyse(t, p, "t", tt.text)
			st := foundStatement(t, a, tt.subject, tt.verb)
			if st.Event == nil || st.Event.PLOVER != event.Fight || st.Event.Unreal != tt.unreal {
				t.Errorf("event %+v, want FIGHT, unreal %v", st.Event, tt.unreal)
			}
		})
	}
}

// TestEventStageViolenceNeedsAnAgent checks that violence is typed only
// when its subject is a party that can do it.
func TestEventStageViolenceNeedsAnAgent(t *testing.T) {
	p := withEvents(t)
	tests := []struct {
		text, subject, verb, plover string
	}{
		{"A fire killed two soldiers in Kharkiv on Monday.", "fire", "killed", ""},
		{"Russian troops killed two soldiers in Kharkiv on Monday.", "troops", "killed", event.Fight},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := analyse(t, p, "t", tt.text)
			st := foundStatement(t, a, tt.subject, tt.verb)
			got := ""
			if st.Event != nil {
				got = st.Event.PLOVER
			}
			if got != tt.plover {
				t.Errorf("event %+v, want %q", st.Event, tt.plover)
			}
		})
	}
}

// TestEventStageSides checks what the stage asks of a statement's sides:
// an actor or a party as the subject of an active statement, no speaker
// or one spoken to, not the one asked to act; and that assent to a
// clause, support of a cause and a warning to no one are no events.
func TestEventStageSides(t *testing.T) {
	p := withEvents(t)
	tests := []struct {
		text, subject, verb string
		plover              string // "" for no event
	}{
		{"I met the minister in Paris.", "I", "met", ""},
		{"The minister met me in Paris.", "minister", "met", ""},
		{"A message on Twitter blamed Iran for the attacks.", "message", "blamed", ""},
		{"Lopez asked Garcia to sign the treaty with Chile.", "Garcia", "sign", ""},
		{"The two ministers agreed that the plan had failed.", "ministers", "agreed", ""},
		{"Senator Lopez supports abortion rights.", "Lopez", "supports", ""},
		{"Senator Lopez supports President Garcia.", "Lopez", "supports", event.Support},
		{"The agency issued a flood warning for the coast.", "agency", "issued", ""},
		{"Garcia shot the mayor outside the town hall.", "Garcia", "shot", event.Assault},
		{"Russian forces killed three soldiers in the town.", "forces", "killed", event.Fight},
		{"Police said the suspect surrendered to officers.", "Police", "said", ""},
		{"The rebels said they attempted to assassinate the president.", "rebels", "said", event.Assault},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := analyse(t, p, "t", tt.text)
			st := foundStatement(t, a, tt.subject, tt.verb)
			switch {
			case tt.plover == "" && st.Event != nil:
				t.Errorf("coded %+v, want no event", *st.Event)
			case tt.plover == "":
			case st.Event == nil:
				t.Errorf("no event, want %s", tt.plover)
			case st.Event.PLOVER != tt.plover:
				t.Errorf("coded %+v, want %s", *st.Event, tt.plover)
			}
		})
	}
}

// TestEventStagePassiveSides checks that the subject of a passive
// statement is the event's target, not its source.
func TestEventStagePassiveSides(t *testing.T) {
	a := analyse(t, withEvents(t), "t", "Two Russian soldiers were arrested in Kyiv on Monday.")
	st := statementWith(a, "soldiers", "arrested")
	if st == nil {
		t.Skip("the extractor found no soldiers · arrested statement")
	}
	if st.Event == nil || st.Event.PLOVER != event.Coerce {
		t.Fatalf("event %+v, want COERCE", st.Event)
	}
	if st.Event.Source != "" || st.Event.Target == "" || st.Event.Target[:3] != "RUS" {
		t.Errorf("source %q, target %q: want no source, the Russian soldiers as target", st.Event.Source, st.Event.Target)
	}
}

// wantCoded checks a statement's event: of plover with a CAMEO code that
// starts with cameoStart, or none when plover is "". It reports whether
// the statement has the event wanted.
func wantCoded(t *testing.T, st *annals.Statement, plover, cameoStart string) bool {
	t.Helper()
	switch {
	case plover == "" && st.Event != nil:
		t.Errorf("coded %+v, want no event", *st.Event)
	case plover == "":
	case st.Event == nil:
		t.Errorf("no event, want %s %s…", plover, cameoStart)
	case st.Event.PLOVER != plover || !strings.HasPrefix(st.Event.CAMEO, cameoStart):
		t.Errorf("coded %+v, want %s %s…", *st.Event, plover, cameoStart)
	default:
		return true
	}
	return false
}

// foundStatement is statementWith, skipping the test when the extractor
// made no such statement: that is its business, not this stage's.
func foundStatement(t *testing.T, a *analysis.Analysis, subject, verb string) *annals.Statement {
	t.Helper()
	st := statementWith(a, subject, verb)
	if st == nil {
		t.Skipf("the extractor found no %s · %s statement (its business, not this stage's)", subject, verb)
	}
	return st
}
