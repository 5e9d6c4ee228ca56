package text

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"
)

// ewtSentence is one EWT sentence: its text and the byte spans of its
// gold words in that text.
type ewtSentence struct {
	text  string
	words [][2]int
}

// ewtSentenceReader builds ewtSentences from CoNLL-U lines, locating each
// word in the "# text" line. A multiword token ("don't" → "do" "n't") is
// split by its words' forms when they spell it out, else kept as one span.
type ewtSentenceReader struct {
	out      []ewtSentence
	cur      ewtSentence
	pos      int      // where the search for the next word starts
	mwt      [2]int   // span of the open multiword token
	mwtLast  int      // id of its last word; 0 when none is open
	mwtForms []string // forms of its words so far
}

func (r *ewtSentenceReader) line(line string) {
	switch {
	case strings.HasPrefix(line, "# text = "):
		r.cur = ewtSentence{text: strings.TrimPrefix(line, "# text = ")}
		r.pos, r.mwtLast = 0, 0
	case line == "":
		if r.cur.text != "" {
			r.out = append(r.out, r.cur)
		}
		r.cur = ewtSentence{}
	case strings.HasPrefix(line, "#"):
	default:
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || strings.Contains(cols[0], ".") {
			return // empty nodes have no surface
		}
		id, form := cols[0], cols[1]
		if _, last, ok := strings.Cut(id, "-"); ok {
			span, found := r.find(form)
			if !found {
				return
			}
			r.mwt, r.mwtForms = span, nil
			r.mwtLast, _ = strconv.Atoi(last)
			return
		}
		n, _ := strconv.Atoi(id)
		if n <= r.mwtLast {
			r.mwtForms = append(r.mwtForms, form)
			if n == r.mwtLast {
				r.closeMultiword()
			}
			return
		}
		if span, found := r.find(form); found {
			r.cur.words = append(r.cur.words, span)
		}
	}
}

// find locates form after the previous word.
func (r *ewtSentenceReader) find(form string) ([2]int, bool) {
	k := strings.Index(r.cur.text[r.pos:], form)
	if k < 0 {
		return [2]int{}, false
	}
	start := r.pos + k
	r.pos = start + len(form)
	return [2]int{start, r.pos}, true
}

func (r *ewtSentenceReader) closeMultiword() {
	surface := r.cur.text[r.mwt[0]:r.mwt[1]]
	if !strings.EqualFold(strings.Join(r.mwtForms, ""), surface) {
		r.cur.words = append(r.cur.words, r.mwt)
	} else {
		at := r.mwt[0]
		for _, f := range r.mwtForms {
			r.cur.words = append(r.cur.words, [2]int{at, at + len(f)})
			at += len(f)
		}
	}
	r.mwtLast = 0
}

// TestEWTDevTokenF1 measures exact-match token-span agreement with the
// gold words of UD English EWT dev, tokenizing each gold sentence alone.
func TestEWTDevTokenF1(t *testing.T) {
	f, err := os.Open(ewtDevPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("../shared not found: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r ewtSentenceReader
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		r.line(sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var sc2 splitScores
	var wrong []string
	for _, s := range r.out {
		gold := make(map[[2]int]bool, len(s.words))
		for _, w := range s.words {
			gold[w] = true
		}
		sc2.gold += len(s.words)
		for _, tok := range Tokenize(s.text, 0) {
			sc2.predicted++
			if gold[[2]int{tok.Start, tok.End}] {
				sc2.correct++
			} else {
				wrong = append(wrong, s.text[max(0, tok.Start-15):min(len(s.text), tok.End+5)])
			}
		}
	}
	t.Logf("EWT dev tokens: %d gold, %d predicted, %d exact: P %.2f%% R %.2f%% F1 %.2f%%",
		sc2.gold, sc2.predicted, sc2.correct, 100*sc2.precision(), 100*sc2.recall(), 100*sc2.f1())
	// EWT_SHOW_ERRORS=1 lists the tokens that match no gold word, in context.
	if os.Getenv("EWT_SHOW_ERRORS") != "" {
		t.Logf("wrong tokens: %q", wrong)
	}
	const floor = 0.97
	if sc2.f1() < floor {
		t.Errorf("EWT dev token F1 %.3f, want at least %.3f", sc2.f1(), floor)
	}
}
