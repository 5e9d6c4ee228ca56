package actor

import (
	"testing"

	"github.com/annals/annals"
)

// TestDefiniteDescriptions: "the firm", "the company", "the president"
// take up the last actor the text gave that kind, and only when one does.
func TestDefiniteDescriptions(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "the firm is the organisation an apposition called a firm",
		text: "Sales rose, according to Corvant Group, a consulting firm. The firm said prices fell.",
		statements: []fixtureStatement{
			{subject: "Corvant Group, a consulting firm", lemma: "say"},
			{subject: "The firm", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: "corvant-group"}, {Subject: "corvant-group"}},
	}, {
		name: "the company is the company of the sentence before",
		text: "Analysts praised Boeing on Monday. The company said orders rose.",
		statements: []fixtureStatement{
			{subject: "The company", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: "boeing"}},
	}, {
		name: "two companies in that sentence leave the company unresolved",
		text: "Boeing sued Airbus on Monday. The company said orders rose.",
		statements: []fixtureStatement{
			{subject: "The company", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
	}, {
		name: "a name nothing calls a company is no company",
		text: "Officials met Zorvane in Kyiv. The company said orders rose.",
		statements: []fixtureStatement{
			{subject: "The company", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
	}, {
		name: "a name of no type that acts may be the company meant",
		text: "Zorvane announced the outage via Twitter. The company apologized.",
		statements: []fixtureStatement{
			{subject: "Zorvane", lemma: "announce", object: "the outage"},
			{subject: "The company", lemma: "apologize"},
		},
		arguments: []ArgumentActors{{Subject: "zorvane"}, {Subject: ""}},
	}, {
		name: "a city council is no city",
		text: "Lakeport City Council met on Monday. The city has no budget.",
		statements: []fixtureStatement{
			{subject: "The city", lemma: "have"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
	}, {
		name: "the company is not the other argument of its statement",
		text: "Boeing praised the company on Monday.",
		statements: []fixtureStatement{
			{subject: "Boeing", lemma: "praise", object: "the company"},
		},
		arguments: []ArgumentActors{{Subject: "boeing", Object: ""}},
	}, {
		name: "the president is the person the text titled president",
		text: "President Lena Ortiz opened the bridge. The president said traffic would ease.",
		statements: []fixtureStatement{
			{subject: "President Lena Ortiz", lemma: "open", object: "the bridge"},
			{subject: "The president", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: "lena-ortiz"}, {Subject: "lena-ortiz"}},
	}, {
		name: "a vice president is not the president",
		text: "Vice President Tom Reyes opened the bridge. The president said traffic would ease.",
		statements: []fixtureStatement{
			{subject: "The president", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
	}, {
		name: "the chief executive is the one called CEO",
		text: "Boeing CEO Dana Whitfield spoke on Monday. The chief executive said orders rose.",
		statements: []fixtureStatement{
			{subject: "The chief executive", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: "dana-whitfield"}},
	}, {
		name: "the president of another country is another president",
		text: "President Lena Ortiz spoke. The president of Peru said traffic would ease.",
		statements: []fixtureStatement{
			{subject: "The president of Peru", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
	}, {
		name: "the country is no country named as a modifier",
		text: "Anne Sacoolas worked with US officials in London. She left the country.",
		statements: []fixtureStatement{
			{subject: "She", lemma: "leave", object: "the country"},
		},
		arguments: []ArgumentActors{{Subject: "anne-sacoolas", Object: ""}},
	}, {
		name: "the city is a city, not a county",
		text: "Rachel lies in Lincoln County. The city has no gas station.",
		statements: []fixtureStatement{
			{subject: "The city", lemma: "have"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
	}, {
		name: "the city takes up a city of the gazetteer",
		text: "Fans filled Melbourne on Sunday. The city has never been busier.",
		statements: []fixtureStatement{
			{subject: "The city", lemma: "have"},
		},
		arguments: []ArgumentActors{{Subject: "melbourne"}},
	}})
}

// TestDescribedNames: a description before a name or in an apposition
// types the name and gives the argument the name's actor.
func TestDescribedNames(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "a kind noun before a name: the argument is the name",
		text: "The app passed U.S. furniture retailer Kestrelmart for the top spot.",
		statements: []fixtureStatement{
			{subject: "The app", lemma: "pass", object: "U.S. furniture retailer Kestrelmart for the top spot"},
		},
		actors:    []wantActor{{"kestrelmart", annals.ActorOrganization, nil}},
		arguments: []ArgumentActors{{Object: "kestrelmart"}},
	}, {
		name: "a kind noun makes an untyped name an organisation",
		text: "The gardening blog Leafwire obtained a draft.",
		statements: []fixtureStatement{
			{subject: "The gardening blog Leafwire", lemma: "obtain", object: "a draft"},
		},
		actors:    []wantActor{{"leafwire", annals.ActorOrganization, nil}},
		arguments: []ArgumentActors{{Subject: "leafwire"}},
	}, {
		name: "a role after a company name: the argument is the person",
		text: "Boeing co-founder Tom Reyes died on Monday.",
		statements: []fixtureStatement{
			{subject: "Boeing co-founder Tom Reyes", lemma: "die"},
		},
		actors:    []wantActor{{"tom-reyes", annals.ActorPerson, nil}},
		arguments: []ArgumentActors{{Subject: "tom-reyes"}},
	}, {
		name: "a company's short name is its full name",
		text: "Corvant Group released figures. Corvant said sales rose.",
		statements: []fixtureStatement{
			{subject: "Corvant", nth: 2, lemma: "say"},
		},
		absent:    []string{"corvant"},
		arguments: []ArgumentActors{{Subject: "corvant-group"}},
	}, {
		name: "a single word opening one company's name is that company",
		text: "Velmar Motor Company recalled its cars. Velmar said sales fell.",
		statements: []fixtureStatement{
			{subject: "Velmar", nth: 2, lemma: "say"},
		},
		absent:    []string{"velmar"},
		arguments: []ArgumentActors{{Subject: "velmar-motor-company"}},
	}, {
		name: "a person holding the word keeps it",
		text: "Velmar Motor Company hired Mira Velmar. Velmar said sales fell.",
		statements: []fixtureStatement{
			{subject: "Velmar", nth: 3, lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: "mira-velmar"}},
	}, {
		name:   "a company known to the gazetteer",
		text:   "Analysts praised Apple Inc. on Monday.",
		actors: []wantActor{{"apple", annals.ActorOrganization, []string{"Apple Inc."}}},
	}})
}

// TestPronounSalience: "he" and "she" take up the subject before them,
// agree in gender where a title tells it, never take up an event's name,
// and stay unresolved rather than guess.
func TestPronounSalience(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "the subject of the sentence before, not the last name in it",
		text: "Joe Biden called Donald Trump's action a betrayal. He described it as criminal.",
		statements: []fixtureStatement{
			{subject: "Joe Biden", lemma: "call", object: "Donald Trump's action"},
			{subject: "He", lemma: "describe"},
		},
		arguments: []ArgumentActors{{Subject: "joe-biden"}, {Subject: "joe-biden"}},
	}, {
		name: "two persons and no subject leave he unresolved",
		text: "While in Michigan, Joe Biden, Donald Trump's rival, campaigned hard. He described it as criminal.",
		statements: []fixtureStatement{
			{subject: "He", lemma: "describe"},
		},
		arguments: []ArgumentActors{{Subject: ""}},
	}, {
		name: "no event's name",
		text: "The Korean War ended in 1953. He studied law.",
		statements: []fixtureStatement{
			{subject: "The Korean War", lemma: "end"},
			{subject: "He", lemma: "study", object: "law"},
		},
		arguments: []ArgumentActors{{Subject: "korean-war"}, {Subject: ""}},
	}, {
		name: "a subject that is a person but no name blocks a guess",
		text: "Tom Ruiz was charged on Monday. The victim said he was sorry.",
		statements: []fixtureStatement{
			{subject: "Tom Ruiz", lemma: "charge"},
			{subject: "The victim", lemma: "say"},
			{subject: "he", lemma: "be", object: "sorry"},
		},
		arguments: []ArgumentActors{{Subject: "tom-ruiz"}, {Subject: ""}, {Subject: ""}},
	}, {
		name: "she does not take up a man",
		text: "Mr. Tom Baker met Lena Ortiz. She said talks went well.",
		statements: []fixtureStatement{
			{subject: "Mr. Tom Baker", lemma: "meet", object: "Lena Ortiz"},
			{subject: "She", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: "tom-baker", Object: "lena-ortiz"}, {Subject: "lena-ortiz"}},
	}, {
		name: "him is not the subject of its own statement",
		text: "Tom Baker met Lena Ortiz. Ortiz praised him.",
		statements: []fixtureStatement{
			{subject: "Ortiz", nth: 2, lemma: "praise", object: "him"},
		},
		arguments: []ArgumentActors{{Subject: "lena-ortiz", Object: "tom-baker"}},
	}, {
		name: "a quotation's I is a subject the next he takes up",
		text: "\"I have no regrets about Lena Ortiz,\" said Tom Baker. He left at noon.",
		statements: []fixtureStatement{
			{subject: "I", lemma: "have", verb: "have", object: "no regrets", attribution: "Tom Baker"},
			{subject: "He", lemma: "leave"},
		},
		arguments: []ArgumentActors{{Subject: "tom-baker", Attribution: "tom-baker"}, {Subject: "tom-baker"}},
	}})
}
