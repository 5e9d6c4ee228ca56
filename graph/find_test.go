package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals"
)

// cast is a document in which each actor speaks as often as said: "NAME
// spoke." once a sentence, so the store counts that many statements.
func cast(doc string, actors []annals.Actor, speaks []int) *annals.Extraction {
	x := &annals.Extraction{Document: annals.Document{ID: doc}, Actors: actors}
	var text strings.Builder
	for i, a := range actors {
		for range speaks[i] {
			start := text.Len()
			fmt.Fprintf(&text, "%s spoke. ", a.Name)
			end := start + len(a.Name)
			st := annals.Statement{Doc: doc, Sentence: len(x.Sentences),
				Subject:   annals.Argument{Span: annals.Span{Text: a.Name, Start: start, End: end}, Actor: a.ID},
				Predicate: annals.Predicate{Span: annals.Span{Text: "spoke", Start: end + 1, End: end + 6}, Lemma: "speak"},
			}
			st.ID = annals.StatementID(&st)
			x.Statements = append(x.Statements, st)
			x.Sentences = append(x.Sentences, annals.Span{Text: a.Name + " spoke.", Start: start, End: end + 7})
		}
	}
	x.Document.Text = text.String()
	return x
}

// storeOf is a store holding one document in which the actors speak as
// often as said, with no joining of names across actors.
func storeOf(t *testing.T, actors []annals.Actor, speaks []int) *Store {
	t.Helper()
	ctx := context.Background()
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	if _, err := w.Write(ctx, cast("d1", actors, speaks)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func person(name string, aliases ...string) annals.Actor {
	return annals.Actor{ID: annals.Slug(name), Name: name, Type: annals.ActorPerson, Aliases: aliases}
}

func org(name string) annals.Actor {
	return annals.Actor{ID: annals.Slug(name), Name: name, Type: annals.ActorOrganization}
}

// TestFindActor: what a user types finds an actor by id or name, then
// alias, then whole words of a name, then the start of a name; the first
// of these that fits decides, and fitting several actors lists them, most
// statements first.
func TestFindActor(t *testing.T) {
	s := storeOf(t, []annals.Actor{
		person("Dmitry Peskov"),
		person("Donald Trump", "President Trump"),
		person("Vladimir Putin", "Putin"),
		person("Vladimir Medinsky", "Medinsky"),
		person("Recep Tayyip Erdoğan"),
		person("Tsai Ing-wen"),
		person("Joe Biden"),
		person("Biden"),
		{ID: "russia", Name: "Russia", Type: annals.ActorCountry},
		org("Russian forces"),
		org("Russian Defence Ministry"),
		org("Kremlin"),
		{ID: "ukraine", Name: "Ukraine", Type: annals.ActorCountry},
		org("Ukrainian delegation"),
		org("Russian Putin Fans"), // an alias of one actor, a word of another's name
	}, []int{1, 1, 3, 2, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1})
	for _, tt := range []struct {
		typed string
		want  string   // the id found
		fits  []string // else the ids listed, in order; none: no actor
	}{
		// the id or the name
		{typed: "dmitry-peskov", want: "dmitry-peskov"},
		{typed: "Dmitry Peskov", want: "dmitry-peskov"},
		{typed: "donald trump", want: "donald-trump"},
		{typed: "Russia", want: "russia"},                             // not Russian forces &c.
		{typed: "Biden", want: "biden"},                               // an exact name beats a word of Joe Biden
		{typed: "Recep Tayyip Erdogan", want: "recep-tayyip-erdogan"}, // accents as the id folds them
		// an alias
		{typed: "President Trump", want: "donald-trump"},
		{typed: "putin", want: "vladimir-putin"}, // an alias beats a word of Russian Putin Fans
		// whole words of a name
		{typed: "Peskov", want: "dmitry-peskov"},
		{typed: "Trump", want: "donald-trump"},
		{typed: "TRUMP", want: "donald-trump"},
		{typed: "Erdogan", want: "recep-tayyip-erdogan"},
		{typed: "Ing-wen", want: "tsai-ing-wen"},
		{typed: "Defence Ministry", want: "russian-defence-ministry"},
		{typed: "Joe", want: "joe-biden"},
		{typed: "Vladimir", fits: []string{"vladimir-putin", "vladimir-medinsky"}},
		{typed: "russian", fits: []string{"russian-forces", "russian-defence-ministry", "russian-putin-fans"}},
		// the start of a name
		{typed: "Kreml", want: "kremlin"},
		{typed: "vladimir pu", want: "vladimir-putin"},
		{typed: "Ukr", fits: []string{"ukraine", "ukrainian-delegation"}},
		{typed: "Don", want: "donald-trump"},
		{typed: "Russ", fits: []string{"russian-forces", "russia", "russian-defence-ministry", "russian-putin-fans"}},
		// the start of a later word of a name
		{typed: "Pesk", want: "dmitry-peskov"},
		{typed: "Ing", want: "tsai-ing-wen"},
		{typed: "Tayyip Erd", want: "recep-tayyip-erdogan"},
		{typed: "Bid", want: "biden"}, // the start of a name beats that of a later word
		{typed: "de", fits: []string{"russian-defence-ministry", "ukrainian-delegation"}},
		{typed: "Med", want: "vladimir-medinsky"},
		// nothing
		{typed: "Nobody"},
		{typed: "Peskovs"},
		{typed: ""},
		{typed: " - "},
	} {
		t.Run(tt.typed, func(t *testing.T) {
			a, err := s.FindActor(context.Background(), tt.typed)
			if tt.want != "" {
				if err != nil || a.ID != tt.want {
					t.Errorf("FindActor(%q) = %q, %v; want %q", tt.typed, a.ID, err, tt.want)
				}
				return
			}
			var name *ActorNameError
			if !errors.As(err, &name) {
				t.Fatalf("FindActor(%q) = %q, %v; want an *ActorNameError", tt.typed, a.ID, err)
			}
			var ids []string
			for _, c := range name.Candidates {
				ids = append(ids, c.ID)
				if !strings.Contains(err.Error(), c.Name+" ("+c.ID+")") {
					t.Errorf("%q does not list %s", err, c.ID)
				}
			}
			if !slices.Equal(ids, tt.fits) {
				t.Errorf("FindActor(%q) fits %v; want %v", tt.typed, ids, tt.fits)
			}
		})
	}
}

// TestFindActorListsAHandful: a name that fits many actors lists the few
// with most statements and counts the rest.
func TestFindActorListsAHandful(t *testing.T) {
	var actors []annals.Actor
	var speaks []int
	for i := range 8 {
		actors = append(actors, org(fmt.Sprintf("Ministry %c", 'A'+i)))
		speaks = append(speaks, i+1)
	}
	_, err := storeOf(t, actors, speaks).FindActor(context.Background(), "ministry")
	want := `"ministry" fits 8 actors: Ministry H (ministry-h), Ministry G (ministry-g), Ministry F (ministry-f), Ministry E (ministry-e), Ministry D (ministry-d), and 3 more`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestMergeSurnameIntoFullName: where "Trump" and "Donald Trump" are two
// actors, `actors merge Trump "Donald Trump"` names each exactly and
// merges them; afterwards "Trump" finds the one that is left.
func TestMergeSurnameIntoFullName(t *testing.T) {
	ctx := context.Background()
	s := storeOf(t, []annals.Actor{person("Trump"), person("Donald Trump")}, []int{1, 1})
	a, errA := s.FindActor(ctx, "Trump")
	b, errB := s.FindActor(ctx, "Donald Trump")
	if errA != nil || errB != nil || a.ID != "trump" || b.ID != "donald-trump" {
		t.Fatalf("FindActor = %q, %v and %q, %v", a.ID, errA, b.ID, errB)
	}
	if err := s.MergeActors(ctx, a.ID, b.ID); err != nil {
		t.Fatal(err)
	}
	if a, err := s.FindActor(ctx, "Trump"); err != nil || a.ID != "donald-trump" {
		t.Errorf("after the merge FindActor(Trump) = %q, %v", a.ID, err)
	}
}
