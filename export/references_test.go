package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals"
)

// refStory is a short news story whose second sentence takes up the
// suspect by pronouns: "Police named the suspect as Ruth Alder. Officers
// found a letter from her in her car."
func refStory() (text string, st annals.Statement) {
	text = "Police named the suspect as Ruth Alder. Officers found a letter from her in her car."
	nth := func(s string, n int) annals.Span {
		i := -1
		for ; n >= 0; n-- {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	st = annals.Statement{
		ID: "s1", Doc: "d", Sentence: 1, Confidence: 0.8,
		Subject:    annals.Argument{Span: nth("Officers", 0)},
		Predicate:  annals.Predicate{Span: nth("found", 0), Lemma: "find"},
		Object:     &annals.Argument{Span: nth("a letter from her", 0), Norm: "letter", Refs: []annals.Reference{{Span: nth("her", 0), Actor: "ruth-alder"}}},
		Qualifiers: []annals.Qualifier{{Span: nth("in her car", 0), Prep: "in", Refs: []annals.Reference{{Span: nth("her", 1), Actor: "ruth-alder"}}}},
	}
	return text, st
}

// TestClarify: a pronoun with a reference is followed by its actor's name
// in brackets, as a journalist clarifies a quotation.
func TestClarify(t *testing.T) {
	sp := func(text string, start int) annals.Span {
		return annals.Span{Text: text, Start: start, End: start + len(text)}
	}
	names := map[string]string{"dorsa": "Dorsa Derakhshani", "qasem": "Qasem Soleimani", "acme": "Acme"}
	for _, c := range []struct {
		name   string
		phrase annals.Span
		refs   []annals.Reference
		want   string
	}{
		{"none", sp("sanctions against him", 10), nil, "sanctions against him"},
		{"one at the end", sp("sanctions against him", 10), []annals.Reference{{Span: sp("him", 28), Actor: "qasem"}},
			"sanctions against him [Qasem Soleimani]"},
		{"the first person inside", sp("to fight for what I want", 0), []annals.Reference{{Span: sp("I", 18), Actor: "dorsa"}},
			"to fight for what I [Dorsa Derakhshani] want"},
		{"two, in order", sp("its plan for his town", 5), []annals.Reference{{Span: sp("its", 5), Actor: "acme"}, {Span: sp("his", 18), Actor: "qasem"}},
			"its [Acme] plan for his [Qasem Soleimani] town"},
		{"an actor with no name is left as written", sp("his town", 0), []annals.Reference{{Span: sp("his", 0), Actor: "nobody"}}, "his town"},
		{"a reference outside the phrase is left out", sp("his town", 0), []annals.Reference{{Span: sp("his", 20), Actor: "qasem"}}, "his town"},
		{"offsets that do not point at the pronoun are left out", sp("his town", 0), []annals.Reference{{Span: sp("her", 0), Actor: "qasem"}}, "his town"},
	} {
		if got := Clarify(c.phrase, c.refs, names); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestReferenceViews: the one-line reading, the JSON, the CSV and the
// drawing all show whom the pronouns stand for.
func TestReferenceViews(t *testing.T) {
	_, st := refStory()
	names := map[string]string{"ruth-alder": "Ruth Alder"}
	const want = "Officers · find · a letter from her [Ruth Alder] in her [Ruth Alder] car"
	if got := Reading(st, names); got != want {
		t.Errorf("Reading = %q, want %q", got, want)
	}

	b, err := json.Marshal(NewStatementJSON(st, names))
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Object     struct{ Refs []ReferenceJSON }
		Qualifiers []struct{ Refs []ReferenceJSON }
		Reading    string
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	if len(j.Object.Refs) != 1 || j.Object.Refs[0] != (ReferenceJSON{Text: "her", Start: 69, End: 72, Entity: "ruth-alder", Name: "Ruth Alder"}) ||
		len(j.Qualifiers) != 1 || len(j.Qualifiers[0].Refs) != 1 || j.Qualifiers[0].Refs[0].Start != 76 || j.Reading != want {
		t.Errorf("JSON = %s", b)
	}

	tl := Timeline{Statements: []annals.Statement{st}, Actors: []annals.Actor{{ID: "ruth-alder", Name: "Ruth Alder", Type: annals.ActorPerson}}}
	var buf bytes.Buffer
	if err := CSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := func(name string) string { return rows[1][slices.Index(CSVHeader, name)] }
	if col("reading") != want ||
		col("references") != `[{"part":"object","text":"her","start":69,"end":72,"actor":"ruth-alder","name":"Ruth Alder"},{"part":"q0","text":"her","start":76,"end":79,"actor":"ruth-alder","name":"Ruth Alder"}]` {
		t.Errorf("CSV reading %q, references %s", col("reading"), col("references"))
	}

	// A drawing labels a text node with its compact form, here the text.
	st.Object.Norm = ""
	tl.Statements[0] = st
	buf.Reset()
	if err := DOT(&buf, tl, DOTOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "a letter from her [Ruth Alder]") {
		t.Errorf("DOT label without the clarification:\n%s", buf.String())
	}
}
