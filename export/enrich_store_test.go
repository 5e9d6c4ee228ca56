package export_test

import (
	"strings"
	"testing"
	"time"

	annals "github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/graph"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// TestEnrichReadsTheStore encodes a statement with every part through the
// store's own encoder (graph.Quads) and wants Enrich to find each of them:
// a term that graph wrote and export read under different names would lose
// the part's share of the derived view.
func TestEnrichReadsTheStore(t *testing.T) {
	text := "Ukraine said Russia attacked Kyiv in the night on Wednesday, in its biggest raid."
	sp := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	day := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	wed := sp("Wednesday")
	st := annals.Statement{
		Doc: "d1", Sentence: 0,
		Subject:     annals.Argument{Span: sp("Russia"), Actor: "russia"},
		Predicate:   annals.Predicate{Span: sp("attacked"), Lemma: "attack"},
		Object:      &annals.Argument{Span: sp("Kyiv"), Actor: "kyiv"},
		Attribution: &annals.Argument{Span: sp("Ukraine"), Actor: "ukraine"},
		Time: &annals.Time{Value: "2025-07-23", Type: annals.TimexDate, Expr: &wed, Earliest: day, Latest: day,
			Precision: annals.PrecisionDay, Kind: annals.KindEvent},
		Qualifiers: []annals.Qualifier{{Span: sp("in the night"), Prep: "in"},
			{Span: sp("in its biggest raid"), Prep: "in", Refs: []annals.Reference{{Span: sp("its"), Actor: "russia"}}}},
		Confidence: 0.7,
	}
	st.ID = annals.StatementID(&st)
	x := &annals.Extraction{
		Document:   annals.Document{ID: "d1", Text: text, Date: day, DateSource: annals.DateField},
		Sentences:  []annals.Span{sp(text)},
		Statements: []annals.Statement{st},
		Actors: []annals.Actor{
			{ID: "russia", Name: "Russia", Type: annals.ActorCountry},
			{ID: "ukraine", Name: "Ukraine", Type: annals.ActorCountry},
			{ID: "kyiv", Name: "Kyiv", Type: annals.ActorPlace},
		},
	}
	iris := vocab.IRIs{Base: vocab.DefaultBase}
	s, doc := iris.Statement(st.ID), iris.Document("d1")
	tm, sentence := quad.IRI(string(s)+"#time"), quad.IRI(string(s)+"#sentence")

	derived := map[[3]quad.Value]bool{}
	for _, q := range export.Enrich(graph.Quads(x, "", "test")) {
		derived[[3]quad.Value{q.Subject, q.Predicate, q.Object}] = true
	}
	tests := []struct {
		from    string // what the view is derived from
		s, p, o quad.Value
	}{
		{"the document's type", doc, vocab.RDFType, vocab.ProvEntity},
		{"the statement's type", s, vocab.RDFType, vocab.SEMEvent},
		{"the subject and its actor", s, vocab.SEMHasActor, iris.Actor("russia")},
		{"the object and its actor", s, vocab.SEMHasActor, iris.Actor("kyiv")},
		{"the time", s, vocab.SEMHasTime, tm},
		{"the TIMEX3 value", tm, vocab.PropTimexValue, quad.String("2025-07-23")},
		{"the TIMEX3 type", tm, vocab.PropTimexType, quad.String("DATE")},
		{"the time expression", tm, vocab.RDFSLabel, quad.String("Wednesday")},
		{"the time stamps", tm, vocab.SEMHasTimeStamp, quad.TypedString{Value: "2025-07-23", Type: vocab.XSDDate}},
		{"the sentence", s, vocab.ProvHadPrimarySource, sentence},
		{"the sentence's document", sentence, vocab.OAHasSource, doc},
		{"the sentence's text", quad.IRI(string(sentence) + "-quote"), vocab.OAExact, quad.String(text)},
		{"the qualifier", vocab.QualifierNode(s, 0), vocab.PropQualText, quad.String("in the night")},
		{"the reference", vocab.ReferenceNode(s, 0), vocab.PropQualText, quad.String("its")},
	}
	texts := map[vocab.Part]string{vocab.PartSubject: "Russia", vocab.PartPredicate: "attacked",
		vocab.PartObject: "Kyiv", vocab.PartAttribution: "Ukraine", vocab.PartTime: "Wednesday"}
	for _, part := range vocab.SpanParts() {
		tests = append(tests, struct {
			from    string
			s, p, o quad.Value
		}{"the " + string(part) + "'s span", s, vocab.SpanText(part), quad.String(texts[part])})
	}
	for _, tt := range tests {
		if !derived[[3]quad.Value{tt.s, tt.p, tt.o}] {
			t.Errorf("from %s: no %v %v %v", tt.from, tt.s, tt.p, tt.o)
		}
	}
}
