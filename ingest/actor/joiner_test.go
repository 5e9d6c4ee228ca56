package actor

import (
	"testing"

	"github.com/annals/annals"
)

// personsDoc is the extraction of a document that names these people,
// each the subject of one statement.
func personsDoc(names ...string) *annals.Extraction {
	x := &annals.Extraction{}
	for _, n := range names {
		x.Actors = append(x.Actors, annals.Actor{ID: annals.Slug(n), Name: n, Type: annals.ActorPerson})
		x.Statements = append(x.Statements, annals.Statement{Subject: annals.Argument{Actor: annals.Slug(n)}})
	}
	return x
}

func TestJoinerJoin(t *testing.T) {
	j := NewJoiner(nil)
	j.Join(personsDoc("Angela Merkel", "Olaf Scholz"), nil)
	y, _ := j.Join(personsDoc("Merkel", "Scholz", "Smith"), nil)
	got := []string{y.Statements[0].Subject.Actor, y.Statements[1].Subject.Actor, y.Statements[2].Subject.Actor}
	want := []string{"angela-merkel", "olaf-scholz", "smith"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("statement %d: actor %s, want %s", i, got[i], want[i])
		}
	}
	if a, _ := j.lookup("angela-merkel"); len(a.Aliases) != 1 || a.Aliases[0] != "Merkel" {
		t.Errorf("Angela Merkel aliases: %v", a.Aliases)
	}
	j.Join(personsDoc("Karl Merkel"), nil)
	if y, _ := j.Join(personsDoc("Merkel"), nil); y.Statements[0].Subject.Actor != "merkel" {
		t.Error("an ambiguous surname must stay apart")
	}
}

func TestJoinerApart(t *testing.T) {
	j := NewJoiner(func(n string) bool { return n == "Johnson" })
	j.Join(&annals.Extraction{Actors: []annals.Actor{{ID: "boris-johnson", Name: "Boris Johnson", Type: annals.ActorPerson}}}, nil)
	y, _ := j.Join(&annals.Extraction{Actors: []annals.Actor{{ID: "johnson", Name: "Johnson", Type: annals.ActorPerson}},
		Statements: []annals.Statement{{Subject: annals.Argument{Actor: "johnson"}}}}, nil)
	if y.Statements[0].Subject.Actor != "johnson" {
		t.Error("a name kept apart joined a fuller one")
	}
}

// TestJoinerAbsorbs: a person stored under a surname alone is absorbed by
// the first full name with that surname, unless another person known in
// full has it too.
func TestJoinerAbsorbs(t *testing.T) {
	person := func(name string) annals.Actor {
		return annals.Actor{ID: annals.Slug(name), Name: name, Type: annals.ActorPerson}
	}
	tests := []struct {
		name   string
		stored []string
		doc    string
		want   map[string]string
	}{
		{"a surname alone, then the full name", []string{"Zelensky"}, "Volodymyr Zelensky",
			map[string]string{"zelensky": "volodymyr-zelensky"}},
		{"another full name has the surname", []string{"Zelensky", "Olena Zelensky"}, "Volodymyr Zelensky",
			map[string]string{}},
		{"no surname stored alone", []string{"Olena Zelensky"}, "Volodymyr Zelensky", map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := NewJoiner(nil)
			for _, n := range tt.stored {
				j.Add(person(n))
			}
			_, absorbed := j.Join(&annals.Extraction{Actors: []annals.Actor{person(tt.doc)}}, nil)
			if len(absorbed) != len(tt.want) {
				t.Fatalf("absorbed %v, want %v", absorbed, tt.want)
			}
			for short, full := range tt.want {
				if absorbed[short] != full {
					t.Errorf("absorbed %v, want %v", absorbed, tt.want)
				}
			}
			if _, again := j.Join(&annals.Extraction{Actors: []annals.Actor{person(tt.doc)}}, nil); len(again) != 0 {
				t.Errorf("absorbed again: %v", again)
			}
		})
	}
}

// TestJoinerSalient: of several people who share a surname, the surname
// alone joins the one that at least three times as many documents named in
// full; with no such one it stays apart.
func TestJoinerSalient(t *testing.T) {
	j := NewJoiner(nil)
	j.Join(personsDoc("Karl Vance", "Rita Vance"), nil)
	if y, _ := j.Join(personsDoc("Vance"), nil); y.Statements[0].Subject.Actor != "vance" {
		t.Error("a surname two people share equally must stay apart")
	}
	for range 3 {
		j.Join(personsDoc("Karl Vance"), nil)
	}
	if y, _ := j.Join(personsDoc("Vance"), nil); y.Statements[0].Subject.Actor != "karl-vance" {
		t.Errorf("Vance joined %s, want karl-vance, named in full by four documents to Rita's one", y.Statements[0].Subject.Actor)
	}
}

// TestJoinerInitials: a full name with a middle initial and the same name
// without it are one person, whichever comes first.
func TestJoinerInitials(t *testing.T) {
	j := NewJoiner(nil)
	j.Join(personsDoc("Karl T. Vance"), nil)
	if y, _ := j.Join(personsDoc("Karl Vance"), nil); y.Statements[0].Subject.Actor != "karl-t-vance" {
		t.Errorf("Karl Vance joined %s, want karl-t-vance", y.Statements[0].Subject.Actor)
	}
	j = NewJoiner(nil)
	j.Join(personsDoc("Rita Vance"), nil)
	if y, _ := j.Join(personsDoc("Rita M. Vance"), nil); y.Statements[0].Subject.Actor != "rita-vance" {
		t.Errorf("Rita M. Vance joined %s, want rita-vance", y.Statements[0].Subject.Actor)
	}
	if y, _ := j.Join(personsDoc("Rita Vancer"), nil); y.Statements[0].Subject.Actor != "rita-vancer" {
		t.Error("another name joined")
	}
}

// TestJoinerUntypedSurname: a one-word name the text gave no kind joins the
// one person with that surname that three documents named in full, and
// takes the person's type; a one-word place or organisation never does, nor
// an untyped name of two words, nor one of a person named in one document.
func TestJoinerUntypedSurname(t *testing.T) {
	j := NewJoiner(nil)
	j.Join(personsDoc("Rustem Umerov", "Mark Paris", "Ada Hall"), nil)
	j.Join(personsDoc("Rustem Umerov", "Mark Paris"), nil)
	j.Join(personsDoc("Rustem Umerov", "Mark Paris"), nil)
	x := &annals.Extraction{}
	for _, a := range []annals.Actor{
		{ID: "umerov", Name: "Umerov", Type: annals.ActorUnknown},
		{ID: "paris", Name: "Paris", Type: annals.ActorPlace},
		{ID: "umerov-group", Name: "Umerov Group", Type: annals.ActorUnknown},
		{ID: "hall", Name: "Hall", Type: annals.ActorUnknown},
	} {
		x.Actors = append(x.Actors, a)
		x.Statements = append(x.Statements, annals.Statement{Subject: annals.Argument{Actor: a.ID}})
	}
	y, _ := j.Join(x, nil)
	want := []string{"rustem-umerov", "paris", "umerov-group", "hall"} // Ada Hall: one document
	for i, w := range want {
		if got := y.Statements[i].Subject.Actor; got != w {
			t.Errorf("%s joined %s, want %s", x.Actors[i].Name, got, w)
		}
	}
	if y.Actors[0].Type != annals.ActorPerson {
		t.Errorf("joined actor typed %s", y.Actors[0].Type)
	}
}

// TestJoinerSaintOwnsNoSurname: a name that opens with "Saint" (a saint,
// or a hospital named after one) is no full name a surname alone joins.
func TestJoinerSaintOwnsNoSurname(t *testing.T) {
	j := NewJoiner(nil)
	j.Join(personsDoc("Saint Francis"), nil)
	if y, _ := j.Join(personsDoc("Francis"), nil); y.Statements[0].Subject.Actor != "francis" {
		t.Errorf("Francis joined %s", y.Statements[0].Subject.Actor)
	}
}
