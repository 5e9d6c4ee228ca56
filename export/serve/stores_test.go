package serve

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/graph"
)

// writeTalks writes an extraction into the bolt store at path, opening it
// for writing and closing it.
func writeTalks(t *testing.T, path string, x *annals.Extraction) {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, path, graph.HeldBy("annals ingest"))
	if err != nil {
		t.Fatalf("open for writing while the server runs: %v", err)
	}
	w := st.NewWriter("test")
	if _, err := w.Write(ctx, x); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestOpeningServerLetsWritersIn checks the policy of a server made with
// NewOpening on a bolt file: between requests the file is not held, so a
// writer opens it, and the next request reads what it wrote.
func TestOpeningServerLetsWritersIn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "annals.db")
	writeTalks(t, path, talks())
	var opened atomic.Int32
	srv, err := NewOpening(func(ctx context.Context) (*graph.Store, error) {
		opened.Add(1)
		return graph.Open(ctx, path, graph.ReadOnly())
	}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()

	get(t, ts.URL, "/api/documents/talks-1", http.StatusOK, nil)
	get(t, ts.URL, "/api/documents/news-2", http.StatusNotFound, nil)

	news := talks()
	news.Document.ID = "news-2"
	for i := range news.Statements {
		news.Statements[i].Doc = "news-2"
		news.Statements[i].ID = annals.StatementID(&news.Statements[i]) // an id names its document
	}
	start := time.Now()
	writeTalks(t, path, news)
	if d := time.Since(start); d > time.Second {
		t.Errorf("the writer waited %v for the server", d)
	}

	var doc struct{ ID string }
	get(t, ts.URL, "/api/documents/news-2", http.StatusOK, &doc)
	var tl listJSON[dayJSON]
	get(t, ts.URL, "/api/timeline?doc=news-2", http.StatusOK, &tl)
	if doc.ID != "news-2" || tl.Total == 0 {
		t.Errorf("after the write: document %q, %d statements", doc.ID, tl.Total)
	}
	get(t, ts.URL, "/", http.StatusOK, nil) // the page needs no store
	if n := opened.Load(); n != 4 {
		t.Errorf("store opened %d times for 4 requests that read it", n)
	}

	if _, err := NewOpening(nil, Config{AllowWrites: true}); err == nil {
		t.Error("NewOpening took AllowWrites")
	}
}

// TestOpeningServerBusy checks that a request the store refuses answers
// 503 with the refusal, which names the writer.
func TestOpeningServerBusy(t *testing.T) {
	locked := &graph.LockedError{Path: "annals.db", Holder: &graph.Holder{Command: "annals ingest", PID: 1234, Since: time.Now()}}
	srv, err := NewOpening(func(context.Context) (*graph.Store, error) { return nil, locked }, Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, path := range []string{"/api/actors", "/api/v2/query?lang=gizmo", "/export/csv"} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		var body struct{ Error string }
		err = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable || err != nil ||
			!strings.Contains(body.Error, `store annals.db is in use by "annals ingest" (pid 1234, since `) ||
			resp.Header.Get("Retry-After") == "" {
			t.Errorf("GET %s while a writer holds the store: %d %q %v", path, resp.StatusCode, body.Error, err)
		}
	}
	if !errors.Is(locked, graph.ErrLocked) {
		t.Error("LockedError does not match ErrLocked")
	}
}
