package main

import (
	"testing"
	"time"

	"github.com/annals/annals"
)

// TestWhen: the text views say where a date comes from.
func TestWhen(t *testing.T) {
	d := time.Date(2025, 7, 22, 0, 0, 0, 0, time.UTC)
	at := func(src annals.TimeSource, expr *annals.Span, from int) *annals.Time {
		return &annals.Time{Value: "2025-07-22", Type: annals.TimexDate, Expr: expr, Source: src, From: from,
			Earliest: d, Latest: d, Precision: annals.PrecisionDay, Kind: annals.KindEvent}
	}
	yesterday := &annals.Span{Text: "Yesterday", End: 9}
	for _, c := range []struct {
		name string
		t    *annals.Time
		want string
	}{
		{"explicit", at(annals.SourceExplicit, yesterday, 3), "2025-07-22"},
		{"inherited", at(annals.SourceInherited, yesterday, 1), "2025-07-22 (from sentence 1)"},
		{"document", at(annals.SourceDocument, nil, 0), "2025-07-22 (article date)"},
		{"generic", &annals.Time{Kind: annals.KindGeneric}, "generic"},
		{"none", nil, "undated"},
	} {
		if got := when(c.t); got != c.want {
			t.Errorf("%s: when = %q, want %q", c.name, got, c.want)
		}
	}
}
