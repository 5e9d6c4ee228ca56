package actor

import (
	"testing"

	"github.com/annals/annals"
)

// TestThings: a name the text shows to be software, a game, a disease or
// a species is no actor; a person, a body or a website stays one.
func TestThings(t *testing.T) {
	runActorCases(t, []actorCase{{
		name:   "a copula calls a name a game",
		text:   "Zentrix is an open-source game. Zentrix attracted players. Ana Ruiz said so.",
		absent: []string{"zentrix"},
		actors: []wantActor{{id: "ana-ruiz", typ: annals.ActorPerson}},
	}, {
		name:   "a perfect copula calls a name software",
		text:   "Started in 2004, Quorvo has been a free software which many used.",
		absent: []string{"quorvo"},
	}, {
		name:   "an apposition calls a name a distribution",
		text:   "Officials praised Quorvo, a stable distribution, on Monday.",
		absent: []string{"quorvo"},
	}, {
		name:   "what one downloads is software",
		text:   "Players can download Zentrix at no cost. Zentrix grew.",
		absent: []string{"zentrix"},
	}, {
		name:   "what a program runs on is a platform",
		text:   "The game runs on Quorvo. Quorvo grew.",
		absent: []string{"quorvo"},
	}, {
		name:   "a name that downloads qualify is no thing",
		text:   "Fans download Zentrix licensed videos. Zentrix said nothing.",
		tags:   map[string][2]string{"licensed": {"VERB", "VBN"}},
		actors: []wantActor{{id: "zentrix", typ: annals.ActorPerson}},
	}, {
		name:   "a virus WordNet names",
		text:   "Doctors said HIV spreads. HIV infects cells.",
		absent: []string{"hiv"},
	}, {
		name:   "a species WordNet names, in the plural",
		text:   "Scientists said Neandertals made tools.",
		tags:   map[string][2]string{"neandertals": {"PROPN", "NNPS"}},
		absent: []string{"neandertals"},
	}, {
		name:   "a name that ends with software's name",
		text:   "Engineers moved to Quorvo Linux last year.",
		absent: []string{"quorvo-linux"},
	}, {
		name:   "an acronym in parentheses after software's name",
		text:   "Engineers moved to Quorvo Linux (QL) last year. QL grew.",
		absent: []string{"quorvo-linux", "ql"},
	}, {
		name:   "an acronym of a title is no one's name",
		text:   "Ana Ruiz became the Divisional Railway Manager (DRM) in 2019. The DRM said trains ran.",
		absent: []string{"drm"},
		actors: []wantActor{{id: "ana-ruiz", typ: annals.ActorPerson}},
	}, {
		name:   "an acronym of lower-case words is a common noun",
		text:   "Activists criticised DRM (digital rights management) for years. DRM spread.",
		absent: []string{"drm"},
	}, {
		name:   "an acronym of a body's name stays the body",
		text:   "The Quorvo Trade Union (QTU) said it would strike. QTU leaders met.",
		actors: []wantActor{{id: "qtu", typ: annals.ActorUnknown}},
	}, {
		name:   "a person's full name outweighs a metaphor",
		text:   "Ana Ruiz was an icon of liberation. Ruiz said so.",
		actors: []wantActor{{id: "ana-ruiz", typ: annals.ActorPerson, aliases: []string{"Ruiz"}}},
	}, {
		name:   "a website is a body, not a thing",
		text:   "Readers praised Zorbly, a news website, on Monday. Zorbly said readers grew.",
		actors: []wantActor{{id: "zorbly", typ: annals.ActorOrganization}},
	}, {
		name:   "a copula after a preposition describes the clause",
		text:   "Leaving Zorbly is a mistake, Zorbly said.",
		tags:   map[string][2]string{"leaving": {"VERB", "VBG"}},
		actors: []wantActor{{id: "zorbly", typ: annals.ActorPerson}},
	}, {
		name:   "one word made with news is a news outlet",
		text:   "Zetanews contacted the police. Ana Ruiz told Zetanews she was safe.",
		actors: []wantActor{{id: "zetanews", typ: annals.ActorOrganization}},
	}})
}

// TestAwardTitles: an award the text says someone received is a title
// before a name, not part of it, and no actor on its own.
func TestAwardTitles(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "an award before a name",
		text: "Officials mourned Zentra Ratna Ana Ruiz on Monday. Ana Ruiz received Zentra Ratna in 2019.",
		actors: []wantActor{{id: "ana-ruiz", typ: annals.ActorPerson,
			aliases: []string{"Zentra Ratna Ana Ruiz"}}},
		absent: []string{"zentra-ratna", "zentra-ratna-ana-ruiz"},
	}, {
		name:   "a name someone received that opens no name stays as it was",
		text:   "The minister received Tom Hale on Monday. Tom Hale said talks went well.",
		actors: []wantActor{{id: "tom-hale", typ: annals.ActorPerson}},
	}})
}

// TestShortNames: a common word that ends a name is no surname of it; a
// surname joins the one name the text gave before it, or the middle of
// a name of three words.
func TestShortNames(t *testing.T) {
	runActorCases(t, []actorCase{{
		name:   "a common word of a name is no alias",
		text:   "Blue Kettle, a software company, sold its shares. The kettle boiled. Workers at Kettle were angry.",
		actors: []wantActor{{id: "blue-kettle", typ: annals.ActorOrganization}},
	}, {
		name:   "a surname that is a common word, after a given name",
		text:   "Doris Day died. The day was cold. Day had one child.",
		tags:   map[string][2]string{"had": {"VERB", "VBD"}},
		actors: []wantActor{{id: "doris-day", typ: annals.ActorPerson, aliases: []string{"Day"}}},
	}, {
		name: "a surname joins the one name before it",
		text: "Tariq Khan attacked people. A man sprayed Khan with water. Mayor Sana Khan said the city mourned.",
		actors: []wantActor{
			{id: "tariq-khan", typ: annals.ActorPerson, aliases: []string{"Khan"}},
			{id: "sana-khan", typ: annals.ActorPerson, aliases: []string{"Mayor Sana Khan"}},
		},
		absent: []string{"khan"},
	}, {
		name:     "a surname after the is the family",
		text:     "Judges sentenced Tom and Lia Vance. Neighbours saw the Vance children. Tom Vance wept.",
		actors:   []wantActor{{id: "lia-vance", typ: annals.ActorPerson}},
		mentions: map[string]string{"Vance": "vance"},
	}, {
		name: "a given name joins the one full name before it",
		text: "Steve Ward founded the firm. Steve said it grew. Steve Lund joined later.",
		actors: []wantActor{
			{id: "steve-ward", typ: annals.ActorPerson, aliases: []string{"Steve"}},
			{id: "steve-lund", typ: annals.ActorPerson},
		},
	}, {
		name: "two names before a surname leave it apart",
		text: "Tariq Khan met Sana Khan. Khan said talks went well.",
		actors: []wantActor{
			{id: "tariq-khan", typ: annals.ActorPerson},
			{id: "sana-khan", typ: annals.ActorPerson},
		},
	}, {
		name:   "the first of two surnames",
		text:   "Governor Ricardo Zelaya Montoya resigned. Zelaya said he would leave.",
		actors: []wantActor{{id: "ricardo-zelaya-montoya", typ: annals.ActorPerson, aliases: []string{"Governor Ricardo Zelaya Montoya", "Zelaya"}}},
		absent: []string{"zelaya"},
	}})
}
