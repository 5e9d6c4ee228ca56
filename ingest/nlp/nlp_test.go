package nlp

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sharedData is where the UD EWT treebank lives relative to this package.
var sharedData = filepath.Join("..", "..", "..", "shared", "data", "ud-ewt")

// readShared reads a treebank file of the shared data, skipping the test
// when the shared directory is absent (e.g. outside the project machines).
func readShared(tb testing.TB, name string) []Sentence {
	tb.Helper()
	path := filepath.Join(sharedData, name)
	f, err := os.Open(path)
	if err != nil {
		tb.Skip("../shared not found: " + err.Error())
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

func mustDefault(tb testing.TB) *Model {
	tb.Helper()
	m, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// words splits a space-separated sentence into Words.
func words(s string) []Word {
	var ws []Word
	for _, f := range strings.Fields(s) {
		ws = append(ws, Word{Form: f})
	}
	return ws
}

func TestTagPlainSentences(t *testing.T) {
	m := mustDefault(t)
	tests := []struct {
		sentence string
		form     string
		upos     string
		xpos     string
		lemma    string
	}{
		{"Russia offered to return the bodies of 3,000 soldiers .", "offered", "VERB", "VBD", "offer"},
		{"Russia offered to return the bodies of 3,000 soldiers .", "return", "VERB", "VB", "return"},
		{"Russia offered to return the bodies of 3,000 soldiers .", "bodies", "NOUN", "NNS", "body"},
		{"Russia offered to return the bodies of 3,000 soldiers .", "Russia", "PROPN", "NNP", "Russia"},
		{"Russia offered to return the bodies of 3,000 soldiers .", "3,000", "NUM", "CD", "3000"},
		{"The talks were held in Istanbul on Wednesday .", "were", "AUX", "VBD", "be"},
		{"The talks were held in Istanbul on Wednesday .", "held", "VERB", "VBN", "hold"},
		{"The talks were held in Istanbul on Wednesday .", "talks", "NOUN", "NNS", "talk"},
		{"She is meeting the ministers .", "meeting", "VERB", "VBG", "meet"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence+"/"+tt.form, func(t *testing.T) {
			ws := words(tt.sentence)
			m.Tag(ws)
			for _, w := range ws {
				if w.Form != tt.form {
					continue
				}
				if w.UPOS != tt.upos || w.XPOS != tt.xpos || w.Lemma != tt.lemma {
					t.Errorf("%s: got %s/%s lemma %q, want %s/%s lemma %q", w.Form, w.UPOS, w.XPOS, w.Lemma, tt.upos, tt.xpos, tt.lemma)
				}
				return
			}
			t.Fatalf("no word %q", tt.form)
		})
	}
}

func TestTagEmptyAndConcurrent(t *testing.T) {
	m := mustDefault(t)
	m.Tag(nil)
	m.Parse(nil)
	done := make(chan []Word)
	for range 4 {
		go func() {
			ws := words("Ukraine proposed direct negotiations on Wednesday .")
			m.Tag(ws)
			m.Parse(ws)
			done <- ws
		}()
	}
	first := <-done
	for range 3 {
		if got := <-done; !equalWords(got, first) {
			t.Errorf("concurrent results differ: %v vs %v", got, first)
		}
	}
}

func equalWords(a, b []Word) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := mustDefault(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embeddedModel) {
		t.Errorf("saving the loaded model gives %d bytes that differ from the %d-byte model file", buf.Len(), len(embeddedModel))
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	a := words("Russia offered to return the bodies of 3,000 soldiers .")
	b := words("Russia offered to return the bodies of 3,000 soldiers .")
	m.Tag(a)
	m.Parse(a)
	m2.Tag(b)
	m2.Parse(b)
	if !equalWords(a, b) {
		t.Errorf("reloaded model differs:\n%v\n%v", a, b)
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load of garbage: want an error")
	}
}

// TestDevScores scores the embedded model on EWT dev and guards against
// regressions; the floors sit a little under the measured figures.
func TestDevScores(t *testing.T) {
	dev := readShared(t, "en_ewt-ud-dev.conllu")
	m := mustDefault(t)
	start := time.Now()
	s := Evaluate(m, dev)
	t.Logf("EWT dev, %d words, %s: UPOS %.2f  XPOS %.2f  Lemma %.2f  UAS %.2f  LAS %.2f",
		s.Words, time.Since(start).Round(time.Millisecond), s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"UPOS", s.UPOS, 94.5},
		{"XPOS", s.XPOS, 93.5},
		{"Lemma", s.Lemma, 96.0},
	}
	if m.HasParser() {
		floors = append(floors, []struct {
			name       string
			got, floor float64
		}{{"UAS", s.UAS, 0}, {"LAS", s.LAS, 0}}...)
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.2f below floor %.2f", f.name, f.got, f.floor)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	cpu := cpuSeconds()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embeddedModel)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(1000*(cpuSeconds()-cpu)/float64(b.N), "cpu-ms/op")
}

// benchSentences returns the words of EWT dev, stripped to their forms.
func benchSentences(b *testing.B) ([][]Word, int) {
	dev := readShared(b, "en_ewt-ud-dev.conllu")
	var sents [][]Word
	n := 0
	for _, s := range dev {
		ws := make([]Word, len(s.Words))
		for i, w := range s.Words {
			ws[i] = Word{Form: w.Form}
		}
		sents = append(sents, ws)
		n += len(ws)
	}
	return sents, n
}

// cpuSeconds is the CPU time this process has used. On a shared machine
// wall-clock throughput mostly measures the neighbours, so the benchmarks
// also report words per CPU second.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func benchmarkWords(b *testing.B, parse bool) {
	m := mustDefault(b)
	sents, n := benchSentences(b)
	cpu := cpuSeconds()
	b.ResetTimer()
	for b.Loop() {
		for _, ws := range sents {
			m.Tag(ws)
			if parse {
				m.Parse(ws)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "words/s")
	if used := cpuSeconds() - cpu; used > 0 {
		b.ReportMetric(float64(n*b.N)/used, "words/cpu-s")
	}
}

func BenchmarkTag(b *testing.B) { benchmarkWords(b, false) }

func BenchmarkTagParse(b *testing.B) { benchmarkWords(b, true) }

func TestReannotate(t *testing.T) {
	m := mustDefault(t)
	sents := []Sentence{{Words: []Word{
		{Form: "Russia", Lemma: "x", UPOS: "X", XPOS: "X", Head: 9, Deprel: "x", Misc: "SpaceAfter=No"},
		{Form: "agreed", Feats: "Tense=Past"},
		{Form: "."},
	}}}
	if err := m.Reannotate(context.Background(), sents); err != nil {
		t.Fatal(err)
	}
	w := sents[0].Words
	if w[0].UPOS != "PROPN" || w[0].Lemma != "Russia" || w[0].Deprel != "nsubj" || w[0].Misc != "SpaceAfter=No" ||
		w[1].Lemma != "agree" || w[1].Head != 0 || w[1].Feats != "Tense=Past" {
		t.Errorf("reannotated %+v", w)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := m.Reannotate(ctx, sents); err == nil {
		t.Error("a cancelled context: no error")
	}
}

// TestUnseenWordsTakeOpenClasses: a word the tagger never saw is no
// auxiliary, determiner or preposition, whatever its context suggests.
func TestUnseenWordsTakeOpenClasses(t *testing.T) {
	m := mustDefault(t)
	for _, c := range []struct {
		sentence, word string
	}{
		{"The report said the bridge had undergone repairs .", "undergone"},
		{"The aircraft overran the runway and broke through a barrier .", "overran"},
	} {
		ws := words(c.sentence)
		m.Tag(ws)
		for _, w := range ws {
			if w.Form == c.word && (closedTags[w.UPOS] || closedTags[w.XPOS]) {
				t.Errorf("%q in %q tagged %s/%s, a closed class", w.Form, c.sentence, w.UPOS, w.XPOS)
			}
		}
	}
}

// TestNumberWordsAreNoVerbs: a cardinal written out is a number, even
// where "had" before it suggests a participle.
func TestNumberWordsAreNoVerbs(t *testing.T) {
	m := mustDefault(t)
	ws := words("As of 2020 , the state had seven reservations .")
	m.Tag(ws)
	for _, w := range ws {
		if w.Form == "seven" && (w.UPOS != "NUM" || w.XPOS != "CD") {
			t.Errorf("seven tagged %s/%s, want NUM/CD", w.UPOS, w.XPOS)
		}
	}
}
