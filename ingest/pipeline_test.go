package ingest

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

func bundledArticle(t testing.TB) annals.Document {
	t.Helper()
	raw, err := os.ReadFile("../testdata/istanbul-talks.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct{ ID, Date, Text string }
	if err := json.Unmarshal(raw, &rec); err != nil {
		t.Fatal(err)
	}
	d, _ := time.Parse("2006-01-02", rec.Date)
	return annals.Document{ID: rec.ID, Date: d, DateSource: annals.DateField, Text: rec.Text}
}

// TestBundledArticle checks statements a reader takes from the bundled
// article (testdata/istanbul-talks.jsonl), through the whole default pipeline.
func TestBundledArticle(t *testing.T) {
	pipe, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analysis{Document: bundledArticle(t)}
	if err := pipe.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, actor := range a.Actors {
		names[actor.ID] = actor.Name
	}
	name := func(arg *annals.Argument) string {
		if arg == nil {
			return ""
		}
		if n, ok := names[arg.Actor]; ok {
			return n
		}
		return arg.Label()
	}
	type found struct {
		subject, lemma, object, when string
		negated                      bool
		modality                     string
	}
	var got []found
	for _, st := range a.Statements {
		for _, sp := range []annals.Span{st.Subject.Span, st.Predicate.Span} {
			if !sp.Valid(a.Document.Text) {
				t.Errorf("span %+v is not the text at its offsets", sp)
			}
		}
		if st.Object != nil && !st.Object.Valid(a.Document.Text) {
			t.Errorf("object span %+v is not the text at its offsets", st.Object.Span)
		}
		when := ""
		if st.Time != nil {
			when = st.Time.Value
		}
		got = append(got, found{name(&st.Subject), st.Predicate.Lemma, name(st.Object), when, st.Negated, st.Modality})
	}
	// The rows of ../shared/corpus/istanbul-talks.expected.md, what a careful
	// reader takes from the article; a row is right when a statement has its
	// subject, predicate lemma, an object containing the words given, and a
	// time whose value starts with the date given ("" = any).
	rows := []struct {
		subject, lemma, objectHas, when string
		negated                         bool
		modality                        string
	}{
		{"Ukraine", "propose", "negotiations", "2025-07-23", false, ""},
		{"", "exchange", "1,200 prisoners", "2025-07-23", false, "agree"},
		{"Russia", "return", "3,000 soldiers", "2025-07-23", false, "offer"},
		{"Rustem Umerov", "emphasize", "urgency", "2025-07-23", false, ""},
		{"Ukrainian delegation", "propose", "talks", "2025-08", false, ""},
		{"Vladimir Medinsky", "indicate", "positions", "2025-07-23", false, ""},
		{"Vladimir Medinsky", "acknowledge", "lengthy discussions", "2025-07-23", false, ""},
		{"Vladimir Medinsky", "suggest", "ceasefires", "2025-07-23", false, ""},
		{"previous rounds of talks", "yield", "agreements", "2025-05", false, ""},
		{"Dmitry Peskov", "express", "skepticism", "2025-07-23", false, ""},
		{"Hakan Fidan", "open", "meeting", "2025-07-23", false, ""},
		{"", "meet", "", "2019", false, ""},
		{"full-scale invasion", "begin", "", "2022-02", false, ""},
		{"White House", "intensify", "pressure", "PAST_REF", false, ""},
		{"Donald Trump", "announce", "deadline", "", false, ""},
		{"Kremlin", "show", "willingness", "", true, ""},
		{"Russian forces", "launch", "71 drone strikes", "2025-07-22", false, ""},
		{"Russian Defence Ministry", "report", "capture", "2025-07-23", false, ""},
		{"drone attack", "cause", "power outages", "", false, ""},
	}
	right := 0
	for _, r := range rows {
		ok := false
		for _, g := range got {
			if (r.subject == "" || g.subject == r.subject) && g.lemma == r.lemma && strings.Contains(g.object, r.objectHas) &&
				strings.HasPrefix(g.when, r.when) && g.negated == r.negated && g.modality == r.modality {
				ok = true
			}
		}
		if ok {
			right++
		} else {
			t.Logf("not right: %s · %s · %s (%s, negated %v, modality %q)", r.subject, r.lemma, r.objectHas, r.when, r.negated, r.modality)
		}
	}
	t.Logf("%d of %d rows of the expected table come out right", right, len(rows))
	// a floor under today's figure: fewer is a regression
	if right < 11 {
		t.Errorf("only %d of %d expected rows", right, len(rows))
	}
	if t.Failed() || testing.Verbose() {
		for _, g := range got {
			t.Logf("%+v", g)
		}
	}
}

func BenchmarkDefaultPipeline(b *testing.B) {
	pipe, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := bundledArticle(b)
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		a := &analysis.Analysis{Document: doc}
		if err := pipe.Run(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStages times each stage of the default pipeline on the bundled
// article, the others having run before it, so that a stage's share of the
// ingest time can be read off (dating must stay a small part of it).
func BenchmarkStages(b *testing.B) {
	pipe, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := bundledArticle(b)
	a := &analysis.Analysis{Document: doc}
	for _, stage := range pipe.stages {
		statements := slices.Clone(a.Statements)
		b.Run(stage.Name(), func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			for b.Loop() {
				a.Statements = slices.Clone(statements) // the extractor appends
				if err := stage.Run(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
		})
		a.Statements = slices.Clone(statements)
		if err := stage.Run(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

func TestCoNLLU(t *testing.T) {
	pipe, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: "Kyiv said no.\nRussia, too."}}
	if err := pipe.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	sents := CoNLLU(a)
	if len(sents) != 2 {
		t.Fatalf("%d sentences", len(sents))
	}
	if got := sents[0].Comments; len(got) != 2 || got[0] != "# sent_id = 1" || got[1] != "# text = Kyiv said no." {
		t.Errorf("comments %q", got)
	}
	w := sents[1].Words
	if w[0].Form != "Russia" || w[0].Misc != "SpaceAfter=No" || w[1].Misc != "" || w[2].Misc != "SpaceAfter=No" {
		t.Errorf("words %+v", w)
	}
	if sents[0].Words[1].Lemma != "say" || sents[0].Words[1].Head != 0 {
		t.Errorf("said: %+v", sents[0].Words[1])
	}
}
