package graph

import (
	"context"
	"slices"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/actor"
)

// TestKin: a statement's kin are the other stored statements of its fact,
// whatever their confidence, and those of its lemma and subject actor; a
// document forgotten takes its statements out of them.
func TestKin(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	// doc:1 (sample): Russia returns bodies (fact f-return), Ukraine does not meet Russia.
	first := sample()
	first.Statements[0].Fact = "f-return"
	second := sample() // the same text as another document
	second.Document.ID = "doc:2"
	for i := range second.Statements {
		st := &second.Statements[i]
		st.Doc = second.Document.ID
		st.Confidence = 0.1 // however doubtful
		st.ID = annals.StatementID(st)
	}
	second.Statements[0].Fact = "f-return"                                    // the same fact
	second.Statements[1].Fact, second.Statements[1].Negated = "f-meet", false // Ukraine met Russia: same lemma and subject
	third := sample()
	third.Document.ID = "doc:3"
	third.Statements = third.Statements[:1]
	third.Statements[0].Doc, third.Statements[0].Fact = third.Document.ID, "f-other"
	third.Statements[0].Subject.Actor = "ukraine" // return, but by another actor: no kin
	third.Statements[0].ID = annals.StatementID(&third.Statements[0])
	for _, x := range []*annals.Extraction{first, second, third} {
		if _, err := w.Write(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	shown, err := s.Statements(ctx, Filter{Doc: "doc:1"})
	if err != nil {
		t.Fatal(err)
	}
	kin := func() []string {
		t.Helper()
		got, err := s.Kin(ctx, shown)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, st := range got {
			ids = append(ids, st.ID)
		}
		slices.Sort(ids)
		return ids
	}
	want := []string{second.Statements[0].ID, second.Statements[1].ID}
	slices.Sort(want)
	if got := kin(); !slices.Equal(got, want) {
		t.Errorf("kin = %v, want %v (doc:2's two statements)", got, want)
	}
	if _, err := s.Forget(ctx, "doc:2"); err != nil {
		t.Fatal(err)
	}
	if got := kin(); len(got) != 0 {
		t.Errorf("kin after forgetting doc:2 = %v, want none", got)
	}
}
