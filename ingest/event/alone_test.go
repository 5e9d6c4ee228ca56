package event

import (
	"sort"
	"testing"

	"github.com/annals/annals/ingest/event/internal/dict"
)

// TestAloneVerbs checks the verbs of the generated table that may type a
// statement without a pattern for their complement: each is listed in
// dict.Alone or dict.AloneIntransitive and is a verb of the dictionary,
// and none is a light verb.
func TestAloneVerbs(t *testing.T) {
	c := testCoder(t)
	light := []string{"call", "go", "leave", "take", "give", "make", "get", "allow", "hold", "reach", "pay", "put",
		"come", "have", "serve", "provide", "want", "decide", "issue", "release", "send", "use"}
	alone := map[string]bool{}
	for _, b := range c.t.Blocks {
		for _, v := range b.Verbs {
			if v.Alone {
				alone[v.Head] = true
				if !dict.Alone[v.Head] && !dict.AloneIntransitive[v.Head] {
					t.Errorf("%s codes alone but is not listed", v.Head)
				}
			}
		}
	}
	for _, w := range light {
		if alone[w] {
			t.Errorf("the light verb %q codes without a pattern", w)
		}
	}
	var missing []string
	for w := range dict.Alone {
		if !alone[w] && len(c.forms[w]) == 0 {
			missing = append(missing, w)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("listed verbs the dictionary does not have: %v", missing)
	}
	if len(alone) < 50 {
		t.Errorf("only %d verbs code alone", len(alone))
	}
}
