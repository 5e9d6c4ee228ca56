package serve

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/graph"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// talks is a small article: Russia offers to return 3,000 bodies on
// Wednesday, Umerov meets Medinsky in İstanbul, Ukraine does not meet
// Russia, and Turkey hosts the talks by the end of August. The non-ASCII
// names make byte and character offsets differ.
func talks() *annals.Extraction {
	text := "Russia offered to return 3,000 bodies on Wednesday. " +
		"Umerov met Medinsky in İstanbul on July 23. " +
		"Ukraine did not meet Russia. " +
		"Turkey will host the “next round” by the end of August."
	doc := annals.Document{ID: "talks-1", Title: "Talks in İstanbul", URL: "https://example.org/talks",
		Date: day("2025-07-23"), DateSource: annals.DateField, Text: text}
	sp := func(s string, from int) annals.Span {
		i := from + strings.Index(text[from:], s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	sentences := []annals.Span{}
	for at := 0; at < len(text); {
		end := strings.Index(text[at:], ". ")
		if end < 0 {
			end = len(text) - at - 1
		}
		sentences = append(sentences, sp(text[at:at+end+1], at))
		at += end + 2
	}
	dated := func(value, first, last string, p annals.Precision, kind annals.TimeKind, expr *annals.Span) *annals.Time {
		t := &annals.Time{Value: value, Type: annals.TimexDate, Expr: expr, Precision: p, Kind: kind, Latest: day(last)}
		if first != "" {
			t.Earliest = day(first)
		}
		return t
	}
	wed, jul23, aug := sp("on Wednesday", 0), sp("on July 23", 0), sp("by the end of August", 0)
	s2, s3, s4 := sentences[1].Start, sentences[2].Start, sentences[3].Start
	sts := []annals.Statement{{
		Doc: doc.ID, Sentence: 0, Subject: annals.Argument{Span: sp("Russia", 0), Actor: "russia"},
		Predicate: annals.Predicate{Span: sp("return", 0), Lemma: "return"},
		Object:    &annals.Argument{Span: sp("3,000 bodies", 0)}, Modality: "offer", Confidence: 0.8,
		Time: dated("2025-07-23", "2025-07-23", "2025-07-23", annals.PrecisionDay, annals.KindEvent, &wed),
	}, {
		Doc: doc.ID, Sentence: 1, Subject: annals.Argument{Span: sp("Umerov", s2), Actor: "rustem-umerov"},
		Predicate: annals.Predicate{Span: sp("met", s2), Lemma: "meet"},
		Object:    &annals.Argument{Span: sp("Medinsky", s2), Actor: "vladimir-medinsky"}, Confidence: 0.9,
		Time:       dated("2025-07-23", "2025-07-23", "2025-07-23", annals.PrecisionDay, annals.KindEvent, &jul23),
		Qualifiers: []annals.Qualifier{{Span: sp("in İstanbul", s2), Prep: "in"}},
		Event:      &annals.Event{PLOVER: "CONSULT", CAMEO: "043"},
	}, {
		Doc: doc.ID, Sentence: 2, Subject: annals.Argument{Span: sp("Ukraine", s3), Actor: "ukraine"},
		Predicate: annals.Predicate{Span: sp("meet", s3), Lemma: "meet"},
		Object:    &annals.Argument{Span: sp("Russia", s3), Actor: "russia"}, Negated: true, Confidence: annals.DefaultMinConfidence, // shown by default, just
	}, {
		Doc: doc.ID, Sentence: 3, Subject: annals.Argument{Span: sp("Turkey", s4), Actor: "turkey"},
		Predicate: annals.Predicate{Span: sp("host", s4), Lemma: "host"},
		Object:    &annals.Argument{Span: sp("the “next round”", s4), Norm: "next round"}, Modality: "will", Confidence: 0.7,
		Time: dated("2025-08", "", "2025-08-31", annals.PrecisionMonth, annals.KindDeadline, &aug),
	}}
	for i := range sts {
		sts[i].ID = annals.StatementID(&sts[i])
	}
	return &annals.Extraction{Document: doc, Sentences: sentences, Statements: sts, Actors: []annals.Actor{
		{ID: "russia", Name: "Russia", Type: annals.ActorCountry},
		{ID: "ukraine", Name: "Ukraine", Type: annals.ActorCountry},
		{ID: "turkey", Name: "Turkey", Type: annals.ActorCountry, Aliases: []string{"Türkiye"}},
		{ID: "rustem-umerov", Name: "Rustem Umerov", Type: annals.ActorPerson, Aliases: []string{"Umerov"}},
		{ID: "vladimir-medinsky", Name: "Vladimir Medinsky", Type: annals.ActorPerson, Aliases: []string{"Medinsky"}},
	}}
}

// talksStore is a memory store holding talks().
func talksStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w := st.NewWriter("test")
	if _, err := w.Write(ctx, talks()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

// talksServer serves talksStore over HTTP on 127.0.0.1.
func talksServer(t testing.TB, cfg Config) *httptest.Server {
	t.Helper()
	srv, err := New(talksStore(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}
