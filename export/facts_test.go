package export

import (
	"bytes"
	"encoding/csv"
	"maps"
	"slices"
	"testing"
	"time"

	annals "github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// act is a statement of one act for the fact tests: "freed" by the army,
// on 2025-03-04, in doc, of fact f.
func act(id, doc, f string, confidence float64) annals.Statement {
	return annals.Statement{ID: id, Doc: doc, Fact: f, Confidence: confidence, Subject: arg("the army", "army"),
		Predicate: pred("free", 10), Object: argp("12 prisoners", ""), Time: dayTime("2025-03-04"),
		Event: &annals.Event{PLOVER: annals.PLOVERConcede}}
}

func TestCorroborate(t *testing.T) {
	said := act("s2", "b", "f1", 0.7)
	said.Attribution = argp("officials", "")
	junk := act("s4", "d", "f1", 0.1)
	other := act("s5", "c", "f2", 0.9)
	other.Object = argp("the town", "")
	sts := []annals.Statement{act("s1", "a", "f1", 0.7), said, act("s3", "c", "f1", 0.5), junk, other,
		{ID: "s6", Doc: "e", Confidence: 0.9}} // no fact
	published := map[string]time.Time{"a": time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), "b": time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	got := Corroborate(sts, published)
	if len(got) != 2 {
		t.Fatalf("Corroborate made %d facts, want 2: %v", len(got), got)
	}
	f1 := got["f1"]
	tests := []struct {
		what      string
		got, want any
	}{
		{"docs", f1.Docs, []string{"a", "b", "c"}},                     // not d: junk
		{"sources", f1.Sources(), 3},                                   // documents, not statements
		{"attributed", f1.Attributed, []string{"b"}},                   // b only says officials said so
		{"best", f1.Best, "s2"},                                        // 0.7 twice: b was published first
		{"statements", ids(f1.Statements), []string{"s2", "s1", "s3"}}, // best first
		{"f2 sources", got["f2"].Sources(), 1},
		{"no fact", (*Support)(nil).Sources(), 1},
	}
	for _, tt := range tests {
		switch w := tt.want.(type) {
		case []string:
			if g, _ := tt.got.([]string); !slices.Equal(g, w) {
				t.Errorf("%s = %v, want %v", tt.what, tt.got, w)
			}
		default:
			if tt.got != tt.want {
				t.Errorf("%s = %v, want %v", tt.what, tt.got, tt.want)
			}
		}
	}
	// without dates, equal confidence goes to the first document by id
	if best := Corroborate(sts, nil)["f1"].Best; best != "s1" {
		t.Errorf("best without dates = %s, want s1", best)
	}
}

func TestCorroborateContradictions(t *testing.T) {
	denied := act("n1", "b", "f9", 0.7)
	denied.Negated = true
	fifteen := act("m1", "c", "f8", 0.7)
	fifteen.Object = argp("15 prisoners", "")
	got := Corroborate([]annals.Statement{act("s1", "a", "f1", 0.7), denied, fifteen}, nil)
	for fact, want := range map[string][]string{"f1": {"n1", "m1"}, "f9": {"s1"}, "f8": {"s1"}} {
		if g := ids(got[fact].Contradictions); !slices.Equal(g, want) {
			t.Errorf("%s contradicted by %v, want %v", fact, g, want)
		}
	}
}

func TestContradicts(t *testing.T) {
	base := act("s1", "a", "f1", 0.7)
	tests := []struct {
		name   string
		change func(a, b *annals.Statement) // a is the base, b the other
		want   bool
	}{
		{"negated", func(_, s *annals.Statement) { s.Negated = true }, true},
		{"negated, said by someone", func(_, s *annals.Statement) { s.Negated = true; s.Attribution = argp("officials", "") }, true},
		{"other number", func(_, s *annals.Statement) { s.Object = argp("1,500 prisoners", "") }, true},
		{"same number written apart", func(_, s *annals.Statement) { s.Object = argp("12 Prisoners", "") }, false},
		{"same fact", func(_, s *annals.Statement) { s.Fact = "f1"; s.Negated = true }, false},
		{"other act", func(_, s *annals.Statement) { s.Negated = true; s.Predicate = pred("release", 10) }, false},
		{"other subject", func(_, s *annals.Statement) { s.Negated = true; s.Subject = arg("the police", "police") }, false},
		{"subject no actor", func(_, s *annals.Statement) { s.Negated = true; s.Subject = arg("the army", "") }, false},
		{"negated, other object", func(_, s *annals.Statement) { s.Negated = true; s.Object = argp("the hostages", "") }, false},
		{"modal", func(_, s *annals.Statement) { s.Negated = true; s.Modality = "will" }, false},
		{"same document", func(_, s *annals.Statement) { s.Negated = true; s.Doc = "a" }, false},
		{"no event type", func(a, s *annals.Statement) { a.Event, s.Event, s.Negated = nil, nil, true }, false},
		{"a statement, no act", func(_, s *annals.Statement) { s.Negated = true; s.Event = &annals.Event{CAMEO: "01"} }, false},
		{"other day", func(_, s *annals.Statement) { s.Negated = true; s.Time = dayTime("2025-03-09") }, false},
		{"undated", func(_, s *annals.Statement) { s.Negated = true; s.Time = nil }, false},
		{"number, other words", func(_, s *annals.Statement) { s.Object = argp("15 soldiers", "") }, false},
		{"number against none", func(_, s *annals.Statement) { s.Object = argp("prisoners", "") }, false},
		{"both negated, other number", func(a, s *annals.Statement) {
			a.Negated, s.Negated = true, true
			s.Object = argp("15 prisoners", "")
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, other := base, act("s2", "b", "f2", 0.7)
			tt.change(&a, &other)
			if got := Contradicts(&a, &other); got != tt.want {
				t.Errorf("Contradicts = %v, want %v", got, tt.want)
			}
			if got := Contradicts(&other, &a); got != tt.want {
				t.Errorf("Contradicts, the other way = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMinSourcesAndByFact(t *testing.T) {
	// f1: s1 (a) and s2 (b), s2 the better; f2: s3 alone; s4 has no fact
	sts := []annals.Statement{act("s1", "a", "f1", 0.6), act("s3", "c", "f2", 0.7), act("s2", "b", "f1", 0.8), {ID: "s4", Doc: "d"}}
	support := Corroborate(sts, nil)
	statementIDs := func(sts []annals.Statement) []string {
		var out []string
		for _, s := range sts {
			out = append(out, s.ID)
		}
		return out
	}
	tests := []struct {
		name string
		got  []annals.Statement
		want []string
	}{
		{"min 2", MinSources(sts, support, 2), []string{"s1", "s2"}},
		{"min 1", MinSources(sts, support, 1), []string{"s1", "s3", "s2", "s4"}},
		{"min 3", MinSources(sts, support, 3), nil},
		{"by fact", ByFact(sts, support), []string{"s3", "s2", "s4"}},
		{"by fact, best not listed", ByFact([]annals.Statement{sts[0], sts[1]}, support), []string{"s1", "s3"}},
		{"by fact, no support", ByFact(sts, nil), []string{"s1", "s3", "s4"}},
	}
	for _, tt := range tests {
		if got := statementIDs(tt.got); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// ids are the ids of sources, in order.
func ids(srcs []Source) []string {
	var out []string
	for _, s := range srcs {
		out = append(out, s.ID)
	}
	return out
}

func TestCSVSources(t *testing.T) {
	tl := Timeline{Statements: []annals.Statement{act("s1", "a", "f1", 0.7), act("s2", "b", "f1", 0.7), {ID: "s3", Doc: "c", Confidence: 0.9}}}
	for _, c := range []struct {
		name    string
		support map[string]*Support
		want    []string // the sources column, row by row
	}{
		{"not read", nil, []string{"", "", ""}},
		{"read", Corroborate(tl.Statements, nil), []string{"2", "2", "1"}},
	} {
		tl.Support = c.support
		var buf bytes.Buffer
		if err := CSV(&buf, tl); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var got, facts []string
		for _, row := range rows[1:] {
			got = append(got, row[slices.Index(CSVHeader, "sources")])
			facts = append(facts, row[slices.Index(CSVHeader, "fact")])
		}
		if !slices.Equal(got, c.want) || !slices.Equal(facts, []string{"f1", "f1", ""}) {
			t.Errorf("%s: sources %q, facts %q; want sources %q", c.name, got, facts, c.want)
		}
	}
}

// TestEnrichFact: a fact two documents' statements report is one node,
// derived from each statement and with each document as a primary source.
func TestEnrichFact(t *testing.T) {
	var quads []quad.Quad
	q := func(s quad.Value, p quad.IRI, o quad.Value, g quad.Value) {
		quads = append(quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: g})
	}
	for _, d := range []string{"d1", "d2"} {
		doc, st := quad.IRI("urn:annals:doc/"+d), quad.IRI("urn:annals:statement/s-"+d)
		q(doc, vocab.RDFType, vocab.ClassArticle, doc)
		q(st, vocab.RDFType, vocab.ClassStatement, st)
		q(st, vocab.PropDerived, doc, st)
		q(st, vocab.PropFact, quad.String("f1"), st)
	}
	fact := quad.IRI("urn:annals:fact/f1")
	got := map[string]int{}
	for _, d := range Enrich(quads) {
		if d.Subject == fact || d.Object == fact {
			got[d.Predicate.String()+" "+d.Object.String()+" in "+d.Label.String()]++
		}
	}
	want := map[string]int{}
	for _, d := range []string{"d1", "d2"} {
		st := "<urn:annals:statement/s-" + d + ">"
		for _, k := range []string{
			"<" + string(vocab.PropReports) + "> <urn:annals:fact/f1> in " + st,
			"<" + string(vocab.RDFType) + "> <" + string(vocab.ClassFact) + "> in " + st,
			"<" + string(vocab.PropDerived) + "> " + st + " in " + st,
			"<" + string(vocab.ProvHadPrimarySource) + "> <urn:annals:doc/" + d + "> in " + st,
		} {
			want[k]++
		}
	}
	if !maps.Equal(got, want) {
		t.Errorf("fact quads:\n%v\nwant\n%v", got, want)
	}
}
