package analysis

import (
	"strings"
	"testing"
)

func TestSentenceFromRows(t *testing.T) {
	s, err := SentenceFromRows(`
Talks NOUN NNS talk 2 nsubj
resumed VERB VBD resume 0 root
. PUNCT . . 2 punct`)
	if err != nil {
		t.Fatal(err)
	}
	if s.Text != "Talks resumed ." || len(s.Tokens) != 3 || s.Tokens[1].Start != 6 || s.Tokens[1].Head != 0 || s.Tokens[0].Deprel != "nsubj" {
		t.Errorf("sentence = %+v", s)
	}
	for _, bad := range []struct{ rows, want string }{
		{"Talks NOUN NNS talk 2", "row 1: want 6 fields"},
		{"Talks NOUN NNS talk 2 nsubj\nresumed VERB VBD resume root root", "row 2: head"},
	} {
		if _, err := SentenceFromRows(bad.rows); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("SentenceFromRows(%q) error = %v, want %q", bad.rows, err, bad.want)
		}
	}
}
