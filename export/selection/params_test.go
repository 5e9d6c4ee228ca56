package selection

import (
	"errors"
	"math"
	"testing"
	"time"
)

func TestParamsSelection(t *testing.T) {
	july := func(d int) time.Time { return time.Date(2025, 7, d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		name  string
		p     Params
		want  Selection
		param string // the *ParamError's Param, or "hops-actor" for ErrHopsWithoutActor
	}{
		{name: "none", p: Params{}, want: Selection{}},
		{name: "days", p: Params{From: "2025-07-01", To: "2025-07-31"}, want: Selection{From: july(1), To: july(31)}},
		{name: "everything", p: Params{Actors: []string{"Russia"}, Hops: 1, Predicates: []string{"meet"}, MinConfidence: 0.5,
			EventType: "FIGHT", Doc: "d", Title: "T"},
			want: Selection{Actors: []string{"Russia"}, Hops: 1, Predicates: []string{"meet"}, MinConfidence: 0.5,
				EventType: "FIGHT", Doc: "d", Title: "T"}},
		{name: "actor only", p: Params{Actors: []string{"Russia"}, ActorOnly: true},
			want: Selection{Actors: []string{"Russia"}, ActorOnly: true}},
		{name: "bad from", p: Params{From: "July"}, param: "from"},
		{name: "bad to", p: Params{To: "2025-02-30"}, param: "to"},
		{name: "reversed days", p: Params{From: "2025-07-31", To: "2025-07-01"}, param: "to"},
		{name: "one day", p: Params{From: "2025-07-01", To: "2025-07-01"}, want: Selection{From: july(1), To: july(1)}},
		{name: "negative hops", p: Params{Actors: []string{"a"}, Hops: -1}, param: "hops"},
		{name: "hops alone", p: Params{Hops: 1}, param: "hops-actor"},
		{name: "confidence above 1", p: Params{MinConfidence: 2}, param: "min_confidence"},
		{name: "confidence below 0", p: Params{MinConfidence: -0.1}, param: "min_confidence"},
		{name: "confidence NaN", p: Params{MinConfidence: math.NaN()}, param: "min_confidence"},
	} {
		t.Run(c.name, func(t *testing.T) {
			sel, err := c.p.Selection()
			var bad *ParamError
			switch {
			case c.param == "hops-actor":
				if !errors.Is(err, ErrHopsWithoutActor) {
					t.Errorf("error %v, want ErrHopsWithoutActor", err)
				}
			case c.param != "":
				if !errors.As(err, &bad) || bad.Param != c.param {
					t.Errorf("error %v, want a ParamError for %s", err, c.param)
				}
			case err != nil:
				t.Errorf("error %v", err)
			case !sel.From.Equal(c.want.From) || !sel.To.Equal(c.want.To) || sel.Hops != c.want.Hops ||
				sel.MinConfidence != c.want.MinConfidence || sel.EventType != c.want.EventType || sel.Doc != c.want.Doc ||
				sel.Title != c.want.Title || len(sel.Actors) != len(c.want.Actors) || len(sel.Predicates) != len(c.want.Predicates):
				t.Errorf("selection %+v, want %+v", sel, c.want)
			}
		})
	}
}
