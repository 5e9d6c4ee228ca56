package nlp

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

const sampleCoNLLU = `# sent_id = 1
# text = Today's talks didn't end.
1-2	Today's	_	_	_	_	_	_	_	_
1	Today	today	NOUN	NN	Number=Sing	3	nmod:poss	3:nmod:poss	_
2	's	's	PART	POS	_	1	case	1:case	_
3	talks	talk	NOUN	NNS	Number=Plur	6	nsubj	6:nsubj	_
4-5	didn't	_	_	_	_	_	_	_	_
4	did	do	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	6	aux	6:aux	_
5	n't	not	PART	RB	_	6	advmod	6:advmod	_
5.1	end	end	VERB	VB	_	_	_	6:conj	CopyOf=6
6	end	end	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	6:punct	_

# sent_id = 2
1	_	_	PUNCT	NFP	_	0	root	0:root	_

`

func TestCoNLLURoundTrip(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(sampleCoNLLU))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if len(s.Words) != 7 || len(s.Extra) != 3 || len(s.Comments) != 2 {
		t.Fatalf("sentence 1: %d words, %d extra lines, %d comments; want 7, 3, 2", len(s.Words), len(s.Extra), len(s.Comments))
	}
	if w := s.Words[2]; w.Form != "talks" || w.Lemma != "talk" || w.Head != 6 || w.Deprel != "nsubj" || w.Feats != "Number=Plur" {
		t.Errorf("word 3 = %+v", w)
	}
	if w := sents[1].Words[0]; w.Form != "_" || w.Lemma != "_" {
		t.Errorf("underscore form not kept: %+v", w)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sampleCoNLLU {
		t.Errorf("round trip differs:\n%s", buf.String())
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"too few columns", "1\tword\n", "line 1: want 10 tab-separated columns, got 2"},
		{"bad id", "# c\nx\ta\tb\tc\td\te\t0\tf\tg\th\n", "line 2: bad ID \"x\""},
		{"out of sequence", "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n", "line 2: word ID 3 out of sequence, want 2"},
		{"bad head", "1\ta\t_\t_\t_\t_\tx\troot\t_\t_\n", "line 1: bad HEAD \"x\""},
		{"negative head", "1\ta\t_\t_\t_\t_\t-1\troot\t_\t_\n", "line 1: bad HEAD \"-1\""},
		{"empty column", "1\t\t_\t_\t_\t_\t0\troot\t_\t_\n", "line 1: column 2 is empty"},
		{"comment inside", "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n# late\n", "line 2: comment inside a sentence"},
		{"bad range", "\n\n1-x\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", "line 3: bad ID \"1-x\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(tt.input))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestReadCoNLLUTolerance(t *testing.T) {
	// CRLF line ends, no final blank line and runs of blank lines are fine.
	in := "\r\n\r\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\r\n\r\n\r\n1\tb\t_\t_\t_\t_\t_\t_\t_\t_"
	sents, err := ReadCoNLLU(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || sents[1].Words[0].Head != NoHead {
		t.Errorf("got %+v", sents)
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(sampleCoNLLU)
	f.Add("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n")
	f.Add("# x\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n1.1\tz\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteCoNLLU(&buf, sents); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCoNLLU(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("re-reading written output: %v\n%q", err, buf.String())
		}
		if !reflect.DeepEqual(normalise(sents), normalise(again)) {
			t.Fatalf("round trip changed the sentences:\n%q\n%q", in, buf.String())
		}
	})
}

// normalise makes nil and empty slices compare equal.
func normalise(sents []Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		out[i] = Sentence{Comments: append([]string{}, s.Comments...), Words: append([]Word{}, s.Words...), Extra: append([]ExtraLine{}, s.Extra...)}
	}
	return out
}
