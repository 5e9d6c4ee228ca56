package date

import (
	"strings"
	"unicode"

	"github.com/annals/annals/ingest/analysis"
)

// An interview speaks from the time it took place, which its article
// often tells once, before the exchange: "The interview took place last
// year", "The interview was conducted on June 5", "Kay spoke to Wikinews
// in March". What the exchange says without a time of its own is said
// then, not on the article's day: what holds, holds then; what was done
// was done by then. An interview is a text that asks at least two
// questions (package actor reads its turns for the speakers; the dater
// needs only where the exchange begins); its time is an expression of a
// sentence before the first question that dates the interview itself: the
// interview's taking place, conducting or holding, or the interviewee
// (a name of the title) speaking, talking or answering. Another person's
// interview named in the lead ("Parker spoke to Wikinews in July" in an
// interview with Collins) dates nothing.

// interviewTime finds the time of a document's interview and the sentence
// its exchange begins with; the zero reference and -1 when there is none.
func (n *narrative) interviewTime(title string) (reference, int) {
	first, questions := -1, 0
	for i := range n.sents {
		if n.question(&n.sents[i]) {
			if first < 0 {
				first = i
			}
			questions++
		}
	}
	if questions < 2 {
		return reference{}, -1
	}
	named := titleWords(title)
	for i := 0; i < first; i++ {
		sent := &n.sents[i]
		if !sent.Parsed() {
			continue
		}
		for k := range n.exprs {
			e := &n.exprs[k]
			if e.Start < sent.Start || e.End > sent.End || !n.sets(e) || n.quoted(e.Start, e.End) || dateline(sent, e) {
				continue
			}
			h := expressionHead(sent.Tokens, e)
			if h < 0 {
				continue
			}
			phrase := eventPhrase(sent.Tokens, h)
			if !adverbial(sent.Tokens, phrase) || !temporalPreposition(sent.Tokens, phrase) && !strings.ContainsFunc(e.Text, unicode.IsLetter) {
				continue // "2020 candidate Tseng answered": a year that names a thing
			}
			if g := governingVerb(sent.Tokens, phrase); g >= 0 && datesInterview(sent.Tokens, g, named) {
				return reference{expr: e, sentence: i}, first
			}
		}
	}
	return reference{}, first
}

// interviewHappening are the verbs of an interview's taking place ("took
// place", "was conducted", "was held", "was recorded").
var interviewHappening = map[string]bool{"take": true, "conduct": true, "hold": true, "record": true}

// interviewSpeaking are the verbs of an interviewee's speaking to the
// interviewer ("spoke to Wikinews", "answered questions"), and of the
// interviewing ("Wikinews interviewed Kay"), whose object is the
// interviewee.
var interviewSpeaking = map[string]bool{"speak": true, "talk": true, "answer": true, "interview": true, "tell": true}

// datesInterview reports whether verb g tells the interview's happening
// (its subject the interview, or a clause of "the interview") or the
// interviewee's speaking (its subject, or the object of "interview", a
// name of the title).
func datesInterview(toks []analysis.Token, g int, named map[string]bool) bool {
	lemma := strings.ToLower(toks[g].Lemma)
	if interviewHappening[lemma] {
		if h := toks[g].Head - 1; toks[g].Deprel == "acl:relcl" && h >= 0 && strings.EqualFold(toks[h].Lemma, "interview") {
			return true // "the interview that took place last year"
		}
		for _, t := range toks {
			if t.Head-1 == g && strings.HasPrefix(t.Deprel, "nsubj") && strings.EqualFold(t.Lemma, "interview") {
				return true // "The interview was conducted on June 5"
			}
		}
	}
	if interviewSpeaking[lemma] {
		for _, t := range toks {
			if t.Head-1 == g && (t.Deprel == "nsubj" || t.Deprel == "obj" && lemma == "interview") && t.UPOS == "PROPN" &&
				named[strings.ToLower(t.Form)] {
				return true // "Kay spoke to Wikinews in March"
			}
		}
	}
	return false
}

// titleWords are the capitalised words of a title, lower-cased: the names
// it gives.
func titleWords(title string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == '\'' }) {
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			words[strings.ToLower(w)] = true
		}
	}
	return words
}

// interviewed is the time of the interview whose exchange sentence i
// stands in, or the zero reference.
func (n *narrative) interviewed(i int) reference {
	if n.interview.expr == nil || n.exchange < 0 || i < n.exchange {
		return reference{}
	}
	return n.interview
}
