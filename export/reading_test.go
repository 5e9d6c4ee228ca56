package export

import (
	"testing"

	"github.com/annals/annals"
)

// TestReading: what the views show of a statement, one case per rule.
func TestReading(t *testing.T) {
	sp := func(text string, start int) annals.Span {
		return annals.Span{Text: text, Start: start, End: start + len(text)}
	}
	pred := annals.Predicate{Span: sp("expressed", 8), Lemma: "express"}
	names := map[string]string{"howie-hawkins": "Howie Hawkins", "russia": "Russia", "tom-jones": "Tom Jones"}
	hawkins := annals.Argument{Span: sp("Hawkins", 0), Norm: "Hawkins", Actor: "howie-hawkins"}
	for _, c := range []struct {
		name string
		st   annals.Statement
		want string
	}{
		{"an actor by name, an object as written",
			annals.Statement{Subject: hawkins, Predicate: pred,
				Object: &annals.Argument{Span: sp("an interest in community control of the police.", 18), Norm: "interest"}},
			"Howie Hawkins · express · an interest in community control of the police"},
		{"a phrase after the verb completes it; its time does not",
			annals.Statement{Subject: hawkins, Predicate: pred,
				Object:     &annals.Argument{Span: sp("dissatisfaction", 18), Norm: "dissatisfaction"},
				Qualifiers: []annals.Qualifier{{Span: sp("with Bolton", 34), Prep: "with"}, {Span: sp("on Tuesday", 46), Prep: "on"}}},
			"Howie Hawkins · express · dissatisfaction with Bolton"},
		{"a phrase before the verb sets the scene, not the act",
			annals.Statement{Subject: annals.Argument{Span: sp("Transport for London", 20), Norm: "Transport"},
				Predicate:  annals.Predicate{Span: sp("warned", 41), Lemma: "warn"},
				Qualifiers: []annals.Qualifier{{Span: sp("In a statement", 0), Prep: "in"}}},
			"Transport for London · warn"},
		{"a stretch of a sentence by its compact form",
			annals.Statement{Subject: annals.Argument{Span: sp("An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region", 0), Norm: "apartment building"},
				Predicate: annals.Predicate{Span: sp("collapsed", 22), Lemma: "collapse"}},
			"apartment building · collapse"},
		{"a prepositional object keeps its preposition",
			annals.Statement{Subject: annals.Argument{Span: sp("She", 0)}, Predicate: annals.Predicate{Span: sp("was born", 4), Lemma: "bear"}, Passive: true,
				Object: &annals.Argument{Span: sp("an Indian-born mother", 16), Prep: "to"}},
			"She · be born to · an Indian-born mother"},
		{"a recipient shows the preposition its role implies",
			annals.Statement{Subject: annals.Argument{Span: sp("Ana", 0)}, Predicate: annals.Predicate{Span: sp("granted", 4), Lemma: "grant"},
				Object:     &annals.Argument{Span: sp("a pardon", 21)},
				Qualifiers: []annals.Qualifier{{Span: sp("Ben Ruiz", 12), Prep: "to"}}},
			"Ana · grant · a pardon to Ben Ruiz"},
		{"a quotation the object opens is closed; a closing mark without its opening goes",
			annals.Statement{Subject: annals.Argument{Span: sp("Ana", 0)}, Predicate: annals.Predicate{Span: sp("called", 4), Lemma: "call"},
				Object: &annals.Argument{Span: sp(`Ben a "decent man`, 11)}},
			`Ana · call · Ben a "decent man"`},
		{"a closing mark without its opening goes",
			annals.Statement{Subject: annals.Argument{Span: sp("Ana", 0)}, Predicate: annals.Predicate{Span: sp("called", 4), Lemma: "call"},
				Object: &annals.Argument{Span: sp(`two wounds" in the attack`, 11)}},
			`Ana · call · two wounds in the attack`},
		{"a clause of when is an event, shown though it holds words of time",
			annals.Statement{Subject: annals.Argument{Span: sp("Ana", 0)}, Predicate: annals.Predicate{Span: sp("was", 4), Lemma: "be"},
				Object:     &annals.Argument{Span: sp("furious", 8)},
				Qualifiers: []annals.Qualifier{{Span: sp("when the club sold her, the week of the final", 16), Prep: "when"}}},
			"Ana · be · furious when the club sold her, the week of the final"},
		{"a people by its demonym shows as written, though it stands for its country",
			annals.Statement{Subject: annals.Argument{Span: sp("Russians", 0), Actor: "russia"}, Predicate: annals.Predicate{Span: sp("voted", 9), Lemma: "vote"}},
			"Russians · vote"},
		{"a surname shows as the actor's full name",
			annals.Statement{Subject: annals.Argument{Span: sp("Jones", 0), Actor: "tom-jones"}, Predicate: annals.Predicate{Span: sp("voted", 6), Lemma: "vote"}},
			"Tom Jones · vote"},
	} {
		if got := Reading(c.st, names); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
