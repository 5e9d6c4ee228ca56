package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	annals "github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
	"github.com/annals/annals/graph"
	"github.com/annals/annals/internal/testdb"
	"github.com/piprate/json-gold/ld"
)

// storeExtraction is document n: two statements with every part, a
// qualifier, a time, actors and a thing, in text that is not all ASCII.
func storeExtraction(n int) *annals.Extraction {
	text := fmt.Sprintf("Ukraine said Russia attacked Kyiv in the night on Wednesday. Zelensky met the Gdańsk mayor %d times.", n)
	sp := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	day := time.Date(2025, 7, 20+n%5, 0, 0, 0, 0, time.UTC)
	wed := sp("Wednesday")
	doc := fmt.Sprintf("d%d", n)
	sts := []annals.Statement{{
		Doc: doc, Sentence: 0,
		Subject:     annals.Argument{Span: sp("Russia"), Actor: "russia"},
		Predicate:   annals.Predicate{Span: sp("attacked"), Lemma: "attack"},
		Object:      &annals.Argument{Span: sp("Kyiv"), Actor: "kyiv"},
		Attribution: &annals.Argument{Span: sp("Ukraine"), Actor: "ukraine"},
		Time: &annals.Time{Value: day.Format(time.DateOnly), Type: annals.TimexDate, Expr: &wed, Earliest: day, Latest: day,
			Precision: annals.PrecisionDay, Kind: annals.KindEvent},
		Qualifiers: []annals.Qualifier{{Span: sp("in the night"), Prep: "in"}},
		Confidence: 0.7,
	}, {
		Doc: doc, Sentence: 1,
		Subject:    annals.Argument{Span: sp("Zelensky"), Actor: "zelensky"},
		Predicate:  annals.Predicate{Span: sp("met"), Lemma: "meet"},
		Object:     &annals.Argument{Span: sp("the Gdańsk mayor")},
		Confidence: 0.9,
	}}
	for i := range sts {
		sts[i].ID = annals.StatementID(&sts[i])
	}
	return &annals.Extraction{
		Document:   annals.Document{ID: doc, Text: text, Date: day, DateSource: annals.DateField},
		Sentences:  []annals.Span{sp("Ukraine said Russia attacked Kyiv in the night on Wednesday."), sp(text[strings.Index(text, "Zelensky"):])},
		Statements: sts,
		Actors: []annals.Actor{
			{ID: "russia", Name: "Russia", Type: annals.ActorCountry},
			{ID: "ukraine", Name: "Ukraine", Type: annals.ActorCountry},
			{ID: "kyiv", Name: "Kyiv", Type: annals.ActorPlace},
			{ID: "zelensky", Name: "Zelensky", Type: annals.ActorPerson},
		},
	}
}

// onEachBackend runs test on a store of each backend the tests can open
// (memory, bolt, and PostgreSQL when ANNALS_TEST_POSTGRES_URL is set),
// holding the six extractions of storeExtraction.
func onEachBackend(t *testing.T, test func(t *testing.T, st *graph.Store)) {
	backends := []struct {
		name string
		addr func(t *testing.T) string
	}{
		{"memory", func(*testing.T) string { return "memory" }},
		{"bolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "annals.db") }},
		{"postgres", func(t *testing.T) string { return testdb.Postgres(t) }},
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			st, err := graph.Open(ctx, b.addr(t))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			w := st.NewWriter("test")
			for n := range 6 {
				if _, err := w.Write(ctx, storeExtraction(n)); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(ctx); err != nil {
				t.Fatal(err)
			}
			test(t, st)
		})
	}
}

// TestStoreQuadsAsWholeStore: the export streamed from a store is, byte
// for byte, the export of the store's quads held in memory (AllQuads and
// WholeStore, as `annals export` wrote it before it streamed), with the
// derived view and without; and the streamed JSON-LD, expanded by
// json-gold, gives the quads of the N-Quads export.
func TestStoreQuadsAsWholeStore(t *testing.T) {
	onEachBackend(t, testStoreQuadsAsWholeStore)
}

func testStoreQuadsAsWholeStore(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	all, err := st.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, derived := range []bool{true, false} {
		name := fmt.Sprintf("derived %v", derived)
		quads, prefixes := export.WholeStore(all, derived)
		var wantNQ, wantJL, gotNQ, gotJL bytes.Buffer
		if err := export.NQuads(&wantNQ, quads); err != nil {
			t.Fatal(err)
		}
		if err := export.JSONLD(&wantJL, quads, prefixes); err != nil {
			t.Fatal(err)
		}
		src, streamPrefixes := export.StoreQuads(ctx, st.QuadStore(), derived)
		if err := export.WriteNQuads(ctx, &gotNQ, src); err != nil {
			t.Fatal(err)
		}
		if err := export.WriteJSONLD(ctx, &gotJL, src, streamPrefixes); err != nil {
			t.Fatal(err)
		}
		if gotNQ.String() != wantNQ.String() {
			t.Errorf("%s: N-Quads streamed from the store differ from the quads in memory:\n%s\nwant:\n%s", name, gotNQ.String(), wantNQ.String())
		}
		if gotJL.String() != wantJL.String() {
			t.Errorf("%s: JSON-LD streamed from the store differs from the quads in memory", name)
		}
		if derived && !strings.Contains(gotNQ.String(), "#sentence-quote>") {
			t.Errorf("%s: no derived view in the export", name)
		}
		// JSON-LD ⇄ N-Quads: json-gold expands the streamed document
		// to the very quads of the N-Quads export.
		var doc interface{}
		if err := json.Unmarshal(gotJL.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		opts := ld.NewJsonLdOptions("")
		opts.Format = "application/n-quads"
		expanded, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := sortedLines(expanded.(string)), sortedLines(gotNQ.String()); !slices.Equal(got, want) {
			t.Errorf("%s: the JSON-LD expands to %d quads, the N-Quads export has %d; first differences:\n%v", name,
				len(got), len(want), firstDiff(got, want))
		}
	}
}

func sortedLines(s string) []string {
	return slices.Sorted(slices.Values(strings.Split(strings.TrimSuffix(s, "\n"), "\n")))
}

func firstDiff(a, b []string) []string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return []string{a[i], b[i]}
		}
	}
	return nil
}

// TestStreamedTablesFromStore: GraphML and CSV streamed from a store
// (Selection.Stream, WriteGraphML, WriteCSV) are, byte for byte, those of
// the selection read into memory (Selection.Timeline, GraphML, CSV), as
// `annals export` wrote them before they streamed, with filters and
// without; and so is a drawing of the most connected actors
// (Selection.MostConnected).
func TestStreamedTablesFromStore(t *testing.T) {
	onEachBackend(t, testStreamedTablesFromStore)
}

func testStreamedTablesFromStore(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	for _, sel := range []selection.Selection{
		{},
		{MinConfidence: 0.8},
		{Predicates: []string{"meet"}},
		{Actors: []string{"Russia"}},
		{Actors: []string{"Kyiv"}, Hops: 1},
		{From: time.Date(2025, 7, 22, 0, 0, 0, 0, time.UTC)},
	} {
		tl, err := sel.Timeline(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		if len(tl.Statements) == 0 {
			t.Fatalf("%+v selects nothing", sel)
		}
		src, actors, err := sel.Stream(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"graphml", "csv"} {
			format, _ := export.FormatNamed(f)
			var want, got bytes.Buffer
			if err := format.Timeline(ctx, &want, tl); err != nil {
				t.Fatal(err)
			}
			if err := format.Statements(ctx, &got, src, actors, selection.SupportLookup(ctx, st)); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%s of %+v streamed from the store differs from the selection in memory:\n%s\nwant:\n%s", f, sel, got.String(), want.String())
			}
		}
		for _, n := range []int{1, 2, 10} { // a drawing of the most connected actors
			var want, got bytes.Buffer
			if err := export.DOT(&want, export.MostConnected(tl, n, "hint"), export.DOTOptions{}); err != nil {
				t.Fatal(err)
			}
			drawn, err := sel.MostConnected(ctx, st, n, "hint")
			if err != nil {
				t.Fatal(err)
			}
			if err := export.DOT(&got, drawn, export.DOTOptions{}); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("the %d most connected actors of %+v: the drawing differs from the one of the selection in memory:\n%s\nwant:\n%s",
					n, sel, got.String(), want.String())
			}
		}
	}
}
