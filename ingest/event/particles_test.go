package event

import (
	"testing"

	"github.com/annals/annals/ingest/analysis"
)

// TestParticleLemma: a predicate's lemma that carries the verb's particle
// ("give up", as the clause reader writes it) is matched on the verb, as
// before the particle joined the lemma; an idiom's noun ("take part")
// still becomes the verb's object.
func TestParticleLemma(t *testing.T) {
	toks := func(words ...string) []analysis.Token {
		var out []analysis.Token
		for i := 0; i+2 < len(words); i += 3 {
			out = append(out, analysis.Token{Form: words[i], Lemma: words[i+1], XPOS: words[i+2]})
		}
		return out
	}
	tests := []struct {
		name        string
		toks        []analysis.Token
		lemma       string
		wantLemma   string
		wantForm    string
		wantObjHead string
	}{
		{"a particle next to the verb", toks("gave", "give", "VBD", "up", "up", "RP"), "give up", "give", "up", ""},
		{"a particle after the object", toks("turn", "turn", "VB"), "turn off", "turn", "turn", ""},
		{"an idiom's noun", toks("took", "take", "VBD", "part", "part", "NN"), "take part", "take", "took", "part"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			main := len(tt.toks) - 1
			v := Verb{Lemma: tt.lemma, Form: tt.toks[main].Form}
			idiomVerb(tt.toks, 0, main, &v)
			if v.Lemma != tt.wantLemma || v.Form != tt.wantForm || v.Object.Head != tt.wantObjHead {
				t.Errorf("got lemma %q, form %q, object %q; want %q, %q, %q", v.Lemma, v.Form, v.Object.Head, tt.wantLemma, tt.wantForm, tt.wantObjHead)
			}
		})
	}
}
