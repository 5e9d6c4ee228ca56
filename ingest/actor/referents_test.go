package actor

import (
	"testing"

	"github.com/annals/annals"
)

// TestPronounSkipsQuotedWords checks that a "he" or "she" outside quotation
// marks takes up the narrative, not the names inside a quotation: the
// speaker is rarely among their own words.
func TestPronounSkipsQuotedWords(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "a quoted subject before the speaker's pronoun",
		text: `Mayor Alan Brooks visited a site. "Ortega is wrong about a bridge," he said.`,
		statements: []fixtureStatement{
			{subject: "Mayor Alan Brooks", lemma: "visit", object: "a site"},
			{subject: "Ortega", lemma: "be"},
			{subject: "he", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: "alan-brooks"}, {Subject: "ortega"}, {Subject: "alan-brooks"}},
	}, {
		name: "the narrative's subject of the sentence before comes before its quotation's",
		text: `"Ortega is wrong," Brooks said on Monday. He added that a bridge would open.`,
		statements: []fixtureStatement{
			{subject: "Ortega", lemma: "be"},
			{subject: "Brooks", lemma: "say"},
			{subject: "He", lemma: "add"},
		},
		arguments: []ArgumentActors{{Subject: "ortega"}, {Subject: "brooks"}, {Subject: "brooks"}},
	}, {
		name: "a sentence wholly quoted still names whom the pronoun means",
		text: `Governor Lena Marsh wrote: "We mourn Pablo Ruiz. He served us well." He died on Sunday.`,
		statements: []fixtureStatement{
			{subject: "He", lemma: "serve"},
			{subject: "He", nth: 2, lemma: "die"},
		},
		arguments: []ArgumentActors{{Subject: "pablo-ruiz"}, {Subject: "pablo-ruiz"}},
	}, {
		name: "an island named in the quotation is no speaker",
		text: `Premier Nikos Varda spoke on Monday. "Our deal assumes that our biggest island Corvana has no zone," he added. He also noted that talks had failed.`,
		statements: []fixtureStatement{
			{subject: "Premier Nikos Varda", lemma: "speak"},
			{subject: "Corvana", lemma: "have", object: "no zone"},
			{subject: "he", lemma: "add"},
			{subject: "He", lemma: "note"},
		},
		actors:    []wantActor{{"corvana", annals.ActorPlace, nil}},
		arguments: []ArgumentActors{{Subject: "nikos-varda"}, {Subject: "corvana"}, {Subject: "nikos-varda"}, {Subject: "nikos-varda"}},
	}, {
		name: "a brand written in camel case is no surname",
		text: "Governor Tom Reyes joined a race in May. Polling averages measured by VoteTallyHub showed little support. He did not qualify for the debates.",
		statements: []fixtureStatement{
			{subject: "Governor Tom Reyes", lemma: "join", object: "a race"},
			{subject: "VoteTallyHub", lemma: "measure"},
			{subject: "He", lemma: "qualify"},
		},
		arguments: []ArgumentActors{{Subject: "tom-reyes"}, {Subject: "votetallyhub"}, {Subject: "tom-reyes"}},
	}})
}

// TestPlaceNounBeforeName checks that a kind of place in lower case just
// before a name makes it a place, and that the words that also qualify
// bodies or groups do not.
func TestPlaceNounBeforeName(t *testing.T) {
	runActorCases(t, []actorCase{{
		name:   "island and port city",
		text:   "Ferries left the island Corvana for the port city Belmora.",
		actors: []wantActor{{"corvana", annals.ActorPlace, nil}, {"belmora", annals.ActorPlace, nil}},
	}, {
		name:   "area is no place cue",
		text:   "Ferries carried area Velmarists to the coast.",
		actors: []wantActor{{"velmarists", annals.ActorUnknown, nil}},
	}})
}

// TestInnerCapital checks which one-word names read as brands rather than
// surnames.
func TestInnerCapital(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Ortega", false},
		{"McAllister", false},
		{"MacArthur", false},
		{"DeSantis", false},
		{"O'Brien", false},
		{"VoteTallyHub", true},
		{"YouTube", true},
		{"PayPal", true},
	} {
		if got := innerCapital(tc.word); got != tc.want {
			t.Errorf("innerCapital(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestNameStopsAtWideGap checks that a name never runs over two spaces or
// more, where an editor dropped a full stop.
func TestNameStopsAtWideGap(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "two spaces between two names",
		text: "Unlike the Northern Farmers Assembly  Republicans opted to meet in person.",
		statements: []fixtureStatement{
			{subject: "Republicans", lemma: "opt"},
		},
		arguments:  []ArgumentActors{{Subject: "republicans"}},
		mentions:   map[string]string{"Republicans": "republicans", "Northern Farmers Assembly": "northern-farmers-assembly"},
		notMention: []string{"Northern Farmers Assembly  Republicans"},
	}, {
		name:     "one space keeps the name whole",
		text:     "Unlike the Northern Farmers Assembly members opted to meet in person.",
		mentions: map[string]string{"Northern Farmers Assembly": "northern-farmers-assembly"},
	}})
}

// TestPlaceBeforeTitledName checks that the place after a title and
// "from" is no part of the person's name.
func TestPlaceBeforeTitledName(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "a place of one word before a name",
		text: "Former Senator from Oregon Walter Pennick won the vote. Pennick thanked voters.",
		statements: []fixtureStatement{
			{subject: "Former Senator from Oregon Walter Pennick", lemma: "win", object: "the vote"},
			{subject: "Pennick", nth: 2, lemma: "thank", object: "voters"},
		},
		actors:    []wantActor{{"walter-pennick", annals.ActorPerson, []string{"Pennick"}}, {"oregon", annals.ActorPlace, nil}},
		absent:    []string{"oregon-walter-pennick"},
		arguments: []ArgumentActors{{Subject: "walter-pennick"}, {Subject: "walter-pennick"}},
	}, {
		name:   "a place of two words before a known given name",
		text:   "Representative from New Mexico Linda Orwell spoke.",
		actors: []wantActor{{"linda-orwell", annals.ActorPerson, nil}},
		absent: []string{"new-mexico-linda-orwell"},
	}, {
		name:     "no title before from: the run stays whole",
		text:     "Visitors from Oregon Coast Trust arrived.",
		mentions: map[string]string{"Oregon Coast Trust": "oregon-coast-trust"},
	}})
}

// TestClippedNames checks arguments whose span cuts a name short or adds
// an aside in brackets, and names that hold a common plural's possessive.
func TestClippedNames(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "an acronym in brackets after the name",
		text: "Harbour Transit Authority (HTA) closed the line.",
		statements: []fixtureStatement{
			{subject: "Harbour Transit Authority (HTA", lemma: "close", object: "the line"},
		},
		arguments: []ArgumentActors{{Subject: "harbour-transit-authority"}},
	}, {
		name: "a parse that cut the surname off",
		text: "Former premier Alan Kesterly criticised the plan.",
		statements: []fixtureStatement{
			{subject: "Former premier Alan", lemma: "criticise", object: "the plan"},
		},
		arguments: []ArgumentActors{{Subject: "alan-kesterly"}},
	}, {
		name: "a common plural's possessive inside a name",
		text: "Police arrested members of the Coastal Women's Fishing Union on Monday.",
		statements: []fixtureStatement{
			{subject: "Police", lemma: "arrest", object: "members of the Coastal Women's Fishing Union"},
		},
		tags:     map[string][2]string{"women": {"NOUN", "NNS"}},
		mentions: map[string]string{"Coastal Women's Fishing Union": "coastal-women-s-fishing-union"},
		absent:   []string{"fishing-union"},
	}, {
		name:     "a country's possessive stays apart",
		text:     "Russia's Vladimir Putin spoke.",
		mentions: map[string]string{"Vladimir Putin": "vladimir-putin", "Russia": "russia"},
	}})
}

// TestWordsBeforeTitle checks titled names with a place, a body or a
// portfolio before the title: the person's name is what follows the
// title, and an argument the parse cut before the title still names them.
func TestWordsBeforeTitle(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "a place before the title",
		text: "Delmont Governor Karen Hale deployed the guard.",
		statements: []fixtureStatement{
			{subject: "Delmont Governor Karen Hale", lemma: "deploy", object: "the guard"},
			{subject: "Delmont", lemma: "deploy", object: "the guard"},
		},
		actors:    []wantActor{{"karen-hale", annals.ActorPerson, []string{"Delmont Governor Karen Hale"}}},
		absent:    []string{"delmont-governor-karen-hale"},
		arguments: []ArgumentActors{{Subject: "karen-hale"}, {Subject: "karen-hale"}},
	}, {
		name: "a portfolio joined by and",
		text: "Road Transport and Bridges Minister Tomas Ekwueme said roads would close.",
		statements: []fixtureStatement{
			{subject: "Road Transport", lemma: "say", object: "roads would close"},
			{subject: "Bridges Minister Tomas Ekwueme", lemma: "say", object: "roads would close"},
		},
		actors:    []wantActor{{"tomas-ekwueme", annals.ActorPerson, []string{"Road Transport and Bridges Minister Tomas Ekwueme"}}},
		absent:    []string{"road-transport"},
		arguments: []ArgumentActors{{Subject: "tomas-ekwueme"}, {Subject: "tomas-ekwueme"}},
	}, {
		name:     "two names joined by and stay two",
		text:     "Ruiz and Defence Minister Ben Cole met on Monday.",
		mentions: map[string]string{"Ruiz": "ruiz", "Defence Minister Ben Cole": "ben-cole"},
	}, {
		name:     "an occupation before a name is no part of it",
		text:     "Businessman Tomas Ekwueme, labor activist Karen Hale and National Security Adviser Ben Cole spoke on Monday.",
		mentions: map[string]string{"Businessman Tomas Ekwueme": "tomas-ekwueme", "Karen Hale": "karen-hale", "National Security Adviser Ben Cole": "ben-cole"},
	}, {
		name:   "an office of a body, with no name after it",
		text:   "Ana Ruiz, the Chief Technological Officer of Kestrel Hat, spoke.",
		absent: []string{"hat"},
	}})
}
