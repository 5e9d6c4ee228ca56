package date

import (
	"testing"

	"github.com/annals/annals/ingest/analysis"
)

// TestSameOccasionAttachment checks that the occasion's phrase counts
// whether the parser hangs it on the verb or on the verb's object, and only
// there.
func TestSameOccasionAttachment(t *testing.T) {
	ref := &analysis.Sentence{Tokens: []analysis.Token{
		{Form: "a", Lemma: "a", UPOS: "DET", Head: 2, Deprel: "det"},
		{Form: "man", Lemma: "man", UPOS: "NOUN", Head: 3, Deprel: "nsubj"},
		{Form: "attacked", Lemma: "attack", UPOS: "VERB", Head: 0, Deprel: "root"},
	}}
	// "The minister suffered two wounds in the attack", with "attack"
	// (word 8) hanging on the word given.
	sentence := func(attackHead int, attackRel string) []analysis.Token {
		return []analysis.Token{
			{Form: "The", Lemma: "the", UPOS: "DET", Head: 2, Deprel: "det"},
			{Form: "minister", Lemma: "minister", UPOS: "NOUN", Head: 3, Deprel: "nsubj"},
			{Form: "suffered", Lemma: "suffer", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "two", Lemma: "two", UPOS: "NUM", Head: 5, Deprel: "nummod"},
			{Form: "wounds", Lemma: "wound", UPOS: "NOUN", Head: 3, Deprel: "obj"},
			{Form: "in", Lemma: "in", UPOS: "ADP", Head: 8, Deprel: "case"},
			{Form: "the", Lemma: "the", UPOS: "DET", Head: 8, Deprel: "det"},
			{Form: "attack", Lemma: "attack", UPOS: "NOUN", Head: attackHead, Deprel: attackRel},
		}
	}
	tests := []struct {
		name   string
		toks   []analysis.Token
		verb   int
		expect bool
	}{
		{"on the verb", sentence(3, "obl"), 2, true},
		{"on the object", sentence(5, "nmod"), 2, true},
		{"on the subject", sentence(2, "nmod"), 2, false},
		{"no verb", sentence(3, "obl"), -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameOccasion(tt.toks, tt.verb, ref); got != tt.expect {
				t.Errorf("sameOccasion = %v, want %v", got, tt.expect)
			}
		})
	}
}
