package nlp

import (
	"bytes"
	"compress/gzip"
	"context"
	_ "embed"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Model is a trained tagger, lemmatizer and (optionally) parser. It is
// read-only after loading and safe for concurrent use.
type Model struct {
	tagger *tagger
	lemma  *lemmatizer
	parser *parser // nil when the model file has no parser
}

// modelFormat is bumped whenever savedModel changes incompatibly.
const modelFormat = 3

//go:embed model/en-ewt.gob.gz
var embeddedModel []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model embedded in the binary (trained on UD English
// EWT), loading it on first use only.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(bytes.NewReader(embeddedModel))
	})
	return defaultModel, defaultErr
}

// Tag fills UPOS, XPOS and Lemma of every word from its Form. A hyphen
// written inside a word ("Rhys-Davies": SpaceAfter=No in the MISC of the
// word before it and of the hyphen) is HYPH whatever its context says.
func (m *Model) Tag(words []Word) {
	if len(words) == 0 {
		return
	}
	m.tagger.tag(words)
	for i := 1; i+1 < len(words); i++ {
		if words[i].Form == "-" && noSpaceAfter(words[i-1]) && noSpaceAfter(words[i]) {
			words[i].XPOS, words[i].UPOS = "HYPH", "PUNCT"
		}
	}
	finiteFromParticiple(words)
	for i := range words {
		w := &words[i]
		w.Lemma = m.lemma.lemma(w.Form, w.UPOS, w.XPOS)
	}
}

// finiteFromParticiple mends the commonest mistag of news sentences: in
// "Police arrested Oliver Brandt." or "The ministry issued Decree 12." the
// tagger reads the verb as a participle (a noun with a reduced relative
// clause), which leaves the sentence without a finite verb. When no word is
// finite, the sentence opens with a noun phrase, and right after that
// phrase stands the one participle, itself followed by the start of a noun
// phrase (its object, which a passive participle has no room for:
// "Five people killed in attack" keeps its participle), that participle is
// the past tense.
func finiteFromParticiple(words []Word) {
	at := -1
	for i, w := range words {
		switch w.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return
		case "VBN":
			if at >= 0 {
				return // two participles: a list or a caption, not one clause
			}
			at = i
		}
	}
	if at < 1 || at+1 >= len(words) {
		return
	}
	for _, w := range words[:at] {
		switch w.XPOS {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "HYPH", "PRP":
		default:
			return
		}
	}
	if !strings.HasPrefix(words[at-1].XPOS, "NN") && words[at-1].XPOS != "PRP" {
		return
	}
	switch words[at+1].XPOS {
	case "DT", "NNP", "NNPS", "NN", "NNS", "CD", "PRP$", "JJ", "PRP":
		words[at].XPOS, words[at].UPOS = "VBD", "VERB"
	}
}

// noSpaceAfter reports whether no space follows the word in its text.
func noSpaceAfter(w Word) bool {
	for _, f := range strings.Split(w.Misc, "|") {
		if f == "SpaceAfter=No" {
			return true
		}
	}
	return false
}

// Reannotate fills the lemma, tags, head and relation of the words of
// each sentence afresh from their forms, as a treebank evaluation wants:
// what the words held in those columns is dropped, their FEATS, DEPS and
// MISC are kept. It stops early, with ctx's error, when ctx is done.
func (m *Model) Reannotate(ctx context.Context, sents []Sentence) error {
	for i := range sents {
		if i%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		words := sents[i].Words
		for j := range words {
			words[j] = Word{Form: words[j].Form, Feats: words[j].Feats, Deps: words[j].Deps, Misc: words[j].Misc}
		}
		m.Tag(words)
		m.Parse(words)
	}
	return nil
}

// HasParser reports whether the model can parse.
func (m *Model) HasParser() bool { return m.parser != nil }

// Parse fills Head and Deprel of every word. Call it after Tag: it reads the
// words' forms and tags. It does nothing if the model has no parser. A time
// phrase that opens the sentence before a comma is parsed apart from the
// clause after it (fronted.go).
func (m *Model) Parse(words []Word) {
	if m.parser == nil || len(words) == 0 {
		return
	}
	if comma := frontedTime(words); comma > 0 && m.parser.parseFronted(words, comma) {
		return
	}
	m.parser.parse(words)
}

// savedModel is the serialised model. It holds only slices, never maps:
// gob writes maps in random order, and the model file must be reproducible
// bit for bit.
type savedModel struct {
	Format int
	Passes []savedPass
	Lemma  savedLemmatizer
	Parser *savedParser
}

type savedPass struct {
	Column      int
	Classes     []string
	SureWords   []string
	SureClasses []int32
	AmbWords    []string
	AmbHashes   []uint64
	Weights     savedTable
}

type savedLemmatizer struct {
	XPOSKeys, XPOSLemmas []string
	UPOSKeys, UPOSLemmas []string
	RuleKeys             []string
	RuleStrips           []int32
	RuleAdds             []string
}

// Save writes the model as gzip-compressed gob. Equal models give equal
// bytes.
func (m *Model) Save(w io.Writer) error {
	sm := savedModel{Format: modelFormat}
	for _, p := range m.tagger.passes {
		sp := savedPass{Column: int(p.column), Classes: p.classes, Weights: p.weights.save()}
		for _, word := range sortedKeys(p.sure) {
			sp.SureWords = append(sp.SureWords, word)
			sp.SureClasses = append(sp.SureClasses, int32(p.sure[word]))
		}
		for _, word := range sortedKeys(p.ambiguity) {
			sp.AmbWords = append(sp.AmbWords, word)
			sp.AmbHashes = append(sp.AmbHashes, p.ambiguity[word])
		}
		sm.Passes = append(sm.Passes, sp)
	}
	l := m.lemma
	for _, k := range sortedKeys(l.byXPOS) {
		sm.Lemma.XPOSKeys = append(sm.Lemma.XPOSKeys, k)
		sm.Lemma.XPOSLemmas = append(sm.Lemma.XPOSLemmas, l.byXPOS[k])
	}
	for _, k := range sortedKeys(l.byUPOS) {
		sm.Lemma.UPOSKeys = append(sm.Lemma.UPOSKeys, k)
		sm.Lemma.UPOSLemmas = append(sm.Lemma.UPOSLemmas, l.byUPOS[k])
	}
	for _, k := range sortedKeys(l.rules) {
		sm.Lemma.RuleKeys = append(sm.Lemma.RuleKeys, k)
		sm.Lemma.RuleStrips = append(sm.Lemma.RuleStrips, int32(l.rules[k].Strip))
		sm.Lemma.RuleAdds = append(sm.Lemma.RuleAdds, l.rules[k].Add)
	}
	if m.parser != nil {
		sp := m.parser.save()
		sm.Parser = &sp
	}
	// The file is gzip over: the gob header's length (uvarint), the gob
	// header, then the byte sections of every weight table, raw.
	var header bytes.Buffer
	if err := gob.NewEncoder(&header).Encode(&sm); err != nil {
		return fmt.Errorf("nlp: encode model: %w", err)
	}
	zw := gzip.NewWriter(w)
	zw.Write(binary.AppendUvarint(nil, uint64(header.Len())))
	zw.Write(header.Bytes())
	for _, t := range sm.tables() {
		zw.Write(t.keys)
		zw.Write(t.weights)
	}
	return zw.Close()
}

// tables lists the weight tables of the model in file order.
func (sm *savedModel) tables() []*savedTable {
	var ts []*savedTable
	for i := range sm.Passes {
		ts = append(ts, &sm.Passes[i].Weights)
	}
	if sm.Parser != nil {
		ts = append(ts, &sm.Parser.Weights, &sm.Parser.ArcWeights)
		if sm.Parser.RelabelWeights != nil {
			ts = append(ts, sm.Parser.RelabelWeights)
		}
	}
	return ts
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("nlp: load model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("nlp: load model: %w", err)
	}
	headerLen, n := binary.Uvarint(data)
	if n <= 0 || headerLen > uint64(len(data)-n) {
		return nil, errors.New("nlp: load model: truncated header")
	}
	var sm savedModel
	if err := gob.NewDecoder(bytes.NewReader(data[n : n+int(headerLen)])).Decode(&sm); err != nil {
		return nil, fmt.Errorf("nlp: decode model: %w", err)
	}
	rest := data[n+int(headerLen):]
	for _, t := range sm.tables() {
		if t.KeysLen < 0 || t.WeightsLen < 0 || t.KeysLen+t.WeightsLen > len(rest) {
			return nil, errors.New("nlp: load model: truncated weights")
		}
		t.keys, rest = rest[:t.KeysLen], rest[t.KeysLen:]
		t.weights, rest = rest[:t.WeightsLen], rest[t.WeightsLen:]
	}
	if len(rest) != 0 {
		return nil, errors.New("nlp: load model: trailing data")
	}
	if sm.Format != modelFormat {
		return nil, fmt.Errorf("nlp: model format %d, want %d (retrain with cmd/annals-train)", sm.Format, modelFormat)
	}
	if len(sm.Passes) == 0 {
		return nil, errors.New("nlp: model has no tagger")
	}
	m := &Model{tagger: &tagger{}}
	for _, sp := range sm.Passes {
		p, err := sp.load()
		if err != nil {
			return nil, err
		}
		m.tagger.passes = append(m.tagger.passes, p)
	}
	m.lemma, err = sm.Lemma.load()
	if err != nil {
		return nil, err
	}
	if sm.Parser != nil {
		m.parser, err = sm.Parser.load()
		if err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (sp savedPass) load() (*tagPass, error) {
	if len(sp.SureWords) != len(sp.SureClasses) || len(sp.AmbWords) != len(sp.AmbHashes) {
		return nil, errors.New("nlp: malformed tagger pass")
	}
	w, err := sp.Weights.load()
	if err != nil {
		return nil, err
	}
	if w.nClasses != len(sp.Classes) {
		return nil, errors.New("nlp: tagger classes do not match its weights")
	}
	p := &tagPass{
		column:    tagColumn(sp.Column),
		classes:   sp.Classes,
		sure:      make(map[string]int, len(sp.SureWords)),
		ambiguity: make(map[string]uint64, len(sp.AmbWords)),
		weights:   w,
	}
	for _, c := range sp.Classes {
		p.classHash = append(p.classHash, hashString(c))
	}
	for i, word := range sp.SureWords {
		c := int(sp.SureClasses[i])
		if c < 0 || c >= len(sp.Classes) {
			return nil, errors.New("nlp: tagger dictionary class out of range")
		}
		p.sure[word] = c
	}
	for i, word := range sp.AmbWords {
		p.ambiguity[word] = sp.AmbHashes[i]
	}
	return p, nil
}

func (sl savedLemmatizer) load() (*lemmatizer, error) {
	if len(sl.XPOSKeys) != len(sl.XPOSLemmas) || len(sl.UPOSKeys) != len(sl.UPOSLemmas) ||
		len(sl.RuleKeys) != len(sl.RuleStrips) || len(sl.RuleKeys) != len(sl.RuleAdds) {
		return nil, errors.New("nlp: malformed lemmatizer")
	}
	l := &lemmatizer{
		byXPOS: make(map[string]string, len(sl.XPOSKeys)),
		byUPOS: make(map[string]string, len(sl.UPOSKeys)),
		rules:  make(map[string]suffixEdit, len(sl.RuleKeys)),
	}
	for i, k := range sl.XPOSKeys {
		l.byXPOS[k] = sl.XPOSLemmas[i]
	}
	for i, k := range sl.UPOSKeys {
		l.byUPOS[k] = sl.UPOSLemmas[i]
	}
	for i, k := range sl.RuleKeys {
		l.rules[k] = suffixEdit{Strip: int(sl.RuleStrips[i]), Add: sl.RuleAdds[i]}
	}
	return l, nil
}
