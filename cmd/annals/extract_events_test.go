package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/annals/annals"
)

// TestExtractEventConfidence: the event field of jsonl keeps only the types
// at --event-confidence or above (annals.DefaultEventConfidence by
// default), with their confidence; 0 shows every type; the statements
// stay either way.
func TestExtractEventConfidence(t *testing.T) {
	text := "Police arrested two men in Madrid.\nThe minister visited Moscow on Monday.\n"
	type line struct {
		Predicate struct{ Lemma string }
		Event     *struct {
			PLOVER     string  `json:"plover"`
			Confidence float64 `json:"confidence"`
		}
	}
	events := func(args ...string) (statements int, types map[string]float64) {
		t.Helper()
		out, errs, code := runCLI(t, text, append([]string{"extract", "--format", "jsonl", "--date", "2031-05-02"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		types = map[string]float64{}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var x line
			if err := json.Unmarshal([]byte(l), &x); err != nil {
				t.Fatalf("%s: %v", l, err)
			}
			statements++
			if x.Event != nil {
				types[x.Event.PLOVER] = x.Event.Confidence
			}
		}
		return statements, types
	}
	nAll, all := events("--event-confidence", "0")
	if all[annals.PLOVERCoerce] < annals.DefaultEventConfidence || all[annals.PLOVERConsult] == 0 ||
		all[annals.PLOVERConsult] >= annals.DefaultEventConfidence {
		t.Fatalf("every type: %v; want a sure COERCE and an unsure CONSULT (the test's premise)", all)
	}
	n, def := events()
	if _, ok := def[annals.PLOVERConsult]; ok || def[annals.PLOVERCoerce] == 0 || n != nAll {
		t.Errorf("default: %d statements, types %v; want %d statements, COERCE only", n, def, nAll)
	}
	if _, errs, code := runCLI(t, text, "extract", "--event-confidence", "2"); code != 2 || !strings.Contains(errs, "--event-confidence") {
		t.Errorf("--event-confidence 2: exit %d, %q; want a usage error", code, errs)
	}
}
