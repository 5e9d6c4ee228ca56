package nlp

import (
	"os"
	"testing"
)

func TestParsePlainSentences(t *testing.T) {
	m := mustDefault(t)
	if !m.HasParser() {
		t.Skip("model has no parser")
	}
	type arc struct{ dep, rel, head string } // head "" means the root
	tests := []struct {
		sentence string
		arcs     []arc
	}{
		{"Russia offered to return the bodies of 3,000 soldiers .", []arc{
			{"offered", "root", ""},
			{"Russia", "nsubj", "offered"},
			{"return", "xcomp", "offered"},
			{"bodies", "obj", "return"},
			{"soldiers", "nmod", "bodies"},
		}},
		{"The talks were held in Istanbul on Wednesday .", []arc{
			{"held", "root", ""},
			{"talks", "nsubj:pass", "held"},
			{"were", "aux:pass", "held"},
			{"Istanbul", "obl", "held"},
		}},
		{"Ukraine proposed direct negotiations .", []arc{
			{"proposed", "root", ""},
			{"Ukraine", "nsubj", "proposed"},
			{"negotiations", "obj", "proposed"},
			{"direct", "amod", "negotiations"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			ws := words(tt.sentence)
			m.Tag(ws)
			m.Parse(ws)
			index := map[string]int{}
			for i, w := range ws {
				index[w.Form] = i + 1
			}
			for _, a := range tt.arcs {
				w := ws[index[a.dep]-1]
				wantHead := 0
				if a.head != "" {
					wantHead = index[a.head]
				}
				if w.Head != wantHead || w.Deprel != a.rel {
					got := "ROOT"
					if w.Head > 0 {
						got = ws[w.Head-1].Form
					}
					t.Errorf("%s: got %s of %s, want %s of %q", a.dep, w.Deprel, got, a.rel, a.head)
				}
			}
		})
	}
}

// TestParseGivesTrees checks on dev that every parse is a tree with one
// root, whatever the sentence.
func TestParseGivesTrees(t *testing.T) {
	dev := readShared(t, "en_ewt-ud-dev.conllu")
	m := mustDefault(t)
	if !m.HasParser() {
		t.Skip("model has no parser")
	}
	extra := [][]Word{words("."), words("Hello"), words(", , , ,")}
	for _, s := range dev[:300] {
		ws := make([]Word, len(s.Words))
		for i, w := range s.Words {
			ws[i] = Word{Form: w.Form}
		}
		extra = append(extra, ws)
	}
	for _, ws := range extra {
		m.Tag(ws)
		m.Parse(ws)
		roots := 0
		for i, w := range ws {
			if w.Head < 0 || w.Head > len(ws) || w.Head == i+1 || w.Deprel == "" {
				t.Fatalf("word %d %q: head %d deprel %q", i+1, w.Form, w.Head, w.Deprel)
			}
			if w.Head == 0 {
				roots++
				if w.Deprel != "root" {
					t.Errorf("root word %q labelled %q", w.Form, w.Deprel)
				}
			}
			// Following heads from any word must reach the root.
			h, steps := i+1, 0
			for h != 0 && steps <= len(ws) {
				h = ws[h-1].Head
				steps++
			}
			if h != 0 {
				t.Fatalf("cycle through word %d in %v", i+1, ws)
			}
		}
		if roots != 1 {
			t.Errorf("%d roots in %v", roots, ws)
		}
	}
}

// TestPredictDev writes the model's analysis of EWT dev, from the forms
// alone, to $NLP_PREDICT_OUT for ud_eval.py:
//
//	NLP_PREDICT_OUT=/tmp/out.conllu go test ./ingest/nlp -run TestPredictDev
//	python3 ../shared/eval/ud_eval.py --gold ../shared/data/ud-ewt/en_ewt-ud-dev.conllu --system /tmp/out.conllu
func TestPredictDev(t *testing.T) {
	out := os.Getenv("NLP_PREDICT_OUT")
	if out == "" {
		t.Skip("set NLP_PREDICT_OUT to a file name")
	}
	dev := readShared(t, "en_ewt-ud-dev.conllu")
	m := mustDefault(t)
	var pred []Sentence
	for _, s := range dev {
		ws := make([]Word, len(s.Words))
		for i, w := range s.Words {
			ws[i] = Word{Form: w.Form}
		}
		m.Tag(ws)
		m.Parse(ws)
		// Keep multiword-token lines (forms only); drop empty nodes, which
		// carry gold annotation.
		var extra []ExtraLine
		for _, e := range s.Extra {
			if isRangeLine(e.Line) {
				extra = append(extra, e)
			}
		}
		pred = append(pred, Sentence{Comments: s.Comments, Words: ws, Extra: extra})
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := WriteCoNLLU(f, pred); err != nil {
		t.Fatal(err)
	}
}

func isRangeLine(line string) bool {
	for i := 0; i < len(line) && line[i] != '\t'; i++ {
		if line[i] == '-' {
			return true
		}
	}
	return false
}
