package actor_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
)

// runDefault runs a text through the standard pipeline.
func runDefault(t *testing.T, text string) *analysis.Analysis {
	t.Helper()
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: text, Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)}}
	if err := pipe.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

// mentionActor returns the actor of the mention that covers exactly the
// n-th (from 1) occurrence of word in the text, as a whole word, or "".
func mentionActor(t *testing.T, a *analysis.Analysis, word string, n int) string {
	t.Helper()
	text, at := a.Document.Text, -1
	for from, seen := 0, 0; seen < n; {
		i := strings.Index(text[from:], word)
		if i < 0 {
			t.Fatalf("no %d-th %q in the text", n, word)
		}
		i += from
		from = i + len(word)
		if (i == 0 || !isLetter(text[i-1])) && (from == len(text) || !isLetter(text[from])) {
			seen++
			at = i
		}
	}
	for _, m := range a.Mentions {
		if m.Start == at && m.End == at+len(word) {
			return m.Actor
		}
	}
	return ""
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// TestBarePronouns: pronouns of persons that stand in no statement's
// argument (possessives above all) are mentions of the person they
// resolve to, by the rules arguments follow; what is unclear, a title,
// and a quotation's speaker for the "his" of the quotation stay out.
func TestBarePronouns(t *testing.T) {
	cases := []struct {
		name, text, word string
		n                int
		want             string
	}{
		{"a possessive after the subject", "Peter Brandt resigned on Monday, and his deputy took over the ministry.", "his", 1, "peter-brandt"},
		{"a possessive opening the next sentence", "Anna Kovacs founded the bakery in 1998. Her brother joined the business later.", "Her", 1, "anna-kovacs"},
		{"she in a clause of no statement", "Maria Lopez joined the board in 2010, when she was 40.", "she", 1, "maria-lopez"},
		{"no woman for her", "Peter Brandt resigned on Monday. Her deputy took over.", "Her", 1, ""},
		{"a title is no pronoun", "King Harald met Prime Minister Jonas Berg. His Majesty spoke first.", "His", 1, ""},
		{"the quotation's speaker is not its his", `Mark Hale spoke on Monday. "His plan will fail," Hale said.`, "His", 1, ""},
		{"two persons and no subject among them", "The award went to David Moss and Peter Lang. His speech was short.", "His", 1, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := runDefault(t, tc.text)
			if got := mentionActor(t, a, tc.word, tc.n); got != tc.want {
				t.Errorf("%q (%d) is a mention of %q, want %q", tc.word, tc.n, got, tc.want)
			}
		})
	}
}

// TestBarePronounsLeaveStatements: resolving a possessive sets no
// argument's actor; the statements are those the arguments alone give.
func TestBarePronounsLeaveStatements(t *testing.T) {
	a := runDefault(t, "Anna Kovacs founded the bakery in 1998. Her brother joined the business later.")
	for _, st := range a.Statements {
		if st.Sentence == 1 && st.Subject.Actor != "" {
			t.Errorf("%q has the actor %q", st.Subject.Text, st.Subject.Actor)
		}
	}
}

// TestNameTypes: a given name alone is a person's, unless the document
// writes the word in lower case or it ends a person's full name; a name
// opening with a place word or of two words ending in one, after a word
// that is no given name, is a place; a school is an organisation.
func TestNameTypes(t *testing.T) {
	cases := []struct {
		name, text, actor string
		want              annals.ActorType
	}{
		{"a given name alone", "Marta opened the shop on Monday. Customers thanked Marta.", "marta", annals.ActorPerson},
		{"a given name the text also writes in lower case", "Grace Hopper was honoured. The team showed grace under pressure, and Grace was thanked.", "grace", ""},
		{"a lake", "Visitors flocked to Silver Lake on Sunday.", "silver-lake", annals.ActorPlace},
		{"a person whose surname is a lake", "Ricki Lake said the show would return.", "ricki-lake", annals.ActorPerson},
		{"three words ending in a place word", "Tynell Marie Hall was released on Friday.", "tynell-marie-hall", annals.ActorPerson},
		{"a mountain", "Snow closed the roads around Mount Baker on Tuesday.", "mount-baker", annals.ActorPlace},
		{"a school", "He studied at Leeds Grammar School until 1798.", "leeds-grammar-school", annals.ActorOrganization},
		{"a possessor after in is no place", "In Kowalczyk's memoirs, the war is central.", "kowalczyk", annals.ActorUnknown},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := runDefault(t, tc.text)
			var got annals.ActorType = "(none)"
			for _, act := range a.Actors {
				if act.ID == tc.actor {
					got = act.Type
				}
			}
			if tc.want == "" {
				if got == annals.ActorPerson {
					t.Errorf("%s is a person", tc.actor)
				}
				return
			}
			if got != tc.want {
				t.Errorf("%s is %q, want %q (actors %v)", tc.actor, got, tc.want, a.Actors)
			}
		})
	}
}

// TestBareThingPronouns: "its", "their", and a subject "it" or "they" of
// a clause its antecedent's clause governs, that stand in no statement's
// argument, are mentions of the organisation, country or place they
// resolve to; an object "it", a second body that fits, a thing subject in
// between, a dummy "it" and a quotation's edge leave them unresolved.
func TestBareThingPronouns(t *testing.T) {
	cases := []struct {
		name, text, word string
		n                int
		want             string
	}{
		{"a company's possessive", "Kestrel Motors opened a factory in Ohio, and its workers joined a union.", "its", 1, "kestrel-motors"},
		{"a country's possessive past a person", "Norway hired Anne Lie as an adviser, and its budget grew.", "its", 1, "norway"},
		{"a party's their", "The Green Alliance announced their candidate for mayor on Friday.", "their", 1, "green-alliance"},
		{"it in a clause the subject's clause governs", "The Harbour Authority closed the port, as it had done in every storm since 1990.", "it", 1, "harbour-authority"},
		{"it in a complement", "The Harbour Authority said that it was in talks with the union.", "it", 1, "harbour-authority"},
		{"an object it is a thing", "The Harbour Authority bought a crane and repaired it in May.", "it", 1, ""},
		{"two bodies fit", "Kestrel Motors sued Orbital Bank over its contract.", "its", 1, ""},
		{"a thing subject in between", "Norway passed a law. The law changed its tax rules.", "its", 1, ""},
		{"a plural noun in between", "The Green Alliance urged the cities to publish their budgets.", "their", 1, ""},
		{"a dummy it", "Norway said it was likely that the talks would fail.", "it", 1, ""},
		{"a dummy it with a clausal subject", "The Harbour Authority left the meeting when it became clear that no deal was near.", "it", 1, ""},
		{"never across a quotation's edge", `The Harbour Authority met on Monday. "Its plan is wrong," said Tom Berg.`, "Its", 1, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := runDefault(t, tc.text)
			if got := mentionActor(t, a, tc.word, tc.n); got != tc.want {
				t.Errorf("%q (%d) is a mention of %q, want %q", tc.word, tc.n, got, tc.want)
			}
		})
	}
}

// TestWordNetPlaces: a name that nothing in the text types is a place
// when WordNet knows it as one (a US state, an Australian state); a
// person's name stays a person's.
func TestWordNetPlaces(t *testing.T) {
	cases := []struct {
		text, name string
		want       annals.ActorType
	}{
		{"The storm reached Sardinia on Sunday night.", "Sardinia", annals.ActorPlace},
		{"Nebraska counted the votes again on Monday.", "Nebraska", annals.ActorPlace},
		{"Sardinia passed a new fishing law on Tuesday.", "Sardinia", annals.ActorPlace},
		{"Jonas Berg said on Monday that Berg would run again.", "Jonas Berg", annals.ActorPerson},
	}
	for _, tc := range cases {
		a := runDefault(t, tc.text)
		var got annals.ActorType
		for _, act := range a.Actors {
			if act.Name == tc.name {
				got = act.Type
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s is %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestPeopleMentions: a demonym standing alone is a mention of its
// country that names the country's people; the country's name is not.
func TestPeopleMentions(t *testing.T) {
	a := runDefault(t, "Canada signed the deal on Monday. The Canadians welcomed it, and Canada paid.")
	people := map[string]bool{}
	for _, m := range a.Mentions {
		if m.Actor == "canada" {
			people[m.Text] = m.People
		}
	}
	if p, ok := people["Canadians"]; !ok || !p {
		t.Errorf("Canadians: a mention %v, of the people %v; want both", ok, p)
	}
	if p, ok := people["Canada"]; !ok || p {
		t.Errorf("Canada: a mention %v, of the people %v; want a mention of the country", ok, p)
	}
}

// TestNotANameWord: a capitalised word alone that is a single letter or
// an adjective names no actor; a name beside it still does.
func TestNotANameWord(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"The Democratic senators voted against the bill, and European leaders agreed.", "Democratic", false},
		{"The Democratic senators voted against the bill, and European leaders agreed.", "European", false},
		{"J went home early that night, and Lena Holm stayed.", "J", false},
		{"Lena Holm went home early that night.", "Lena Holm", true},
	}
	for _, tc := range cases {
		a := runDefault(t, tc.text)
		got := false
		for _, m := range a.Mentions {
			if m.Text == tc.word {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q is a mention: %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}
