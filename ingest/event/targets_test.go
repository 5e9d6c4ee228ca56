package event_test

import (
	"testing"

	"github.com/annals/annals"
)

// TestEventTargetSide checks the target side of typed statements: the
// party a phrase after an act's noun names ("sanctions on", "a pardon
// to"), and a confidence below the default for a type done to someone
// when no party is on that side (an act, a document, a thing, a pronoun
// left unresolved).
func TestEventTargetSide(t *testing.T) {
	p := withEvents(t)
	tests := []struct {
		text, subject, verb string
		target              string // the event's Target code
		kept                bool   // the event's confidence is at or above the default
	}{
		{"The European Union imposed new sanctions on Venezuela.", "Union", "imposed", "VEN", true},
		{"The governor granted a pardon to the Venezuelan government.", "governor", "granted", "VENGOV", true},
		{"Germany condemned the Russian government.", "Germany", "condemned", "RUSGOV", true},
		{"Police arrested 12 protesters on Friday.", "Police", "arrested", "", true},
		{"The French government sent aid to the refugees.", "government", "sent", "", true},
		{"Russia banned a number of journalists.", "Russia", "banned", "", true},
		{"The French government declared a state of emergency.", "government", "declared", "", false},
		{"Germany condemned the decision.", "Germany", "condemned", "", false},
		{"The prime minister criticized the plan on Thursday.", "minister", "criticized", "", false},
		{"Police arrested them on Friday.", "Police", "arrested", "", false},
		{"The army threatened them.", "army", "threatened", "", false},
		{"The French government sent aid.", "government", "sent", "", false},
		{"The Ruritanian government imposed new sanctions on steel imports.", "government", "imposed", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := analyse(t, p, "t", tt.text)
			st := foundStatement(t, a, tt.subject, tt.verb)
			if st.Event == nil {
				t.Fatalf("%q: no event", st.Predicate.Text)
			}
			if st.Event.Target != tt.target {
				t.Errorf("target %q, want %q (%+v)", st.Event.Target, tt.target, *st.Event)
			}
			if kept := st.Event.Confidence >= annals.DefaultEventConfidence; kept != tt.kept {
				t.Errorf("confidence %.3f, kept %v, want kept %v (%+v)", st.Event.Confidence, kept, tt.kept, *st.Event)
			}
		})
	}
}
