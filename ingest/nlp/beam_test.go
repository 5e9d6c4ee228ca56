package nlp

import (
	"slices"
	"testing"
)

// TestBeamOfOneIsGreedy checks that a beam of width 1 makes the greedy
// parser's choices, labels included.
func TestBeamOfOneIsGreedy(t *testing.T) {
	m := mustDefault(t)
	for _, sentence := range []string{
		"Guards arrested two men near the harbour on Tuesday .",
		"The council , which met in March , said it would not raise taxes .",
		"Prices rose .",
	} {
		ws := words(sentence)
		m.Tag(ws)
		tok := newParseTokens(ws)
		greedy := *m.parser
		greedy.beam = 0
		g := newParseState(tok, len(ws))
		greedy.run(g)
		one := greedy
		one.beam = 1
		b := newParseState(tok, len(ws))
		one.runBeam(b)
		if !slices.Equal(g.heads, b.heads) || !slices.Equal(g.labIdx, b.labIdx) {
			t.Errorf("%q: beam of 1 gave heads %v labels %v, greedy %v %v", sentence, b.heads, b.labIdx, g.heads, g.labIdx)
		}
	}
}

// beamTrainingSet is a toy treebank whose attachments hang on the last word:
// "N V N P N ." attaches the prepositional phrase to the verb when the
// sentence ends in "!" and to the object noun when it ends in ".".
func beamTrainingSet() (sents []parseTrainSent, labels []string, tagged func(string) []Word) {
	labels = []string{"case", "nmod", "nsubj", "obj", "obl", "punct", "root"}
	index := map[string]int32{}
	for i, l := range labels {
		index[l] = int32(i)
	}
	tagged = func(sentence string) []Word {
		ws := words(sentence)
		for i := range ws {
			switch ws[i].Form {
			case ".", "!":
				ws[i].XPOS, ws[i].UPOS = ".", "PUNCT"
			case "see", "like", "fear":
				ws[i].XPOS, ws[i].UPOS = "VBP", "VERB"
			case "with", "near":
				ws[i].XPOS, ws[i].UPOS = "IN", "ADP"
			default:
				ws[i].XPOS, ws[i].UPOS = "NNS", "NOUN"
			}
		}
		return ws
	}
	nouns := []string{"cats", "dogs", "birds", "fish", "cows"}
	for _, n1 := range nouns {
		for _, v := range []string{"see", "like", "fear"} {
			for _, n2 := range nouns {
				for _, p := range []string{"with", "near"} {
					for _, end := range []string{".", "!"} {
						ws := tagged(n1 + " " + v + " " + n2 + " " + p + " ducks " + end)
						// words 1..6: n1 v n2 p ducks end
						head, rel := int32(3), "nmod"
						if end == "!" {
							head, rel = 2, "obl"
						}
						gold := rlHeads(2, 0, 2, 5, head, 2)
						gl := []int32{0, index["nsubj"], index["root"], index["obj"], index["case"], index[rel], index["punct"], 0}
						sents = append(sents, parseTrainSent{tok: newParseTokens(ws), gold: gold, goldLabel: gl})
					}
				}
			}
		}
	}
	return sents, labels, tagged
}

func TestBeamTrainingLearnsTrees(t *testing.T) {
	sents, labels, tagged := beamTrainingSet()
	p := trainTransitionsBeam(sents, labels, 4, 6, 1, 1, nil)
	if p.beam != 4 {
		t.Fatalf("trained parser has beam %d, want 4", p.beam)
	}
	tests := []struct {
		sentence string
		head     int // of "ducks"
		rel      string
	}{
		{"cows fear birds with ducks .", 3, "nmod"},
		{"cows fear birds with ducks !", 2, "obl"},
		{"dogs see fish near ducks .", 3, "nmod"},
		{"dogs see fish near ducks !", 2, "obl"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			ws := tagged(tt.sentence)
			p.parse(ws)
			want := []int{2, 0, 2, 5, tt.head, 2}
			for i, w := range ws {
				if w.Head != want[i] {
					t.Fatalf("heads %v, want %v", heads(ws), want)
				}
			}
			if ws[4].Deprel != tt.rel || ws[0].Deprel != "nsubj" {
				t.Errorf("labels %s %s, want nsubj %s", ws[0].Deprel, ws[4].Deprel, tt.rel)
			}
		})
	}
	// Training is deterministic.
	q := trainTransitionsBeam(sents, labels, 4, 6, 1, 1, nil)
	if !slices.Equal(p.weights.cells, q.weights.cells) || !slices.Equal(p.arcs.weights.pairs, q.arcs.weights.pairs) {
		t.Error("two trainings gave different weights")
	}
}

func heads(ws []Word) []int {
	var h []int
	for _, w := range ws {
		h = append(h, w.Head)
	}
	return h
}

func TestParserBeamSurvivesSaveLoad(t *testing.T) {
	sents, labels, _ := beamTrainingSet()
	p := trainTransitionsBeam(sents[:20], labels, 3, 1, 1, 1, nil)
	sp := p.save()
	q, err := sp.load()
	if err != nil {
		t.Fatal(err)
	}
	if q.beam != 3 {
		t.Errorf("loaded beam %d, want 3", q.beam)
	}
	sp.Beam = maxBeam + 1
	if _, err := sp.load(); err == nil {
		t.Error("a beam out of range loaded")
	}
}

func TestLabelMemo(t *testing.T) {
	var m labelMemo
	m.reset()
	a, b := []uint64{1, 2, 3}, []uint64{1, 2, 4}
	if _, ok := m.get(a); ok {
		t.Fatal("empty memo remembered a label")
	}
	m.put(a, 7)
	m.put(b, 9)
	if l, ok := m.get(a); !ok || l != 7 {
		t.Errorf("get(a) = %d, %v; want 7", l, ok)
	}
	if l, ok := m.get(b); !ok || l != 9 {
		t.Errorf("get(b) = %d, %v; want 9", l, ok)
	}
	if _, ok := m.get([]uint64{1, 2}); ok {
		t.Error("a prefix of remembered features found a label")
	}
	m.reset()
	if _, ok := m.get(a); ok {
		t.Error("reset memo remembered a label")
	}
}
