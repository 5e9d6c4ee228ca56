package actor

import "github.com/annals/annals/ingest/analysis"

// Quotations: a pronoun inside one speaks from its speaker's point of view.
// "I" there is the speaker, never the writer or an interviewee who quotes
// someone else; "he" or "she" there is someone the speaker speaks of, not
// the speaker.

// quotations returns, per token, the index of the quotation it lies in
// (the quote marks themselves excluded), or -1, and the number of
// quotations: analysis.Quotations, which every stage reads alike.
func (t *actorText) quotations() ([]int, int) {
	qs := analysis.Quotations(t.doc)
	in := make([]int, len(t.tokens))
	q := 0
	for k := range t.tokens {
		tok := &t.tokens[k]
		for q < len(qs) && qs[q][1] <= tok.Start {
			q++
		}
		in[k] = -1
		if q < len(qs) && qs[q][0] <= tok.Start && tok.End <= qs[q][1] {
			in[k] = q
		}
	}
	return in, len(qs)
}
