package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/graph"
)

func eventDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// notDone marks a statement's act as not done ("did not shell").
func notDone(s annals.Statement) annals.Statement {
	s.Negated, s.Event.Unreal = true, true
	s.ID = annals.StatementID(&s)
	return s
}

// unsure makes a statement's type one the counts leave out by default.
func unsure(s annals.Statement) annals.Statement {
	s.Event.Confidence = 0.2
	return s
}

// eventStore writes a store with typed statements and returns its path.
func eventStore(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "events.db")
	st, err := graph.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	text := "Russia shelled Kharkiv. Russia offered talks. Ukraine shelled Belgorod. Ukraine did not shell Kursk."
	sp := func(s string, from int) annals.Span {
		i := from + strings.Index(text[from:], s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	doc := annals.Document{ID: "doc:1", Date: eventDay("2025-07-23"), Text: text}
	mk := func(subj, actor, verb, plover string, sentence, from int, on string) annals.Statement {
		s := annals.Statement{Doc: doc.ID, Sentence: sentence, Subject: annals.Argument{Span: sp(subj, from), Actor: actor},
			Predicate: annals.Predicate{Span: sp(verb, from), Lemma: verb}, Confidence: 0.7,
			Time:  &annals.Time{Value: on, Type: annals.TimexDate, Earliest: eventDay(on), Latest: eventDay(on), Precision: annals.PrecisionDay, Kind: annals.KindEvent},
			Event: &annals.Event{PLOVER: plover, Confidence: 0.9}}
		s.ID = annals.StatementID(&s)
		return s
	}
	x := &annals.Extraction{
		Document: doc,
		Sentences: []annals.Span{sp("Russia shelled Kharkiv.", 0), sp("Russia offered talks.", 0), sp("Ukraine shelled Belgorod.", 0),
			sp("Ukraine did not shell Kursk.", 0)},
		Statements: []annals.Statement{
			mk("Russia", "russia", "shelled", "FIGHT", 0, 0, "2025-06-30"),
			unsure(mk("Russia", "russia", "offered", "AGREE", 1, 24, "2025-07-23")),
			mk("Ukraine", "ukraine", "shelled", "FIGHT", 2, 46, "2025-07-23"),
			notDone(mk("Ukraine", "ukraine", "shell", "FIGHT", 3, 72, "2025-07-23")),
		},
		Actors: []annals.Actor{{ID: "russia", Name: "Russia", Type: annals.ActorCountry}, {ID: "ukraine", Name: "Ukraine", Type: annals.ActorCountry}},
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
	return db
}

func TestEventsCommand(t *testing.T) {
	db := eventStore(t)
	run := func(t *testing.T, mod func(*eventsOptions)) string {
		t.Helper()
		var out bytes.Buffer
		opts := &eventsOptions{IO: &IOStreams{Out: &out, Err: &out}, Store: storeFlags{DB: db, Base: graph.DefaultBase},
			By: "month", Format: "table"}
		mod(opts)
		if err := runEvents(context.Background(), opts); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	t.Run("table", func(t *testing.T) {
		got := run(t, func(*eventsOptions) {})
		want := "PERIOD   AGREE  FIGHT  TOTAL\n" +
			"2025-06  0      1      1\n" +
			"2025-07  1      1      2\n" +
			"TOTAL    1      2      3\n"
		if got != want {
			t.Errorf("table\n%s\nwant\n%s", got, want)
		}
	})
	t.Run("all: acts not done count too", func(t *testing.T) {
		got := run(t, func(o *eventsOptions) { o.All = true })
		want := "PERIOD   AGREE  FIGHT  TOTAL\n" +
			"2025-06  0      1      1\n" +
			"2025-07  1      2      3\n" +
			"TOTAL    1      3      4\n"
		if got != want {
			t.Errorf("table\n%s\nwant\n%s", got, want)
		}
	})
	t.Run("min-confidence: unsure types leave the counts", func(t *testing.T) {
		got := run(t, func(o *eventsOptions) { o.MinConfidence = annals.DefaultEventConfidence })
		want := "PERIOD   FIGHT  TOTAL\n" +
			"2025-06  1      1\n" +
			"2025-07  1      1\n" +
			"TOTAL    2      2\n"
		if got != want {
			t.Errorf("table\n%s\nwant\n%s", got, want)
		}
	})
	t.Run("actor and year, JSON", func(t *testing.T) {
		got := run(t, func(o *eventsOptions) { o.Actors, o.By, o.JSON = []string{"Ukraine"}, "year", true })
		var periods []export.EventPeriodJSON
		if err := json.Unmarshal([]byte(got), &periods); err != nil {
			t.Fatal(err)
		}
		want := []export.EventPeriodJSON{{Period: "2025", Counts: map[string]int{"FIGHT": 1}, Total: 1}}
		if !reflect.DeepEqual(periods, want) {
			t.Errorf("JSON %+v, want %+v", periods, want)
		}
	})
	t.Run("CSV has every category", func(t *testing.T) {
		rows, err := csv.NewReader(strings.NewReader(run(t, func(o *eventsOptions) { o.Format = "csv" }))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 3 || len(rows[0]) != 20 || rows[0][0] != "period" || rows[0][19] != "total" {
			t.Fatalf("CSV rows %v", rows)
		}
		if rows[2][0] != "2025-07" || rows[2][1] != "1" || rows[2][19] != "2" {
			t.Errorf("July row %v", rows[2])
		}
	})
	t.Run("bad flags", func(t *testing.T) {
		for _, mod := range []func(*eventsOptions){
			func(o *eventsOptions) { o.By = "week" },
			func(o *eventsOptions) { o.Format = "xml" },
			func(o *eventsOptions) { o.JSON, o.Format = true, "csv" },
			func(o *eventsOptions) { o.MinConfidence = 1.5 },
		} {
			opts := &eventsOptions{IO: &IOStreams{Out: &bytes.Buffer{}}, Store: storeFlags{DB: db}, By: "month", Format: "table"}
			mod(opts)
			if err := runEvents(context.Background(), opts); err == nil {
				t.Errorf("%+v: no error", opts)
			}
		}
	})
}

func TestEventsCmdFlags(t *testing.T) {
	cmd, _, err := newRootCmd(&IOStreams{}).Find([]string{"events"})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"by", "actor", "from", "to", "json", "format", "all", "min-confidence", "db"} { // db: a global flag
		if cmd.Flag(name) == nil {
			t.Errorf("no --%s flag", name)
		}
	}
	if f := cmd.Flag("min-confidence"); f != nil && f.DefValue != "0.5" {
		t.Errorf("--min-confidence defaults to %s, want annals.DefaultEventConfidence (0.5)", f.DefValue)
	}
}
