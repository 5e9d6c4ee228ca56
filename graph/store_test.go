package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/actor"
	"github.com/annals/annals/internal/testdb"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// sample is a small extraction: Russia offers to return 3,000 bodies, and
// Ukraine, undated, did not meet anyone.
func sample() *annals.Extraction {
	text := "Russia offered to return 3,000 bodies on Wednesday. Ukraine did not meet Russia."
	doc := annals.Document{ID: "doc:1", Title: "Talks", Date: day("2025-07-23"), DateSource: annals.DateField, Text: text,
		Meta: map[string]string{"source": "test"}}
	sp := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	wed := sp("on Wednesday")
	sts := []annals.Statement{{
		Doc: doc.ID, Sentence: 0,
		Subject:   annals.Argument{Span: sp("Russia"), Actor: "russia"},
		Predicate: annals.Predicate{Span: sp("return"), Lemma: "return"},
		Object:    &annals.Argument{Span: sp("3,000 bodies"), Norm: "bodies"},
		Time: &annals.Time{Value: "2025-07-23", Type: annals.TimexDate, Expr: &wed, Source: annals.SourceExplicit,
			Earliest: day("2025-07-23"), Latest: day("2025-07-23"), Precision: annals.PrecisionDay, Kind: annals.KindEvent},
		Qualifiers: []annals.Qualifier{{Span: sp("on Wednesday"), Prep: "on"}, {Span: sp("Wednesday"), Prep: ""}},
		Confidence: 0.8, Modality: "offer", Event: &annals.Event{PLOVER: "AID", CAMEO: "07", Source: "RUSGOV", Confidence: 0.625},
	}, {
		Doc: doc.ID, Sentence: 1,
		Subject:    annals.Argument{Span: sp("Ukraine"), Actor: "ukraine"},
		Predicate:  annals.Predicate{Span: sp("meet"), Lemma: "meet"},
		Object:     &annals.Argument{Span: annals.Span{Text: "Russia", Start: strings.LastIndex(text, "Russia"), End: strings.LastIndex(text, "Russia") + 6}, Actor: "russia"},
		Confidence: 0.5, Negated: true, Event: &annals.Event{PLOVER: "CONSULT", CAMEO: "040", Unreal: true},
	}}
	for i := range sts {
		sts[i].ID = annals.StatementID(&sts[i])
	}
	return &annals.Extraction{
		Document:   doc,
		Sentences:  []annals.Span{sp("Russia offered to return 3,000 bodies on Wednesday."), sp("Ukraine did not meet Russia.")},
		Statements: sts,
		Actors: []annals.Actor{
			{ID: "russia", Name: "Russia", Type: annals.ActorCountry, Aliases: []string{"Moscow", "Russia"}},
			{ID: "ukraine", Name: "Ukraine", Type: annals.ActorCountry},
		},
	}
}

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func openTemp(t *testing.T, backend string) *Store {
	t.Helper()
	addr := "memory"
	switch backend {
	case "bolt":
		addr = filepath.Join(t.TempDir(), "annals.db")
	case "pebble":
		addr = PebbleScheme + filepath.Join(t.TempDir(), "annals")
	case "postgres": // a database of its own, or skip (backends_test.go)
		addr = testdb.Fresh(t, envPostgres, "postgres")
	case "mysql":
		addr = freshMySQLDatabase(t)
	}
	s, err := Open(context.Background(), addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStoreRoundTrip(t *testing.T) {
	for _, backend := range []string{"memory", "bolt", "pebble", "postgres", "mysql"} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			s := openTemp(t, backend)
			x := sample()
			w := s.NewWriter("test")
			w.JoinActors(actor.NewJoiner(nil))
			if got, err := w.Write(ctx, x); err != nil || got != Added {
				t.Fatalf("first write = %v, %v; want Added", got, err)
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
			actors, err := s.Actors(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(actors) != 2 || actors[0].ID != "russia" || actors[0].Statements != 2 ||
				!actors[0].First.Equal(day("2025-07-23")) || !reflect.DeepEqual(actors[0].Aliases, []string{"Moscow"}) {
				t.Errorf("actors = %+v", actors)
			}
			// The same document again adds nothing.
			before, _ := s.AllQuads(ctx)
			if got, err := w.Write(ctx, x); err != nil || got != Unchanged {
				t.Fatalf("second write = %v, %v; want Unchanged", got, err)
			}
			w.Close(ctx)
			after, _ := s.AllQuads(ctx)
			if len(after) != len(before) {
				t.Errorf("re-ingest changed the store: %d quads, then %d", len(before), len(after))
			}
			// A changed document with the same id replaces its statements.
			y := sample()
			y.Statements = y.Statements[:1]
			y.Document.Title = "Talks, updated"
			if got, err := w.Write(ctx, y); err != nil || got != Replaced {
				t.Fatalf("changed write = %v, %v; want Replaced", got, err)
			}
			w.Close(ctx)
			got, _ = s.Statements(ctx, Filter{})
			if len(got) != 1 || got[0].Predicate.Lemma != "return" {
				t.Errorf("after replace: %+v", got)
			}
			all, err := s.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range all {
				if q.Subject == nil || q.Predicate == nil || q.Object == nil {
					t.Errorf("a quad lost a value in the replace: %v", q)
				}
			}
		})
	}
}

func TestFilter(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	if _, err := w.Write(ctx, sample()); err != nil {
		t.Fatal(err)
	}
	w.Close(ctx)
	tests := []struct {
		name   string
		filter Filter
		want   []string // lemmas
	}{
		{"all, undated last", Filter{}, []string{"return", "meet"}},
		{"actor", Filter{Actors: []string{"ukraine"}}, []string{"meet"}},
		{"from", Filter{From: day("2025-07-23")}, []string{"return"}},
		{"to before", Filter{To: day("2025-07-22")}, nil},
		{"confidence", Filter{MinConfidence: 0.6}, []string{"return"}},
		{"event type", Filter{EventType: "aid"}, []string{"return"}},
		{"document", Filter{Doc: "doc:1"}, []string{"return", "meet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts, err := s.Statements(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, st := range sts {
				got = append(got, st.Predicate.Lemma)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRelationsAndQuery(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	w.Write(ctx, sample())
	w.Close(ctx)
	ru, err := s.FindActor(ctx, "moscow")
	if err != nil || ru.ID != "russia" {
		t.Fatalf("FindActor(moscow) = %v, %v", ru, err)
	}
	ua, _ := s.FindActor(ctx, "Ukraine")
	rel, err := s.Relations(ctx, ua, ru, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rel.Direct) != 1 || rel.Direct[0].Predicate.Lemma != "meet" || len(rel.Path) != 2 {
		t.Errorf("relations = %+v", rel)
	}
	res, err := s.Query(ctx, "gizmo", `g.V("<urn:annals:actor/ukraine>").Out("<urn:annals:predicate/meet>").All()`, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 {
		t.Errorf("gizmo: %v", res)
	}
}

// lockedStores are the embedded stores, which a process holds: an address
// in dir and the holder record the writer leaves.
var lockedStores = []struct {
	name         string
	addr, holder func(dir string) string
}{
	{"bolt", func(dir string) string { return filepath.Join(dir, "annals.db") },
		func(dir string) string { return filepath.Join(dir, "annals.db.holder") }},
	{"pebble", func(dir string) string { return PebbleScheme + filepath.Join(dir, "annals") },
		func(dir string) string { return filepath.Join(dir, "annals", "annals.holder") }},
}

func TestSecondWriterFails(t *testing.T) {
	for _, b := range lockedStores {
		t.Run(b.name, func(t *testing.T) { testSecondWriterFails(t, b.addr(t.TempDir())) })
	}
}

func testSecondWriterFails(t *testing.T, path string) {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	_, err = Open(ctx, path)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("second open took %v", d)
	}
}

// TestLockedNamesHolder checks that a refused open names the writer that
// holds the store, from the record the writer leaves next to it, and that a
// record left by a process that is gone is not believed.
func TestLockedNamesHolder(t *testing.T) {
	for _, b := range lockedStores {
		t.Run(b.name, func(t *testing.T) {
			dir := t.TempDir()
			testLockedNamesHolder(t, b.addr(dir), b.holder(dir))
		})
	}
}

func testLockedNamesHolder(t *testing.T, path, holder string) {
	ctx := context.Background()
	s, err := Open(ctx, path, HeldBy("annals ingest"))
	if err != nil {
		t.Fatal(err)
	}
	since := time.Now().Format("15:04:05")
	for _, opts := range [][]Option{{HeldBy("annals forget")}, {ReadOnly()}} {
		_, err = Open(ctx, path, opts...)
		want := fmt.Sprintf(`store %s is in use by "annals ingest" (pid %d, since `, path, os.Getpid())
		if !errors.Is(err, ErrLocked) || err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), since[:5]) {
			t.Errorf("open while a writer holds: %v; want %q…%s", err, want, since)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(holder); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the holder record outlives the writer: %v", err)
	}

	// A reader holds the store; the record of a writer killed earlier
	// names a process that no longer exists.
	r, err := Open(ctx, path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skip("no process to outlive:", err)
	}
	stale := fmt.Sprintf(`{"command":"annals ingest","pid":%d,"since":"2026-01-02T03:04:05Z"}`, gone.ProcessState.Pid())
	if err := os.WriteFile(holder, []byte(stale), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Open(ctx, path)
	if want := "store " + path + " is in use by another process"; err == nil || err.Error() != want {
		t.Errorf("open while a reader holds, beside a stale record: %v; want %q", err, want)
	}
}

// TestActorTypeKnownWins: an actor one document leaves UNKNOWN and
// another types reads with the type, whichever document came first.
func TestActorTypeKnownWins(t *testing.T) {
	ctx := context.Background()
	for _, order := range [][]annals.ActorType{
		{annals.ActorUnknown, annals.ActorOrganization},
		{annals.ActorOrganization, annals.ActorUnknown},
	} {
		s := openTemp(t, "bolt")
		w := s.NewWriter("test")
		for i, typ := range order {
			x := sampleN(i)
			x.Actors = append(x.Actors, annals.Actor{ID: "zentrix", Name: "Zentrix", Type: typ})
			if _, err := w.Write(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(ctx); err != nil {
			t.Fatal(err)
		}
		if a, ok, err := s.ActorByID(ctx, "zentrix"); err != nil || !ok || a.Type != annals.ActorOrganization {
			t.Errorf("types written %v: read %q (found %v, %v), want ORGANIZATION", order, a.Type, ok, err)
		}
	}
}

func TestActorCountry(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "bolt")
	x := sample()
	x.Actors = append(x.Actors,
		annals.Actor{ID: "ukrainian-delegation", Name: "Ukrainian delegation", Type: annals.ActorOrganization, Country: "ukraine"},
		annals.Actor{ID: "volodymyr-zelensky", Name: "Volodymyr Zelensky", Type: annals.ActorPerson, Country: "ukraine"},
		annals.Actor{ID: "kyiv", Name: "Kyiv", Type: annals.ActorPlace, StandsFor: "ukraine"})
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	if _, err := w.Write(ctx, x); err != nil {
		t.Fatal(err)
	}
	w.Close(ctx)
	for _, id := range []string{"ukrainian-delegation", "volodymyr-zelensky"} {
		if a, ok, _ := s.ActorByID(ctx, id); !ok || a.Country != "ukraine" {
			t.Errorf("%s: country %q", id, a.Country)
		}
	}
	if a, ok, _ := s.ActorByID(ctx, "kyiv"); !ok || a.StandsFor != "ukraine" {
		t.Errorf("Kyiv stands for %q", a.StandsFor)
	}
}
