package serve

import (
	"context"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph"
)

// TestStatementsSources: the API gives each statement its fact's sources,
// and the page shows them.
func TestStatementsSources(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	other := talks() // the same report, from another outlet
	other.Document.ID, other.Document.URL = "talks-2", ""
	for i := range other.Statements {
		s := &other.Statements[i]
		s.Doc = other.Document.ID
		s.ID = annals.StatementID(s)
	}
	other.Statements[1].Fact = "f-meet" // "Umerov met Medinsky", told by talks-2 ...
	w := st.NewWriter("test")
	first := talks()
	first.Statements[1].Fact = "f-meet" // ... and by talks-1
	for _, x := range []*annals.Extraction{first, other} {
		if _, err := w.Write(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	srv, err := New(st, Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	var l listJSON[statementJSON]
	get(t, ts.URL, "/api/statements?min_confidence=0", 200, &l)
	met := 0
	for _, s := range l.Items {
		want := 1
		if s.Label == "meet" {
			met++
			want = 2
		}
		if s.Sources != want || s.Support == nil || len(s.Support.Docs) != want {
			t.Errorf("%s in %s: %d sources, support %+v; want %d", s.Label, s.Doc, s.Sources, s.Support, want)
		}
		if s.Label == "meet" && !slices.Equal(s.Support.Docs, []string{"talks-1", "talks-2"}) {
			t.Errorf("meet: documents %v", s.Support.Docs)
		}
	}
	if met != 2 {
		t.Errorf("%d meet statements listed, want 2: %v", met, lemmas(l))
	}
	if page := string(get(t, ts.URL, "/", 200, nil)); !strings.Contains(page, "function sourcesNode(") {
		t.Errorf("the page does not show sources")
	}
}
