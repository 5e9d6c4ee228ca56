package actor

import (
	"testing"

	"github.com/annals/annals"
)

// TestPronounNotWorks: a name used for a role or a work, and a name that
// a cue word makes an organisation, is no "he" or "she", even when it has
// the shape of a person's name. In each case the pronoun would take it
// up without the rule.
func TestPronounNotWorks(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "the object of a verb of portraying",
		text: "Robin Vale left the studio. The actor portrayed Captain Marlow in three films. He then taught drama.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "leave", object: "the studio"},
			{subject: "He", lemma: "teach", object: "drama"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "robin-vale"}},
	}, {
		name: "a role after 'role as'",
		text: "Robin Vale moved to Leeds. His role as Tom Harker was praised. He retired in 2010.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "move"},
			{subject: "He", lemma: "retire"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "robin-vale"}},
	}, {
		name: "a name after a work noun",
		text: "Robin Vale left the studio. The film Iron Falcon premiered in May. He retired in 2010.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "leave", object: "the studio"},
			{subject: "He", lemma: "retire"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "robin-vale"}},
	}, {
		name: "a name before a work noun",
		text: "Robin Vale left the studio. The Iron Falcon film premiered in May. He retired in 2010.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "leave", object: "the studio"},
			{subject: "He", lemma: "retire"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "robin-vale"}},
	}, {
		name: "play is a role only where the sentence speaks of acting",
		text: "Robin Vale left the studio. The actor played Tom Harker in a film. He retired in 2010.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "leave", object: "the studio"},
			{subject: "He", lemma: "retire"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "robin-vale"}},
	}, {
		name: "play against a rival names a person",
		text: "Robin Vale left the court. The champion played Tom Harker in the final. He won in 2010.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "leave", object: "the court"},
			{subject: "He", lemma: "win"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "tom-harker"}},
	}, {
		name: "a person portrayed in a film is a person elsewhere",
		text: "Pat Lowe portrayed Tony Harker in a film. Harker praised the film. He retired in 2010.",
		statements: []fixtureStatement{
			{subject: "Pat Lowe", lemma: "portray", object: "Tony Harker"},
			{subject: "Harker", lemma: "praise", object: "the film"},
			{subject: "He", lemma: "retire"},
		},
		arguments: []ArgumentActors{{Subject: "pat-lowe", Object: "tony-harker"}, {Subject: "tony-harker"}, {Subject: "tony-harker"}},
	}, {
		name: "an academy is an organisation",
		text: "Robin Vale studied at Leeds. The course at the Northern Drama Academy lasted a year. He graduated in 2000.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "study"},
			{subject: "He", lemma: "graduate"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "robin-vale"}},
		actors:    []wantActor{{"northern-drama-academy", annals.ActorOrganization, nil}},
	}, {
		name: "a club is an organisation, and its last words are no surname",
		text: "Robin Vale trained at the Eastfield Chess Club. Later the Chess Club hired a coach.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "train"},
			{subject: "the Chess Club", lemma: "hire", object: "a coach"},
		},
		actors: []wantActor{{"eastfield-chess-club", annals.ActorOrganization, nil}},
	}})
}

// TestNamesNotClipped: names whose words the actor stage used to cut off
// (hyphenated given names are in pipeline_test.go: the fixture keeps a
// hyphenated word whole).
func TestNamesNotClipped(t *testing.T) {
	runActorCases(t, []actorCase{{
		name:     "a body named with 'for' and a place",
		text:     "Officials of Transport for Leeds closed the line.",
		mentions: map[string]string{"Transport for Leeds": "transport-for-leeds"},
	}, {
		name:     "a capitalised 'The' inside a sentence belongs to the name",
		text:     "The report by the newspaper The Beacon was read by Anna Hill. Hill agreed.",
		mentions: map[string]string{"The Beacon": "the-beacon", "Hill": "anna-hill"},
		absent:   []string{"beacon"},
	}, {
		name:     "after a comma too",
		text:     "It was covered by Politico, The Beacon and others.",
		mentions: map[string]string{"The Beacon": "the-beacon"},
	}, {
		name:     "'The' opening a sentence stays out of the name",
		text:     "The Beacon reported the fire.",
		mentions: map[string]string{"Beacon": "beacon"},
	}})
}
