package graph

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/actor"
)

// partsSample is a document whose actors are linked by annals:partOf:
// Russian forces are part of Russia and an air unit part of the forces; two
// units are parts of each other (a cycle); Putin's nation is Russia, which
// does not make him a part of it.
func partsSample() *annals.Extraction {
	text := "Russian forces struck Kharkiv. The air unit reported it. Putin met Trump. Russia offered talks. Unit A joined Unit B."
	doc := annals.Document{ID: "doc:parts", Title: "Parts", Date: day("2025-07-23"), DateSource: annals.DateField, Text: text}
	sp := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	st := func(sentence int, subject, actorID, verb, lemma string, object *annals.Argument) annals.Statement {
		s := annals.Statement{Doc: doc.ID, Sentence: sentence, Confidence: 0.8,
			Subject:   annals.Argument{Span: sp(subject), Actor: actorID},
			Predicate: annals.Predicate{Span: sp(verb), Lemma: lemma}, Object: object}
		s.ID = annals.StatementID(&s)
		return s
	}
	return &annals.Extraction{
		Document: doc,
		Statements: []annals.Statement{
			st(0, "Russian forces", "russian-forces", "struck", "strike", &annals.Argument{Span: sp("Kharkiv")}),
			st(1, "air unit", "air-unit", "reported", "report", nil),
			st(2, "Putin", "vladimir-putin", "met", "meet", &annals.Argument{Span: sp("Trump"), Actor: "donald-trump"}),
			st(3, "Russia", "russia", "offered", "offer", &annals.Argument{Span: sp("talks")}),
			st(4, "Unit A", "unit-a", "joined", "join", &annals.Argument{Span: sp("Unit B"), Actor: "unit-b"}),
		},
		Actors: []annals.Actor{
			{ID: "russia", Name: "Russia", Type: annals.ActorCountry},
			{ID: "russian-forces", Name: "Russian forces", Type: annals.ActorOrganization, Country: "russia"},
			{ID: "air-unit", Name: "air unit", Type: annals.ActorOrganization, Country: "russian-forces"},
			{ID: "vladimir-putin", Name: "Vladimir Putin", Type: annals.ActorPerson, Country: "russia"},
			{ID: "donald-trump", Name: "Donald Trump", Type: annals.ActorPerson},
			{ID: "unit-a", Name: "Unit A", Type: annals.ActorOrganization, Country: "unit-b"},
			{ID: "unit-b", Name: "Unit B", Type: annals.ActorOrganization, Country: "unit-a"},
		},
	}
}

func TestFilterParts(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	if _, err := w.Write(ctx, partsSample()); err != nil {
		t.Fatal(err)
	}
	w.Close(ctx)
	tests := []struct {
		name   string
		filter Filter
		want   []string // lemmas
	}{
		{"a country with its parts, transitively", Filter{Actors: []string{"russia"}}, []string{"strike", "report", "offer"}},
		{"the country alone", Filter{Actors: []string{"russia"}, ActorOnly: true}, []string{"offer"}},
		{"a part with its own parts", Filter{Actors: []string{"russian-forces"}}, []string{"strike", "report"}},
		{"a part alone", Filter{Actors: []string{"russian-forces"}, ActorOnly: true}, []string{"strike"}},
		{"an actor without parts", Filter{Actors: []string{"air-unit"}}, []string{"report"}},
		{"a person is no part of the nation", Filter{Actors: []string{"donald-trump"}}, []string{"meet"}},
		{"an actor and its part: each statement once", Filter{Actors: []string{"russian-forces", "russia"}},
			[]string{"strike", "report", "offer"}},
		{"a cycle of parts ends", Filter{Actors: []string{"unit-a"}}, []string{"join"}},
		{"parts and other filters", Filter{Actors: []string{"russia"}, EventType: "FIGHT"}, nil},
		{"an actor the store does not hold", Filter{Actors: []string{"nobody"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts, err := s.Statements(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, st := range sts {
				got = append(got, st.Predicate.Lemma)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWithParts(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	if _, err := w.Write(ctx, partsSample()); err != nil {
		t.Fatal(err)
	}
	w.Close(ctx)
	tests := []struct {
		name string
		ids  []string
		want []string
	}{
		{"none", nil, nil},
		{"country", []string{"russia"}, []string{"russia", "russian-forces", "air-unit"}},
		{"given ones first, once", []string{"air-unit", "russia", "air-unit"}, []string{"air-unit", "russia", "russian-forces"}},
		{"cycle", []string{"unit-b"}, []string{"unit-b", "unit-a"}},
		{"unknown", []string{"nobody"}, []string{"nobody"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.WithParts(ctx, tt.ids)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
