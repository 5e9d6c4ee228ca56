package nlp

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one token of a sentence and its analysis.
//
// Form, Lemma, UPOS, XPOS, Head and Deprel are what the tagger and parser
// read and fill; Feats, Deps and Misc only carry the other CoNLL-U columns
// through a read/write round trip.
type Word struct {
	Form   string // input: the word (ASCII quotes already normalised by the tokenizer)
	Lemma  string
	UPOS   string
	XPOS   string
	Head   int    // 1-based index of the head word in the sentence, 0 for the root
	Deprel string // UD relation, e.g. "nsubj", "obj", "nmod:poss"
	Feats  string // CoNLL-U FEATS column; "" stands for "_"
	Deps   string // CoNLL-U DEPS column (enhanced graph); "" stands for "_"
	Misc   string // CoNLL-U MISC column, e.g. "SpaceAfter=No"; "" stands for "_"
}

// NoHead is the Head value of a word whose CoNLL-U HEAD column is "_".
const NoHead = -1

// Sentence is one CoNLL-U sentence: its comment lines, its syntactic words,
// and the multiword-token and empty-node lines, which the tagger and parser
// ignore but a round trip must keep.
type Sentence struct {
	Comments []string    // comment lines verbatim, each starting with "#"
	Words    []Word      // the words with integer IDs 1..n, in order
	Extra    []ExtraLine // multiword-token ("1-2") and empty-node ("8.1") lines
}

// ExtraLine is a CoNLL-U line that is not a syntactic word, kept verbatim
// together with its position so that WriteCoNLLU can put it back.
type ExtraLine struct {
	After int    // number of words of the sentence written before this line
	Line  string // the line as read, without the line break
}

// maxLineBytes bounds one CoNLL-U line; longer lines are reported as errors
// instead of exhausting memory.
const maxLineBytes = 1 << 20

// ReadCoNLLU reads every sentence of a CoNLL-U stream. Comments, multiword
// tokens and empty nodes are kept so that WriteCoNLLU reproduces them. Errors
// name the offending line number.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLineBytes)
	var (
		sents  []Sentence
		cur    Sentence
		inSent bool
		lineNo int
	)
	flush := func() {
		if inSent {
			sents = append(sents, cur)
		}
		cur = Sentence{}
		inSent = false
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.ContainsRune(line, '\r') {
			return nil, fmt.Errorf("conllu line %d: carriage return inside the line", lineNo)
		}
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "#"):
			if len(cur.Words) > 0 || len(cur.Extra) > 0 {
				return nil, fmt.Errorf("conllu line %d: comment inside a sentence (a blank line must end the sentence first)", lineNo)
			}
			cur.Comments = append(cur.Comments, line)
			inSent = true
		default:
			if err := readTokenLine(&cur, line); err != nil {
				return nil, fmt.Errorf("conllu line %d: %w", lineNo, err)
			}
			inSent = true
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("conllu line %d: line longer than %d bytes", lineNo+1, maxLineBytes)
		}
		return nil, fmt.Errorf("conllu line %d: %w", lineNo+1, err)
	}
	flush()
	return sents, nil
}

// readTokenLine parses one ten-column line into the sentence being read.
func readTokenLine(s *Sentence, line string) error {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("want 10 tab-separated columns, got %d", len(cols))
	}
	for i, c := range cols {
		if c == "" {
			return fmt.Errorf("column %d is empty (use _ for no value)", i+1)
		}
	}
	id := cols[0]
	if strings.ContainsAny(id, "-.") {
		if err := checkExtraID(id); err != nil {
			return err
		}
		s.Extra = append(s.Extra, ExtraLine{After: len(s.Words), Line: line})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n < 1 {
		return fmt.Errorf("bad ID %q: want a positive integer, a range like 1-2 or an empty node like 1.1", id)
	}
	if n != len(s.Words)+1 {
		return fmt.Errorf("word ID %d out of sequence, want %d", n, len(s.Words)+1)
	}
	w := Word{
		Form:   cols[1],
		Lemma:  cols[2],
		UPOS:   fromUnderscore(cols[3]),
		XPOS:   fromUnderscore(cols[4]),
		Feats:  fromUnderscore(cols[5]),
		Deprel: fromUnderscore(cols[7]),
		Deps:   fromUnderscore(cols[8]),
		Misc:   fromUnderscore(cols[9]),
		Head:   NoHead,
	}
	if cols[6] != "_" {
		h, err := strconv.Atoi(cols[6])
		if err != nil || h < 0 || strconv.Itoa(h) != cols[6] {
			return fmt.Errorf("bad HEAD %q: want a non-negative integer or _", cols[6])
		}
		w.Head = h
	}
	s.Words = append(s.Words, w)
	return nil
}

// checkExtraID validates the ID of a multiword token (3-4) or empty node (3.1).
func checkExtraID(id string) error {
	sep := "-"
	if strings.Contains(id, ".") {
		sep = "."
	}
	a, b, ok := strings.Cut(id, sep)
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if !ok || errA != nil || errB != nil || x < 0 || y < 0 || strconv.Itoa(x) != a || strconv.Itoa(y) != b {
		return fmt.Errorf("bad ID %q: want a positive integer, a range like 1-2 or an empty node like 1.1", id)
	}
	return nil
}

func fromUnderscore(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func toUnderscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// WriteCoNLLU writes sentences in CoNLL-U, each followed by a blank line.
// Empty fields are written as "_"; a Head of NoHead is written as "_".
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			bw.WriteString(c)
			bw.WriteByte('\n')
		}
		extra := 0
		for i := 0; i <= len(s.Words); i++ {
			for extra < len(s.Extra) && s.Extra[extra].After <= i {
				bw.WriteString(s.Extra[extra].Line)
				bw.WriteByte('\n')
				extra++
			}
			if i == len(s.Words) {
				break
			}
			writeWord(bw, i+1, &s.Words[i])
		}
		for ; extra < len(s.Extra); extra++ {
			bw.WriteString(s.Extra[extra].Line)
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func writeWord(bw *bufio.Writer, id int, w *Word) {
	head := "_"
	if w.Head != NoHead {
		head = strconv.Itoa(w.Head)
	}
	cols := [10]string{
		strconv.Itoa(id), toUnderscore(w.Form), toUnderscore(w.Lemma),
		toUnderscore(w.UPOS), toUnderscore(w.XPOS), toUnderscore(w.Feats),
		head, toUnderscore(w.Deprel), toUnderscore(w.Deps), toUnderscore(w.Misc),
	}
	for i, c := range cols {
		if i > 0 {
			bw.WriteByte('\t')
		}
		bw.WriteString(c)
	}
	bw.WriteByte('\n')
}
