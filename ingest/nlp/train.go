package nlp

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// TrainOptions configures Train. The zero value of a field means its
// default; equal options and data give a bit-identical model.
type TrainOptions struct {
	Seed        uint64 // seeds every shuffle (default 1)
	Folds       int    // jackknife folds for the predicted tags that later stages train on (default 5)
	TagEpochs   int    // epochs per tagger pass (default 10)
	ParseEpochs int    // parser epochs (default 12)
	// Beam is the parser's beam width: above 1, the parser searches with a
	// beam and is trained globally (beam.go); 0 or 1, it is greedy and
	// trained with the dynamic oracle.
	Beam int
	// RelabelEpochs is the number of epochs of the relabeller, which names
	// the arcs of the finished tree again (default 10; negative: no
	// relabeller).
	RelabelEpochs int
	// MinUpdates drops features that took part in fewer perceptron updates
	// (default 1, i.e. keep all).
	MinUpdates int32
	// PruneBelow drops, after training, features whose averaged weights are
	// all smaller in magnitude (default 0: keep all).
	PruneBelow float32
	NoParser   bool // train the tagger and lemmatizer only
	// TagCache, if set, names a file that keeps the trained tagger and the
	// jackknifed training tags between runs: it is read if it was written
	// for the same training data and tagger options, and written otherwise.
	// Parser experiments then skip the tagger; the model is the same.
	TagCache string
	Workers  int       // goroutines for independent jobs (default GOMAXPROCS); does not change the result
	Log      io.Writer // progress and dev figures; nil for none
}

func (o *TrainOptions) defaults() {
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Folds == 0 {
		o.Folds = 5
	}
	if o.TagEpochs == 0 {
		o.TagEpochs = 10
	}
	if o.ParseEpochs == 0 {
		o.ParseEpochs = 12
	}
	if o.RelabelEpochs == 0 {
		o.RelabelEpochs = 10
	}
	if o.MinUpdates == 0 {
		o.MinUpdates = 1
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// tagChain is the order of the tagger passes: XPOS first, then UPOS with
// the XPOS tags of the surrounding words as features.
var tagChain = []tagColumn{columnXPOS, columnUPOS}

// Train trains a model on train, printing figures on dev (which may be nil)
// as it goes.
func Train(train, dev []Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if opt.Beam < 0 || opt.Beam > maxBeam {
		return nil, fmt.Errorf("nlp: beam %d out of range 0..%d", opt.Beam, maxBeam)
	}
	if len(train) < opt.Folds {
		return nil, fmt.Errorf("nlp: %d training sentences is fewer than %d folds", len(train), opt.Folds)
	}
	start := time.Now()
	logf := func(format string, args ...any) {
		fmt.Fprintf(opt.Log, "[%6.1fs] ", time.Since(start).Seconds())
		fmt.Fprintf(opt.Log, format+"\n", args...)
	}
	m := &Model{lemma: trainLemmatizer(train)}
	tg, predicted, err := cachedTagger(train, opt, logf)
	if err != nil {
		return nil, err
	}
	m.tagger = tg
	if dev != nil {
		s := Evaluate(m, dev)
		logf("tagger dev: UPOS %.2f  XPOS %.2f  Lemma %.2f", s.UPOS, s.XPOS, s.Lemma)
		logKnownUnknown(m, train, dev, logf)
	}
	if opt.NoParser {
		m.prune(opt.PruneBelow, logf)
		return m, nil
	}
	p, err := trainParser(predicted, dev, m, opt, logf)
	if err != nil {
		return nil, err
	}
	m.parser = p
	m.prune(opt.PruneBelow, logf)
	if dev != nil {
		s := Evaluate(m, dev)
		logf("model dev: UPOS %.2f  XPOS %.2f  Lemma %.2f  UAS %.2f  LAS %.2f", s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS)
	}
	return m, nil
}

// tagCache is the file of TrainOptions.TagCache.
type tagCache struct {
	Key        uint64 // tagCacheKey of the data and options it was made with
	Tagger     []byte // a Model file holding only the tagger
	XPOS, UPOS [][]string
}

// taggerVersion is part of the tag cache's key. Bump it whenever the
// tagger's features or training change: the key cannot see the code, and a
// cache written by an older tagger would otherwise be read as if current.
const taggerVersion = 2

// tagCacheKey hashes everything the tagger's training depends on.
func tagCacheKey(train []Sentence, opt TrainOptions) uint64 {
	h := hashString(fmt.Sprintf("format %d tagger %d seed %d folds %d epochs %d min %d", modelFormat, taggerVersion, opt.Seed, opt.Folds, opt.TagEpochs, opt.MinUpdates))
	for _, s := range train {
		for _, w := range s.Words {
			h = mix(h, hashString(w.Form+"\t"+w.XPOS+"\t"+w.UPOS))
		}
		h = mix(h, 0)
	}
	return h
}

// cachedTagger runs trainTagger, or reads its result from opt.TagCache.
func cachedTagger(train []Sentence, opt TrainOptions, logf func(string, ...any)) (*tagger, []Sentence, error) {
	if opt.TagCache == "" {
		tg, predicted := trainTagger(train, opt, logf)
		return tg, predicted, nil
	}
	key := tagCacheKey(train, opt)
	if data, err := os.ReadFile(opt.TagCache); err == nil {
		var c tagCache
		if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&c); err == nil && c.Key == key && len(c.XPOS) == len(train) {
			m, err := Load(bytes.NewReader(c.Tagger))
			if err != nil {
				return nil, nil, fmt.Errorf("nlp: tag cache %s: %w", opt.TagCache, err)
			}
			predicted := make([]Sentence, len(train))
			for i, s := range train {
				ws := append([]Word(nil), s.Words...)
				for j := range ws {
					ws[j].XPOS, ws[j].UPOS = c.XPOS[i][j], c.UPOS[i][j]
				}
				predicted[i] = Sentence{Words: ws}
			}
			logf("tagger and jackknifed tags read from %s", opt.TagCache)
			return m.tagger, predicted, nil
		}
		logf("tag cache %s is for other data or options: retraining the tagger", opt.TagCache)
	}
	tg, predicted := trainTagger(train, opt, logf)
	var buf bytes.Buffer
	if err := (&Model{tagger: tg, lemma: trainLemmatizer(nil)}).Save(&buf); err != nil {
		return nil, nil, err
	}
	c := tagCache{Key: key, Tagger: buf.Bytes()}
	for _, s := range predicted {
		x, u := make([]string, len(s.Words)), make([]string, len(s.Words))
		for j, w := range s.Words {
			x[j], u[j] = w.XPOS, w.UPOS
		}
		c.XPOS, c.UPOS = append(c.XPOS, x), append(c.UPOS, u)
	}
	var out bytes.Buffer
	if err := gob.NewEncoder(&out).Encode(&c); err != nil {
		return nil, nil, err
	}
	if err := os.WriteFile(opt.TagCache, out.Bytes(), 0o644); err != nil {
		return nil, nil, err
	}
	logf("tagger and jackknifed tags written to %s", opt.TagCache)
	return tg, predicted, nil
}

// prune applies weightTable.pruned to every table of the model.
func (m *Model) prune(minAbs float32, logf func(string, ...any)) {
	if minAbs <= 0 {
		return
	}
	before, after := 0, 0
	tables := []**weightTable{}
	for _, p := range m.tagger.passes {
		tables = append(tables, &p.weights)
	}
	if m.parser != nil {
		tables = append(tables, &m.parser.weights, &m.parser.arcs.weights)
		if m.parser.relabel != nil {
			tables = append(tables, &m.parser.relabel.weights)
		}
	}
	for _, t := range tables {
		before += len((*t).keys)
		*t = (*t).pruned(minAbs)
		after += len((*t).keys)
	}
	logf("pruned weights below %g: %d of %d features kept", minAbs, after, before)
}

// parallel runs job(0..n-1) on at most workers goroutines. Jobs write only
// to their own result slots, so the outcome does not depend on scheduling.
func parallel(n, workers int, job func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(n, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				job(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// trainTagger trains the pass chain on train. Every pass is also trained
// Folds more times, each time without one fold, to tag that fold; later
// passes and the parser train on these jackknifed tags, which are as noisy as
// the tags they will see at run time. It returns copies of the training
// sentences carrying the jackknifed UPOS and XPOS.
func trainTagger(train []Sentence, opt TrainOptions, logf func(string, ...any)) (*tagger, []Sentence) {
	sents := make([]*tagTrainSent, len(train))
	predicted := make([]Sentence, len(train))
	for i, s := range train {
		sents[i] = &tagTrainSent{words: s.Words, lex: lexOf(s.Words)}
		predicted[i] = Sentence{Words: append([]Word(nil), s.Words...)}
	}
	fold := func(i int) int { return i % opt.Folds }
	tg := &tagger{}
	for k, column := range tagChain {
		models := make([]*tagPass, opt.Folds+1) // models[f] lacks fold f; models[Folds] saw all
		parallel(opt.Folds+1, opt.Workers, func(f int) {
			var subset []*tagTrainSent
			for i, s := range sents {
				if fold(i) != f {
					subset = append(subset, s)
				}
			}
			models[f] = trainTagPass(subset, tagPassOptions{
				column:     column,
				epochs:     opt.TagEpochs,
				seed:       opt.Seed*1000 + uint64(k)*100 + uint64(f),
				minUpdates: opt.MinUpdates,
			})
		})
		correct, total := 0, 0
		outs := make([][]uint64, len(sents))
		parallel(opt.Workers, opt.Workers, func(wk int) {
			for i := wk; i < len(sents); i += opt.Workers {
				s := sents[i]
				out := make([]int, len(s.words))
				h := make([]uint64, len(s.words))
				p := models[fold(i)]
				p.run(s.lex, s.ctx, out, h)
				for j := range out {
					column.set(&predicted[i].Words[j], p.classes[out[j]])
				}
				outs[i] = h
			}
		})
		for i, s := range sents {
			s.ctx = append(s.ctx, outs[i])
			for j := range s.words {
				correct += b2i(column.get(&s.words[j]) == column.get(&predicted[i].Words[j]))
				total++
			}
		}
		tg.passes = append(tg.passes, models[opt.Folds])
		name := map[tagColumn]string{columnXPOS: "XPOS", columnUPOS: "UPOS"}[column]
		logf("tagger pass %d (%s): jackknifed train accuracy %.2f, %d features", k+1, name,
			100*float64(correct)/float64(max(total, 1)), len(models[opt.Folds].weights.keys))
	}
	return tg, predicted
}

// trainParser trains the parser and its arc labeller from sentences
// carrying jackknifed tags.
func trainParser(predicted, dev []Sentence, m *Model, opt TrainOptions, logf func(string, ...any)) (*parser, error) {
	labelSet := map[string]bool{"root": true}
	for _, s := range predicted {
		for _, w := range s.Words {
			labelSet[w.Deprel] = true
		}
	}
	labels := sortedKeys(labelSet)
	labelIndex := map[string]int32{}
	for i, l := range labels {
		labelIndex[l] = int32(i)
	}
	var sents []parseTrainSent
	for _, s := range predicted {
		if !validTree(s.Words) {
			continue
		}
		tok := newParseTokens(s.Words)
		goldLabel := make([]int32, len(s.Words)+2)
		for i, w := range s.Words {
			goldLabel[i+1] = labelIndex[w.Deprel]
		}
		sents = append(sents, parseTrainSent{tok: tok, gold: goldHeads(s.Words), goldLabel: goldLabel})
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("nlp: no training sentence has a complete tree")
	}
	logf("parser: %d of %d training sentences have a usable tree", len(sents), len(predicted))

	// Dev sentences tagged by the final tagger, for the per-epoch figures.
	var devWords [][]Word
	for _, s := range dev {
		ws := make([]Word, len(s.Words))
		for i, w := range s.Words {
			ws[i] = Word{Form: w.Form}
		}
		m.Tag(ws)
		devWords = append(devWords, ws)
	}
	afterEpoch := func(epoch int, snapshot func() *parser) {
		if len(dev) == 0 {
			return
		}
		p := snapshot()
		uas, las, total := 0, 0, 0
		for i, ws := range devWords {
			ws = append([]Word(nil), ws...)
			p.parse(ws)
			for j, g := range dev[i].Words {
				if ws[j].Head == g.Head {
					uas++
					las += b2i(ws[j].Deprel == g.Deprel)
				}
				total++
			}
		}
		logf("parser epoch %d: dev UAS %.2f LAS %.2f (%d features)", epoch+1,
			100*float64(uas)/float64(max(total, 1)), 100*float64(las)/float64(max(total, 1)), len(p.weights.keys))
	}
	var p *parser
	if opt.Beam > 1 {
		p = trainTransitionsBeam(sents, labels, opt.Beam, opt.ParseEpochs, opt.Seed*1000+500, opt.MinUpdates, afterEpoch)
	} else {
		p = trainTransitions(sents, labels, opt.ParseEpochs, opt.Seed*1000+500, opt.MinUpdates, afterEpoch)
	}
	if opt.RelabelEpochs > 0 {
		p.relabel = trainRelabeller(sents, p, len(labels), p.arcs.root, opt.RelabelEpochs, opt.Seed*1000+600, opt.MinUpdates)
		logf("relabeller: %d features", len(p.relabel.weights.keys))
	}
	return p, nil
}

// validTree reports whether every head is in range; the transition system
// needs a head for every word.
func validTree(words []Word) bool {
	roots := 0
	for _, w := range words {
		if w.Head < 0 || w.Head > len(words) {
			return false
		}
		roots += b2i(w.Head == 0)
	}
	return roots == 1
}

// logKnownUnknown prints the tagger's dev accuracy on the words seen in
// train and on the others, which it tags far worse.
func logKnownUnknown(m *Model, train, dev []Sentence, logf func(string, ...any)) {
	seen := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			seen[normWord(w.Form)] = true
		}
	}
	var n, xpos, upos [2]int // [0] known, [1] unknown words
	for _, s := range dev {
		ws := make([]Word, len(s.Words))
		for i, w := range s.Words {
			ws[i] = Word{Form: w.Form}
		}
		m.Tag(ws)
		for i, g := range s.Words {
			k := b2i(!seen[normWord(g.Form)])
			n[k]++
			xpos[k] += b2i(ws[i].XPOS == g.XPOS)
			upos[k] += b2i(ws[i].UPOS == g.UPOS)
		}
	}
	pct := func(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
	logf("tagger dev: %d known words XPOS %.2f UPOS %.2f; %d unknown words XPOS %.2f UPOS %.2f",
		n[0], pct(xpos[0], n[0]), pct(upos[0], n[0]), n[1], pct(xpos[1], n[1]), pct(upos[1], n[1]))
}
