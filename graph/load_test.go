package graph

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/annals/annals/ingest/actor"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// nquadsOf is what `annals extract --format nquads` prints for xs.
func nquadsOf(t *testing.T, pipeline string, xs ...*annals.Extraction) []byte {
	t.Helper()
	var buf bytes.Buffer
	for _, x := range xs {
		if err := WriteNQuads(&buf, Quads(x, "", pipeline)); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func load(t *testing.T, s *Store, data []byte) LoadStats {
	t.Helper()
	ctx := context.Background()
	l := s.NewLoader(actor.NewJoiner(nil))
	if err := l.Load(ctx, nquads.NewReader(bytes.NewReader(data), false)); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return l.Stats()
}

func TestQuadsAreBlocks(t *testing.T) {
	qs := Quads(sample(), "", "test")
	if !isHeader(qs[0]) {
		t.Fatalf("first quad %v is not the document header", qs[0])
	}
	for _, q := range qs[1:] {
		if isHeader(q) {
			t.Errorf("second header %v", q)
		}
	}
	text := string(nquadsOf(t, "test", sample()))
	if strings.Contains(text, "<xsd:") || strings.Contains(text, `"True"`) {
		t.Errorf("short datatype IRIs or a non-RDF boolean in:\n%s", text)
	}
}

func TestLoadMatchesIngest(t *testing.T) {
	data := nquadsOf(t, "test", sample(), second())
	for _, b := range testBackends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			loaded := openBackend(t, b)
			st := load(t, loaded, data)
			if st.Added != 2 || st.Loose != 0 || st.Statements != 3 {
				t.Errorf("first load: %+v", st)
			}
			ingested := openBackend(t, testBackends()[0])
			writeAll(t, ingested, sample(), second())
			want := quadSet(t, ingested)
			if got := quadSet(t, loaded); !reflect.DeepEqual(got, want) {
				t.Fatalf("loaded store differs from ingested one:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			// Ingesting the same documents into the loaded store finds
			// nothing to do: the content hashes match.
			w := loaded.NewWriter("test")
			w.JoinActors(actor.NewJoiner(nil))
			if o, err := w.Write(ctx, sample()); err != nil || o != Unchanged {
				t.Errorf("ingest after load = %v, %v; want Unchanged", o, err)
			}
			// Loading the same file again adds nothing.
			st = load(t, loaded, data)
			if st.Unchanged != 2 || st.Added != 0 {
				t.Errorf("second load: %+v", st)
			}
			if got := quadSet(t, loaded); !reflect.DeepEqual(got, want) {
				t.Errorf("second load changed the store: %d quads, want %d", len(got), len(want))
			}
			// A changed document replaces its statements.
			y := sample()
			y.Statements = y.Statements[:1]
			y.Document.Title = "Talks, updated"
			if st = load(t, loaded, nquadsOf(t, "test", y)); st.Replaced != 1 {
				t.Errorf("changed load: %+v", st)
			}
			sts, err := loaded.Statements(ctx, Filter{Doc: "doc:1"})
			if err != nil || len(sts) != 1 || sts[0].Predicate.Lemma != "return" {
				t.Errorf("after replace: %+v, %v", sts, err)
			}
		})
	}
}

// TestLoadExport loads a sorted export (no document blocks in order): the
// store ends up with the same quads, and loading it again adds nothing.
func TestLoadExport(t *testing.T) {
	ctx := context.Background()
	src := openBackend(t, testBackends()[0])
	writeAll(t, src, sample(), second())
	all, err := src.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteNQuads(&buf, all); err != nil {
		t.Fatal(err)
	}
	dst := openBackend(t, testBackends()[1])
	st := load(t, dst, buf.Bytes())
	if st.Read != len(all) {
		t.Errorf("read %d quads, want %d", st.Read, len(all))
	}
	want := quadSet(t, src)
	if got := quadSet(t, dst); !reflect.DeepEqual(got, want) {
		t.Fatalf("loaded export differs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	load(t, dst, buf.Bytes())
	if got := quadSet(t, dst); len(got) != len(want) {
		t.Errorf("second load: %d quads, want %d", len(got), len(want))
	}
}

// TestLoadLoose loads quads that are no annals document at all.
func TestLoadLoose(t *testing.T) {
	dst := openBackend(t, testBackends()[1])
	data := []byte("<urn:x:a> <urn:x:p> \"b\" .\n<urn:x:a> <urn:x:p> <urn:x:c> <urn:x:g> .\n")
	if st := load(t, dst, data); st.Loose != 2 || st.QuadsAdded != 2 {
		t.Errorf("stats %+v", st)
	}
	if got := quadSet(t, dst); len(got) != 2 {
		t.Errorf("quads: %v", got)
	}
	_ = quad.IRI("")
}

// TestSplitLoadMatchesOneShot loads the first k document blocks of a file and
// then the whole file, for every k: the store ends up as one load of the
// whole file leaves it, though a surname stored alone in an early document
// was merged into a full name given by a later one ("Francis" into "Saint
// Francis"), and reloading the early document names the merged actor again.
func TestSplitLoadMatchesOneShot(t *testing.T) {
	xs := []*annals.Extraction{
		mention("d1", "Francis", annals.ActorPerson),
		mention("d2", "Wong", annals.ActorPerson),
		mention("d3", "Saint Francis", annals.ActorPerson),
		mention("d4", "Francis", annals.ActorPerson),
		mention("d5", "Joey Wong", annals.ActorPerson),
	}
	whole := nquadsOf(t, "test", xs...)
	oneShot := openTemp(t, "memory")
	load(t, oneShot, whole)
	want := quadSet(t, oneShot)
	for k := 1; k < len(xs); k++ {
		t.Run(fmt.Sprintf("first %d", k), func(t *testing.T) {
			s := openTemp(t, "memory")
			load(t, s, nquadsOf(t, "test", xs[:k]...))
			st := load(t, s, whole)
			if st.Unchanged != k || st.Added != len(xs)-k {
				t.Errorf("second load: %+v", st)
			}
			if got := quadSet(t, s); !reflect.DeepEqual(got, want) {
				t.Errorf("split load: %d quads, one load %d; only after the split:\n%s\nonly after one load:\n%s",
					len(got), len(want), strings.Join(minus(got, want), "\n"), strings.Join(minus(want, got), "\n"))
			}
		})
	}
}

// minus lists the strings of a not in b.
func minus(a, b []string) []string {
	in := map[string]bool{}
	for _, s := range b {
		in[s] = true
	}
	var out []string
	for _, s := range a {
		if !in[s] {
			out = append(out, s)
		}
	}
	return out
}

// TestLoadFinishesHalfDoneMerge stops a load where a kill could: after the
// commit of a document whose full name absorbs a surname stored alone
// ("Saint Francis" after "Francis"), and after the additions of the merge
// that follows. Running the same load again ends as one uninterrupted load.
func TestLoadFinishesHalfDoneMerge(t *testing.T) {
	ctx := context.Background()
	first, full := mention("d1", "Francis", annals.ActorPerson), mention("d2", "Saint Francis", annals.ActorPerson)
	whole := nquadsOf(t, "test", first, full)
	clean := openTemp(t, "memory")
	load(t, clean, whole)
	want := quadSet(t, clean)
	for _, stage := range []string{"document", "merge additions"} {
		t.Run(stage, func(t *testing.T) {
			s := openTemp(t, "memory")
			load(t, s, nquadsOf(t, "test", first))
			add := append(Quads(full, "", "test"), quad.Make(s.iri.Actor("francis"), vocab.PropMergedInto, s.iri.Actor("saint-francis"), nil))
			var deltas []cgraph.Delta
			for _, q := range add {
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			}
			if err := s.apply(deltas); err != nil {
				t.Fatal(err)
			}
			if stage == "merge additions" {
				applyMergeAdditions(ctx, t, s, "francis", "saint-francis")
			}
			st := load(t, s, whole)
			if st.Unchanged != 2 {
				t.Errorf("re-run: %+v", st)
			}
			if got := quadSet(t, s); !reflect.DeepEqual(got, want) {
				t.Errorf("after the re-run: %d quads, one load %d; only after the re-run:\n%s\nonly after one load:\n%s",
					len(got), len(want), strings.Join(minus(got, want), "\n"), strings.Join(minus(want, got), "\n"))
			}
		})
	}
}

// applyMergeAdditions commits only the additions of merging actor from into
// actor into, as an older version's first commit of two left them.
func applyMergeAdditions(ctx context.Context, t *testing.T, s *Store, from, into string) {
	t.Helper()
	node := s.iri.Actor(from)
	qs, err := s.quadsWith(ctx, quad.Subject, node)
	if err != nil {
		t.Fatal(err)
	}
	target, _, err := s.ActorByID(ctx, into)
	if err != nil {
		t.Fatal(err)
	}
	merge, err := s.mergeDeltas(ctx, s.decodeActor(node, qs), target)
	if err != nil {
		t.Fatal(err)
	}
	var adds []cgraph.Delta
	for _, d := range merge {
		if d.Action == cgraph.Add {
			adds = append(adds, d)
		}
	}
	if err := s.apply(adds); err != nil {
		t.Fatal(err)
	}
}
