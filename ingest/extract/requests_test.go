package extract_test

import (
	"strings"
	"testing"

	"github.com/annals/annals"
)

// find is the first statement of lemma whose subject starts with subject
// ("" for any), or nil.
func find(sts []annals.Statement, subject, lemma string) *annals.Statement {
	for i, st := range sts {
		if st.Predicate.Lemma == lemma && strings.HasPrefix(st.Subject.Text, subject) {
			return &sts[i]
		}
	}
	return nil
}

// TestRequestedActs: what someone is called on, asked, told or allowed to
// do is the act of the one addressed, never of the one who asks; and it
// has not happened. An infinitive the parse coordinated with the verb
// that asks makes no statement of the asker's; a call on someone keeps
// what they are called on to do; a passive directive is the act's
// modality; a verb of object control without its object names no one
// who would act.
func TestRequestedActs(t *testing.T) {
	for _, c := range []struct {
		text, subject, lemma string
		absent               bool   // no such statement
		object, modality     string // when present: a part of the object, the modality
	}{
		{text: "The mayor called on the council to raise taxes and to stop cutting services.", subject: "The mayor", lemma: "stop", absent: true},
		{text: "The mayor called on the council to raise taxes and to stop cutting services.", subject: "The mayor", lemma: "call", object: "to stop cutting services"},
		{text: "The senator called for new elections and to let voters choose a new leader.", subject: "The senator", lemma: "let", absent: true},
		{text: "She suggested voters fill out the forms, and then visit the town hall.", subject: "She", lemma: "visit", absent: true},
		{text: "The governor called on farmers and traders to report price rises.", subject: "The governor", lemma: "call", object: "farmers and traders to report price rises"},
		{text: "The union appealed to members to stay calm.", subject: "The union", lemma: "appeal", object: "members to stay calm"},
		{text: "The council called for his arrest to be reviewed.", subject: "The council", lemma: "call", object: "his arrest to be reviewed"},
		{text: "The judge ordered that the landlord repay the tenants.", subject: "the landlord", lemma: "repay", modality: "order"},
		{text: "Every bank is required to report large transfers.", subject: "Every bank", lemma: "report", modality: "require"},
		{text: "The driver was told to leave the car.", subject: "The driver", lemma: "leave", modality: "tell"},
		{text: "The singer was forced to cancel the show.", subject: "The singer", lemma: "cancel"},
		{text: "The old farmer told to go back to the village.", subject: "The old farmer", lemma: "go", absent: true},
		{text: "The new rules allow to register online.", subject: "The new rules", lemma: "register", absent: true},
		{text: "The farmer told his son to go back to the village.", subject: "his son", lemma: "go", modality: "tell"},
	} {
		st := find(pipelineStatements(t, c.text), c.subject, c.lemma)
		switch {
		case c.absent && st != nil:
			t.Errorf("%q: %s · %s, want no such statement", c.text, st.Subject.Text, c.lemma)
		case c.absent:
		case st == nil:
			t.Errorf("%q: no statement %s · %s", c.text, c.subject, c.lemma)
		case c.object != "" && (st.Object == nil || !strings.Contains(st.Object.Text, c.object)):
			t.Errorf("%q: object %+v, want it to hold %q", c.text, st.Object, c.object)
		case st.Modality != c.modality:
			t.Errorf("%q: %s · %s modality %q, want %q", c.text, c.subject, c.lemma, st.Modality, c.modality)
		}
	}
}

// TestReversingVerbs: a verb that ends, forgoes or denies the act of its
// complement ("cease to", "stop", "forget to", "has not yet managed to",
// "has yet to") never lets that act stand as done: the complement's
// statement is negated, unless the verb itself is ("did not stop
// shelling" shelled), or the infinitive is a purpose ("stopped to talk").
func TestReversingVerbs(t *testing.T) {
	for _, c := range []struct {
		text, lemma string
		negated     bool
	}{
		{"The firm will cease to be a member of the group.", "be", true},
		{"The bank ceased to exist in 1998.", "exist", true},
		{"The clerk forgot to file the papers.", "file", true},
		{"The rebels have stopped shelling the town.", "shell", true},
		{"The rebels did not stop shelling the town.", "shell", false},
		{"The minister stopped to talk to reporters.", "talk", false},
		{"The army has not yet managed to capture the port.", "capture", true},
		{"The club has yet to be a contender.", "be", true},
	} {
		sts := pipelineStatements(t, c.text)
		st := find(sts, "", c.lemma)
		if st == nil {
			t.Errorf("%q: no statement of %q", c.text, c.lemma)
			continue
		}
		if st.Negated != c.negated {
			t.Errorf("%q: %s · %s negated %v, want %v", c.text, st.Subject.Text, c.lemma, st.Negated, c.negated)
		}
		if h := find(sts, "", "have"); h != nil {
			t.Errorf("%q: %s · have · %+v: \"has yet to\" is no obligation", c.text, h.Subject.Text, h.Object)
		}
	}
}
