package actor

// Quotations: a pronoun inside one speaks from its speaker's point of view.
// "I" there is the speaker, never the writer or an interviewee who quotes
// someone else; "he" or "she" there is someone the speaker speaks of, not
// the speaker.

// quotations returns, per token, the index of the quotation it lies in
// (the quote marks themselves excluded), or -1. A quotation opens and
// closes with double quotes (straight or curly) or curly single quotes,
// and ends with its paragraph at the latest, so that a stray mark cannot
// swallow the rest of the document. It also returns the number of
// quotations.
func (t *actorText) quotations(paraStart []bool) ([]int, int) {
	in := make([]int, len(t.tokens))
	n := 0
	open := ""    // the mark the open quotation started with
	current := -1 // its index
	for k := range t.tokens {
		in[k] = -1
		tok := &t.tokens[k]
		if t.sentenceStart[tok.sentence] == k && paraStart[tok.sentence] {
			open, current = "", -1
		}
		switch mark := tok.Text; mark {
		case "“", "«", "‘":
			if mark == "‘" && !isPunctuation(*tok) {
				break
			}
			open, current = mark, n
			n++
			continue
		case "”", "»", "’":
			if mark == "’" && (open != "‘" || !isPunctuation(*tok)) {
				break // an apostrophe
			}
			if open != "" {
				open, current = "", -1
			}
			continue
		case `"`, "``", "''":
			if open != "" {
				open, current = "", -1
			} else {
				open, current = mark, n
				n++
			}
			continue
		}
		in[k] = current
	}
	return in, n
}
