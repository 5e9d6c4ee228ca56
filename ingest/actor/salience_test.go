package actor

import (
	"testing"

	"github.com/annals/annals"
)

// TestPronounBackground: a person named only in the background (a phrase
// with no verb before the pronoun, a prepositional phrase, someone else's
// relative) is no "he" or "she" when someone in the foreground fits, and a
// person that is no name, or two names joined, leave the pronoun
// unresolved.
func TestPronounBackground(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "a phrase before the pronoun with no verb of its own",
		text: "Robin Vale knits costumes. Prompted by Pat Lowe's visit, she wore a mask.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "knit", object: "costumes"},
			{subject: "she", lemma: "wear", object: "a mask"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "robin-vale"}},
		tags:      map[string][2]string{"prompted": {"VERB", "VBN"}, "knits": {"VERB", "VBZ"}, "wore": {"VERB", "VBD"}},
	}, {
		name: "a clause before the pronoun may name its person",
		text: "Robin Vale knits costumes. When Pat Lowe arrived, she wore a mask.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "knit", object: "costumes"},
			{subject: "Pat Lowe", lemma: "arrive"},
			{subject: "she", lemma: "wear", object: "a mask"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "pat-lowe"}, {Subject: "pat-lowe"}},
		tags:      map[string][2]string{"when": {"SCONJ", "WRB"}, "knits": {"VERB", "VBZ"}, "wore": {"VERB", "VBD"}},
	}, {
		name:  "the main person over a person named only in a prepositional phrase",
		title: "Singer Robin Vale dies at 97",
		text:  "The singer Robin Vale died on Monday. Vale recorded many albums. The album was produced with Pat Lowe. She toured until 1990.",
		statements: []fixtureStatement{
			{subject: "She", lemma: "tour"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}},
	}, {
		name: "without a main person the one person named stands",
		text: "The singer Robin Vale died on Monday. Vale recorded many albums. The album was produced with Pat Lowe. She toured until 1990.",
		statements: []fixtureStatement{
			{subject: "She", lemma: "tour"},
		},
		arguments: []ArgumentActors{{Subject: "pat-lowe"}},
	}, {
		name: "someone else's relative is not her",
		text: "Robin Vale attended. The prize went to her partner, Pat Lowe. She thanked the jury.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "attend"},
			{subject: "She", lemma: "thank", object: "the jury"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "robin-vale"}},
	}, {
		name: "one of a plural of persons blocks she",
		text: "Prosecutor Robin Vale spoke on Monday. One of the victims decided to speak. She said she was relieved.",
		statements: []fixtureStatement{
			{subject: "One of the victims", lemma: "decide"},
			{subject: "She", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: ""}, {Subject: ""}},
	}, {
		name: "a relative that is no name blocks a pronoun of its gender",
		text: "Robin Vale lost her job. My husband started drinking. He hit me.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "lose", object: "her job"},
			{subject: "My husband", lemma: "start"},
			{subject: "He", lemma: "hit", object: "me"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {}, {}},
	}, {
		name: "but not one of the other gender",
		text: "Robin Vale lost the case. A man was arrested. She appealed.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "lose", object: "the case"},
			{subject: "A man", lemma: "arrest"},
			{subject: "She", lemma: "appeal"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {}, {Subject: "robin-vale"}},
	}, {
		name: "a relative's noun before a name is no person without a name",
		text: "Robin Vale died. The death was announced by his son Pat Vale. He was 84.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "die"},
			{subject: "his son Pat Vale", lemma: "announce"},
			{subject: "He", lemma: "be", object: "84"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {}, {Subject: "robin-vale"}},
		tags:      map[string][2]string{"his": {"PRON", "PRP$"}},
	}, {
		name: "names joined by and",
		text: "Robin Vale and Pat Lowe arranged a room. He was kind.",
		statements: []fixtureStatement{
			{subject: "Robin Vale", lemma: "arrange", object: "a room"},
			{subject: "Pat Lowe", lemma: "arrange", object: "a room"},
			{subject: "He", lemma: "be", object: "kind"},
		},
		arguments: []ArgumentActors{{Subject: "robin-vale"}, {Subject: "pat-lowe"}, {}},
	}, {
		name: "a list of names is no apposition",
		text: "Ravi Kant, Vale, a tall man, fought Lowe. He won twice.",
		statements: []fixtureStatement{
			{subject: "Ravi Kant", lemma: "fight", object: "Lowe"},
			{subject: "He", lemma: "win"},
		},
		arguments: []ArgumentActors{{Subject: "ravi-kant", Object: "lowe"}, {Subject: "ravi-kant"}},
	}, {
		name: "a possessive a verb took for its object stands for no one",
		text: "Robin Vale met Pat Lowe. Lowe made her last film in 1968.",
		statements: []fixtureStatement{
			{subject: "Lowe", nth: 2, lemma: "make", object: "her", verb: "made"},
		},
		arguments: []ArgumentActors{{Subject: "pat-lowe"}},
		tags:      map[string][2]string{"her": {"PRON", "PRP$"}, "last": {"ADJ", "JJ"}, "made": {"VERB", "VBD"}},
	}, {
		name: "her majesty is a title",
		text: "Robin Vale met Pat Lowe. Lowe advised Her Majesty.",
		statements: []fixtureStatement{
			{subject: "Lowe", nth: 2, lemma: "advise", object: "Her"},
		},
		arguments: []ArgumentActors{{Subject: "pat-lowe"}},
	}})
}

// TestSurnamesAndTitles: names a capital alone does not make.
func TestSurnamesAndTitles(t *testing.T) {
	runActorCases(t, []actorCase{{
		name:     "a surname at the start of a sentence that is also a word",
		text:     "The singer Doris Day died. Day had one child. The next day was quiet.",
		mentions: map[string]string{"Day": "doris-day"},
		tags:     map[string][2]string{"day": {"NOUN", "NN"}, "had": {"VERB", "VBD"}},
	}, {
		name:       "only when one full name ends with it",
		text:       "Doris Day met Ellen Day. Day had one child. The next day was quiet.",
		notMention: []string{"Day"},
		tags:       map[string][2]string{"day": {"NOUN", "NN"}, "had": {"VERB", "VBD"}},
	}, {
		name:   "a month after a first name is a surname",
		text:   "Theresa May resigned on Friday. Talks resume in May.",
		actors: []wantActor{{"theresa-may", annals.ActorPerson, nil}},
		absent: []string{"theresa"},
	}, {
		name:       "a kind of person after an article is no name",
		text:       "Governor Tom Reyes, a Democrat, spoke. A Republican, Ann Kolb, replied.",
		notMention: []string{"Democrat", "Republican"},
		absent:     []string{"democrat", "republican"},
	}, {
		name:   "Saint opens a place's name, not a person's",
		text:   "Robin Vale moved to Saint Louis in 2016.",
		actors: []wantActor{{"robin-vale", annals.ActorPerson, nil}, {"saint-louis", annals.ActorUnknown, nil}},
	}, {
		name:   "a body before a title and a name",
		text:   "House Speaker Nancy Pelosi met reporters.",
		actors: []wantActor{{"nancy-pelosi", annals.ActorPerson, []string{"Speaker Nancy Pelosi"}}, {"house", annals.ActorOrganization, nil}},
		absent: []string{"house-speaker-nancy-pelosi"},
	}})
}

// TestQuotationAfterColon: a quotation that a colon opens right after a
// statement is its subject's, so its "he" is someone else.
func TestQuotationAfterColon(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "the speaker of a quotation a colon opens",
		text: "Ayatollah Ravi Kant mourned Pat Lowe. In his message, Kant praised Lowe's life: \"He was a hero.\"",
		statements: []fixtureStatement{
			{subject: "Kant", nth: 2, lemma: "praise", object: "Lowe's life", verb: "praised"},
			{subject: "He", lemma: "be", object: "a hero"},
		},
		arguments: []ArgumentActors{{Subject: "ravi-kant"}, {Subject: "pat-lowe"}},
	}})
}

// TestFrontedPhraseInSubject: an adverbial phrase the parse took into a
// subject ("In 1995, Hale") leaves the name after it the subject, for the
// statement and for a "he" in the next sentence.
func TestFrontedPhraseInSubject(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "a year before the name",
		text: "Tom Hale was born in Dayton. In 1995, Hale joined the race. He served for twenty years.",
		statements: []fixtureStatement{
			{subject: "Tom Hale", lemma: "be born"},
			{subject: "In 1995, Hale", lemma: "join", object: "the race"},
			{subject: "He", lemma: "serve"},
		},
		arguments: []ArgumentActors{{Subject: "tom-hale"}, {Subject: "tom-hale"}, {Subject: "tom-hale"}},
		tags:      map[string][2]string{"in": {"ADP", "IN"}},
	}, {
		name: "an adverb before the name",
		text: "Tom Hale was born in Dayton. Subsequently, Hale joined the race.",
		statements: []fixtureStatement{
			{subject: "Tom Hale", lemma: "be born"},
			{subject: "Subsequently, Hale", lemma: "join", object: "the race"},
		},
		arguments: []ArgumentActors{{Subject: "tom-hale"}, {Subject: "tom-hale"}},
		tags:      map[string][2]string{"subsequently": {"ADV", "RB"}},
	}, {
		name: "a place's state after a comma is no fronted phrase",
		text: "The mayor of Dayton, Ohio joined the race.",
		statements: []fixtureStatement{
			{subject: "The mayor of Dayton, Ohio", lemma: "join", object: "the race"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
	}, {
		name: "a country after a place is no fronted phrase's subject",
		text: "Previously the mayor of Dayton, United States, Tom Hale died.",
		statements: []fixtureStatement{
			{subject: "Previously the mayor of Dayton, United States", lemma: "die"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
		tags:      map[string][2]string{"previously": {"ADV", "RB"}},
	}, {
		name: "names joined by and are no one of them",
		text: "In 1995, Tom Hale and Carl Brook joined the race.",
		statements: []fixtureStatement{
			{subject: "In 1995, Tom Hale and Carl Brook", lemma: "join", object: "the race"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
		tags:      map[string][2]string{"in": {"ADP", "IN"}},
	}})
}
