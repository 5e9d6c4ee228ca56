package graph

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
)

// fuzzPipeline is the standard pipeline, loaded once for all fuzz inputs.
var fuzzPipeline = sync.OnceValues(ingest.Default)

// FuzzWriteRead stores what the standard pipeline makes of any text and
// reads it back: the same statements, document and actors come out as went
// in, and storing the document again changes nothing.
func FuzzWriteRead(f *testing.F) {
	for _, seed := range []string{
		"Russia offered to return the bodies of 3,000 soldiers on Wednesday, the Kremlin said.",
		"President Volodymyr Zelensky met Umerov in Istanbul. He did not propose talks by the end of August.",
		"\"It will not happen,\" she said. According to the ministry, nobody was hurt in 2019.",
		"Moscow and Kyiv agreed. The two leaders spoke. Zelensky thanked Erdoğan.",
		"Navalny was transferred to Berlin on Friday. He was examined by doctors.",
		"Senator Paul Grant arrived on Monday. The committee criticised his plan, and Grant defended it in his reply.",
		"",
	} {
		f.Add(seed)
	}
	pipe, err := fuzzPipeline()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		ctx := context.Background()
		doc := annals.Document{ID: "doc:fuzz", Title: "T", Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC),
			DateSource: annals.DateField, Text: text}
		a := &analysis.Analysis{Document: doc}
		if err := pipe.Run(ctx, a); err != nil {
			t.Fatal(err)
		}
		x := a.Extraction()
		s, err := Open(ctx, "memory")
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		w := s.NewWriter(pipe.Version())
		if _, err := w.Write(ctx, x); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(ctx); err != nil {
			t.Fatal(err)
		}
		before, err := s.AllQuads(ctx)
		if err != nil {
			t.Fatal(err)
		}

		got, err := s.Statements(ctx, Filter{Doc: doc.ID})
		if err != nil {
			t.Fatal(err)
		}
		if g, w := statementsJSON(t, got), statementsJSON(t, x.Statements); g != w {
			t.Errorf("statements read back differ:\n got %s\nwant %s", g, w)
		}
		stored, ok, err := s.DocumentByID(ctx, doc.ID)
		if err != nil || !ok || stored.Text != doc.Text || stored.Title != doc.Title || !stored.Date.Equal(doc.Date) {
			t.Errorf("document read back: %+v, %v, %v", stored, ok, err)
		}
		for _, want := range x.Actors {
			got, ok, err := s.ActorByID(ctx, want.ID)
			if err != nil || !ok || got.Name != want.Name || got.Type != want.Type || got.Country != want.Country ||
				got.StandsFor != want.StandsFor || !slices.Equal(got.Aliases, want.Aliases) {
				t.Errorf("actor read back: %+v, %v, %v; want %+v", got, ok, err, want)
			}
		}

		w = s.NewWriter(pipe.Version())
		if out, err := w.Write(ctx, x); err != nil || out != Unchanged {
			t.Errorf("writing it again: %v, %v; want Unchanged", out, err)
		}
		if err := w.Close(ctx); err != nil {
			t.Fatal(err)
		}
		after, err := s.AllQuads(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(after) != len(before) {
			t.Errorf("writing it again: %d quads, then %d", len(before), len(after))
		}
	})
}

// statementsJSON is statements as JSON, in id order, each once: the store
// keeps a statement once however often the extraction repeats it.
func statementsJSON(t *testing.T, sts []annals.Statement) string {
	t.Helper()
	sorted := slices.Clone(sts)
	slices.SortStableFunc(sorted, func(a, b annals.Statement) int { return cmp.Compare(a.ID, b.ID) })
	sorted = slices.CompactFunc(sorted, func(a, b annals.Statement) bool { return a.ID == b.ID })
	b, err := json.Marshal(sorted)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
