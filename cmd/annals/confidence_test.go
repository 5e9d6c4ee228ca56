package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/graph"
)

// sureAndUnsure stores "Russia attacked Ukraine" at 0.9 and "Ukraine
// attacked Russia" at 0.1, and returns the store's path.
func sureAndUnsure(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "c.db")
	st, err := graph.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	text := "Russia attacked Ukraine. Ukraine attacked Russia."
	sp := func(s string, from int) annals.Span {
		i := from + strings.Index(text[from:], s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	mk := func(from int, subj, subjID, obj, objID string, conf float64, sentence int) annals.Statement {
		o := annals.Argument{Span: sp(obj, from+len(subj)), Actor: objID}
		s := annals.Statement{Doc: "d", Sentence: sentence, Subject: annals.Argument{Span: sp(subj, from), Actor: subjID},
			Predicate: annals.Predicate{Span: sp("attacked", from), Lemma: "attack"}, Object: &o, Confidence: conf}
		s.ID = annals.StatementID(&s)
		return s
	}
	x := &annals.Extraction{
		Document:   annals.Document{ID: "d", Text: text},
		Sentences:  []annals.Span{sp("Russia attacked Ukraine.", 0), sp("Ukraine attacked Russia.", 25)},
		Statements: []annals.Statement{mk(0, "Russia", "russia", "Ukraine", "ukraine", 0.9, 0), mk(25, "Ukraine", "ukraine", "Russia", "russia", 0.1, 1)},
		Actors:     []annals.Actor{{ID: "russia", Name: "Russia", Type: annals.ActorCountry}, {ID: "ukraine", Name: "Ukraine", Type: annals.ActorCountry}},
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

// TestDefaultViewsHideUnsureStatements: the reader's views leave out what
// is below annals.DefaultMinConfidence unless asked, and the RDF exports
// keep the whole store.
func TestDefaultViewsHideUnsureStatements(t *testing.T) {
	db := sureAndUnsure(t)
	for _, c := range []struct {
		args             []string
		sure, unsure     string
		wantSure, wantUn bool
	}{
		{[]string{"timeline"}, "d#0", "d#1", true, false},
		{[]string{"timeline", "--min-confidence", "0"}, "d#0", "d#1", true, true},
		{[]string{"relations", "Russia", "Ukraine"}, "Russia and Ukraine: 1 statements", "", true, false},
		{[]string{"relations", "Russia", "Ukraine", "--min-confidence", "0"}, "Russia and Ukraine: 2 statements", "", true, false},
		{[]string{"export", "--format", "csv"}, ",d,0,", ",d,1,", true, false}, // doc and sentence columns
		{[]string{"export", "--format", "nquads"}, "\"9E-01\"", "\"1E-01\"", true, true},
	} {
		out, errs, code := runCLI(t, "", append(c.args, "--db", db)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, errs)
		}
		if got := strings.Contains(out, c.sure); got != c.wantSure {
			t.Errorf("%v: %q shown %v, want %v:\n%s", c.args, c.sure, got, c.wantSure, out)
		}
		if c.unsure != "" {
			if got := strings.Contains(out, c.unsure); got != c.wantUn {
				t.Errorf("%v: %q shown %v, want %v:\n%s", c.args, c.unsure, got, c.wantUn, out)
			}
		}
	}
	if _, errs, code := runCLI(t, "", "export", "--db", db, "--format", "jsonld", "--min-confidence", "0.5"); code != 2 {
		t.Errorf("jsonld with --min-confidence: exit %d, want 2: %s", code, errs)
	}
}
