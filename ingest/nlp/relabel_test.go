package nlp

import (
	"slices"
	"testing"
)

// rlHeads turns CoNLL-U heads (0: root) of n words into the parser's form:
// index 0 unused, the root as n+1, one slot for the root itself.
func rlHeads(conll ...int32) []int32 {
	n := int32(len(conll))
	heads := make([]int32, n+2)
	for i, h := range conll {
		if h == 0 {
			h = n + 1
		}
		heads[i+1] = h
	}
	return heads
}

func TestTreeKids(t *testing.T) {
	tests := []struct {
		name  string
		heads []int32
		want  map[int32][]int32 // words with children
	}{
		{"one word", rlHeads(0), map[int32][]int32{2: {1}}},
		{"chain", rlHeads(2, 3, 0), map[int32][]int32{2: {1}, 3: {2}, 4: {3}}},
		{"both sides, in order", rlHeads(3, 3, 0, 3, 3), map[int32][]int32{3: {1, 2, 4, 5}, 6: {3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := len(tt.heads) - 2
			kids := treeKids(tt.heads, n)
			for i := range kids {
				if want := tt.want[int32(i)]; !slices.Equal(kids[i], want) {
					t.Errorf("kids[%d] = %v, want %v", i, kids[i], want)
				}
			}
		})
	}
}

// TestRelabelFeaturesSeeTheWholeTree checks that the relabeller's view of
// an arc changes with what the arc labeller cannot see when the arc is made:
// the head's later children and the head's own head.
func TestRelabelFeaturesSeeTheWholeTree(t *testing.T) {
	ws := words("they said he left early")
	for i, x := range []string{"PRP", "VBD", "PRP", "VBD", "RB"} {
		ws[i].XPOS = x
	}
	tok := newParseTokens(ws)
	feats := func(heads []int32, d int32) []uint64 {
		return relabelFeatures(nil, tok, heads, treeKids(heads, len(heads)-2), d)
	}
	base := rlHeads(2, 0, 4, 2, 4) // "early" modifies "left"
	tests := []struct {
		name  string
		heads []int32
		d     int32
		same  bool
	}{
		{"same tree", rlHeads(2, 0, 4, 2, 4), 3, true},
		{"a later sibling moves", rlHeads(2, 0, 4, 2, 2), 3, false},
		{"the head's head moves", rlHeads(4, 0, 4, 2, 4), 3, false},
		{"an unrelated arc moves", rlHeads(2, 0, 4, 2, 4), 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := feats(base, tt.d), feats(tt.heads, tt.d)
			if slices.Equal(a, b) != tt.same {
				t.Errorf("features of word %d equal: %v, want %v", tt.d, !tt.same, tt.same)
			}
		})
	}
}

// TestRelabellerCorrectsLabels trains a parser whose arc labeller cannot
// know a label when it makes the arc, and checks that the relabeller, which
// sees the finished tree, gets it right: the first noun of "N1 V N2 ." is
// "nsubj", and of "N1 V N2 !" "obl" (an invented rule: the point is only
// that the evidence, the head's last child, comes after the arc is made).
func TestRelabellerCorrectsLabels(t *testing.T) {
	nouns := []string{"cats", "dogs", "birds", "fish", "cows", "ducks"}
	verbs := []string{"see", "like", "fear"}
	labels := []string{"nsubj", "obj", "obl", "punct", "root"}
	index := map[string]int32{}
	for i, l := range labels {
		index[l] = int32(i)
	}
	tagged := func(sentence string) []Word {
		ws := words(sentence)
		for i := range ws {
			switch ws[i].Form {
			case ".", "!":
				ws[i].XPOS, ws[i].UPOS = ".", "PUNCT"
			case "see", "like", "fear":
				ws[i].XPOS, ws[i].UPOS = "VBP", "VERB"
			default:
				ws[i].XPOS, ws[i].UPOS = "NNS", "NOUN"
			}
		}
		return ws
	}
	var sents []parseTrainSent
	for _, n1 := range nouns {
		for _, v := range verbs {
			for _, n2 := range nouns {
				for _, end := range []struct{ mark, rel string }{{".", "nsubj"}, {"!", "obl"}} {
					ws := tagged(n1 + " " + v + " " + n2 + " " + end.mark)
					gl := []int32{0, index[end.rel], index["root"], index["obj"], index["punct"], 0}
					sents = append(sents, parseTrainSent{tok: newParseTokens(ws), gold: rlHeads(2, 0, 2, 2), goldLabel: gl})
				}
			}
		}
	}
	p := trainTransitions(sents, labels, 5, 1, 1, nil)
	p.relabel = trainRelabeller(sents, p, len(labels), p.arcs.root, 5, 2, 1)
	tests := []struct {
		sentence string
		want     string // label of the first word
	}{
		{"ducks fear cats .", "nsubj"},
		{"ducks fear cats !", "obl"},
		{"cows like fish .", "nsubj"},
		{"cows like fish !", "obl"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			ws := tagged(tt.sentence)
			p.parse(ws)
			if ws[0].Head != 2 || ws[0].Deprel != tt.want {
				t.Errorf("first word: head %d %s, want head 2 %s", ws[0].Head, ws[0].Deprel, tt.want)
			}
		})
	}
}
