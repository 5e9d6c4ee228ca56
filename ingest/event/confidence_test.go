package event

import (
	"testing"

	"github.com/annals/annals"
)

// TestConfidence checks how the evidence and the sides weigh a type's
// confidence.
func TestConfidence(t *testing.T) {
	coerce := annals.Event{PLOVER: Coerce, CAMEO: "173"}
	coded := coerce
	coded.Source = "USAGOV"
	unreal := coerce
	unreal.Unreal = true
	consult := annals.Event{PLOVER: Consult, CAMEO: "040"}
	tests := []struct {
		name         string
		lower, upper float64
	}{
		{"a pattern is less sure than a verb that names its event", confidence(coerce, byPattern, false, true), confidence(coerce, byVerb, false, true)},
		{"a pronoun subject is less sure", confidence(coerce, byVerb, true, true), confidence(coerce, byVerb, false, true)},
		{"a side with an actor code is surer", confidence(coerce, byVerb, false, true), confidence(coded, byVerb, false, true)},
		{"an act not done is less sure", confidence(unreal, byVerb, false, true), confidence(coerce, byVerb, false, true)},
		{"CONSULT was right less often than COERCE", confidence(consult, byVerb, false, true), confidence(coerce, byVerb, false, true)},
		{"the governing verb alone stays below the default", confidence(coded, byGoverning, false, true), annals.DefaultEventConfidence},
		{"a type done to someone with no party on its target side stays below the default", confidence(coded, byVerb, false, false) * 1.05, annals.DefaultEventConfidence},
		{"never above the cap", confidence(coded, byVerb, false, true), maxConfidence + 1e-9},
	}
	for _, tt := range tests {
		if !(tt.lower < tt.upper) {
			t.Errorf("%s: %v, want below %v", tt.name, tt.lower, tt.upper)
		}
	}
	for _, plover := range annals.PLOVERCategories {
		if _, ok := typeConfidence[plover]; !ok {
			t.Errorf("no confidence for %s", plover)
		}
	}
}

// TestCodeConfidence checks that Code gives every event a confidence.
func TestCodeConfidence(t *testing.T) {
	c := testCoder(t)
	ev, ok := c.Code(Verb{Lemma: "arrest", Object: np("two", "men"), ObjectParty: true, ObjectPerson: true})
	if !ok || ev.Confidence <= 0 || ev.Confidence > maxConfidence {
		t.Errorf("arrested two men: %+v, want a confidence in (0, %v]", ev, maxConfidence)
	}
}
