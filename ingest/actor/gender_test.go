package actor

import (
	"testing"

	"github.com/annals/annals"
)

// TestGenderEvidence: what the document shows of a person's gender keeps
// "he" and "she" off a person of the other one. In each case the pronoun
// would take up the first person without the evidence.
func TestGenderEvidence(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "a form of address after the name: aunty",
		text: "I was introduced to Kavitha aunty. She worked at the market.",
		statements: []fixtureStatement{
			{subject: "She", lemma: "work"},
		},
		arguments: []ArgumentActors{{Subject: "kavitha"}},
		actors:    []wantActor{{"kavitha", annals.ActorPerson, nil}},
	}, {
		name: "a relative's noun before the name, a description between",
		text: "A daughter was born to Robin Vale and her first husband, musician Alex Dorn. She remarried in 1990.",
		statements: []fixtureStatement{
			{subject: "She", lemma: "remarry"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}},
	}, {
		name: "a relative's noun after the name",
		text: "Robin Vale met Alex Dorn, her brother, in Paris. She remarried in 1990.",
		statements: []fixtureStatement{
			{subject: "She", lemma: "remarry"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}},
	}, {
		name: "the subject's own she after a verb of saying",
		text: "Robin Vale met Pat Lowe. He praised the plan. Vale said she would run.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "meet", object: "Pat Lowe"},
			{subject: "He", lemma: "praise", object: "the plan"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale", Object: "pat-lowe"}, {Subject: "pat-lowe"}},
	}, {
		name: "a reflexive",
		text: "Robin Vale met Pat Lowe. He praised the plan. Vale blamed herself for the delay.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "meet", object: "Pat Lowe"},
			{subject: "He", lemma: "praise", object: "the plan"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale", Object: "pat-lowe"}, {Subject: "pat-lowe"}},
	}, {
		name: "a possessive of one's own life",
		text: "Robin Vale met Pat Lowe. He praised the plan. Vale began her career in 1990.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "meet", object: "Pat Lowe"},
			{subject: "He", lemma: "praise", object: "the plan"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale", Object: "pat-lowe"}, {Subject: "pat-lowe"}},
		tags:      map[string][2]string{"her": {"PRON", "PRP$"}, "began": {"VERB", "VBD"}},
	}, {
		name: "a first name of one sex",
		text: "Stephanie Moss met Pat Lowe. He praised the plan.",
		statements: []fixtureStatement{
			{subject: "Stephanie Moss", lemma: "meet", object: "Pat Lowe"},
			{subject: "He", lemma: "praise", object: "the plan"},
		},
		arguments: []ArgumentActors{{Subject: "stephanie-moss", Object: "pat-lowe"}, {Subject: "pat-lowe"}},
	}, {
		name: "the document outweighs the first name",
		text: "Mr. Stacey Moss met Pat Lowe. He praised the plan.",
		statements: []fixtureStatement{
			{subject: "Mr. Stacey Moss", lemma: "meet", object: "Pat Lowe"},
			{subject: "He", lemma: "praise", object: "the plan"},
		},
		arguments: []ArgumentActors{{Subject: "stacey-moss", Object: "pat-lowe"}, {Subject: "stacey-moss"}},
	}, {
		name: "a clause after the name's comma is no apposition",
		text: "At the request of Robin Vale, the Queen suspended parliament. He was pleased.",
		statements: []fixtureStatement{
			{subject: "He", lemma: "be", object: "pleased"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}},
	}})
}

// TestGenderVotes: one side must weigh twice the other to decide.
func TestGenderVotes(t *testing.T) {
	for _, tc := range []struct {
		m, f int
		want byte
	}{{0, 0, 0}, {3, 0, 'm'}, {0, 1, 'f'}, {3, 1, 'm'}, {2, 2, 'x'}, {2, 3, 'x'}, {1, 2, 'f'}} {
		v := genderVotes{m: tc.m, f: tc.f}
		if got := v.gender(); got != tc.want {
			t.Errorf("m %d f %d: gender %q, want %q", tc.m, tc.f, got, tc.want)
		}
	}
}

// TestFirstNames: the embedded table reads, and a name of the other sex
// elsewhere is left out.
func TestFirstNames(t *testing.T) {
	names := fixtureTables.firstNames
	for name, want := range map[string]byte{"Stephanie": 'f', "Ron": 'm', "Nancy": 'f', "Donald": 'm', "Andrea": 0, "Jean": 0, "Kim": 0} {
		if got := names[name]; got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if _, err := parseFirstNames("# comment\nAda | f\nBob | x\n"); err == nil {
		t.Error("a gender other than m or f is no error")
	}
}
