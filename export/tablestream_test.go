package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	annals "github.com/annals/annals"
)

// wholeGraphML is how GraphML wrote its document before it streamed: the
// nodes and edges gathered in memory and encoded at once.
func wholeGraphML(t *testing.T, tl Timeline) string {
	t.Helper()
	type graphmlDoc struct {
		XMLName  xml.Name     `xml:"graphml"`
		XMLNS    string       `xml:"xmlns,attr"`
		XSI      string       `xml:"xmlns:xsi,attr"`
		Location string       `xml:"xsi:schemaLocation,attr"`
		Keys     []graphmlKey `xml:"key"`
		Graph    graphmlGraph `xml:"graph"`
	}
	doc := graphmlDoc{
		XMLNS:    "http://graphml.graphdrawing.org/xmlns",
		XSI:      "http://www.w3.org/2001/XMLSchema-instance",
		Location: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Keys:     graphmlKeys,
		Graph:    graphmlGraph{ID: "annals", EdgeDefault: "directed"},
	}
	actors := map[string]annals.Actor{}
	for _, a := range tl.Actors {
		actors[a.ID] = a
	}
	seen := map[string]bool{}
	node := func(a *annals.Argument, fallback string) string {
		id, data := "", []graphmlData(nil)
		if a.Actor != "" {
			actor, ok := actors[a.Actor]
			if !ok {
				actor = annals.Actor{ID: a.Actor, Name: a.Label(), Type: annals.ActorUnknown}
			}
			id = "actor:" + actor.ID
			data = []graphmlData{{"n_label", actor.Name}, {"n_kind", "actor"}, {"n_type", string(actor.Type)}}
		} else {
			slug := annals.Slug(a.Label())
			if slug == "" {
				slug = fallback
			}
			id = "thing:" + slug
			data = []graphmlData{{"n_label", a.Label()}, {"n_kind", "thing"}}
		}
		if !seen[id] {
			seen[id] = true
			doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: id, Data: data})
		}
		return id
	}
	edgeIDs := map[string]int{}
	for _, col := range timelineColumns(tl.Statements, ColumnsByDay, 0) {
		for _, s := range col.statements {
			id := s.ID
			if id == "" {
				id = annals.StatementID(s)
			}
			source := node(&s.Subject, id+"-subject")
			if s.Object == nil {
				continue
			}
			target := node(s.Object, id+"-object")
			edgeIDs[id]++
			if n := edgeIDs[id]; n > 1 {
				id += "#" + strconv.Itoa(n)
			}
			date := ""
			if d := statementDay(s); !d.IsZero() {
				date = d.Format(time.DateOnly)
			}
			timex := ""
			if s.Time != nil {
				timex = s.Time.Value
			}
			doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{
				ID: "statement:" + id, Source: source, Target: target,
				Data: []graphmlData{
					{"e_label", statementLabel(s)}, {"e_predicate", s.Predicate.Lemma}, {"e_date", date},
					{"e_time", timex}, {"e_confidence", strconv.FormatFloat(s.Confidence, 'f', -1, 64)},
					{"e_negated", strconv.FormatBool(s.Negated)}, {"e_modality", s.Modality},
					{"e_statement", s.ID}, {"e_doc", s.Doc}, {"e_sentence", strconv.Itoa(s.Sentence)},
				},
			})
		}
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	buf.WriteString("\n")
	return buf.String()
}

// tableTimelines are the timelines the table writers are checked on: the
// small one, a larger one, none, statements without ids or words for a
// node (fallback ids), and a statement listed twice.
func tableTimelines() map[string]Timeline {
	odd := smallTimeline()
	odd.Statements[0].ID = ""
	odd.Statements[1].Object = argp("—", "") // no slug
	odd.Statements[2].Subject = arg("…", "") // no slug
	odd.Statements[3].Object = nil
	odd.Statements = append(odd.Statements, annals.Statement{Doc: "doc-4", Subject: arg("Unknown Man", "not-listed"),
		Predicate: pred("leave", 3), Object: argp("the ministry", "ministry-of-defence"), Time: dayTime("2025-07-23")})
	twice := smallTimeline()
	twice.Statements = append(twice.Statements, twice.Statements[1])
	return map[string]Timeline{
		"small": smallTimeline(), "synthetic": syntheticTimeline(300), "empty": {},
		"odd": odd, "twice": twice,
	}
}

// shuffledStatements lists the timeline's statements in another order.
func shuffledStatements(tl Timeline) StatementSource {
	sts := slices.Clone(tl.Statements)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(sts), func(i, j int) { sts[i], sts[j] = sts[j], sts[i] })
	return SliceStatements(sts)
}

// TestStreamedTablesAsWhole: GraphML writes what it wrote when it held the
// document in memory, and WriteGraphML and WriteCSV, given the statements
// in any order, write what GraphML and CSV write, whether their sorters
// hold the statements in memory or spill each to a run of its own (past
// maxRuns, merging runs).
func TestStreamedTablesAsWhole(t *testing.T) {
	ctx := context.Background()
	for _, runBytes := range []int{defaultRunBytes, 1} {
		withRunBytes(t, runBytes)
		t.Setenv("TMPDIR", t.TempDir())
		for name, tl := range tableTimelines() {
			want := wholeGraphML(t, tl)
			var inMemory, streamed, csvWant, csvGot bytes.Buffer
			if err := GraphML(&inMemory, tl); err != nil {
				t.Fatal(err)
			}
			if inMemory.String() != want {
				t.Errorf("%s: GraphML differs from the document held in memory:\n%s\nwant:\n%s", name, inMemory.String(), want)
			}
			if err := WriteGraphML(ctx, &streamed, shuffledStatements(tl), actorsOf(tl.Actors), nil); err != nil {
				t.Fatal(err)
			}
			if streamed.String() != want {
				t.Errorf("%s, runs of %d bytes: WriteGraphML differs from the document held in memory:\n%s\nwant:\n%s",
					name, runBytes, streamed.String(), want)
			}
			if err := CSV(&csvWant, tl); err != nil {
				t.Fatal(err)
			}
			if err := WriteCSV(ctx, &csvGot, shuffledStatements(tl), actorsOf(tl.Actors), nil); err != nil {
				t.Fatal(err)
			}
			if csvGot.String() != csvWant.String() {
				t.Errorf("%s, runs of %d bytes: WriteCSV differs from CSV:\n%s\nwant:\n%s", name, runBytes, csvGot.String(), csvWant.String())
			}
		}
		if left, _ := filepath.Glob(filepath.Join(os.Getenv("TMPDIR"), "annals-export-*")); len(left) > 0 {
			t.Errorf("temporary files left: %v", left)
		}
	}
}

// TestStatementSorterSpills: with small runs the sorter writes runs, and
// merges them once there are maxRuns, and still lists every statement
// once in timeline order, on each pass.
func TestStatementSorterSpills(t *testing.T) {
	tl := syntheticTimeline(maxRuns + 50)
	t.Setenv("TMPDIR", t.TempDir())
	s, err := sortStatements(context.Background(), shuffledStatements(tl), 1)
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	if len(s.runs) == 0 || len(s.runs) >= maxRuns {
		t.Errorf("%d runs, want some, merged below %d", len(s.runs), maxRuns)
	}
	var want []string
	for _, col := range timelineColumns(tl.Statements, ColumnsByDay, 0) {
		for _, st := range col.statements {
			want = append(want, st.ID)
		}
	}
	for pass := range 2 {
		var got []string
		if err := s.each(func(st *annals.Statement) error { got = append(got, st.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("pass %d: %d statements, want %d in timeline order", pass, len(got), len(want))
		}
	}
}

// TestWriteCSVStopsOnCancel: a cancelled export ends with the context's
// error.
func TestWriteCSVStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := WriteCSV(ctx, io.Discard, SliceStatements(syntheticTimeline(10).Statements), actorsOf(nil), nil); err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestMostConnectedOf: MostConnectedOf keeps, of statements in any order,
// what MostConnected keeps of them held in memory, and draws the same, with
// runs in memory or on disk, for n below, at and above the actors' number.
func TestMostConnectedOf(t *testing.T) {
	ctx := context.Background()
	tl := crowdedTimeline()
	for _, runBytes := range []int{defaultRunBytes, 1} {
		withRunBytes(t, runBytes)
		for _, n := range []int{0, 1, 3, 12, 21, 100} {
			want := MostConnected(tl, n, "hint")
			kept, trimmed, err := MostConnectedOf(ctx, shuffledStatements(tl), n, actorsOf(tl.Actors), "hint")
			if err != nil {
				t.Fatal(err)
			}
			got := tl
			got.Statements, got.Trimmed = kept, trimmed
			if (trimmed == nil) != (want.Trimmed == nil) || (trimmed != nil && *trimmed != *want.Trimmed) {
				t.Errorf("n=%d: trimmed %+v, want %+v", n, trimmed, want.Trimmed)
			}
			var gotDOT, wantDOT bytes.Buffer
			if err := DOT(&gotDOT, got, DOTOptions{}); err != nil {
				t.Fatal(err)
			}
			if err := DOT(&wantDOT, want, DOTOptions{}); err != nil {
				t.Fatal(err)
			}
			if len(kept) != len(want.Statements) || gotDOT.String() != wantDOT.String() {
				t.Errorf("n=%d, runs of %d bytes: %d statements kept, want %d; drawings differ: %v", n, runBytes,
					len(kept), len(want.Statements), gotDOT.String() != wantDOT.String())
			}
		}
	}
}
