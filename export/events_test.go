package export

import (
	"reflect"
	"testing"
	"time"

	"github.com/annals/annals"
)

func eventDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// typed is a statement of a type on a day ("" for undated), between
// Russia and Ukraine, sure of its type.
func typed(plover, earliest, latest string) annals.Statement {
	st := annals.Statement{Subject: annals.Argument{Actor: "russia"}, Predicate: annals.Predicate{Lemma: "x"}, Confidence: 0.9}
	if plover != "" {
		st.Event = &annals.Event{PLOVER: plover, Confidence: 0.9}
	}
	if earliest != "" {
		st.Time = &annals.Time{Earliest: eventDay(earliest), Latest: eventDay(latest)}
	}
	return st
}

func TestCountEvents(t *testing.T) {
	sts := []annals.Statement{
		typed("FIGHT", "2025-07-22", "2025-07-22"),
		typed("FIGHT", "2025-07-23", "2025-07-23"),
		typed("AGREE", "2025-07-23", "2025-07-23"),
		typed("", "2025-07-23", "2025-07-23"), // no event: not counted
		typed("DEMAND", "2025-06-01", "2025-06-30"),
		typed("THREATEN", "2025-01-01", "2025-12-31"), // a year: under the year when by month
		typed("REJECT", "2019-01-01", "2020-12-31"),   // two years
		typed("CONSULT", "", ""),
	}
	tests := []struct {
		by      string
		periods []string
		types   []string
	}{
		{"month", []string{"2019..2020", "2025", "2025-06", "2025-07", "undated"},
			[]string{"AGREE", "CONSULT", "DEMAND", "REJECT", "THREATEN", "FIGHT"}},
		{"year", []string{"2019..2020", "2025", "undated"}, nil},
		{"day", []string{"2019..2020", "2025", "2025-06", "2025-07-22", "2025-07-23", "undated"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.by, func(t *testing.T) {
			c := CountEvents(sts, tt.by)
			if !reflect.DeepEqual(c.Periods, tt.periods) {
				t.Errorf("periods %v, want %v", c.Periods, tt.periods)
			}
			if tt.types != nil && !reflect.DeepEqual(c.Types, tt.types) {
				t.Errorf("types %v, want %v (CAMEO order)", c.Types, tt.types)
			}
		})
	}
	if c := CountEvents(sts, "month"); c.Count["2025-07"]["FIGHT"] != 2 || c.Total("2025-07") != 3 {
		t.Errorf("July 2025: %v, want FIGHT 2 of 3", c.Count["2025-07"])
	}
}

// TestCountEventsHappenedWithActor checks that the counts leave out acts
// that did not happen (unless all are asked for) and events with no actor
// on either side.
func TestCountEventsHappenedWithActor(t *testing.T) {
	done := typed("FIGHT", "2025-07-22", "2025-07-22")
	unreal := typed("FIGHT", "2025-07-22", "2025-07-22")
	unreal.Event.Unreal = true
	noActor := typed("FIGHT", "2025-07-22", "2025-07-22")
	noActor.Subject.Actor = ""
	toActor := noActor
	toActor.Object = &annals.Argument{Actor: "ukraine"}
	sts := []annals.Statement{done, unreal, noActor, toActor}
	if got := CountEvents(sts, "month").Count["2025-07"]["FIGHT"]; got != 2 {
		t.Errorf("CountEvents: %d FIGHT, want 2 (the act done by an actor, the act done to one)", got)
	}
	if got := CountAllEvents(sts, "month").Count["2025-07"]["FIGHT"]; got != 3 {
		t.Errorf("CountAllEvents: %d FIGHT, want 3 (the unreal act too)", got)
	}
}

// TestCountEventsConfidence checks that the counts leave out the event
// types less sure than the filter's minimum: by default
// annals.DefaultEventConfidence, which the statement's own confidence
// weighs.
func TestCountEventsConfidence(t *testing.T) {
	withConfidence := func(event, statement float64) annals.Statement {
		s := typed("FIGHT", "2025-07-22", "2025-07-22")
		s.Event.Confidence, s.Confidence = event, statement
		return s
	}
	sts := []annals.Statement{
		withConfidence(0.9, 0.9), // 0.9 × (0.75 + 0.27) = 0.918
		withConfidence(0.6, 0.9), // 0.612: above the default
		withConfidence(0.6, 0.1), // 0.468: below it, the statement being doubtful
		withConfidence(0.3, 0.9), // 0.306
	}
	tests := []struct {
		name string
		f    EventFilter
		want int
	}{
		{"default", DefaultEventFilter, 2},
		{"every type", EventFilter{}, 4},
		{"only the surest", EventFilter{MinConfidence: 0.9}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountEventsWith(sts, "month", tt.f).Count["2025-07"]["FIGHT"]; got != tt.want {
				t.Errorf("%d FIGHT, want %d", got, tt.want)
			}
		})
	}
	if got := CountEvents(sts, "month").Count["2025-07"]["FIGHT"]; got != 2 {
		t.Errorf("CountEvents: %d FIGHT, want 2 (those at the default confidence or above)", got)
	}
}

func TestWithoutUnsureEvents(t *testing.T) {
	sure, unsure, none := typed("FIGHT", "", ""), typed("AGREE", "", ""), typed("", "", "")
	unsure.Event.Confidence = 0.2
	sts := []annals.Statement{sure, unsure, none}
	WithoutUnsureEvents(sts, annals.DefaultEventConfidence)
	if sts[0].Event == nil || sts[1].Event != nil || sts[2].Event != nil {
		t.Errorf("events %v %v %v, want the sure one only", sts[0].Event, sts[1].Event, sts[2].Event)
	}
	if unsure.Event == nil {
		t.Error("the statement's event was changed, not only the slice's copy")
	}
}
