package event

import (
	"strings"
	"testing"
)

func TestSector(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		words, lemmas string // lemmas "" when unknown
		sector        string
	}{
		{"russian foreign minister", "", SectorGovernment},
		{"ukrainian president zelensky", "", SectorGovernment},
		{"the ukrainian air force", "", SectorMilitary},
		{"russian troops", "", SectorMilitary},
		{"russian forces", "russian force", SectorMilitary}, // news usage, not in the dictionaries
		{"the ukrainian delegation", "", SectorGovernment},
		{"riot police", "", SectorPolice},
		{"rebels", "rebel", SectorRebels},
		{"the prime minister", "", SectorGovernment},
		{"senior romanian officials", "", SectorGovernment},
		{"security officials", "", SectorPolice}, // the dictionary's phrase beats the news word
		{"ukraine", "", ""},
		{"direct negotiations", "direct negotiation", ""},
	}
	for _, tt := range tests {
		p := Phrase{Words: strings.Fields(tt.words)}
		if tt.lemmas != "" {
			p.Lemmas = strings.Fields(tt.lemmas)
		}
		if got := c.Sector(p); got != tt.sector {
			t.Errorf("Sector(%q) = %q, want %q", tt.words, got, tt.sector)
		}
	}
}
