package ingest

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
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
	a := &Analysis{Document: bundledArticle(t)}
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
	tests := []struct {
		subject, lemma, objectHas, when string
		negated                         bool
		modality                        string
	}{
		{"Ukraine", "propose", "negotiations", "2025-07-23", false, ""},
		{"Russia", "return", "3,000 soldiers", "2025-07-23", false, "offer"},
		{"Rustem Umerov", "emphasize", "urgency", "2025-07-23", false, ""},
		{"Vladimir Medinsky", "acknowledge", "lengthy discussions", "2025-07-23", false, ""},
		{"Hakan Fidan", "open", "meeting", "2025-07-23", false, ""},
		{"Kremlin", "show", "willingness", "2025-07-23", true, ""},
		{"Russian forces", "launch", "71", "2025-07-22", false, ""},
		{"Russian Defence Ministry", "report", "capture", "2025-07-23", false, ""},
		{"Ukrainian delegation", "propose", "", "2025-08", false, ""},
	}
	for _, tt := range tests {
		ok := false
		for _, g := range got {
			if g.subject == tt.subject && g.lemma == tt.lemma && strings.Contains(g.object, tt.objectHas) &&
				g.when == tt.when && g.negated == tt.negated && g.modality == tt.modality {
				ok = true
			}
		}
		if !ok {
			t.Errorf("missing: %s · %s · %s (%s, negated %v, modality %q)", tt.subject, tt.lemma, tt.objectHas, tt.when, tt.negated, tt.modality)
		}
	}
	if t.Failed() {
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
		a := &Analysis{Document: doc}
		if err := pipe.Run(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}
