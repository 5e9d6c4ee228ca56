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

// TestSameThingAttachment checks that a statement whose object is "the"
// occasion the reference names in a phrase ("in an airstrike") is of the
// reference's occasion wherever the parser hangs the phrase, and though
// the tagger takes the object, in lower case, for a name.
func TestSameThingAttachment(t *testing.T) {
	// "forces killed Soleimani, head of the force, in an airstrike", with
	// "airstrike" (word 10) hanging on the word given
	ref := func(head int, rel string) *analysis.Sentence {
		return &analysis.Sentence{Tokens: []analysis.Token{
			{Form: "forces", Lemma: "force", UPOS: "NOUN", Head: 2, Deprel: "nsubj"},
			{Form: "killed", Lemma: "kill", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "Soleimani", Lemma: "Soleimani", UPOS: "PROPN", Head: 2, Deprel: "obj"},
			{Form: ",", Lemma: ",", UPOS: "PUNCT", Head: 5, Deprel: "punct"},
			{Form: "head", Lemma: "head", UPOS: "NOUN", Head: 3, Deprel: "appos"},
			{Form: "of", Lemma: "of", UPOS: "ADP", Head: 7, Deprel: "case"},
			{Form: "force", Lemma: "force", UPOS: "NOUN", Head: 5, Deprel: "nmod"},
			{Form: "in", Lemma: "in", UPOS: "ADP", Head: 10, Deprel: "case"},
			{Form: "an", Lemma: "a", UPOS: "DET", Head: 10, Deprel: "det"},
			{Form: "airstrike", Lemma: "airstrike", UPOS: "NOUN", Head: head, Deprel: rel},
		}}
	}
	// "The army carried out the airstrike", "airstrike" tagged as given
	sentence := func(upos string) []analysis.Token {
		return []analysis.Token{
			{Form: "The", Lemma: "the", UPOS: "DET", Head: 2, Deprel: "det"},
			{Form: "army", Lemma: "army", UPOS: "NOUN", Head: 3, Deprel: "nsubj"},
			{Form: "carried", Lemma: "carry", UPOS: "VERB", Head: 0, Deprel: "root"},
			{Form: "out", Lemma: "out", UPOS: "ADP", Head: 3, Deprel: "compound:prt"},
			{Form: "the", Lemma: "the", UPOS: "DET", Head: 6, Deprel: "det"},
			{Form: "airstrike", Lemma: "airstrike", UPOS: upos, Head: 3, Deprel: "obj"},
		}
	}
	tests := []struct {
		name   string
		toks   []analysis.Token
		ref    *analysis.Sentence
		expect bool
	}{
		{"on the verb", sentence("NOUN"), ref(2, "obl"), true},
		{"on the object", sentence("NOUN"), ref(3, "nmod"), true},
		{"on an apposition", sentence("NOUN"), ref(5, "nmod"), true},
		{"tagged as a name", sentence("PROPN"), ref(5, "nmod"), true},
		{"another thing", sentence("NOUN"), &analysis.Sentence{Tokens: ref(2, "obl").Tokens[:7]}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameOccasion(tt.toks, 2, tt.ref); got != tt.expect {
				t.Errorf("sameOccasion = %v, want %v", got, tt.expect)
			}
		})
	}
}
