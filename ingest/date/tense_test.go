package date

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// withTags sets the XPOS tags of a parsed sentence's tokens, in order.
func withTags(s *analysis.Sentence, tags string) *analysis.Sentence {
	for i, tag := range strings.Fields(tags) {
		s.Tokens[i].XPOS = tag
	}
	return s
}

func TestClauseTense(t *testing.T) {
	tests := []struct {
		name  string
		parse string
		tags  string
		verb  int
		want  tense
	}{
		{"a participle with a subject is a past the tagger missed",
			"Police/NOUN/2/nsubj arrested/VERB/0/root a/DET/4/det man/NOUN/2/obj",
			"NNS VBN DT NN", 1, tensePast},
		{"so is one whose subject the parser took for a passive one, with an object",
			"Lopez/PROPN/2/nsubj:pass attacked/VERB/0/root Soto/PROPN/2/obj",
			"NNP VBN NNP", 1, tensePast},
		{"a participle with a passive subject and no object tells no tense",
			"Telescope/PROPN/2/nsubj:pass scheduled/VERB/0/root to/PART/5/mark be/AUX/5/aux:pass deployed/VERB/2/xcomp",
			"NNP VBN TO VB VBN", 1, tenseNone},
		{"an infinitive copula takes its clause's tense",
			"They/PRON/3/nsubj:pass were/AUX/3/aux:pass said/VERB/0/root to/PART/6/mark be/AUX/6/cop finalists/NOUN/3/xcomp",
			"PRP VBD VBN TO VB NNS", 4, tensePast},
		{"so does one after a modal",
			"She/PRON/4/nsubj would/AUX/4/aux be/AUX/4/cop mayor/NOUN/0/root",
			"PRP MD VB NN", 2, tenseFuture},
	}
	for _, tt := range tests {
		s := withTags(parsedSentence(tt.parse), tt.tags)
		if got := clauseTense(s.Tokens, tt.verb); got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestNowDatesNoPast checks that "now" does not date a verb in the past
// tense: the parser may hang on it a "now" of a clause nearby.
func TestNowDatesNoPast(t *testing.T) {
	for _, tt := range []struct {
		parse, tags string
		present     bool
	}{
		// They sold the plant now .
		{"They/PRON/2/nsubj sold/VERB/0/root the/DET/4/det plant/NOUN/2/obj now/ADV/2/advmod ./PUNCT/2/punct",
			"PRP VBD DT NN RB .", false},
		// They sell the plant now .
		{"They/PRON/2/nsubj sell/VERB/0/root the/DET/4/det plant/NOUN/2/obj now/ADV/2/advmod ./PUNCT/2/punct",
			"PRP VBP DT NN RB .", true},
	} {
		s := withTags(parsedSentence(tt.parse), tt.tags)
		a := &analysis.Analysis{
			Document:  annals.Document{ID: "d", Text: s.Text, Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)},
			Sentences: []analysis.Sentence{*s},
			Statements: []annals.Statement{{Sentence: 0, Subject: annals.Argument{Span: s.Tokens[0].Span},
				Predicate: annals.Predicate{Span: s.Tokens[1].Span, Lemma: s.Tokens[1].Form}}},
		}
		if err := (Dater{}).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		got := a.Statements[0].Time
		if got == nil || (got.Value == "PRESENT_REF") != tt.present {
			t.Errorf("%s: got %+v, want PRESENT_REF %v", s.Text, got, tt.present)
		}
	}
}

// TestPastSpansEndByTheArticle: a past clause's "the next five decades"
// counts from the story's time, not the article's, so it does not date the
// clause up to decades after the article; the same span in a future clause
// still does.
func TestPastSpansEndByTheArticle(t *testing.T) {
	day := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		parse, tags string
		future      bool
	}{
		// She spent the next five decades abroad .
		{"She/PRON/2/nsubj spent/VERB/0/root the/DET/6/det next/ADJ/6/amod five/NUM/6/nummod decades/NOUN/2/obl:tmod abroad/ADV/2/advmod ./PUNCT/2/punct",
			"PRP VBD DT JJ CD NNS RB .", false},
		// She will spend the next five decades abroad .
		{"She/PRON/3/nsubj will/AUX/3/aux spend/VERB/0/root the/DET/7/det next/ADJ/7/amod five/NUM/7/nummod decades/NOUN/3/obl:tmod abroad/ADV/3/advmod ./PUNCT/3/punct",
			"PRP MD VB DT JJ CD NNS RB .", true},
	} {
		s := withTags(parsedSentence(tt.parse), tt.tags)
		v := 1
		if tt.future {
			v = 2
		}
		a := &analysis.Analysis{
			Document:  annals.Document{ID: "d", Text: s.Text, Date: day},
			Sentences: []analysis.Sentence{*s},
			Statements: []annals.Statement{{Sentence: 0, Subject: annals.Argument{Span: s.Tokens[0].Span},
				Predicate: annals.Predicate{Span: s.Tokens[v].Span, Lemma: "spend"}}},
		}
		if err := (Dater{}).Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		got := a.Statements[0].Time
		if reaches := got != nil && got.Latest.After(day); reaches != tt.future {
			t.Errorf("%s: got %+v, want a time after the article %v", s.Text, got, tt.future)
		}
	}
}
