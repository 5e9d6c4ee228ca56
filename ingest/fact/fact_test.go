package fact_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/fact"
)

func TestClasses(t *testing.T) {
	c, err := fact.DefaultClasses()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lemma string
		noun  bool
		want  string
	}{
		{"acquisition", true, "acquire"},
		{"acquire", false, "acquire"},
		{"earthquake", true, "quake"},
		{"quake", true, "quake"},
		{"shooting", true, "shoot"},
		{"announcement", true, "announce"},
		{"Negotiation", true, "negotiate"},
		{"table", true, "table"},        // no event noun: its own lemma
		{"exchange", false, "exchange"}, // a verb keeps its lemma
		{"rope in", false, "rope in"},
	} {
		if got := c.Of(tc.lemma, tc.noun); got != tc.want {
			t.Errorf("Of(%q, %v) = %q, want %q", tc.lemma, tc.noun, got, tc.want)
		}
	}
	for _, w := range []string{"earthquake", "acquisition", "election"} {
		if _, ok := c.Noun(w); !ok {
			t.Errorf("Noun(%q): not an event noun", w)
		}
	}
	for _, w := range []string{"table", "host", "letter", "minister"} {
		if class, ok := c.Noun(w); ok {
			t.Errorf("Noun(%q) = %q: an event noun", w, class)
		}
	}
}

func TestParseClassesRejectsBadLine(t *testing.T) {
	if _, err := fact.ParseClasses("# comment\nquake quake\nonlyoneword\n"); err == nil {
		t.Error("a line of one word: no error")
	}
	c, err := fact.ParseClasses("# comment\n\nquake quake\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Of("quake", true); got != "quake" {
		t.Errorf("Of(quake) = %q", got)
	}
}

var (
	pipeOnce sync.Once
	pipe     *ingest.Pipeline
	pipeErr  error
)

// analyse runs the default pipeline, with event mentions, on each text.
func analyse(t *testing.T, texts ...string) []*analysis.Analysis {
	t.Helper()
	pipeOnce.Do(func() {
		pipe, pipeErr = ingest.Default()
		if pipeErr == nil {
			pipe = pipe.WithEventMentions()
		}
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	var out []*analysis.Analysis
	for i, text := range texts {
		a := &analysis.Analysis{Document: annals.Document{ID: "d" + string(rune('1'+i)),
			Date: time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC), Text: text}}
		if err := pipe.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// factOf returns the fact of the statement or event mention whose
// predicate holds word.
func factOf(t *testing.T, a *analysis.Analysis, word string) string {
	t.Helper()
	for _, st := range slices.Concat(a.Statements, a.Events) {
		if st.Confidence >= annals.JunkConfidence && containsWord(st.Predicate.Text, word) {
			return st.Fact
		}
	}
	t.Fatalf("%s: no statement or event mention of %q in %q", a.Document.ID, word, a.Document.Text)
	return ""
}

func containsWord(text, word string) bool {
	for i := 0; i+len(word) <= len(text); i++ {
		if text[i:i+len(word)] == word && (i == 0 || text[i-1] == ' ') && (i+len(word) == len(text) || text[i+len(word)] == ' ') {
			return true
		}
	}
	return false
}

func TestStageFactsWithinDocument(t *testing.T) {
	a := analyse(t, "Norland Steel acquired the Brixton foundry on Monday. The acquisition cost 40 million euros. "+
		"Workers at the foundry protested outside the gates. Norland Steel said the plant would stay open. The mayor said little.")[0]
	for _, st := range slices.Concat(a.Statements, a.Events) {
		if st.Fact == "" {
			t.Errorf("%q: no fact", st.Predicate.Text)
		}
	}
	if acquired, acquisition := factOf(t, a, "acquired"), factOf(t, a, "acquisition"); acquired != acquisition {
		t.Errorf("acquired %s, the acquisition %s: want one fact", acquired, acquisition)
	}
	if factOf(t, a, "acquired") == factOf(t, a, "protested") {
		t.Error("acquired and protested: one fact")
	}
	// a reporting verb's fact is its statement's own
	var said []string
	for _, st := range a.Statements {
		if st.Predicate.Lemma == "say" {
			said = append(said, st.Fact)
		}
	}
	if len(said) != 2 || said[0] == said[1] {
		t.Errorf("facts of the two speakers' said: %v, want two different", said)
	}
	b := analyse(t, "Norland Steel said the plant would stay open. Norland Steel said wages would rise.")[0]
	said = said[:0]
	for _, st := range b.Statements {
		if st.Predicate.Lemma == "say" {
			said = append(said, st.Fact)
		}
	}
	if len(said) != 2 || said[0] == said[1] {
		t.Errorf("facts of one speaker's two claims: %v, want two different", said)
	}
}

func TestEventMentions(t *testing.T) {
	a := analyse(t, "The earthquake destroyed three villages near Tarvos. Rescue teams began the search after the quake.")[0]
	var words []string
	for _, m := range a.Events {
		words = append(words, m.Predicate.Text)
		if m.Confidence != annals.JunkConfidence || m.Subject.Text != "" || m.Fact == "" || m.Doc != "d1" || m.ID == "" {
			t.Errorf("event mention %+v", m)
		}
		for _, st := range a.Statements {
			if st.Confidence >= annals.JunkConfidence && st.Sentence == m.Sentence &&
				st.Predicate.Start < m.Predicate.End && m.Predicate.Start < st.Predicate.End {
				t.Errorf("event mention %q overlaps statement %q", m.Predicate.Text, st.Predicate.Text)
			}
		}
	}
	for _, w := range []string{"earthquake", "search", "quake"} {
		if !slices.Contains(words, w) {
			t.Errorf("event mentions %q: no %q", words, w)
		}
	}
	if slices.Contains(words, "villages") || slices.Contains(words, "teams") {
		t.Errorf("event mentions %q: a noun that names no act", words)
	}
	if e, q := factOf(t, a, "earthquake"), factOf(t, a, "quake"); e != q {
		t.Errorf("the earthquake %s, the quake %s: want one fact", e, q)
	}
	// without WithEventMentions, no mentions
	p, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	b := &analysis.Analysis{Document: a.Document}
	if err := p.Run(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if len(b.Events) != 0 {
		t.Errorf("default pipeline: %d event mentions, want none", len(b.Events))
	}
	if p.Version() != p.WithEventMentions().Version() {
		t.Error("WithEventMentions changes the pipeline's version")
	}
}

func TestStories(t *testing.T) {
	docs := analyse(t,
		"Rebels of the Tarvos Front seized the port of Melrun on Friday. The rebels seized two ships in the harbour of Melrun.",
		"The Tarvos Front rebels seized Melrun's port, officials in Melrun said. The capture of the port shocked the government.",
		"Kestrel Airways ordered twenty aircraft from Avimec. The airline seized the chance to grow, its chief executive said.",
	)
	var s fact.Stories
	var stories []string
	for _, a := range docs {
		id, err := s.Join(a)
		if err != nil {
			t.Fatal(err)
		}
		stories = append(stories, id)
	}
	if stories[0] != "d1" || stories[1] != "d1" || stories[2] != "d3" {
		t.Fatalf("stories %v, want [d1 d1 d3]", stories)
	}
	if f1, f2 := factOf(t, docs[0], "seized"), factOf(t, docs[1], "seized"); f1 != f2 {
		t.Errorf("seized in two documents of one story: facts %s and %s", f1, f2)
	}
	if f1, f3 := factOf(t, docs[0], "seized"), factOf(t, docs[2], "seized"); f1 == f3 {
		t.Error("seized in two stories: one fact")
	}
	// the same document in a new run gets the same ids: they are a function of story and key
	again := analyse(t, docs[0].Document.Text)[0]
	var s2 fact.Stories
	if _, err := s2.Join(again); err != nil {
		t.Fatal(err)
	}
	if factOf(t, again, "seized") != factOf(t, docs[0], "seized") {
		t.Error("the same document in another run: another fact id")
	}
}

func TestWordsIsUnit(t *testing.T) {
	a := analyse(t, "Parliament approved the budget after a long debate about the budget.")[0]
	v := fact.Words(a)
	sum := 0.0
	for _, x := range v {
		sum += x * x
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("|v|² = %v, want 1", sum)
	}
	if _, ok := v["budget"]; !ok {
		t.Errorf("words %v: no budget", v)
	}
	if _, ok := v["after"]; ok {
		t.Errorf("words %v: a stop word", v)
	}
}

func TestSynonyms(t *testing.T) {
	c, err := fact.DefaultClasses()
	if err != nil {
		t.Fatal(err)
	}
	var s fact.Synonyms
	for _, tc := range []struct{ class, want string }{
		{"hit", "hit"},
		{"strike", "hit"}, // a sense of both
		{"arrest", "arrest"},
		{"nab", "arrest"},
		{"kill", "kill"},
		{"die", "kill"}, // what killing causes
		{"bake", "bake"},
		{"n:blizzard", "n:blizzard"}, // no verb: no synonym
		{"strike", "hit"},            // as before
	} {
		if got := s.Class(c, tc.class); got != tc.want {
			t.Errorf("Class(%q) = %q, want %q", tc.class, got, tc.want)
		}
	}
	// another story met "strike" first: the class is its own
	var other fact.Synonyms
	if got := other.Class(c, "strike"); got != "strike" {
		t.Errorf("a new story: Class(strike) = %q", got)
	}
	if err := new(fact.Classes).ParseSenses("hit 35 12 x\n"); err == nil {
		t.Error("a sense that is no number: no error")
	}
}

func TestStageSynonymsWithinDocument(t *testing.T) {
	a := analyse(t, "Police arrested Tomas Varga at the border. The police nabbed Tomas Varga near the bridge.")[0]
	if f1, f2 := factOf(t, a, "arrested"), factOf(t, a, "nabbed"); f1 != f2 {
		t.Errorf("arrested %s, nabbed %s: want one fact", f1, f2)
	}
}

// TestStageSameAct holds the rules that keep statements of one key apart
// unless what they say shows them one act: each case is a document whose
// statements with the two words given must (same) or must not be one fact.
func TestStageSameAct(t *testing.T) {
	for _, tc := range []struct {
		name, text, w1, w2 string
		same               bool
	}{
		{"the same actors", "Carlow Rovers defeated Dunmore United on Saturday. Carlow Rovers defeated Dunmore United by two goals.",
			"defeated", "defeated", true},
		{"two head nouns", "The senators blocked the budget bill on Monday. The governors blocked the budget bill in May.",
			"blocked", "blocked", false},
		{"the same head noun", "The senators blocked the budget bill on Monday. The senators blocked the bill after a vote.",
			"blocked", "blocked", true},
		{"two objects' head nouns", "Norland Steel closed the foundry in Brixton. Norland Steel closed the office in Brixton.",
			"closed", "closed", false},
		{"a pronoun with no actor", "The Reform Party nominated Dana Pell for governor. It nominated Dana Pell in a vote.",
			"nominated", "nominated", false},
		{"negated and asserted", "The council approved the harbour plan. The council did not approve the harbour plan.",
			"approved", "approve", false},
		{"modal and asserted", "The council will approve the harbour plan. The council approved the harbour plan.",
			"approve", "approved", false},
		{"possible twice", "The council could approve the harbour plan. The council could approve the harbour plan soon.",
			"approve", "approve", false},
		{"habitual", "Farmers along the Tarvos river use the canal. Farmers along the Tarvos river use the canal for irrigation.",
			"use", "use", false},
		{"two dates", "The council approved the harbour plan on 3 May 2030. The council approved the harbour plan on 9 June 2030.",
			"approved", "approved", false},
		{"a synonym of other actors", "Police arrested Tomas Varga at the border on Tuesday. Customs officers nabbed Varga as he crossed the bridge.",
			"arrested", "nabbed", false},
		{"recipients named apart", "The governor granted a pardon to Ana Ruiz on Friday. The governor granted a pardon to Ben Ode on Friday.",
			"granted", "granted", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := analyse(t, tc.text)[0]
			var facts []string
			for _, st := range a.Statements {
				if st.Confidence >= annals.JunkConfidence && (containsWord(st.Predicate.Text, tc.w1) || containsWord(st.Predicate.Text, tc.w2)) {
					facts = append(facts, st.Fact)
				}
			}
			if len(facts) != 2 {
				for _, st := range a.Statements {
					t.Logf("%s · %s · %v", st.Subject.Text, st.Predicate.Text, st.Object)
				}
				t.Fatalf("%d statements of %q and %q, want 2", len(facts), tc.w1, tc.w2)
			}
			if (facts[0] == facts[1]) != tc.same {
				t.Errorf("facts %v: want the same %v", facts, tc.same)
			}
		})
	}
}

func TestLedger(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2031, 3, d, 0, 0, 0, 0, time.UTC) }
	a, b := fact.Part{Actor: "team-a", Head: "a"}, fact.Part{Actor: "team-b", Head: "b"}
	base := fact.Claim{Key: "defeat", Class: "defeat", Doc: "d1", Lead: true, Agent: a, Patient: b,
		Earliest: day(4), Latest: day(4)}
	for _, tc := range []struct {
		name string
		edit func(c *fact.Claim)
		same bool
	}{
		{"the same actors", func(c *fact.Claim) {}, true},
		{"no actors named", func(c *fact.Claim) { c.Agent, c.Patient = fact.Part{}, fact.Part{} }, true},
		{"only the patient", func(c *fact.Claim) { c.Agent = fact.Part{} }, true},
		{"another patient", func(c *fact.Claim) { c.Patient = fact.Part{Actor: "team-c", Head: "c"} }, false},
		{"another agent", func(c *fact.Claim) { c.Agent = fact.Part{Actor: "team-d", Head: "d"} }, false},
		{"a pronoun with no actor", func(c *fact.Claim) { c.Agent = fact.Part{Head: "it", Opaque: true} }, false},
		{"no actor, another head", func(c *fact.Claim) { c.Agent = fact.Part{Head: "club"} }, false},
		{"no actor, the actor's head", func(c *fact.Claim) { c.Agent = fact.Part{Head: "a"} }, true},
		{"a day the fact's date allows", func(c *fact.Claim) { c.Earliest, c.Latest = day(1), day(10) }, true},
		{"no date", func(c *fact.Claim) { c.Earliest, c.Latest = time.Time{}, time.Time{} }, true},
		{"a later day", func(c *fact.Claim) { c.Earliest, c.Latest = day(9), day(9) }, false},
		{"by an earlier day", func(c *fact.Claim) { c.Earliest, c.Latest = time.Time{}, day(2) }, false},
		{"a synonym, the same actors", func(c *fact.Claim) { c.Class = "beat" }, true},
		{"a synonym with no patient", func(c *fact.Claim) { c.Class = "beat"; c.Patient = fact.Part{} }, false},
		{"a place named where the fact names none", func(c *fact.Claim) { c.Named = map[string][]string{"in": {"leeds"}} }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var l fact.Ledger
			first := l.Fact("s", base)
			c := base
			tc.edit(&c)
			if got := l.Fact("s", c); (got == first) != tc.same {
				t.Errorf("fact %s, first %s: want same %v", got, first, tc.same)
			}
		})
	}
	var l fact.Ledger
	first := l.Fact("s", base)
	cup := base
	cup.Patient = fact.Part{Actor: "team-c", Head: "c"}
	if l.Fact("s", cup) != l.Fact("s", cup) {
		t.Error("the second fact of a key is not found again")
	}
	other := base
	other.Key, other.Class = "win", "win"
	if l.Fact("s", other) == first {
		t.Error("another key: the same fact")
	}
	if l.Fact("other story", base) == first {
		t.Error("another story: the same fact")
	}
	// qualifiers naming other names after one preposition: two facts
	var q fact.Ledger
	pardon := fact.Claim{Key: "grant", Class: "grant", Doc: "d1", Lead: true, Agent: a,
		Patient: fact.Part{Head: "pardon"}, Named: map[string][]string{"to": {"ana ruiz"}}}
	p1 := q.Fact("s", pardon)
	pardon.Named = map[string][]string{"to": {"ben ode"}}
	if q.Fact("s", pardon) == p1 {
		t.Error("a pardon to Ana Ruiz and one to Ben Ode: one fact")
	}
	// head nouns alike, modifiers and names not
	for _, tc := range []struct{ x, y fact.Part }{
		{fact.Part{Head: "degree", Mods: []string{"law"}}, fact.Part{Head: "degree", Mods: []string{"bachelor"}}},
		{fact.Part{Head: "sabha", Names: []string{"lok sabha"}}, fact.Part{Head: "sabha", Names: []string{"rajya sabha"}}},
	} {
		var m fact.Ledger
		c := fact.Claim{Key: "get", Class: "get", Doc: "d1", Lead: true, Agent: a, Patient: tc.x}
		f := m.Fact("s", c)
		c.Patient = tc.y
		if m.Fact("s", c) == f {
			t.Errorf("%+v and %+v: one fact", tc.x, tc.y)
		}
	}
	// past its lead, a document joins only the facts it tells of already,
	// in its lead or near
	later := base
	later.Doc, later.Lead, later.Sentence = "d2", false, 20
	if l.Fact("s", later) == first {
		t.Error("a later sentence of another document joins the story's fact")
	}
	later.Lead, later.Sentence = true, 2
	if l.Fact("s", later) != first {
		t.Error("the lead of another document does not join the story's fact")
	}
	later.Lead, later.Sentence = false, 30
	if l.Fact("s", later) != first {
		t.Error("a later sentence does not join the fact its own lead told of")
	}
	var n fact.Ledger
	body := base
	body.Lead, body.Sentence = false, 10
	f10 := n.Fact("s", body)
	body.Sentence = 10 + fact.Near
	if n.Fact("s", body) != f10 {
		t.Error("a body's statement Near sentences on: another fact")
	}
	body.Sentence = 20 + 3*fact.Near
	if n.Fact("s", body) == f10 {
		t.Error("a body's statement far on: the same fact")
	}
}

func TestStageParticipants(t *testing.T) {
	a := analyse(t, "Carlow Rovers defeated Dunmore United on Saturday. Later, Carlow Rovers defeated Kilbeg Athletic in the cup. "+
		"Police arrested Tomas Varga in Leeds. Varga was arrested after a chase, and the arrest was filmed.")[0]
	var defeats []string
	for _, st := range a.Statements {
		if st.Predicate.Lemma == "defeat" {
			defeats = append(defeats, st.Fact)
		}
	}
	if len(defeats) != 2 || defeats[0] == defeats[1] {
		t.Errorf("two defeats of other teams: facts %v, want two different", defeats)
	}
	arrested, was, arrest := factOf(t, a, "arrested"), factOf(t, a, "was arrested"), factOf(t, a, "arrest")
	if arrested != was || was != arrest {
		t.Errorf("arrested %s, was arrested %s, the arrest %s: want one fact", arrested, was, arrest)
	}
}

func TestStoriesWindow(t *testing.T) {
	texts := []string{
		"Rebels of the Tarvos Front seized the port of Melrun on Friday. The rebels seized two ships in the harbour of Melrun.",
		"The Tarvos Front rebels seized Melrun's port, officials in Melrun said. The capture of the port shocked the government.",
	}
	docs := analyse(t, texts...)
	docs[1].Document.Date = docs[0].Document.Date.AddDate(0, 2, 0) // two months later
	var s fact.Stories
	s0, err := s.Join(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	s1, err := s.Join(docs[1])
	if err != nil {
		t.Fatal(err)
	}
	if s0 == s1 {
		t.Error("documents two months apart: one story")
	}
}

func TestStative(t *testing.T) {
	c, err := fact.DefaultClasses()
	if err != nil {
		t.Fatal(err)
	}
	for verb, want := range map[string]bool{"expect": true, "witness": true, "need": true, "attack": false, "arrest": false, "elect": false} {
		if got := c.Stative(verb); got != want {
			t.Errorf("Stative(%q) = %v, want %v", verb, got, want)
		}
	}
	// a stative verb's fact is its subject's: two unnamed subjects, two facts
	a := analyse(t, "The farmers expect heavy rain. The traders expect higher prices.")[0]
	var facts []string
	for _, st := range a.Statements {
		if st.Predicate.Lemma == "expect" {
			facts = append(facts, st.Fact)
		}
	}
	if len(facts) != 2 || facts[0] == facts[1] {
		t.Errorf("expect of two subjects: facts %v, want two different", facts)
	}
}
