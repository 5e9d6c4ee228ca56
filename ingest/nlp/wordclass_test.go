package nlp

import "testing"

func TestClassOf(t *testing.T) {
	tests := []struct {
		form string
		want wordClass
	}{
		{"arrest", wcNoun | wcVerb},
		{"arrested", wcVerbEd},
		{"arrests", wcPlural | wcVerbS},
		{"arresting", wcVerbIng | wcAdj},
		{"floods", wcPlural | wcVerbS},
		{"stopped", wcVerbEd | wcAdj},
		{"fled", wcVerbEd},
		{"geese", wcPlural},
		{"bigger", wcAdj | wcAdjMore},
		{"happiest", wcAdjMore},
		{"quickly", wcAdv},
		{"the", 0},
		{"brandt", wcProper}, // Willy Brandt
		{"hector", wcProper | wcVerb},
		{"oskarsson", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := classOf(tt.form); got != tt.want {
			t.Errorf("classOf(%q) = %010b, want %010b", tt.form, got, tt.want)
		}
	}
}

// BenchmarkLexiconTables measures reading the embedded WordNet table, which
// the first Tag call of a process does once.
func BenchmarkLexiconTables(b *testing.B) {
	cpu := cpuSeconds()
	for b.Loop() {
		readPOSLexicon()
	}
	b.ReportMetric(1000*(cpuSeconds()-cpu)/float64(b.N), "cpu-ms/op")
}
