package ingest

import (
	"strings"
	"testing"

	"github.com/annals/annals"
)

func TestBalanceQuotes(t *testing.T) {
	doc := "She called it `` a relic '' of the past ; `` old '' things stay ."
	tests := []struct{ span, want string }{
		{"`` a relic", "`` a relic ''"},
		{"old ''", "`` old ''"},
		{"a relic", "a relic"},
		{"`` a relic '' of the past", "`` a relic '' of the past"},
	}
	for _, tt := range tests {
		start := strings.Index(doc, tt.span)
		sp := annals.Span{Text: tt.span, Start: start, End: start + len(tt.span)}
		if got := balanceQuotes(doc, sp); got.Text != tt.want || got.Text != doc[got.Start:got.End] {
			t.Errorf("balanceQuotes(%q) = %q, want %q", tt.span, got.Text, tt.want)
		}
	}
}
