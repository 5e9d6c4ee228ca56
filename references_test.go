package annals

import (
	"slices"
	"testing"
)

// TestRemapReferences: a remapped actor is remapped in the references of
// every phrase too, and the extraction given is left as it was.
func TestRemapReferences(t *testing.T) {
	ref := func(actor string) []Reference {
		return []Reference{{Span: Span{Text: "his", Start: 0, End: 3}, Actor: actor}}
	}
	x := &Extraction{
		Statements: []Statement{{
			Subject:     Argument{Span: Span{Text: "his aide"}, Refs: ref("smith")},
			Object:      &Argument{Span: Span{Text: "his plan"}, Refs: ref("smith")},
			Attribution: &Argument{Span: Span{Text: "his office"}, Refs: ref("jones")},
			Qualifiers:  []Qualifier{{Span: Span{Text: "in his town"}, Refs: ref("smith")}},
		}},
		Actors: []Actor{{ID: "smith", Name: "Smith"}, {ID: "jones", Name: "Jones"}},
	}
	y := x.Remap(map[string]Actor{"smith": {ID: "john-smith", Name: "John Smith"}})
	st := &y.Statements[0]
	if got := st.ActorIDs(); !slices.Equal(got, []string{"john-smith", "jones"}) {
		t.Errorf("remapped references name %q, want john-smith and jones", got)
	}
	if got := x.Statements[0].ActorIDs(); !slices.Equal(got, []string{"smith", "jones"}) {
		t.Errorf("the extraction given changed: its references name %q", got)
	}
}

// TestActorIDs: the arguments' actors first, then the references', each once.
func TestActorIDs(t *testing.T) {
	st := Statement{
		Subject:    Argument{Actor: "ana"},
		Object:     &Argument{Refs: []Reference{{Actor: "ben"}, {Actor: "ana"}}},
		Qualifiers: []Qualifier{{Refs: []Reference{{Actor: "cy"}}}},
	}
	if got := st.ActorIDs(); !slices.Equal(got, []string{"ana", "ben", "cy"}) {
		t.Errorf("ActorIDs = %q", got)
	}
}
