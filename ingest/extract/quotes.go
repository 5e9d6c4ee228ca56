package extract

import (
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// attributeQuotes is the document-level step of the extract stage: a
// quotation whose speaker stands in another sentence ("“We will win.” Ana
// said.", "Ana said: “We will win. Nobody doubts it.”") gives its speaker
// to the statements inside it that have no source yet. The speaker is the
// subject of a reporting verb right after the closing quotation mark, or
// right before the opening one (after a colon or comma); a quotation that
// opens the sentence after another one of the same speaker goes on with
// that speaker ("“A,” he said. “B.”").
func attributeQuotes(a *analysis.Analysis) {
	text := a.Document.Text
	quotes := analysis.Quotations(text)
	if len(quotes) == 0 || len(a.Statements) == 0 {
		return
	}
	// a quotation looks only at the statements near it: with every
	// statement tried for every quotation, a long document took time
	// growing with the square of its length
	idx := newQuoteIndex(a.Statements)
	var prev *annals.Argument // the speaker of the last quotation
	prevEnd := -1
	for _, q := range quotes {
		speaker, by := quoteSpeaker(a, idx, q)
		if by >= 0 {
			quoteObject(a, &a.Statements[by], q)
		}
		if speaker == nil && prev != nil && onlySpeech(a, text, prevEnd, q[0]) {
			speaker = prev // the same speaker goes on
		}
		if speaker == nil {
			prev = nil
			continue
		}
		for _, i := range idx.inside(q) {
			st := &a.Statements[i]
			if st.Attribution != nil || st.Role || st.Predicate.Start < q[0] || st.Predicate.End > q[1] {
				continue
			}
			src := *speaker
			st.Attribution = &src
		}
		prev, prevEnd = speaker, q[1]
	}
}

// quoteObject gives a reporting statement that closes a quotation and
// says nothing else ("“We will win.” Ana said.", "... Ana told the
// world.") the quotation as what it says, in place of no object or of
// whom it was told.
func quoteObject(a *analysis.Analysis, st *annals.Statement, q [2]int) {
	text := a.Document.Text
	if st.Predicate.Start < q[1] || st.Object != nil && !addressee(a, st) {
		return
	}
	// a phrase in quotation marks ("“mild symptoms”. Officials were
	// told ...") is no quotation of what was said, and a verb far after
	// it says something of its own
	if !moreWords(text[q[0]:q[1]], 2) || moreWords(text[q[1]:st.Predicate.Start], 6) {
		return
	}
	if st.Sentence >= 0 && st.Sentence < len(a.Sentences) {
		// "... the charter states: ...": what it says comes after it
		if end := a.Sentences[st.Sentence].End; st.Predicate.End <= end && end <= len(text) &&
			strings.ContainsAny(text[st.Predicate.End:end], ":“\"") {
			return
		}
	}
	lo, hi := q[0], q[1]
	for lo < hi && strings.ContainsRune(" \t\n", rune(text[lo])) {
		lo++
	}
	for hi > lo && strings.ContainsRune(" \t\n,.;:", rune(text[hi-1])) {
		hi--
	}
	if hi <= lo {
		return
	}
	if st.Object == nil {
		st.Confidence += 0.05
	}
	st.Object = &annals.Argument{Span: annals.Span{Text: text[lo:hi], Start: lo, End: hi}}
	st.ID = annals.StatementID(st)
}

// addressee reports an object that is only whom something is told: a
// noun phrase after a verb of telling, with no verb in it.
func addressee(a *analysis.Analysis, st *annals.Statement) bool {
	switch st.Predicate.Lemma {
	case "tell", "inform", "assure", "remind", "warn", "brief", "promise":
	default:
		return false
	}
	if st.Sentence < 0 || st.Sentence >= len(a.Sentences) || st.Object.Start < st.Predicate.End {
		return false
	}
	for _, tok := range a.Sentences[st.Sentence].Tokens {
		if tok.Start >= st.Object.Start && tok.End <= st.Object.End && (tok.UPOS == "VERB" || tok.UPOS == "AUX") {
			return false
		}
	}
	return true
}

// quoteSpeaker is the subject of the reporting statement that introduces
// or closes quotation q, and that statement's index (or -1): its verb
// within a few words after the closing mark, in the same sentence or the
// next one, or before the opening mark and separated from it by a colon
// or a comma. Of two as near, the earlier statement wins.
func quoteSpeaker(a *analysis.Analysis, idx *quoteIndex, q [2]int) (*annals.Argument, int) {
	text := a.Document.Text
	at := -1
	consider := func(i int) {
		st := &a.Statements[i]
		if !analysis.IsReportingVerb(st.Predicate.Lemma) || st.Role || st.Negated || st.Modality != "" ||
			st.Subject.Start >= q[0] && st.Subject.End <= q[1]+1 {
			return
		}
		switch {
		case st.Predicate.Start > q[1]:
			// “...” Ana said. / “...” said Ana.
			if st.Object != nil && st.Object.Start > q[1] && st.Predicate.Lemma != "tell" {
				return // "Ana said the talks failed" says something else
			}
			first := min(st.Predicate.Start, st.Subject.Start)
			if first <= q[1] || moreWords(text[q[1]:first], 1) {
				return
			}
		case st.Predicate.End < q[0]:
			// Ana said: “...” / Ana told reporters, “...”
			gap := leadIn(text[st.Predicate.End:q[0]])
			if !strings.HasSuffix(gap, ":") && !strings.HasSuffix(gap, ",") || moreWords(gap, 8) {
				return
			}
		default:
			return
		}
		if at < 0 {
			at = i
			return
		}
		if d, best := distance(st, q), distance(&a.Statements[at], q); d < best || d == best && i < at {
			at = i
		}
	}
	// after the quotation: a statement whose subject or verb, the first
	// of them, stands within a word of the closing mark; the words
	// between grow with the statement's start, so the walk stops at the
	// first one too far
	for _, i := range idx.after(q[1]) {
		if moreWords(text[q[1]:idx.first[i]], 1) {
			break
		}
		consider(i)
	}
	// before it: a verb ending within eight words of the opening mark;
	// the lead-in only grows as the verb's end goes back
	for _, i := range idx.before(q[0]) {
		if moreWords(leadIn(text[a.Statements[i].Predicate.End:q[0]]), 8) {
			break
		}
		consider(i)
	}
	if at < 0 {
		return nil, -1
	}
	sp := a.Statements[at].Subject
	return &sp, at
}

// leadIn is the text between a reporting verb and the opening mark of a
// quotation, without the spaces and marks around it ("reporters,").
func leadIn(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, "“\"")
	return strings.TrimSpace(s)
}

// distance is how far a statement's predicate stands from quotation q.
func distance(st *annals.Statement, q [2]int) int {
	if st.Predicate.Start > q[1] {
		return st.Predicate.Start - q[1]
	}
	return q[0] - st.Predicate.End
}

// onlySpeech reports whether the text between two quotations holds no more
// than a short reporting clause ("he said."), so that the second one goes
// on in the same voice.
func onlySpeech(a *analysis.Analysis, text string, from, to int) bool {
	if from < 0 || to <= from || strings.Contains(text[from:to], "\n\n") {
		return false
	}
	return !moreWords(text[from:to], 6)
}

// moreWords reports whether s has more than n words (runs of letters or
// digits). It stops at the word past n, so that asking about the few
// words between two places of a long document costs only those words.
func moreWords(s string, n int) bool {
	in := false
	for _, r := range s {
		w := r == '\'' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != '“' && r != '”' && r != '—' && r != '–'
		if w && !in {
			if n--; n < 0 {
				return true
			}
		}
		in = w
	}
	return false
}
