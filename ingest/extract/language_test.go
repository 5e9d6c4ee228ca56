package extract

import (
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// TestForeign: a sentence in another language or script states nothing; an
// English one with foreign names or a borrowed phrase does.
func TestForeign(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The mayor opened the new bridge on Friday.", false},
		{"Rocky De La Fuente said the party would appeal.", false},
		{"The crowd shouted vive la France as the team arrived.", false},
		{"Los Angeles and Las Vegas will host the games.", false},
		{"Le maire a dit que les travaux sont terminés et que le pont est ouvert.", true},
		{"El alcalde dijo que las obras del puente están terminadas.", true},
		{"Der Bürgermeister sagte, dass die Brücke nicht fertig ist und dass sie mit Verspätung öffnet.", true},
		{"मेरा नाम अकरम है और मैं मैसूर से हूँ।", true},
		{"The minister said: मेरा नाम अकरम है और मैं मैसूर से हूँ।", true},
	}
	for _, tt := range tests {
		var toks []analysis.Token
		for _, w := range strings.Fields(tt.text) {
			w = strings.Trim(w, ".,:।")
			toks = append(toks, analysis.Token{Form: w})
		}
		s := &analysis.Sentence{Span: annals.Span{Text: tt.text}, Tokens: toks}
		if got := foreign(s); got != tt.want {
			t.Errorf("foreign(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
