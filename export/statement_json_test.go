package export

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/annals/annals"
)

func isoDate(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestWhen(t *testing.T) {
	year := &annals.Time{Value: "2020", Type: annals.TimexDate, Earliest: isoDate("2020-01-01"), Latest: isoDate("2020-12-31"), Kind: annals.KindEvent}
	vague := &annals.Time{Value: "PAST_REF", Type: annals.TimexDate, Earliest: isoDate("2019-01-01"), Latest: isoDate("2020-06-30")}
	since := &annals.Time{Value: "2014", Type: annals.TimexDate, Earliest: isoDate("2014-01-01"), Kind: annals.KindSince}
	recent := &annals.Time{Value: "PAST_REF", Type: annals.TimexDate, Latest: isoDate("2025-07-23")}
	one := &annals.Time{Value: "P1D", Type: annals.TimexDuration, Earliest: isoDate("2025-07-23"), Latest: isoDate("2025-07-23")}
	for _, tt := range []struct {
		t    *annals.Time
		want string
	}{
		{nil, "undated"}, {&annals.Time{Value: "P2D", Type: annals.TimexDuration}, "undated"},
		{&annals.Time{Kind: annals.KindGeneric}, "generic"},
		{year, "2020"}, {vague, "2019-01-01..2020-06-30"}, {since, "since 2014-01-01"}, {one, "2025-07-23"}, {recent, "before 2025-07-23"},
	} {
		if got := When(tt.t); got != tt.want {
			t.Errorf("When(%+v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

func TestNewStatementJSON(t *testing.T) {
	wed := annals.Span{Text: "Wednesday", Start: 30, End: 39}
	s := annals.Statement{ID: "x", Doc: "d",
		Subject:   annals.Argument{Span: annals.Span{Text: "Russia", Start: 0, End: 6}, Actor: "russia"},
		Predicate: annals.Predicate{Span: annals.Span{Text: "offered to return", Start: 7, End: 24}, Lemma: "return"},
		Time:      &annals.Time{Value: "2025-07-23", Expr: &wed, Earliest: isoDate("2025-07-23"), Latest: isoDate("2025-07-23")},
		Event:     &annals.Event{PLOVER: "AGREE"}, Modality: "offer"}
	j := NewStatementJSON(s, map[string]string{"russia": "Russia"})
	if j.Subject.Entity != "russia" || j.Subject.Name != "Russia" || j.Object != nil || *j.Time.Start != 30 ||
		j.Time.FromDocument || *j.Event.PLOVER != "AGREE" || j.Event.CAMEO != nil || j.Modality != "offer" {
		t.Errorf("%+v", j)
	}
}

// TestTimeJSONSource: the JSON time says where it comes from, an inherited
// one in which sentence; a generic one keeps a string value, as the
// scorers want, and no source; an old time without a source reads as its
// expression (or its absence) implies.
func TestTimeJSONSource(t *testing.T) {
	yesterday := annals.Span{Text: "Yesterday", Start: 0, End: 9}
	day := isoDate("2025-07-22")
	at := func(src annals.TimeSource, expr *annals.Span, from int) *annals.Time {
		return &annals.Time{Value: "2025-07-22", Type: annals.TimexDate, Expr: expr, Source: src, From: from,
			Earliest: day, Latest: day, Precision: annals.PrecisionDay, Kind: annals.KindEvent}
	}
	for _, c := range []struct {
		name string
		time *annals.Time
		want string // the time object
	}{
		{"explicit", at(annals.SourceExplicit, &yesterday, 2),
			`{"value":"2025-07-22","source":"explicit","type":"DATE","text":"Yesterday","start":0,"end":9,"earliest":"2025-07-22","latest":"2025-07-22","precision":"day","kind":"event","from_document":false}`},
		{"inherited", at(annals.SourceInherited, &yesterday, 0),
			`{"value":"2025-07-22","source":"inherited","from_sentence":0,"type":"DATE","text":"Yesterday","start":0,"end":9,"earliest":"2025-07-22","latest":"2025-07-22","precision":"day","kind":"event","from_document":false}`},
		{"document", at(annals.SourceDocument, nil, 0),
			`{"value":"2025-07-22","source":"document","type":"DATE","start":null,"end":null,"earliest":"2025-07-22","latest":"2025-07-22","precision":"day","kind":"event","from_document":true}`},
		{"no source, no expression", at("", nil, 0),
			`{"value":"2025-07-22","source":"document","type":"DATE","start":null,"end":null,"earliest":"2025-07-22","latest":"2025-07-22","precision":"day","kind":"event","from_document":true}`},
		{"generic", &annals.Time{Kind: annals.KindGeneric},
			`{"value":"","start":null,"end":null,"kind":"generic","from_document":false}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := annals.Statement{ID: "x", Doc: "d", Sentence: 2, Time: c.time}
			b, err := json.Marshal(NewStatementJSON(s, nil).Time)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != c.want {
				t.Errorf("time\n got %s\nwant %s", b, c.want)
			}
		})
	}
}

func TestVerb(t *testing.T) {
	pred := func(text, lemma string) annals.Predicate {
		return annals.Predicate{Span: annals.Span{Text: text}, Lemma: lemma}
	}
	for _, c := range []struct {
		st   annals.Statement
		want string
	}{
		{annals.Statement{Predicate: pred("returned", "return")}, "return"},
		{annals.Statement{Predicate: pred("was transferred", "transfer"), Passive: true}, "be transferred"},
		{annals.Statement{Predicate: pred("has been held", "hold"), Passive: true}, "be held"},
		{annals.Statement{Predicate: pred("was held", "hold")}, "hold"}, // turned active: its agent is the subject
		{annals.Statement{Predicate: pred("will be picked up", "pick"), Passive: true}, "be picked up"},
		{annals.Statement{Predicate: pred("was not first elected", "elect"), Passive: true}, "be first elected"},
		{annals.Statement{Predicate: pred("got harassed", "harass"), Passive: true}, "be harassed"},
		{annals.Statement{Predicate: pred("was born", "bear"), Passive: true, Object: &annals.Argument{Prep: "to"}}, "be born to"},
		{annals.Statement{Predicate: pred("voted", "vote"), Object: &annals.Argument{Prep: "against"}}, "vote against"},
		{annals.Statement{Predicate: pred("says", "")}, "says"},
	} {
		if got := Verb(c.st); got != c.want {
			t.Errorf("Verb(%q, passive %v) = %q, want %q", c.st.Predicate.Text, c.st.Passive, got, c.want)
		}
	}
}
