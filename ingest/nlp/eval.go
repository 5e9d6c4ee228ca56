package nlp

// Scores are a model's accuracies on gold sentences, in percent over all
// words, punctuation included (as ud_eval.py and the CoNLL 2018 shared task
// count them).
type Scores struct {
	Words int
	UPOS  float64
	XPOS  float64
	Lemma float64
	UAS   float64 // head correct
	LAS   float64 // head and full relation correct
}

// Evaluate tags (and parses, if the model has a parser) the forms of gold
// and compares the result with gold's annotation. Gold is not modified.
func Evaluate(m *Model, gold []Sentence) Scores {
	var n, upos, xpos, lemma, uas, las int
	var words []Word
	for _, s := range gold {
		words = words[:0]
		for _, g := range s.Words {
			words = append(words, Word{Form: g.Form})
		}
		m.Tag(words)
		m.Parse(words)
		for i, g := range s.Words {
			w := words[i]
			n++
			upos += b2i(w.UPOS == g.UPOS)
			xpos += b2i(w.XPOS == g.XPOS)
			lemma += b2i(w.Lemma == g.Lemma)
			if w.Head == g.Head {
				uas++
				las += b2i(w.Deprel == g.Deprel)
			}
		}
	}
	pct := func(k int) float64 {
		if n == 0 {
			return 0
		}
		return 100 * float64(k) / float64(n)
	}
	return Scores{Words: n, UPOS: pct(upos), XPOS: pct(xpos), Lemma: pct(lemma), UAS: pct(uas), LAS: pct(las)}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
