package graph

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/cayleygraph/quad"
)

// TestBackgroundCommits writes the same documents with a batch of one
// document (every write starts a commit in the background) and with one
// batch for all, and wants the same store: a document rewritten while its
// first version is being committed, and a surname met before its full
// name, must come out as in a single commit.
func TestBackgroundCommits(t *testing.T) {
	ctx := context.Background()
	changed := mention("d1", "Trump", annals.ActorPerson)
	changed.Document.Text += " Again."
	docs := []*annals.Extraction{
		mention("d1", "Trump", annals.ActorPerson),
		changed, // same id, new content: replaces the version in flight
		mention("d2", "Kremlin", annals.ActorOrganization),
		mention("d3", "Donald Trump", annals.ActorPerson),  // merges the earlier "Trump"
		mention("d2", "Kremlin", annals.ActorOrganization), // unchanged
		mention("d4", "Ukraine", annals.ActorCountry),
	}
	write := func(backend string, batch int) (*Store, WriteStats) {
		s := openTemp(t, backend)
		w := s.NewWriter("test")
		w.SetBatch(batch)
		for _, x := range docs {
			if _, err := w.Write(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(ctx); err != nil {
			t.Fatal(err)
		}
		return s, w.Stats()
	}
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			one, oneStats := write(backend, 1)
			all, allStats := write(backend, 1<<20)
			if oneStats.Commits <= allStats.Commits {
				t.Errorf("commits: %d with a batch of one, %d with one batch", oneStats.Commits, allStats.Commits)
			}
			if oneStats.Added != 4 || oneStats.Replaced != 1 || oneStats.Unchanged != 1 {
				t.Errorf("stats = %+v", oneStats)
			}
			a, err := one.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			b, err := all.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a, b) {
				t.Errorf("stores differ: %d quads with a batch of one, %d with one batch", len(a), len(b))
			}
			actors, err := one.Actors(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range actors {
				if a.Name == "Trump" {
					t.Error("the surname Trump was not merged into Donald Trump")
				}
			}
		})
	}
}

// TestDocumentDayStoredShort: a statement dated by its article keeps only
// its timestamps in the store and reads back whole.
func TestDocumentDayStoredShort(t *testing.T) {
	ctx := context.Background()
	x := sample()
	st := &x.Statements[1]
	st.Time = &annals.Time{Value: "2025-07-23", Type: annals.TimexDate,
		Earliest: day("2025-07-23"), Latest: day("2025-07-23"), Precision: annals.PrecisionDay, Kind: annals.KindEvent}
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	if _, err := w.Write(ctx, x); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := s.Statements(ctx, Filter{Doc: "doc:1"})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := asJSON(t, got), asJSON(t, x.Statements); g != w {
		t.Errorf("statements read back differ:\n got %s\nwant %s", g, w)
	}
	all, err := s.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	iri := s.iri.Statement(st.ID)
	var props []string
	for _, q := range all {
		if q.Subject == iri {
			props = append(props, q.Predicate.String())
		}
	}
	for _, p := range []quad.Value{propTimexValue, propTimexType, propTimePrecision, propTimeKind} {
		if slices.Contains(props, p.String()) {
			t.Errorf("a document-dated statement stores %v", p)
		}
	}
	for _, p := range []quad.Value{propTimeFromDoc, propEarliest, propLatest} {
		if !slices.Contains(props, p.String()) {
			t.Errorf("a document-dated statement lacks %v", p)
		}
	}
}

// TestRoleStatementRoundTrip: a role read off a title stays marked as one.
func TestRoleStatementRoundTrip(t *testing.T) {
	ctx := context.Background()
	x := sample()
	x.Statements[1].Role = true
	s := openTemp(t, "bolt")
	w := s.NewWriter("test")
	if _, err := w.Write(ctx, x); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := s.Statements(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	roles := 0
	for _, st := range got {
		if st.Role {
			roles++
			if st.ID != x.Statements[1].ID {
				t.Errorf("role on %s, want %s", st.ID, x.Statements[1].ID)
			}
		}
	}
	if roles != 1 {
		t.Errorf("%d role statements read back, want 1", roles)
	}
}

// TestSpanTextsFromDocument: a span whose text is the document's text at its
// offsets is stored as offsets alone and read back whole; one whose text is
// not (a joined coordination, say) keeps its own text.
func TestSpanTextsFromDocument(t *testing.T) {
	ctx := context.Background()
	x := sample()
	joined := &x.Statements[0].Object.Span
	joined.Text = "3,000 bodies and flags" // not the text at its offsets
	ql := &x.Statements[0].Qualifiers[1]
	ql.Text = "Wed." // nor is this
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			s := openTemp(t, backend)
			w := s.NewWriter("test")
			if _, err := w.Write(ctx, x); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(ctx); err != nil {
				t.Fatal(err)
			}
			got, err := s.Statements(ctx, Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if g, w := asJSON(t, got), asJSON(t, x.Statements); g != w {
				t.Errorf("statements read back differ:\n got %s\nwant %s", g, w)
			}
			all, err := s.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, q := range all {
				if strings.HasSuffix(string(q.Predicate.(quad.IRI)), "Text") || q.Predicate == propQualText {
					texts = append(texts, stringOf(q.Object))
				}
			}
			slices.Sort(texts)
			if g, w := strings.Join(texts, "|"), "3,000 bodies and flags|Wed."; g != w {
				t.Errorf("texts stored = %q, want only those not in the document: %q", g, w)
			}
		})
	}
}
