package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/annals/annals"
)

// TestExtractEventConfidence: the event field of jsonl keeps only the types
// at --event-confidence or above, with their confidence; by default every
// type, as --min-confidence keeps all but junk, for what extract feeds to
// choose; the statements stay either way.
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
	nAll, all := events()
	if all[annals.PLOVERCoerce] < annals.DefaultEventConfidence || all[annals.PLOVERConsult] == 0 ||
		all[annals.PLOVERConsult] >= annals.DefaultEventConfidence {
		t.Fatalf("default, every type: %v; want a sure COERCE and an unsure CONSULT", all)
	}
	n, sure := events("--event-confidence", "0.5")
	if _, ok := sure[annals.PLOVERConsult]; ok || sure[annals.PLOVERCoerce] == 0 || n != nAll {
		t.Errorf("--event-confidence 0.5: %d statements, types %v; want %d statements, COERCE only", n, sure, nAll)
	}
	if _, errs, code := runCLI(t, text, "extract", "--event-confidence", "2"); code != 2 || !strings.Contains(errs, "--event-confidence") {
		t.Errorf("--event-confidence 2: exit %d, %q; want a usage error", code, errs)
	}
}
