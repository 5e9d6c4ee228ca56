package nlp

import "testing"

// TestVerbLemmasOfUnseenWords: of the suffix rules that fit a verb the
// treebank has not seen, the one that gives a verb WordNet knows wins.
func TestVerbLemmasOfUnseenWords(t *testing.T) {
	l := &lemmatizer{
		byXPOS: map[string]string{},
		byUPOS: map[string]string{},
		rules: map[string]suffixEdit{
			"VBD\tled":   {Strip: 2}, // a rule that fits "ruled" wrongly
			"VBD\tored":  {Strip: 1}, // "favored" → "favore"
			"VBN\tnited": {Strip: 1}, // "united" → "unite"
			"NNS\tes":    {Strip: 2}, // nouns keep their rules
			"VBG\tming":  {Strip: 4}, // "programming" → "programm"
		},
	}
	for _, c := range []struct{ form, xpos, want string }{
		{"ruled", "VBD", "rule"},
		{"favored", "VBD", "favor"},
		{"reunited", "VBN", "reunite"},
		{"programming", "VBG", "program"},
		{"glorbed", "VBD", "glorbed"}, // no rule, no known verb: the form
		{"boxes", "NNS", "box"},
		{"fled", "VBD", "flee"}, // an irregular form, from WordNet's exceptions
	} {
		upos := "NOUN"
		if c.xpos[0] == 'V' {
			upos = "VERB"
		}
		got := l.lemma(c.form, upos, c.xpos)
		if got != c.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}
