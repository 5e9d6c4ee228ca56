package annals

import (
	"slices"
	"testing"
)

// TestCooperative wants the cooperation family to be the first seven
// categories in CAMEO order and nothing else.
func TestCooperative(t *testing.T) {
	if n := len(slices.Compact(slices.Sorted(slices.Values(PLOVERCategories)))); n != 18 {
		t.Fatalf("%d distinct PLOVER categories, want 18", n)
	}
	tests := []struct {
		plover string
		want   bool
	}{
		{PLOVERAgree, true},
		{PLOVERRetreat, true},
		{PLOVERInvestigate, false},
		{PLOVERFight, false},
		{"", false},
		{"agree", false}, // categories are upper case
	}
	for _, tt := range tests {
		if got := Cooperative(tt.plover); got != tt.want {
			t.Errorf("Cooperative(%q) = %v, want %v", tt.plover, got, tt.want)
		}
	}
	for i, c := range PLOVERCategories {
		if got, want := Cooperative(c), i < 7; got != want {
			t.Errorf("Cooperative(%s), category %d in CAMEO order, = %v, want %v", c, i, got, want)
		}
	}
}
