package nlp

import (
	"os"
	"testing"
	"time"
)

// TEMPORARY experiment harness: trains only the parser on cached jackknifed tags.
func TestExperimentParser(t *testing.T) {
	if os.Getenv("NLP_EXPERIMENT") == "" {
		t.Skip("set NLP_EXPERIMENT=1")
	}
	train := readShared(t, "en_ewt-ud-train.conllu")
	dev := readShared(t, "en_ewt-ud-dev.conllu")
	const cache = "/tmp/jk-train.conllu"
	var predicted []Sentence
	if f, err := os.Open(cache); err == nil {
		predicted, err = ReadCoNLLU(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	} else {
		opt := TrainOptions{}
		opt.defaults()
		_, predicted = trainTagger(train, opt, t.Logf)
		f, _ := os.Create(cache)
		WriteCoNLLU(f, predicted)
		f.Close()
	}
	m := mustDefault(t)
	opt := TrainOptions{Log: os.Stderr}
	if e := os.Getenv("EPOCHS"); e != "" {
		var n int
		for _, c := range e {
			n = n*10 + int(c-'0')
		}
		opt.ParseEpochs = n
	}
	opt.defaults()
	start := time.Now()
	p, err := trainParser(predicted, dev, m, opt, func(f string, a ...any) { t.Logf("[%5.1fs] "+f, append([]any{time.Since(start).Seconds()}, a...)...) })
	if err != nil {
		t.Fatal(err)
	}
	m2 := &Model{tagger: m.tagger, lemma: m.lemma, parser: p}
	var out []Sentence
	for _, g := range dev {
		ws := make([]Word, len(g.Words))
		for i, w := range g.Words {
			ws[i] = Word{Form: w.Form}
		}
		m2.Tag(ws)
		m2.Parse(ws)
		out = append(out, Sentence{Comments: g.Comments, Words: ws, Extra: g.Extra})
	}
	f, _ := os.Create("/tmp/dev-out.conllu")
	WriteCoNLLU(f, out)
	f.Close()
	s := Evaluate(m2, dev)
	t.Logf("dev: UAS %.2f LAS %.2f", s.UAS, s.LAS)
	for _, mu := range []int32{1, 2, 3, 5} {
		_ = mu
	}
}
