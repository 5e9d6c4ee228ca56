package serve

import (
	"net/url"
	"testing"
)

// TestGenericParam: generic statements are hidden unless generic=1 (or
// true) asks for them, as on the command line; another value is refused.
func TestGenericParam(t *testing.T) {
	for _, c := range []struct {
		query string
		hide  bool
		bad   bool
	}{
		{"", true, false}, {"generic=0", true, false}, {"generic=false", true, false},
		{"generic=1", false, false}, {"generic=true", false, false}, {"generic=yes", false, true},
	} {
		q, err := url.ParseQuery(c.query)
		if err != nil {
			t.Fatal(err)
		}
		sel, err := selectionFrom(q)
		if (err != nil) != c.bad {
			t.Errorf("%q: error %v", c.query, err)
			continue
		}
		if !c.bad && sel.HideGeneric != c.hide {
			t.Errorf("%q: HideGeneric = %v, want %v", c.query, sel.HideGeneric, c.hide)
		}
	}
}

// TestActorOnlyParam: an actor selects its parts too unless actor_only=1
// (or true) asks for the actor alone; another value is refused.
func TestActorOnlyParam(t *testing.T) {
	for _, c := range []struct {
		query string
		only  bool
		bad   bool
	}{
		{"actor=Russia", false, false}, {"actor=Russia&actor_only=0", false, false},
		{"actor=Russia&actor_only=1", true, false}, {"actor=Russia&actor_only=true", true, false},
		{"actor=Russia&actor_only=yes", false, true},
	} {
		q, err := url.ParseQuery(c.query)
		if err != nil {
			t.Fatal(err)
		}
		sel, err := selectionFrom(q)
		if (err != nil) != c.bad {
			t.Errorf("%q: error %v", c.query, err)
			continue
		}
		if !c.bad && sel.ActorOnly != c.only {
			t.Errorf("%q: ActorOnly = %v, want %v", c.query, sel.ActorOnly, c.only)
		}
	}
}
