package nlp

import (
	"math/rand/v2"
	"slices"
	"sync"
)

// The tagger is a chain of greedy left-to-right passes (Honnibal's averaged
// perceptron tagger). Each pass predicts one column (XPOS or UPOS); a later
// pass also sees the earlier passes' tags of the words around it, which gives
// it the right-hand context a single left-to-right pass lacks.

// tagColumn names the CoNLL-U column a pass predicts.
type tagColumn int

const (
	columnXPOS tagColumn = iota
	columnUPOS
)

func (c tagColumn) get(w *Word) string {
	if c == columnUPOS {
		return w.UPOS
	}
	return w.XPOS
}

func (c tagColumn) set(w *Word, tag string) {
	if c == columnUPOS {
		w.UPOS = tag
	} else {
		w.XPOS = tag
	}
}

// tagPass is one trained pass.
type tagPass struct {
	column    tagColumn
	classes   []string
	classHash []uint64
	// sure maps a frequent, practically unambiguous normalised word to its
	// class; such words skip the perceptron (faster, and no less accurate).
	sure map[string]int
	// ambiguity maps a normalised word to the hash of the set of classes it
	// was seen with: a cheap look-ahead on the words to the right.
	ambiguity map[string]uint64
	weights   *weightTable
	// closed marks the closed classes (see closed.go), made on first use.
	closed     []bool
	closedOnce sync.Once
}

// tokenLex caches the lexical feature values of one word.
type tokenLex struct {
	norm                   string
	word, form, shape      uint64
	pre1, pre2, pre3       uint64
	suf1, suf2, suf3, suf4 uint64
	initialShape           uint64
	class                  uint64 // hash of the WordNet word class (wordclass.go)
}

func lexOf(words []Word) []tokenLex {
	lex := make([]tokenLex, len(words))
	for i := range words {
		f := words[i].Form
		n := normWord(f)
		l := &lex[i]
		l.norm = n
		l.word = hashString(n)
		l.form = hashString(f)
		l.shape = hashString(wordShape(f))
		l.pre1 = hashString(prefix(n, 1))
		l.pre2 = hashString(prefix(n, 2))
		l.pre3 = hashString(prefix(n, 3))
		l.suf1 = hashString(suffix(n, 1))
		l.suf2 = hashString(suffix(n, 2))
		l.suf3 = hashString(suffix(n, 3))
		l.suf4 = hashString(suffix(n, 4))
		l.class = mix(hashClass, uint64(classOf(n)))
		if i == 0 {
			l.initialShape = mix(l.shape, hashStart)
		} else {
			l.initialShape = hashNone
		}
	}
	return lex
}

// Feature templates of the tagger.
const (
	tfBias uint64 = iota + 1
	tfWord
	tfForm
	tfSuf1
	tfSuf2
	tfSuf3
	tfSuf4
	tfPre1
	tfPre2
	tfPre3
	tfShape
	tfInitialShape
	tfWordM1
	tfWordM2
	tfWordP1
	tfWordP2
	tfSuf3M1
	tfSuf3P1
	tfShapeM1
	tfShapeP1
	tfTagM1
	tfTagM2
	tfTagM1M2
	tfTagM1Word
	tfAmb
	tfAmbP1
	tfAmbP2
	tfAmbAmbP1
	tfAmbP1Word
	tfTagM1AmbP1
	tfWordM1Word
	tfWordWordP1
	tfCtxM2
	tfCtxM1
	tfCtx
	tfCtxP1
	tfCtxP2
	tfCtxWord
	tfCtxM1CtxCtxP1
	tfCtxCtxP1CtxP2
	tfCtxTagM1
	tfCtxSuf3
	tfClass
	tfClassM1
	tfClassP1
	tfClassShape
)

// tagWindow gives padded access to the sentence around word i.
type tagWindow struct {
	lex []tokenLex
	amb []uint64   // ambiguity class hash per word
	ctx [][]uint64 // earlier passes' tag hashes per word
}

func (w *tagWindow) at(i int) *tokenLex {
	if i < 0 || i >= len(w.lex) {
		return nil
	}
	return &w.lex[i]
}

func (w *tagWindow) wordAt(i int) uint64 {
	switch {
	case i < 0:
		return hashStart
	case i >= len(w.lex):
		return hashEnd
	}
	return w.lex[i].word
}

func padded(v []uint64, i int) uint64 {
	switch {
	case i < 0:
		return hashStart
	case i >= len(v):
		return hashEnd
	}
	return v[i]
}

// features appends the features of word i given this pass's tags so far.
func (p *tagPass) features(dst []uint64, w *tagWindow, i int, prev []uint64) []uint64 {
	l := &w.lex[i]
	tagM1, tagM2 := padded(prev, i-1), padded(prev, i-2)
	shapeM1, shapeP1, suf3M1, suf3P1 := hashStart, hashEnd, hashStart, hashEnd
	classM1, classP1 := hashStart, hashEnd
	if x := w.at(i - 1); x != nil {
		shapeM1, suf3M1, classM1 = x.shape, x.suf3, x.class
	}
	if x := w.at(i + 1); x != nil {
		shapeP1, suf3P1, classP1 = x.shape, x.suf3, x.class
	}
	amb, ambP1, ambP2 := w.amb[i], padded(w.amb, i+1), padded(w.amb, i+2)
	dst = append(dst,
		feat1(tfBias, 0),
		feat1(tfWord, l.word),
		feat1(tfForm, l.form),
		feat1(tfSuf1, l.suf1),
		feat1(tfSuf2, l.suf2),
		feat1(tfSuf3, l.suf3),
		feat1(tfSuf4, l.suf4),
		feat1(tfPre1, l.pre1),
		feat1(tfPre2, l.pre2),
		feat1(tfPre3, l.pre3),
		feat1(tfShape, l.shape),
		feat1(tfInitialShape, l.initialShape),
		feat1(tfWordM1, w.wordAt(i-1)),
		feat1(tfWordM2, w.wordAt(i-2)),
		feat1(tfWordP1, w.wordAt(i+1)),
		feat1(tfWordP2, w.wordAt(i+2)),
		feat1(tfSuf3M1, suf3M1),
		feat1(tfSuf3P1, suf3P1),
		feat1(tfShapeM1, shapeM1),
		feat1(tfShapeP1, shapeP1),
		feat1(tfTagM1, tagM1),
		feat1(tfTagM2, tagM2),
		feat2(tfTagM1M2, tagM1, tagM2),
		feat2(tfTagM1Word, tagM1, l.word),
		feat1(tfAmb, amb),
		feat1(tfAmbP1, ambP1),
		feat1(tfAmbP2, ambP2),
		feat2(tfAmbAmbP1, amb, ambP1),
		feat2(tfAmbP1Word, ambP1, l.word),
		feat2(tfTagM1AmbP1, tagM1, ambP1),
		feat2(tfWordM1Word, w.wordAt(i-1), l.word),
		feat2(tfWordWordP1, l.word, w.wordAt(i+1)),
		feat1(tfClass, l.class),
		feat1(tfClassM1, classM1),
		feat1(tfClassP1, classP1),
		feat2(tfClassShape, l.class, l.shape),
	)
	for k, c := range w.ctx {
		K := uint64(k) << 32
		cM1, c0, cP1 := padded(c, i-1), c[i], padded(c, i+1)
		dst = append(dst,
			feat1(tfCtxM2|K, padded(c, i-2)),
			feat1(tfCtxM1|K, cM1),
			feat1(tfCtx|K, c0),
			feat1(tfCtxP1|K, cP1),
			feat1(tfCtxP2|K, padded(c, i+2)),
			feat2(tfCtxWord|K, c0, l.word),
			feat3(tfCtxM1CtxCtxP1|K, cM1, c0, cP1),
			feat3(tfCtxCtxP1CtxP2|K, c0, cP1, padded(c, i+2)),
			feat2(tfCtxTagM1|K, c0, tagM1),
			feat2(tfCtxSuf3|K, c0, l.suf3),
		)
	}
	return dst
}

// window prepares the per-word values this pass needs.
func (p *tagPass) window(lex []tokenLex, ctx [][]uint64) *tagWindow {
	amb := make([]uint64, len(lex))
	for i := range lex {
		if h, ok := p.ambiguity[lex[i].norm]; ok {
			amb[i] = h
		} else {
			amb[i] = hashUnk
		}
	}
	return &tagWindow{lex: lex, amb: amb, ctx: ctx}
}

// run tags a sentence, writing class indices to out and their hashes to
// outHash.
func (p *tagPass) run(lex []tokenLex, ctx [][]uint64, out []int, outHash []uint64) {
	w := p.window(lex, ctx)
	feats := make([]uint64, 0, 64)
	scores := make([]int32, len(p.classes))
	for i := range lex {
		c, ok := p.sure[lex[i].norm]
		if !ok {
			feats = p.features(feats[:0], w, i, outHash[:i])
			p.weights.score(feats, scores)
			c = argmax(scores)
			if closed := p.closedClass(); closed[c] && p.openOnly(lex[i].norm) {
				c = bestOpen(scores, closed)
			}
			if numberWords[lex[i].norm] && verbTags[p.classes[c]] {
				if n := p.numberClass(); n >= 0 {
					c = n
				}
			}
		}
		out[i] = c
		outHash[i] = p.classHash[c]
	}
}

// tagger is the trained chain of passes.
type tagger struct {
	passes []*tagPass
}

// tag fills UPOS and XPOS of words; the last pass of each column wins.
func (t *tagger) tag(words []Word) {
	lex := lexOf(words)
	ctx := make([][]uint64, 0, len(t.passes))
	out := make([]int, len(words))
	for _, p := range t.passes {
		h := make([]uint64, len(words))
		p.run(lex, ctx, out, h)
		for i := range words {
			p.column.set(&words[i], p.classes[out[i]])
		}
		ctx = append(ctx, h)
	}
}

// tagTrainSent is a training sentence with its cached lexical features and
// the (jackknifed) outputs of the passes trained before.
type tagTrainSent struct {
	words []Word
	lex   []tokenLex
	ctx   [][]uint64
}

// tagPassOptions configures the training of one pass.
type tagPassOptions struct {
	column     tagColumn
	epochs     int
	seed       uint64
	minUpdates int32
}

// newTagPassLexicon builds the class list, sure-word dictionary and ambiguity
// classes of a pass from the training words.
func newTagPassLexicon(sents []*tagTrainSent, column tagColumn) *tagPass {
	counts := map[string]map[string]int{}
	classSet := map[string]bool{}
	for _, s := range sents {
		for i := range s.words {
			tag := column.get(&s.words[i])
			classSet[tag] = true
			n := s.lex[i].norm
			if counts[n] == nil {
				counts[n] = map[string]int{}
			}
			counts[n][tag]++
		}
	}
	p := &tagPass{column: column, sure: map[string]int{}, ambiguity: map[string]uint64{}}
	p.classes = sortedKeys(classSet)
	index := map[string]int{}
	for i, c := range p.classes {
		index[c] = i
		p.classHash = append(p.classHash, hashString(c))
	}
	for _, word := range sortedKeys(counts) {
		tags := counts[word]
		total, best, bestTag := 0, 0, ""
		for _, tag := range sortedKeys(tags) {
			n := tags[tag]
			total += n
			if n > best {
				best, bestTag = n, tag
			}
		}
		// Thresholds from Honnibal's tagger: seen ≥ 20 times, ≥ 97 % one tag.
		if total >= 20 && float64(best)/float64(total) >= 0.97 {
			p.sure[word] = index[bestTag]
		}
		if total >= 3 {
			h := hashString("amb")
			for _, tag := range sortedKeys(tags) {
				if float64(tags[tag]) >= 0.05*float64(total) {
					h = mix(h, hashString(tag))
				}
			}
			p.ambiguity[word] = h
		}
	}
	return p
}

// trainTagPass trains one pass on sents, whose ctx must hold the outputs of
// the earlier passes.
func trainTagPass(sents []*tagTrainSent, opt tagPassOptions) *tagPass {
	p := newTagPassLexicon(sents, opt.column)
	index := map[string]int{}
	for i, c := range p.classes {
		index[c] = i
	}
	model := newPerceptron(len(p.classes))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint64, 0, 64)
	scores := make([]float64, len(p.classes))
	for epoch := range opt.epochs {
		rng := rand.New(rand.NewPCG(opt.seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := sents[si]
			w := p.window(s.lex, s.ctx)
			prev := make([]uint64, len(s.words))
			for i := range s.words {
				gold := index[opt.column.get(&s.words[i])]
				guess, ok := p.sure[s.lex[i].norm]
				if !ok {
					model.tick()
					feats = p.features(feats[:0], w, i, prev[:i])
					model.score(feats, scores)
					guess = argmax64(scores)
					model.update(gold, guess, feats)
				}
				prev[i] = p.classHash[guess]
			}
		}
	}
	p.weights = model.averaged(opt.minUpdates)
	return p
}

// sortedKeys returns the keys of m in ascending order, for deterministic
// iteration.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
