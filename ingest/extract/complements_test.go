package extract_test

import "testing"

// TestObjectComplements: an object shown without the complement it needs
// changes the fact or says nothing. The one asked or told to do something
// keeps the infinitive, negation included, when the parse hangs it as an
// indirect object; a verb that brings its object into a state keeps the
// adjective that names the state.
func TestObjectComplements(t *testing.T) {
	for _, c := range []struct{ text, lemma, object string }{
		{"The coach asked Maria not to worry about the injury.", "ask", "Maria not to worry about the injury"},
		{"The minister told reporters to wait for the report.", "tell", "reporters to wait for the report"},
		{"The floods made their harvest very difficult.", "make", "their harvest very difficult"},
		{"The new fences kept the sheep safe from wolves.", "keep", "the sheep safe from wolves"},
	} {
		found := false
		for _, st := range pipelineStatements(t, c.text) {
			if st.Predicate.Lemma != c.lemma {
				continue
			}
			found = true
			if st.Object == nil || st.Object.Text != c.object {
				got := "–"
				if st.Object != nil {
					got = st.Object.Text
				}
				t.Errorf("%q: %s · %q, want %q", c.text, c.lemma, got, c.object)
			}
		}
		if !found {
			t.Errorf("%q: no statement of %q", c.text, c.lemma)
		}
	}
}
