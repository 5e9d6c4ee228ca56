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

// TestFrontedIdiomObject: a light verb's noun whose phrase a relative
// clause fronts ("of which the team made extensive use") keeps that
// phrase: the act is the idiom, with the noun's adjectives, and its
// object is what the relative clause speaks of.
func TestFrontedIdiomObject(t *testing.T) {
	for _, c := range []struct{ text, lemma, object string }{
		{"Modern methods rely on satellite images, of which the team made extensive use.", "make extensive use", "satellite images"},
		{"The plan, to which the council paid little attention, failed.", "pay little attention", "The plan"},
	} {
		found := false
		for _, st := range pipelineStatements(t, c.text) {
			if st.Object == nil || st.Object.Text != c.object || st.Predicate.Text == "rely" {
				continue
			}
			found = st.Predicate.Lemma == c.lemma
			if !found {
				t.Errorf("%q: %q · %q, want %q", c.text, st.Predicate.Lemma, st.Object.Text, c.lemma)
			}
		}
		if !found {
			t.Errorf("%q: no statement %s · %s", c.text, c.lemma, c.object)
		}
	}
}
