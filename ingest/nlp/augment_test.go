package nlp

import "testing"

// tinyTreebank is a treebank of two sentences holding one word of each kind
// newsShapes draws from.
func tinyTreebank() []Sentence {
	w := func(form, lemma, upos, xpos string, head int, rel string) Word {
		return Word{Form: form, Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, Deprel: rel}
	}
	return []Sentence{
		{Words: []Word{ // the guards met Karl Ostrander and sold tickets
			w("the", "the", "DET", "DT", 2, "det"),
			w("guards", "guard", "NOUN", "NNS", 3, "nsubj"),
			w("met", "meet", "VERB", "VBD", 0, "root"),
			w("Karl", "Karl", "PROPN", "NNP", 3, "obj"),
			w("Ostrander", "Ostrander", "PROPN", "NNP", 4, "flat"),
			w("and", "and", "CCONJ", "CC", 7, "cc"),
			w("sold", "sell", "VERB", "VBD", 3, "conj"),
			w("tickets", "ticket", "NOUN", "NNS", 7, "obj"),
		}},
		{Words: []Word{ // if the mayor wins elections, workers want jobs and a park
			w("if", "if", "SCONJ", "IN", 3, "mark"),
			w("mayor", "mayor", "NOUN", "NN", 3, "nsubj"),
			w("wins", "win", "VERB", "VBZ", 6, "advcl"),
			w("elections", "election", "NOUN", "NNS", 3, "obj"),
			w("workers", "worker", "NOUN", "NNS", 6, "nsubj"),
			w("want", "want", "VERB", "VBP", 0, "root"),
			w("park", "park", "NOUN", "NN", 6, "obj"),
		}},
	}
}

func TestNewsShapes(t *testing.T) {
	got := newsShapes(tinyTreebank(), 5, 1)
	// The five shapes; which plural noun or past verb a sentence draws is
	// up to the generator.
	want := []string{
		"NNS VBD NNP NNP .",
		"NNS VBD DT NN .",
		"NNP NNP VBD DT NN .",
		"NN VBZ NNS",
		"NNS VBP NNS",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i, s := range got {
		line, tags, root := "", "", ""
		for j, w := range s.Words {
			if j > 0 {
				line += " "
				tags += " "
			}
			line += w.Form
			tags += w.XPOS
			if w.Head == 0 {
				root = w.Form
			}
		}
		if tags != want[i] {
			t.Errorf("sentence %d %q is tagged %s, want %s", i, line, tags, want[i])
		}
		if first := []rune(line)[0]; first < 'A' || first > 'Z' {
			t.Errorf("sentence %d %q does not start with a capital", i, line)
		}
		if !validTree(s.Words) {
			t.Errorf("sentence %d %q is not a tree", i, line)
		}
		for _, w := range s.Words {
			if w.Deprel == "nsubj" && s.Words[w.Head-1].Form != root {
				t.Errorf("sentence %d %q: subject %s is not the root's", i, line, w.Form)
			}
		}
	}
	if newsShapes(tinyTreebank()[:1], 5, 1) != nil {
		t.Error("a treebank lacking VBZ verbs gave sentences")
	}
}
