package vocab

import (
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/cayleygraph/quad"
)

// TestSpanTerms wants the span properties docs/schema.md names.
func TestSpanTerms(t *testing.T) {
	tests := []struct {
		got  quad.IRI
		want string
	}{
		{SpanStart(PartSubject), "subjectStart"},
		{SpanEnd(PartPredicate), "predicateEnd"},
		{SpanText(PartTime), "timeText"},
		{SpanNorm(PartAttribution), "attributionNorm"},
	}
	for _, tt := range tests {
		if tt.got != quad.IRI(NSAnnals+tt.want) {
			t.Errorf("got %s, want annals:%s", tt.got, tt.want)
		}
	}
	if n := len(SpanParts()); n != 5 {
		t.Errorf("%d span parts, want 5", n)
	}
}

func TestActorClass(t *testing.T) {
	tests := []struct {
		typ  annals.ActorType
		want quad.IRI
	}{
		{annals.ActorPerson, NSSchema + "Person"},
		{annals.ActorOrganization, NSSchema + "Organization"},
		{annals.ActorCountry, NSSchema + "Country"},
		{annals.ActorPlace, NSSchema + "Place"},
		{annals.ActorUnknown, ""},
	}
	for _, tt := range tests {
		if got, ok := ActorClass(tt.typ); got != tt.want || ok != (tt.want != "") {
			t.Errorf("ActorClass(%s) = %s, %v; want %s", tt.typ, got, ok, tt.want)
		}
	}
}

// TestPrefixes wants every prefix to name a namespace that ends as IRIs
// are cut ("#" or "/"), and the view's prefixes apart from the store's.
func TestPrefixes(t *testing.T) {
	store, view := Prefixes(), ViewPrefixes()
	for p, ns := range view {
		if _, ok := store[p]; ok {
			t.Errorf("prefix %q is both the store's and the view's", p)
		}
		store[p] = ns
	}
	for p, ns := range store {
		if !strings.HasSuffix(ns, "#") && !strings.HasSuffix(ns, "/") {
			t.Errorf("%s: namespace %s ends neither in # nor in /", p, ns)
		}
		if err := CheckIRI(quad.IRI(ns)); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	if Prefixes()["time"] != "" {
		t.Error("Prefixes returned the map a caller changed")
	}
}
