package extract

import (
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// questions returns the token ranges [lo, hi) of a sentence that are direct
// questions: each runs back from a question mark to the start of the
// sentence, or to the opening quotation mark, colon, semicolon or dash
// before it. "Do the stars have planets?" is one; in “Is it over?” she asked, only
// the quotation is. A question asserts nothing, so no statement comes from
// a verb inside one.
func questions(toks []analysis.Token) [][2]int {
	var out [][2]int
	from := 0 // where the current stretch of the sentence opened
	quotes := 0
	for i, tok := range toks {
		switch {
		case isQuote(tok.Form):
			quotes++
			if quotes%2 == 1 {
				from = i + 1
			} else if i > 0 && toks[i-1].Form != "?" {
				from = i + 1 // a closed quotation that asked nothing
			}
		case tok.Form == ":" || tok.Form == ";" || tok.Form == "—" || tok.Form == "–" || tok.Form == "--":
			from = i + 1
		case tok.Form == "?":
			if i > from {
				out = append(out, [2]int{from, i + 1})
			}
			from = i + 1
		}
	}
	return out
}

// isQuote reports a quotation mark as the tokenizer writes it.
func isQuote(form string) bool {
	switch form {
	case `"`, "``", "''", "“", "”":
		return true
	}
	return false
}

// inQuestion reports whether token i lies in one of the question ranges.
func inQuestion(qs [][2]int, i int) bool {
	for _, q := range qs {
		if i >= q[0] && i < q[1] {
			return true
		}
	}
	return false
}

// embeddedQuestion reports whether a clause mark asks rather than states:
// "asked whether the talks would resume", "wondered if it was true".
func embeddedQuestion(mark string) bool {
	low := strings.ToLower(mark)
	return low == "whether" || low == "if"
}
