package actor

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/nlp"
	"github.com/annals/annals/ingest/text"
)

// taggedArticle reads the bundled article and analyses it as the pipeline
// would before the actor stage: sentences and tokens from package text,
// tags and lemmas from the embedded model of package nlp. It returns an
// error when the model cannot be loaded.
func taggedArticle(t testing.TB) (*analysis.Analysis, error) {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/istanbul-talks.jsonl")
	if err != nil {
		return nil, err
	}
	var record struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(raw, &record); err != nil {
		return nil, err
	}
	model, err := nlp.Default()
	if err != nil {
		return nil, err
	}
	a := &analysis.Analysis{Document: annals.Document{ID: record.ID, Text: record.Text}}
	for i, s := range text.Sentences(record.Text) {
		words := make([]nlp.Word, len(s.Tokens))
		for k, tok := range s.Tokens {
			words[k] = nlp.Word{Form: tok.Form}
		}
		model.Tag(words)
		toks := make([]analysis.Token, len(s.Tokens))
		for k, tok := range s.Tokens {
			toks[k] = analysis.Token{
				Span: annals.Span{Text: tok.Text, Start: tok.Start, End: tok.End},
				Form: tok.Form, Lemma: words[k].Lemma, UPOS: words[k].UPOS, XPOS: words[k].XPOS, Head: -1,
			}
		}
		a.Sentences = append(a.Sentences, analysis.Sentence{
			Span:   annals.Span{Text: record.Text[s.Start:s.End], Start: s.Start, End: s.End},
			Index:  i,
			Tokens: toks,
		})
	}
	return a, nil
}

// TestActorArticle checks the actors of the bundled article against what
// a reader expects (testdata/../shared/corpus/istanbul-talks.expected.md):
// one node each, with the spellings the article uses as aliases.
func TestActorArticle(t *testing.T) {
	a, err := taggedArticle(t)
	if err != nil {
		t.Skipf("the article cannot be tagged (package nlp has no usable model yet): %v", err)
	}
	// The statements the pronoun and apposition rules need, as an
	// extractor would give them.
	addStatements(t, a,
		fixtureStatement{subject: "Rustem Umerov, Ukraine’s lead negotiator", lemma: "emphasize"},
		fixtureStatement{subject: "Moscow’s chief negotiator, Vladimir Medinsky", lemma: "indicate"},
		fixtureStatement{subject: "He", lemma: "acknowledge"},
		fixtureStatement{subject: "The Turkish Foreign Minister, Hakan Fidan", lemma: "open"},
		fixtureStatement{subject: "He", nth: 2, lemma: "remark"},
		fixtureStatement{subject: "Russian forces", lemma: "launch", attribution: "according to the Ukrainian air force"},
	)
	r := Resolve(a, fixtureTables)
	t.Logf("actors: %s", describeActors(r.Actors))

	want := []wantActor{
		{"volodymyr-zelensky", annals.ActorPerson, []string{"President Volodymyr Zelensky", "Ukrainian President Zelensky", "Zelensky"}},
		{"vladimir-putin", annals.ActorPerson, []string{"Putin", "Russian President Vladimir Putin"}},
		{"donald-trump", annals.ActorPerson, []string{"President Trump"}},
		{"rustem-umerov", annals.ActorPerson, []string{"Umerov"}},
		{"vladimir-medinsky", annals.ActorPerson, []string{"Medinsky"}},
		{"hakan-fidan", annals.ActorPerson, nil},
		{"recep-tayyip-erdogan", annals.ActorPerson, nil},
		{"dmitry-peskov", annals.ActorPerson, nil},
		{"ukraine", annals.ActorCountry, nil},
		{"russia", annals.ActorCountry, nil},
		{"turkey", annals.ActorCountry, nil},
		{"united-states", annals.ActorCountry, nil},
		{"kremlin", annals.ActorOrganization, nil},
		{"white-house", annals.ActorOrganization, nil},
		{"ukrainian-air-force", annals.ActorOrganization, nil},
		{"russian-defence-ministry", annals.ActorOrganization, nil},
		{"ukrainian-delegation", annals.ActorOrganization, nil},
		{"russian-forces", annals.ActorOrganization, nil},
		{"istanbul", annals.ActorPlace, nil},
		{"sumy-region", annals.ActorPlace, nil},
		{"varachyne", annals.ActorPlace, nil},
		{"moscow", annals.ActorPlace, nil},
	}
	checkActors(t, r, actorCase{
		actors: want,
		absent: []string{"zelensky", "putin", "trump", "umerov", "medinsky", "challenges", "negotiations",
			"military-developments", "international-pressure", "wednesday", "august", "september"},
		arguments: []ArgumentActors{
			{Subject: "rustem-umerov"}, {Subject: "vladimir-medinsky"}, {Subject: "vladimir-medinsky"},
			{Subject: "hakan-fidan"}, {Subject: "hakan-fidan"}, {Subject: "russian-forces", Attribution: "ukrainian-air-force"},
		},
		affiliated: map[string]string{
			"ukrainian-delegation": "ukraine", "ukrainian-air-force": "ukraine", "russian-forces": "russia",
			"russian-defence-ministry": "russia", "hakan-fidan": "turkey", "vladimir-putin": "russia",
		},
	})
	// Only the actors a reader expects, and Russian troops, which the
	// article names as well.
	expected := map[string]bool{"russian-troops": true}
	for _, w := range want {
		expected[w.id] = true
	}
	for _, act := range r.Actors {
		if !expected[act.ID] {
			t.Errorf("unexpected actor %s (%s) %q", act.ID, act.Type, act.Aliases)
		}
	}
	var pronouns []string
	for _, m := range r.Mentions {
		if m.Text == "He" {
			pronouns = append(pronouns, m.Actor)
		}
	}
	if !slices.Equal(pronouns, []string{"vladimir-medinsky", "hakan-fidan"}) {
		t.Errorf("pronoun mentions resolve to %q", pronouns)
	}
}
