package graph

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/annals/annals/ingest/actor"
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
		w.JoinActors(actor.NewJoiner(nil))
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
	for _, backend := range []string{"memory", "bolt", "pebble"} {
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

// readBack lists the statements f selects, failing the test when they are
// not want.
func readBack(t *testing.T, s *Store, f Filter, want []annals.Statement) []annals.Statement {
	t.Helper()
	got, err := s.Statements(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	if want != nil {
		if g, w := asJSON(t, got), asJSON(t, want); g != w {
			t.Errorf("statements read back differ:\n got %s\nwant %s", g, w)
		}
	}
	return got
}

// TestDocumentDayStoredShort: a statement dated by its article keeps only
// its timestamps in the store and reads back whole.
func TestDocumentDayStoredShort(t *testing.T) {
	ctx := context.Background()
	x := sample()
	st := &x.Statements[1]
	st.Time = &annals.Time{Value: "2025-07-23", Type: annals.TimexDate, Source: annals.SourceDocument,
		Earliest: day("2025-07-23"), Latest: day("2025-07-23"), Precision: annals.PrecisionDay, Kind: annals.KindEvent}
	s := openTemp(t, "memory")
	writeAll(t, s, x)
	readBack(t, s, Filter{Doc: "doc:1"}, x.Statements)
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
	for _, p := range []quad.Value{vocab.PropTimexValue, vocab.PropTimexType, vocab.PropTimePrecision, vocab.PropTimeKind} {
		if slices.Contains(props, p.String()) {
			t.Errorf("a document-dated statement stores %v", p)
		}
	}
	for _, p := range []quad.Value{vocab.PropTimeFromDoc, vocab.PropEarliest, vocab.PropLatest} {
		if !slices.Contains(props, p.String()) {
			t.Errorf("a document-dated statement lacks %v", p)
		}
	}
}

// TestTimeSourceRoundTrip: where a statement's time comes from reads back
// as written, with a quad of its own only where the rest does not imply it
// (an inherited time and its sentence); a time with an expression and no
// source (a store written before sources were) reads back as explicit, and
// a generic time, kind alone, stays generic and is no article date.
func TestTimeSourceRoundTrip(t *testing.T) {
	ctx := context.Background()
	x := sample()
	wed := *x.Statements[0].Time.Expr // in sentence 0; the statement below is in sentence 1
	july := day("2025-07-23")
	dated := func(src annals.TimeSource, from int) *annals.Time {
		expr := wed
		return &annals.Time{Value: "2025-07-23", Type: annals.TimexDate, Expr: &expr, Source: src, From: from,
			Earliest: july, Latest: july, Precision: annals.PrecisionDay, Kind: annals.KindEvent}
	}
	document := &annals.Time{Value: "2025-07-23", Type: annals.TimexDate, Source: annals.SourceDocument,
		Earliest: july, Latest: july, Precision: annals.PrecisionDay, Kind: annals.KindEvent}
	documentMonth := &annals.Time{Value: "2025-07", Type: annals.TimexDate, Source: annals.SourceDocument,
		Earliest: day("2025-07-01"), Latest: day("2025-07-31"), Precision: annals.PrecisionMonth, Kind: annals.KindEvent}
	for _, c := range []struct {
		name     string
		time     *annals.Time
		want     *annals.Time // nil: time itself
		stored   []quad.IRI   // predicates the statement must have
		unstored []quad.IRI   // and must not
	}{
		{name: "explicit", time: dated(annals.SourceExplicit, 1),
			unstored: []quad.IRI{vocab.PropTimeSource, vocab.PropTimeFromSentence, vocab.PropTimeFromDoc}},
		{name: "inherited", time: dated(annals.SourceInherited, 0),
			stored: []quad.IRI{vocab.PropTimeSource, vocab.PropTimeFromSentence}, unstored: []quad.IRI{vocab.PropTimeFromDoc}},
		{name: "explicit, another sentence", time: dated(annals.SourceExplicit, 0),
			stored: []quad.IRI{vocab.PropTimeFromSentence}, unstored: []quad.IRI{vocab.PropTimeSource}},
		{name: "no source, as before sources", time: dated("", 1), want: dated(annals.SourceExplicit, 1),
			unstored: []quad.IRI{vocab.PropTimeSource, vocab.PropTimeFromSentence}},
		{name: "document day", time: document,
			stored: []quad.IRI{vocab.PropTimeFromDoc}, unstored: []quad.IRI{vocab.PropTimeSource, vocab.PropTimeKind}},
		{name: "document month", time: documentMonth,
			stored: []quad.IRI{vocab.PropTimeFromDoc, vocab.PropTimeKind}, unstored: []quad.IRI{vocab.PropTimeSource}},
		{name: "title", time: &annals.Time{Value: "2025-07", Type: annals.TimexDate, Source: annals.SourceTitle,
			Earliest: day("2025-07-01"), Latest: day("2025-07-31"), Precision: annals.PrecisionMonth, Kind: annals.KindEvent},
			stored: []quad.IRI{vocab.PropTimeSource}, unstored: []quad.IRI{vocab.PropTimeFromDoc, vocab.PropTimeFromSentence}},
		{name: "generic", time: &annals.Time{Kind: annals.KindGeneric},
			stored:   []quad.IRI{vocab.PropTimeKind},
			unstored: []quad.IRI{vocab.PropTimeFromDoc, vocab.PropTimeSource, vocab.PropTimeFromSentence, vocab.PropTimexValue}},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := &x.Statements[1]
			st.Time = c.time
			s := openTemp(t, "memory")
			writeAll(t, s, x)
			got, err := s.Statements(ctx, Filter{Doc: "doc:1"})
			if err != nil {
				t.Fatal(err)
			}
			want := c.want
			if want == nil {
				want = c.time
			}
			var read *annals.Time
			for _, g := range got {
				if g.ID == st.ID {
					read = g.Time
				}
			}
			if g, w := asJSON(t, read), asJSON(t, want); g != w {
				t.Errorf("time read back:\n got %s\nwant %s", g, w)
			}
			if read.FromDocument() != want.FromDocument() || read.Generic() != want.Generic() {
				t.Errorf("FromDocument, Generic = %v, %v; want %v, %v", read.FromDocument(), read.Generic(),
					want.FromDocument(), want.Generic())
			}
			all, err := s.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			props := map[quad.Value]bool{}
			for _, q := range all {
				if q.Subject == s.iri.Statement(st.ID) {
					props[q.Predicate] = true
				}
			}
			for _, p := range c.stored {
				if !props[p] {
					t.Errorf("%v not stored", p)
				}
			}
			for _, p := range c.unstored {
				if props[p] {
					t.Errorf("%v stored", p)
				}
			}
		})
	}
}

// TestRoleStatementRoundTrip: a role read off a title stays marked as one.
func TestRoleStatementRoundTrip(t *testing.T) {
	x := sample()
	x.Statements[1].Role = true
	s := openTemp(t, "bolt")
	writeAll(t, s, x)
	got := readBack(t, s, Filter{}, nil)
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
	for _, backend := range []string{"memory", "bolt", "pebble"} {
		t.Run(backend, func(t *testing.T) {
			s := openTemp(t, backend)
			writeAll(t, s, x)
			readBack(t, s, Filter{}, x.Statements)
			all, err := s.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, q := range all {
				if strings.HasSuffix(string(q.Predicate.(quad.IRI)), "Text") || q.Predicate == vocab.PropQualText {
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

// TestUnresolvedPronounsStayApart: "it" with no actor found for it (a
// pronoun, as ingest marks it) is a thing of its own statement, not one node
// for every "it" of the store, while other things are still merged by their
// text; a statement read back is still marked, so that it encodes to the
// same quads; forgetting a document removes its pronoun things and no others.
func TestUnresolvedPronounsStayApart(t *testing.T) {
	ctx := context.Background()
	doc := func(id, text string) *annals.Extraction {
		sp := func(s string) annals.Span {
			i := strings.Index(text, s)
			return annals.Span{Text: s, Start: i, End: i + len(s)}
		}
		st := annals.Statement{Doc: id, Subject: annals.Argument{Span: sp("It"), Pronoun: true},
			Predicate: annals.Predicate{Span: sp("closed"), Lemma: "close"},
			Object:    &annals.Argument{Span: sp("the bridge")}, Confidence: 0.6}
		st.ID = annals.StatementID(&st)
		return &annals.Extraction{Document: annals.Document{ID: id, Text: text},
			Sentences: []annals.Span{sp(text)}, Statements: []annals.Statement{st}}
	}
	for _, backend := range []string{"memory", "bolt", "pebble"} {
		t.Run(backend, func(t *testing.T) {
			s := openTemp(t, backend)
			a, b := doc("a", "It closed the bridge."), doc("b", "Then it closed the bridge.")
			writeAll(t, s, a, b)
			read := readBack(t, s, Filter{}, append(slices.Clone(a.Statements), b.Statements...))
			again := *a
			again.Statements = read[:1]
			if g, w := Quads(&again, "", "test"), Quads(a, "", "test"); !slices.Equal(g, w) {
				t.Errorf("statement read back encodes to\n%v\nwant\n%v", g, w)
			}
			things := func() []string {
				all, err := s.AllQuads(ctx)
				if err != nil {
					t.Fatal(err)
				}
				var out []string
				for _, q := range all {
					if q.Predicate == vocab.RDFType && q.Object == vocab.ClassThing {
						iri := string(q.Subject.(quad.IRI))
						out = append(out, iri[strings.LastIndex(iri, "/")+1:])
					}
				}
				slices.Sort(out)
				return out
			}
			got := things()
			if len(got) != 3 || got[2] != "the-bridge" || !strings.HasSuffix(got[0], "#subject") || !strings.HasSuffix(got[1], "#subject") {
				t.Fatalf("things = %q, want two statements' own #subject and one the-bridge", got)
			}
			if _, err := s.Forget(ctx, "a"); err != nil {
				t.Fatal(err)
			}
			if after := things(); len(after) != 2 || after[1] != "the-bridge" || slices.Contains(after, got[0]) == slices.Contains(after, got[1]) {
				t.Errorf("after forgetting a: things = %q, want b's #subject and the-bridge", after)
			}
		})
	}
}

// TestStatsCountStoredStatements: a statement an extraction gives twice
// (the same id: Wikinews' "Presidential Spokesperson Harry Roque") is stored
// once and counted once, so that ingest's summary says what the store holds.
func TestStatsCountStoredStatements(t *testing.T) {
	ctx := context.Background()
	x := sample()
	x.Statements = append(x.Statements, x.Statements[0])
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	if _, err := w.Write(ctx, x); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	stored, err := s.Statements(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Stats().Statements; got != len(stored) || got != len(x.Statements)-1 {
		t.Errorf("stats count %d statements; the store holds %d of %d given", got, len(stored), len(x.Statements))
	}
}
