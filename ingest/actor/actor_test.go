package actor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/event"
)

// wantActor is an actor a test expects. Aliases nil means "none".
type wantActor struct {
	id      string
	typ     annals.ActorType
	aliases []string
}

// actorCase is one rule of the actor stage at work on a short text.
type actorCase struct {
	name       string
	text       string
	statements []fixtureStatement
	actors     []wantActor       // must be present, exactly so
	absent     []string          // actor ids that must not be present
	arguments  []ArgumentActors  // per statement, when given
	affiliated map[string]string // must be among the affiliations
	mentions   map[string]string // mention text → actor id, must be present
	notMention []string          // texts that must not be mentions
	title      string            // the document's title
	// tags retags the words of the text (in lower case) that the fixture
	// tagger would tag otherwise: UPOS, XPOS.
	tags map[string][2]string
}

func runActorCases(t *testing.T, cases []actorCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := fixtureAnalysis(tc.text)
			a.Document.Title = tc.title
			for si := range a.Sentences {
				for ti := range a.Sentences[si].Tokens {
					tok := &a.Sentences[si].Tokens[ti]
					if tags, ok := tc.tags[strings.ToLower(tok.Form)]; ok {
						tok.UPOS, tok.XPOS = tags[0], tags[1]
					}
				}
			}
			addStatements(t, a, tc.statements...)
			r := Resolve(a, fixtureTables)
			checkActors(t, r, tc)
		})
	}
}

func checkActors(t *testing.T, r *Resolution, tc actorCase) {
	t.Helper()
	byID := map[string]annals.Actor{}
	for _, act := range r.Actors {
		if _, dup := byID[act.ID]; dup {
			t.Errorf("actor %s appears twice", act.ID)
		}
		if act.ID != annals.Slug(act.Name) {
			t.Errorf("actor %s: id is not the slug of its name %q", act.ID, act.Name)
		}
		if !slices.IsSorted(act.Aliases) || slices.Contains(act.Aliases, act.Name) {
			t.Errorf("actor %s: aliases %q should be sorted and leave out the name", act.ID, act.Aliases)
		}
		byID[act.ID] = act
	}
	for _, want := range tc.actors {
		got, ok := byID[want.id]
		switch {
		case !ok:
			t.Errorf("no actor %s; got %s", want.id, describeActors(r.Actors))
		case got.Type != want.typ:
			t.Errorf("actor %s is %s, want %s", want.id, got.Type, want.typ)
		case !slices.Equal(got.Aliases, want.aliases):
			t.Errorf("actor %s has aliases %q, want %q", want.id, got.Aliases, want.aliases)
		}
	}
	for _, id := range tc.absent {
		if _, ok := byID[id]; ok {
			t.Errorf("unexpected actor %s; got %s", id, describeActors(r.Actors))
		}
	}
	if tc.arguments != nil && !slices.Equal(r.Arguments, tc.arguments) {
		t.Errorf("arguments:\n got %+v\nwant %+v", r.Arguments, tc.arguments)
	}
	for id, country := range tc.affiliated {
		if got := r.Affiliations[id]; got != country {
			t.Errorf("affiliation of %s is %q, want %q", id, got, country)
		}
	}
	mentioned := map[string]string{}
	for k, m := range r.Mentions {
		mentioned[m.Text] = m.Actor
		if k > 0 && r.Mentions[k-1].Start > m.Start {
			t.Errorf("mentions out of text order at %q", m.Text)
		}
		if _, ok := byID[m.Actor]; !ok {
			t.Errorf("mention %q names unknown actor %q", m.Text, m.Actor)
		}
	}
	for text, id := range tc.mentions {
		if got, ok := mentioned[text]; !ok || got != id {
			t.Errorf("mention %q → %q, want %q", text, got, id)
		}
	}
	for _, text := range tc.notMention {
		if id, ok := mentioned[text]; ok {
			t.Errorf("%q should be no mention, is one of %s", text, id)
		}
	}
}

func describeActors(actors []annals.Actor) string {
	parts := make([]string, len(actors))
	for i, a := range actors {
		parts[i] = fmt.Sprintf("%s(%s)%q", a.ID, a.Type, a.Aliases)
	}
	return strings.Join(parts, " ")
}

func TestActorMentions(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "organisation patterns hold of and the",
		text: "The Ministry of Defence said on Monday that the Department of State and the Ministry of the Interior agreed.",
		actors: []wantActor{
			{"ministry-of-defence", annals.ActorOrganization, nil},
			{"department-of-state", annals.ActorOrganization, nil},
			{"ministry-of-the-interior", annals.ActorOrganization, nil},
		},
		absent: []string{"monday", "state", "defence"},
	}, {
		name:   "and inside an organisation's topics",
		text:   "The Ministry of Trade and Industry issued new rules.",
		actors: []wantActor{{"ministry-of-trade-and-industry", annals.ActorOrganization, nil}},
	}, {
		name:   "and inside a known country name",
		text:   "Officials in Bosnia and Herzegovina and in Trinidad and Tobago agreed.",
		actors: []wantActor{{"bosnia-and-herzegovina", annals.ActorCountry, nil}, {"trinidad-and-tobago", annals.ActorCountry, nil}},
		absent: []string{"bosnia", "herzegovina"},
	}, {
		name:       "days, months and headlines name no one",
		text:       "Challenges in Negotiations\nTalks resumed in June and again on Wednesday in Geneva.",
		actors:     []wantActor{{"geneva", annals.ActorPlace, nil}},
		absent:     []string{"challenges", "negotiations", "june", "wednesday"},
		notMention: []string{"Challenges", "Negotiations"},
	}, {
		name:     "a headline keeps names the article confirms",
		text:     "Zelensky in Paris\nPresident Volodymyr Zelensky arrived in Paris.",
		actors:   []wantActor{{"volodymyr-zelensky", annals.ActorPerson, []string{"President Volodymyr Zelensky", "Zelensky"}}},
		mentions: map[string]string{"Zelensky": "volodymyr-zelensky"},
	}, {
		name: "a demonym alone as an argument is its country",
		text: "The Russians said the offer stood. A Russian negotiator confirmed it.",
		statements: []fixtureStatement{
			{subject: "The Russians", lemma: "say"},
			{subject: "A Russian negotiator", lemma: "confirm"},
		},
		actors:     []wantActor{{"russia", annals.ActorCountry, []string{"Russians"}}},
		arguments:  []ArgumentActors{{Subject: "russia"}, {}},
		notMention: []string{"Russian", "Russian negotiator"},
	}, {
		name:       "a demonym for a language is no country",
		text:       "He spoke in Russian. The British agreed.",
		actors:     []wantActor{{"united-kingdom", annals.ActorCountry, []string{"British"}}},
		absent:     []string{"russia"},
		notMention: []string{"Russian"},
	}, {
		name:       "a country possessing a body is its affiliation",
		text:       "Ukraine's Defence Ministry and Ukraine's President Volodymyr Zelensky spoke.",
		actors:     []wantActor{{"defence-ministry", annals.ActorOrganization, nil}},
		affiliated: map[string]string{"defence-ministry": "ukraine", "volodymyr-zelensky": "ukraine"},
	}, {
		name: "demonyms build groups",
		text: "The Ukrainian delegation met Turkish officials. Russian forces launched drones, according to the Ukrainian air force. The Russian Defence Ministry denied it.",
		statements: []fixtureStatement{
			{subject: "The Ukrainian delegation", lemma: "meet", object: "Turkish officials"},
			{subject: "Russian forces", lemma: "launch", attribution: "according to the Ukrainian air force"},
			{subject: "The Russian Defence Ministry", lemma: "deny"},
		},
		actors: []wantActor{
			{"ukrainian-delegation", annals.ActorOrganization, nil},
			{"turkish-officials", annals.ActorOrganization, nil},
			{"russian-forces", annals.ActorOrganization, nil},
			{"ukrainian-air-force", annals.ActorOrganization, nil},
			{"russian-defence-ministry", annals.ActorOrganization, nil},
			{"ukraine", annals.ActorCountry, nil},
			{"turkey", annals.ActorCountry, nil},
			{"russia", annals.ActorCountry, nil},
		},
		arguments: []ArgumentActors{
			{Subject: "ukrainian-delegation", Object: "turkish-officials"},
			{Subject: "russian-forces", Attribution: "ukrainian-air-force"},
			{Subject: "russian-defence-ministry"},
		},
		affiliated: map[string]string{
			"ukrainian-delegation": "ukraine", "turkish-officials": "turkey", "russian-forces": "russia",
			"ukrainian-air-force": "ukraine", "russian-defence-ministry": "russia",
		},
	}, {
		name:   "a demonym before a noun that is no group is no mention",
		text:   "Russian military actions continued near the border.",
		absent: []string{"russian-military", "russia"},
	}})
}

func TestActorTitles(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "titles come off the name",
		text: "Ukraine proposed talks between President Volodymyr Zelensky and Russian President Vladimir Putin. Zelensky agreed, but Putin did not.",
		actors: []wantActor{
			{"volodymyr-zelensky", annals.ActorPerson, []string{"President Volodymyr Zelensky", "Zelensky"}},
			{"vladimir-putin", annals.ActorPerson, []string{"Putin", "Russian President Vladimir Putin"}},
		},
		absent:     []string{"president-volodymyr-zelensky", "president"},
		affiliated: map[string]string{"vladimir-putin": "russia"},
	}, {
		name: "abbreviated and multi-word titles",
		text: "Prime Minister Keir Starmer spoke to Mr. Starmer's cabinet. Gen. Valery Gerasimov and Pope Francis also spoke.",
		actors: []wantActor{
			{"keir-starmer", annals.ActorPerson, []string{"Mr. Starmer", "Prime Minister Keir Starmer"}},
			{"valery-gerasimov", annals.ActorPerson, []string{"Gen. Valery Gerasimov"}},
			{"francis", annals.ActorPerson, []string{"Pope Francis"}},
		},
	}, {
		name: "a title in an apposition names the person",
		text: "The Turkish Foreign Minister, Hakan Fidan, opened the meeting.",
		statements: []fixtureStatement{
			{subject: "The Turkish Foreign Minister, Hakan Fidan", lemma: "open", object: "the meeting"},
		},
		actors:     []wantActor{{"hakan-fidan", annals.ActorPerson, nil}},
		arguments:  []ArgumentActors{{Subject: "hakan-fidan"}},
		affiliated: map[string]string{"hakan-fidan": "turkey"},
		absent:     []string{"turkish-foreign-minister"},
	}, {
		name: "a country before a title",
		text: "US President Donald Trump announced a deadline.",
		actors: []wantActor{
			{"donald-trump", annals.ActorPerson, []string{"President Donald Trump"}},
			{"united-states", annals.ActorCountry, []string{"US"}},
		},
		affiliated: map[string]string{"donald-trump": "united-states"},
	}, {
		name: "an office of a body or portfolio is a title",
		text: "Secretary of the Treasury Scott Bessent met the President of the European Commission Ursula von der Leyen and Secretary of State Marco Rubio. The Justice Department agreed.",
		actors: []wantActor{
			{"scott-bessent", annals.ActorPerson, []string{"Secretary of the Treasury Scott Bessent"}},
			{"ursula-von-der-leyen", annals.ActorPerson, nil},
			{"european-commission", annals.ActorOrganization, nil},
			{"marco-rubio", annals.ActorPerson, []string{"Secretary of State Marco Rubio"}},
			{"justice-department", annals.ActorOrganization, nil},
		},
		absent: []string{"department", "treasury"},
	}, {
		name: "an office of a country in an apposition",
		text: "The President of Turkey, Recep Tayyip Erdogan, and Ukraine's President, Volodymyr Zelensky, spoke.",
		statements: []fixtureStatement{
			{subject: "The President of Turkey, Recep Tayyip Erdogan", lemma: "speak"},
			{subject: "Ukraine's President, Volodymyr Zelensky", lemma: "speak"},
		},
		arguments:  []ArgumentActors{{Subject: "recep-tayyip-erdogan"}, {Subject: "volodymyr-zelensky"}},
		affiliated: map[string]string{"recep-tayyip-erdogan": "turkey"},
	}, {
		name: "a spokesperson for a body",
		text: "Dmitry Peskov, spokesperson for the Kremlin, expressed skepticism.",
		statements: []fixtureStatement{
			{subject: "Dmitry Peskov, spokesperson for the Kremlin", lemma: "express", object: "skepticism"},
		},
		actors: []wantActor{
			{"dmitry-peskov", annals.ActorPerson, nil},
			{"kremlin", annals.ActorOrganization, nil},
		},
		arguments: []ArgumentActors{{Subject: "dmitry-peskov"}},
	}})
}

func TestActorTypes(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "country aliases",
		text: "The U.S. and Britain warned Russia. America and the UK were joined by the United States of America and Great Britain.",
		actors: []wantActor{
			{"united-states", annals.ActorCountry, []string{"America", "U.S.", "United States of America"}},
			{"united-kingdom", annals.ActorCountry, []string{"Britain", "Great Britain", "UK"}},
			{"russia", annals.ActorCountry, nil},
		},
	}, {
		name: "organisations by cue and by name",
		text: "The White House, the Pentagon, NATO, the UN and the European Union spoke with Gazprom Holdings and the Federal Reserve Bank.",
		actors: []wantActor{
			{"white-house", annals.ActorOrganization, nil},
			{"pentagon", annals.ActorOrganization, nil},
			{"nato", annals.ActorOrganization, nil},
			{"united-nations", annals.ActorOrganization, []string{"UN"}},
			{"european-union", annals.ActorOrganization, nil},
			{"gazprom-holdings", annals.ActorOrganization, nil},
			{"federal-reserve-bank", annals.ActorOrganization, nil},
		},
	}, {
		name: "places by table, by place word and by preposition",
		text: "Talks in Istanbul followed the capture of the village of Varachyne in the Sumy region. Refugees arrived from Pokrovsk.",
		actors: []wantActor{
			{"istanbul", annals.ActorPlace, nil},
			{"varachyne", annals.ActorPlace, nil},
			{"sumy-region", annals.ActorPlace, nil},
			{"pokrovsk", annals.ActorPlace, nil},
		},
	}, {
		name: "persons by name shape and by speech verb; the rest unknown",
		text: "Rustem Umerov arrived. Medinsky said talks would go on. Norvexa raised prices.",
		actors: []wantActor{
			{"rustem-umerov", annals.ActorPerson, nil},
			{"medinsky", annals.ActorPerson, nil},
			{"norvexa", annals.ActorUnknown, nil},
		},
	}, {
		name: "newspapers and broadcasters by their last word",
		text: "The Leeds Herald and the Dover Sun reported it, as did Coastal Radio.",
		actors: []wantActor{
			{"leeds-herald", annals.ActorOrganization, nil},
			{"dover-sun", annals.ActorOrganization, nil},
			{"coastal-radio", annals.ActorOrganization, nil},
		},
	}, {
		name:       "a speech verb does not make a city a person",
		text:       "Moscow said the positions were distant.",
		statements: []fixtureStatement{{subject: "Moscow", lemma: "say"}},
		actors:     []wantActor{{"moscow", annals.ActorPlace, nil}},
		arguments:  []ArgumentActors{{Subject: "moscow"}},
	}})
}

func TestActorMerging(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "a surname joins a later full name",
		text: "Umerov spoke first. Later, Rustem Umerov, Ukraine's lead negotiator, stated the aim.",
		statements: []fixtureStatement{
			{subject: "Umerov", lemma: "speak"},
			{subject: "Rustem Umerov, Ukraine's lead negotiator", lemma: "state", object: "the aim"},
		},
		actors:     []wantActor{{"rustem-umerov", annals.ActorPerson, []string{"Umerov"}}},
		absent:     []string{"umerov"},
		arguments:  []ArgumentActors{{Subject: "rustem-umerov"}, {Subject: "rustem-umerov"}},
		affiliated: map[string]string{"rustem-umerov": "ukraine"},
	}, {
		name: "titled surname and apposition",
		text: "Donald Trump, the President of the United States, called. President Trump announced a deadline.",
		statements: []fixtureStatement{
			{subject: "Donald Trump, the President of the United States", lemma: "call"},
			{subject: "President Trump", lemma: "announce", object: "a deadline"},
		},
		actors: []wantActor{
			{"donald-trump", annals.ActorPerson, []string{"President Trump"}},
			{"united-states", annals.ActorCountry, nil},
		},
		arguments:  []ArgumentActors{{Subject: "donald-trump"}, {Subject: "donald-trump"}},
		affiliated: map[string]string{"donald-trump": "united-states"},
	}, {
		name: "initials and accents do not split a person",
		text: "Donald J. Trump spoke. Donald Trump left. Recep Tayyip Erdoğan met Ukraine's President Volodymyr Zelensky. Erdogan smiled.",
		actors: []wantActor{
			{"donald-j-trump", annals.ActorPerson, []string{"Donald Trump"}},
			{"recep-tayyip-erdogan", annals.ActorPerson, []string{"Erdogan"}},
			{"volodymyr-zelensky", annals.ActorPerson, []string{"President Volodymyr Zelensky"}},
		},
		affiliated: map[string]string{"volodymyr-zelensky": "ukraine"},
	}, {
		name: "a shared surname stays apart",
		text: "Joe Biden met Hunter Biden. Biden said nothing.",
		actors: []wantActor{
			{"joe-biden", annals.ActorPerson, nil},
			{"hunter-biden", annals.ActorPerson, nil},
			{"biden", annals.ActorPerson, nil},
		},
	}, {
		name: "an apposition names the person, the possessor stays a mention",
		text: "Moscow's chief negotiator, Vladimir Medinsky, indicated the gap. Medinsky also suggested ceasefires.",
		statements: []fixtureStatement{
			{subject: "Moscow's chief negotiator, Vladimir Medinsky", lemma: "indicate", object: "the gap"},
			{subject: "Medinsky", nth: 2, lemma: "suggest", object: "ceasefires"},
		},
		actors: []wantActor{
			{"vladimir-medinsky", annals.ActorPerson, []string{"Medinsky"}},
			{"moscow", annals.ActorPlace, nil},
		},
		arguments: []ArgumentActors{{Subject: "vladimir-medinsky"}, {Subject: "vladimir-medinsky"}},
		mentions:  map[string]string{"Moscow": "moscow"},
	}, {
		name: "metonymy is not merged into the country",
		text: "Moscow has indicated that Russia will wait. The Kremlin described the plans as opposed.",
		statements: []fixtureStatement{
			{subject: "Moscow", lemma: "indicate"},
			{subject: "The Kremlin", lemma: "describe", object: "the plans"},
		},
		actors: []wantActor{
			{"moscow", annals.ActorPlace, nil},
			{"russia", annals.ActorCountry, nil},
			{"kremlin", annals.ActorOrganization, nil},
		},
		arguments: []ArgumentActors{{Subject: "moscow"}, {Subject: "kremlin"}},
	}})
}

func TestActorArguments(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "a possessor is a mention, not the argument",
		text: "Ukraine's lead negotiator emphasized the urgency.",
		statements: []fixtureStatement{
			{subject: "Ukraine's lead negotiator", lemma: "emphasize", object: "the urgency"},
		},
		actors:    []wantActor{{"ukraine", annals.ActorCountry, nil}},
		arguments: []ArgumentActors{{}},
		mentions:  map[string]string{"Ukraine": "ukraine"},
	}, {
		name: "coordinated arguments name no single actor",
		text: "Zelensky and Putin last met in Paris.",
		statements: []fixtureStatement{
			{subject: "Zelensky and Putin", lemma: "meet"},
		},
		arguments: []ArgumentActors{{}},
	}, {
		name: "determiners, titles and punctuation come off",
		text: "Officials said the Ukrainian delegation, and later the Kremlin, agreed. The President Putin replied.",
		statements: []fixtureStatement{
			{subject: "the Ukrainian delegation,", lemma: "agree"},
			{subject: "the Kremlin,", lemma: "agree"},
			{subject: "The President Putin", lemma: "reply"},
		},
		arguments: []ArgumentActors{{Subject: "ukrainian-delegation"}, {Subject: "kremlin"}, {Subject: "putin"}},
	}, {
		name: "a noun phrase that only contains a name is not the actor",
		text: "A source from the Ukrainian delegation highlighted the stakes.",
		statements: []fixtureStatement{
			{subject: "A source from the Ukrainian delegation", lemma: "highlight"},
		},
		arguments: []ArgumentActors{{}},
		mentions:  map[string]string{"Ukrainian delegation": "ukrainian-delegation"},
	}, {
		name: "a name modifying the head noun is not the actor",
		text: "The dissolution of the Bundestag took effect. A Europol inquiry was opened. Germany's finance minister said no.",
		statements: []fixtureStatement{
			{subject: "The dissolution of the Bundestag", lemma: "take", object: "effect"},
			{subject: "A Europol inquiry", lemma: "open"},
			{subject: "Germany's finance minister", lemma: "say"},
		},
		arguments: []ArgumentActors{{}, {}, {}},
		mentions:  map[string]string{"Bundestag": "bundestag", "Europol": "europol", "Germany": "germany"},
	}, {
		name: "a possessive deep inside the argument gives it no actor",
		text: "Officials praised a report about a fund belonging to Germany's chancellor Olaf Scholz.",
		statements: []fixtureStatement{
			{subject: "Officials", lemma: "praise", object: "a report about a fund belonging to Germany's chancellor Olaf Scholz"},
		},
		arguments: []ArgumentActors{{}},
		mentions:  map[string]string{"Olaf Scholz": "olaf-scholz"},
		tags:      map[string][2]string{"belonging": {"VERB", "VBG"}},
	}, {
		name: "a possessor before a role word leaves the name as the head",
		text: "Germany's chief negotiator Jens Weber left early.",
		statements: []fixtureStatement{
			{subject: "Germany's chief negotiator Jens Weber", lemma: "leave"},
		},
		arguments: []ArgumentActors{{Subject: "jens-weber"}},
	}})
}

func TestActorPronouns(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "he is the person of the sentence before",
		text: "Moscow's chief negotiator, Vladimir Medinsky, indicated the gap. He acknowledged lengthy discussions. He added that talks would go on.",
		statements: []fixtureStatement{
			{subject: "Moscow's chief negotiator, Vladimir Medinsky", lemma: "indicate"},
			{subject: "He", lemma: "acknowledge", object: "lengthy discussions"},
			{subject: "He", nth: 2, lemma: "add"},
		},
		actors: []wantActor{{"vladimir-medinsky", annals.ActorPerson, nil}},
		arguments: []ArgumentActors{
			{Subject: "vladimir-medinsky"}, {Subject: "vladimir-medinsky"}, {Subject: "vladimir-medinsky"},
		},
		mentions: map[string]string{"He": "vladimir-medinsky"},
	}, {
		name: "the subject of the sentence before comes first",
		text: "Donald Trump called Vladimir Putin on Monday. She said little. He said the call went well.",
		statements: []fixtureStatement{
			{subject: "Donald Trump", lemma: "call", object: "Vladimir Putin"},
			{subject: "He", lemma: "say"},
		},
		arguments: []ArgumentActors{{Subject: "donald-trump", Object: "vladimir-putin"}, {Subject: "donald-trump"}},
	}, {
		name: "him as an object",
		text: "Vladimir Putin spoke. Officials thanked him.",
		statements: []fixtureStatement{
			{subject: "Officials", lemma: "thank", object: "him"},
		},
		arguments: []ArgumentActors{{Object: "vladimir-putin"}},
		mentions:  map[string]string{"him": "vladimir-putin"},
	}, {
		name: "they after a plural group",
		text: "Russian forces advanced in the east. They launched drones.",
		statements: []fixtureStatement{
			{subject: "They", lemma: "launch", object: "drones"},
		},
		arguments: []ArgumentActors{{Subject: "russian-forces"}},
	}, {
		name: "they without a plural group stays unresolved",
		text: "Zelensky met Putin. They said little.",
		statements: []fixtureStatement{
			{subject: "They", lemma: "say"},
		},
		arguments:  []ArgumentActors{{}},
		notMention: []string{"They"},
	}, {
		name: "a pronoun with no person before it stays unresolved",
		text: "He arrived late. Russia objected.",
		statements: []fixtureStatement{
			{subject: "He", lemma: "arrive"},
		},
		arguments:  []ArgumentActors{{}},
		notMention: []string{"He"},
	}})
}

func TestActorStage(t *testing.T) {
	var stage Stage = Stage{}
	if stage.Name() != "actors/13" {
		t.Errorf("Name() = %q", stage.Name())
	}
	const text = "Vladimir Medinsky spoke in Istanbul. He acknowledged the Ukrainian delegation."
	a := fixtureAnalysis(text)
	addStatements(t, a,
		fixtureStatement{subject: "He", lemma: "acknowledge", object: "the Ukrainian delegation"},
		fixtureStatement{subject: "Vladimir Medinsky", lemma: "speak"},
	)
	if err := stage.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	st := a.Statements[0]
	if st.Subject.Actor != "vladimir-medinsky" || st.Object.Actor != "ukrainian-delegation" || a.Statements[1].Subject.Actor != "vladimir-medinsky" {
		t.Errorf("arguments: %q, %q, %q", st.Subject.Actor, st.Object.Actor, a.Statements[1].Subject.Actor)
	}
	var texts []string
	for _, m := range a.Mentions {
		if !m.Valid(text) {
			t.Errorf("mention %+v is not a span of the text", m.Span)
		}
		texts = append(texts, m.Text+"→"+m.Actor)
	}
	want := []string{"Vladimir Medinsky→vladimir-medinsky", "Istanbul→istanbul", "He→vladimir-medinsky", "Ukrainian delegation→ukrainian-delegation"}
	if !slices.Equal(texts, want) {
		t.Errorf("mentions %q, want %q", texts, want)
	}
	for _, act := range a.Actors {
		if slices.Contains(act.Aliases, "He") {
			t.Errorf("a pronoun became an alias of %s", act.ID)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := stage.Run(ctx, fixtureAnalysis(text)); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context: %v", err)
	}
}

// TestActorStageConcurrent runs the stage on many documents at once; with
// -race it shows that the stage and its tables are not written to.
func TestActorStageConcurrent(t *testing.T) {
	texts := []string{
		"President Volodymyr Zelensky met Turkish officials in Istanbul. Zelensky said they agreed.",
		"The Russian Defence Ministry reported the capture of the village of Varachyne. Moscow said nothing.",
		"Donald Trump, the President of the United States, called. President Trump announced a deadline.",
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = describeActors(Resolve(fixtureAnalysis(text), fixtureTables).Actors)
	}
	var wg sync.WaitGroup
	for k := range 8 {
		wg.Go(func() {
			i := k % len(texts)
			a := fixtureAnalysis(texts[i])
			if err := (Stage{}).Run(context.Background(), a); err != nil {
				t.Error(err)
			}
			if got := describeActors(a.Actors); got != want[i] {
				t.Errorf("concurrent run gave %s, want %s", got, want[i])
			}
		})
	}
	wg.Wait()
}

func TestActorEmptyDocument(t *testing.T) {
	a := &analysis.Analysis{}
	if err := (Stage{}).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Actors) != 0 || len(a.Mentions) != 0 {
		t.Errorf("actors %v, mentions %v in an empty document", a.Actors, a.Mentions)
	}
}

// TestActorMalformedInput feeds the stage spans that are off the text, out
// of order or empty: it must not panic, and must not cite them.
func TestActorMalformedInput(t *testing.T) {
	const text = "Vladimir Putin met Recep Tayyip Erdogan in Ankara."
	a := fixtureAnalysis(text)
	toks := a.Sentences[0].Tokens
	last := len(toks) - 1 // the final period stays last
	a.Sentences[0].Tokens = slices.Insert(toks, last,
		analysis.Token{Span: annals.Span{Text: "X", Start: 200, End: 201}, Form: "X", UPOS: "PROPN"},
		analysis.Token{Span: annals.Span{Text: "Putin", Start: 10, End: 15}, Form: "Putin", UPOS: "PROPN"},
	)
	a.Sentences = append(a.Sentences, analysis.Sentence{Index: 1})
	a.Statements = []annals.Statement{
		{Subject: annals.Argument{Span: annals.Span{Start: 40, End: 3}}},
		{Subject: annals.Argument{Span: annals.Span{Start: -5, End: 500}}, Object: &annals.Argument{}},
		{Subject: annals.Argument{Span: annals.Span{Text: "Vladimir Putin", Start: 0, End: 14}}},
	}
	r := Resolve(a, fixtureTables)
	for _, m := range r.Mentions {
		if !m.Valid(text) {
			t.Errorf("mention %+v is not a span of the text", m.Span)
		}
	}
	if got := r.Arguments[2].Subject; got != "vladimir-putin" {
		t.Errorf("subject %q, want vladimir-putin", got)
	}
}

// BenchmarkActorStage measures the stage on the bundled article, tagged by
// the test tagger, repeated to about 40 KB.
func BenchmarkActorStage(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/istanbul-talks.jsonl")
	if err != nil {
		b.Skip(err)
	}
	var record struct{ Text string }
	if err := json.Unmarshal(raw, &record); err != nil {
		b.Fatal(err)
	}
	a := fixtureAnalysis(strings.Repeat(record.Text+"\n", 10))
	b.SetBytes(int64(len(a.Document.Text)))
	for b.Loop() {
		Resolve(a, fixtureTables)
	}
}

// TestCountryCodesCoverCountries checks that the country dictionary codes
// the countries the actor stage knows, by their ids or other names.
func TestCountryCodesCoverCountries(t *testing.T) {
	roles, err := event.DefaultRoles()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	var missing []string
	total := 0
	countries, err := data.ReadFile("data/countries.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(countries)), "\n") {
		fields := strings.Split(line, "|")
		names := []string{strings.TrimSpace(fields[0])}
		if len(fields) > 1 {
			for _, n := range strings.Split(fields[1], ",") {
				if n = strings.TrimSpace(n); n != "" {
					names = append(names, n)
				}
			}
		}
		total++
		found := false
		for _, n := range names {
			if _, ok := roles.Country(n, day); ok {
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, names[0])
		}
	}
	t.Logf("%d of %d countries have no code: %s", len(missing), total, strings.Join(missing, ", "))
	if len(missing) > total/20 {
		t.Errorf("%d of %d countries have no code", len(missing), total)
	}
}
