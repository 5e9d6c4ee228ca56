package graph

import (
	"context"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/actor"
)

// mention is a one-statement extraction: "WHO met Putin."
func mention(doc, who string, typ annals.ActorType) *annals.Extraction {
	text := who + " met Putin."
	st := annals.Statement{Doc: doc,
		Subject:   annals.Argument{Span: annals.Span{Text: who, Start: 0, End: len(who)}, Actor: annals.Slug(who)},
		Predicate: annals.Predicate{Span: annals.Span{Text: "met", Start: len(who) + 1, End: len(who) + 4}, Lemma: "meet"},
		Object:    &annals.Argument{Span: annals.Span{Text: "Putin", Start: len(who) + 5, End: len(who) + 10}, Actor: "vladimir-putin"},
	}
	st.ID = annals.StatementID(&st)
	return &annals.Extraction{
		Document:   annals.Document{ID: doc, Text: text},
		Sentences:  []annals.Span{{Text: text, End: len(text)}},
		Statements: []annals.Statement{st},
		Actors: []annals.Actor{{ID: annals.Slug(who), Name: who, Type: typ},
			{ID: "vladimir-putin", Name: "Vladimir Putin", Type: annals.ActorPerson, Aliases: []string{"Putin"}}},
	}
}

func TestSurnameJoinsFullNameAcrossDocuments(t *testing.T) {
	for _, order := range [][]string{{"Donald Trump", "Trump"}, {"Trump", "Donald Trump"}} {
		t.Run(order[0]+" first", func(t *testing.T) {
			ctx := context.Background()
			s := openTemp(t, "memory")
			w := s.NewWriter("test")
			w.JoinActors(actor.NewJoiner(nil))
			for i, who := range order {
				if _, err := w.Write(ctx, mention("d"+string(rune('1'+i)), who, annals.ActorPerson)); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(ctx); err != nil {
				t.Fatal(err)
			}
			actors, err := s.Actors(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var trump *ActorSummary
			for i := range actors {
				if actors[i].Name == "Trump" {
					t.Errorf("a separate actor Trump remains: %+v", actors)
				}
				if actors[i].ID == "donald-trump" {
					trump = &actors[i]
				}
			}
			if trump == nil || trump.Statements != 2 || len(trump.Aliases) != 1 || trump.Aliases[0] != "Trump" {
				t.Fatalf("Donald Trump = %+v", trump)
			}
			if a, err := s.FindActor(ctx, "trump"); err != nil || a.ID != "donald-trump" {
				t.Errorf("FindActor(trump) = %v, %v", a, err)
			}
		})
	}
}

func TestAmbiguousSurnameStaysApart(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	for i, who := range []string{"Joe Biden", "Hunter Biden", "Biden"} {
		if _, err := w.Write(ctx, mention("d"+string(rune('1'+i)), who, annals.ActorPerson)); err != nil {
			t.Fatal(err)
		}
	}
	w.Close(ctx)
	if _, ok, _ := s.ActorByID(ctx, "biden"); !ok {
		t.Error("Biden alone should stay its own actor while two Bidens are known")
	}
}

// TestNoJoinerKeepsSurnamesApart: a writer without a joiner stores a
// surname alone as its own actor.
func TestNoJoinerKeepsSurnamesApart(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	for i, who := range []string{"Donald Trump", "Trump"} {
		if _, err := w.Write(ctx, mention("d"+string(rune('1'+i)), who, annals.ActorPerson)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"donald-trump", "trump"} {
		if _, ok, err := s.ActorByID(ctx, id); err != nil || !ok {
			t.Errorf("ActorByID(%s) = %v, %v; want the actor", id, ok, err)
		}
	}
}

func TestMergeAndRename(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "bolt")
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	w.Write(ctx, mention("d1", "Kremlin", annals.ActorOrganization))
	w.Write(ctx, mention("d2", "Russian government", annals.ActorOrganization))
	w.Close(ctx)
	if err := s.MergeActors(ctx, "kremlin", "russian-government"); err != nil {
		t.Fatal(err)
	}
	sts, err := s.Statements(ctx, Filter{Actors: []string{"russian-government"}})
	if err != nil || len(sts) != 2 {
		t.Fatalf("statements of the merged actor: %d, %v", len(sts), err)
	}
	// a later document naming the Kremlin lands on the merged actor
	w = s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	w.Write(ctx, mention("d3", "Kremlin", annals.ActorOrganization))
	w.Close(ctx)
	sts, _ = s.Statements(ctx, Filter{Actors: []string{"russian-government"}})
	if len(sts) != 3 {
		t.Errorf("after a new mention: %d statements", len(sts))
	}
	if err := s.RenameActor(ctx, "russian-government", "Government of Russia"); err != nil {
		t.Fatal(err)
	}
	a, _, _ := s.ActorByID(ctx, "kremlin")
	if a.Name != "Government of Russia" || len(a.Aliases) != 2 {
		t.Errorf("after rename: %+v", a)
	}
	if err := s.MergeActors(ctx, "nobody", "kremlin"); err == nil {
		t.Error("merging an unknown actor should fail")
	}
}
