package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph"
)

// TestIndexMatchesSelection: a page from the index holds what the selection
// read from the store holds, cut to the same window, for every filter.
func TestIndexMatchesSelection(t *testing.T) {
	ctx := context.Background()
	st := talksStore(t)
	ix, err := newTimelines().index(ctx, st, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, query := range []string{
		"", "generic=1", "actor=Russia", "actor=Ukraine", "actor=umerov", "actor=ukraine&hops=1",
		"actor=Russia&actor_only=1", "actor=Medinsky&hops=2&predicate=meet", "predicate=meet", "predicate=host,return",
		"from=2025-08-01", "to=2025-07-23", "min_confidence=0.85", "min_confidence=0", "doc=talks-1", "doc=none",
		"doc=talks-1&actor=Turkey", "limit=1", "offset=1&limit=2", "offset=3", "offset=9",
	} {
		t.Run(query, func(t *testing.T) {
			q, _ := url.ParseQuery(query)
			sel, err := selectionFrom(q)
			if err != nil {
				t.Fatal(err)
			}
			offset, limit, err := window(q, 1000)
			if err != nil {
				t.Fatal(err)
			}
			tl, err := sel.Timeline(ctx, st)
			if err != nil {
				t.Fatal(err)
			}
			want := page(tl.Statements, offset, limit)
			got, err := ix.selectPage(ctx, st, sel, offset, limit)
			if err != nil {
				t.Fatal(err)
			}
			ids := func(l listJSON[annals.Statement]) []string {
				var out []string
				for _, s := range l.Items {
					out = append(out, s.ID)
				}
				return out
			}
			if got.Total != want.Total || got.Truncated != want.Truncated || got.Offset != want.Offset ||
				!slices.Equal(ids(got), ids(want)) {
				t.Errorf("index: %d %v %v, selection: %d %v %v", got.Total, got.Truncated, ids(got),
					want.Total, want.Truncated, ids(want))
			}
		})
	}
}

// TestIndexPerGeneration: the statements are read once while the store is
// unchanged, and again after a write, which the next page shows.
func TestIndexPerGeneration(t *testing.T) {
	ctx := context.Background()
	st := talksStore(t)
	srv, err := New(st, Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	var tl listJSON[dayJSON]
	for _, path := range []string{"/api/timeline", "/api/timeline?limit=1", "/api/statements?actor=Russia", "/api/timeline?offset=2"} {
		get(t, ts.URL, path, http.StatusOK, &tl)
	}
	if srv.timelines.builds.Load() != 1 {
		t.Errorf("%d indexes built for 4 requests on an unchanged store, want 1", srv.timelines.builds.Load())
	}

	news := talks()
	news.Document.ID = "news-2"
	for i := range news.Statements {
		news.Statements[i].Doc = "news-2"
		news.Statements[i].ID = annals.StatementID(&news.Statements[i])
	}
	w := st.NewWriter("test")
	if _, err := w.Write(ctx, news); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	get(t, ts.URL, "/api/timeline?doc=news-2", http.StatusOK, &tl)
	if tl.Total != 4 || srv.timelines.builds.Load() != 2 {
		t.Errorf("after a write: %d statements of the new document, %d indexes built; want 4 and 2", tl.Total, srv.timelines.builds.Load())
	}
}

// TestCountsExactly: bolt and memory stores keep their index until their
// quad count changes; the others' counts may miss other processes' writes.
func TestCountsExactly(t *testing.T) {
	ctx := context.Background()
	bolt, err := graph.Open(ctx, filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer bolt.Close()
	if !countsExactly(bolt) || !countsExactly(talksStore(t)) {
		t.Errorf("bolt %v, memory %v; want both true", countsExactly(bolt), countsExactly(talksStore(t)))
	}
}
