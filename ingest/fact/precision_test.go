package fact_test

import (
	"slices"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/fact"
)

// inOneStory analyses the texts, joins them in one run's stories and
// fails unless they all make one story.
func inOneStory(t *testing.T, texts ...string) []*analysis.Analysis {
	t.Helper()
	docs := analyse(t, texts...)
	var s fact.Stories
	for _, a := range docs {
		id, err := s.Join(a)
		if err != nil {
			t.Fatal(err)
		}
		if id != docs[0].Document.ID {
			t.Fatalf("%s joined story %s, want %s: the test needs one story", a.Document.ID, id, docs[0].Document.ID)
		}
	}
	return docs
}

func TestStoriesSpanIsBounded(t *testing.T) {
	texts := []string{
		"Rebels of the Tarvos Front seized the port of Melrun on Friday. The rebels seized two ships in the harbour of Melrun.",
		"The Tarvos Front rebels seized Melrun's port, officials in Melrun said. The capture of the port shocked the government.",
		"The Tarvos Front rebels still hold the port of Melrun, where they seized two ships. The government of Melrun protested.",
		"The rebels of the Tarvos Front seized a third ship in the port of Melrun. Officials in Melrun said the port was closed.",
	}
	docs := analyse(t, texts...)
	day := docs[0].Document.Date
	for i := range docs {
		docs[i].Document.Date = day.AddDate(0, 0, 6*i) // each 6 days after the one before
	}
	var s fact.Stories
	var got []string
	for _, a := range docs {
		id, err := s.Join(a)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, id)
	}
	if got[1] != got[0] || got[2] != got[0] {
		t.Fatalf("documents 6 and 12 days after the first: stories %v, want one", got)
	}
	if got[3] == got[0] {
		t.Errorf("a document 18 days after a story's first joined it: stories %v (a story spans at most 14 days)", got)
	}
}

func TestStandingRuleIsNoSharedFact(t *testing.T) {
	lead := "Lower Dalby, Monday\n\nThe Greens won the Lower Dalby council election on Sunday, taking eleven seats. "
	docs := inOneStory(t,
		lead+"The Greens now lead the council of Lower Dalby. For a party to win the mayoralty, a total of at least 31 votes are needed.",
		lead+"The Greens won eleven seats on the council of Lower Dalby. For a party to win the mayoralty, a total of at least 31 votes are needed.",
	)
	if factOf(t, docs[0], "won") != factOf(t, docs[1], "won") {
		t.Error("the election win both articles report: two facts")
	}
	// the rule the background repeats is no event: each statement its own fact
	var wins []string
	for _, a := range docs {
		for _, st := range a.Statements {
			if st.Predicate.Text == "win" {
				wins = append(wins, st.Fact)
			}
		}
	}
	if len(wins) != 2 || wins[0] == wins[1] {
		t.Errorf("a standing rule in two articles: facts %v, want two different", wins)
	}
}

func TestTitleWordIsNoEvent(t *testing.T) {
	texts := []string{
		"Farmer Olu Banda, the Harvest Party's nominee, answered some questions about his campaign from Tidings accredited reporter Ana Vell. Banda farms wheat in Wessex.",
		"Teacher Ben Ode, the Harvest Party's candidate, answered some questions about his campaign from Tidings accredited reporter Ana Vell. Ode teaches in Wessex.",
	}
	// with the role statement the actor stage made of the title, and
	// without it (a title the actor stage did not take for one)
	for _, roles := range []bool{true, false} {
		docs := analyse(t, texts...)
		var s fact.Stories
		for _, a := range docs {
			if !roles {
				a.Statements = slices.DeleteFunc(a.Statements, func(st annals.Statement) bool { return st.Role })
			}
			if id, err := s.Join(a); err != nil || id != docs[0].Document.ID {
				t.Fatalf("story %s, %v: the test needs one story", id, err)
			}
		}
		if f1, f2 := factOf(t, docs[0], "accredited"), factOf(t, docs[1], "accredited"); f1 == f2 {
			t.Errorf("a title's word in two interviews' introductions (role statements %v): one fact", roles)
		}
	}
}

func TestPartitiveNamesNoOne(t *testing.T) {
	docs := inOneStory(t,
		"Tidings spoke to one of the three candidates running in the Wessex by-election, Ana Vell, who is running for the Greens.",
		"Tidings spoke to one of the three candidates running in the Wessex by-election, Ben Ode, who is running for the Harvest Party.",
	)
	if f1, f2 := factOf(t, docs[0], "spoke"), factOf(t, docs[1], "spoke"); f1 == f2 {
		t.Error("spoke to one of the candidates in two interviews: one fact")
	}
	// the same named person: one talk
	docs = inOneStory(t,
		"Tidings spoke to the Wessex mayor Ana Vell on Monday about the by-election. Vell backs the Greens.",
		"Tidings spoke to the Wessex mayor Ana Vell on Monday about the by-election. The vote is on Friday.",
	)
	if f1, f2 := factOf(t, docs[0], "spoke"), factOf(t, docs[1], "spoke"); f1 != f2 {
		t.Error("spoke to the same mayor on one day: two facts")
	}
}

func TestOtherPlaceIsOtherAct(t *testing.T) {
	docs := inOneStory(t,
		"Senator Mara Quill won the Harvest Party's Ohio primary election on Tuesday, beating Ben Ode.",
		"Senator Mara Quill won the Harvest Party's primary election in Texas on Tuesday, beating Ben Ode.",
		"On Tuesday Senator Mara Quill won the Harvest Party's Ohio primary election by a wide margin.",
	)
	ohio, texas, again := factOf(t, docs[0], "won"), factOf(t, docs[1], "won"), factOf(t, docs[2], "won")
	if ohio == texas {
		t.Error("wins of primaries in two states: one fact")
	}
	if ohio != again {
		t.Error("the win of one state's primary in two articles: two facts")
	}
}

func TestOtherNumberIsOtherAct(t *testing.T) {
	docs := inOneStory(t,
		"Storm Ilsa gained strength over the sea. On Monday the storm was moving north at 8 mph toward the islands.",
		"Storm Ilsa gained strength over the sea. On Monday the storm was moving north-by-northeast at 25 mph toward the islands.",
		"Storm Ilsa gained strength over the sea. On Monday the storm was moving north at 8 mph toward the coast.",
	)
	slow, fast, again := factOf(t, docs[0], "moving"), factOf(t, docs[1], "moving"), factOf(t, docs[2], "moving")
	if slow == fast {
		t.Error("moving at 8 mph and at 25 mph: one fact")
	}
	if slow != again {
		t.Error("moving at 8 mph in two articles: two facts")
	}
}
