package openie

import (
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// coreOf splits an argument, span sp of sentence i, into the noun phrase a
// reader takes for the argument and the phrases the parse hangs after its
// head noun: a prepositional phrase other than "of" ("a contract for jets"),
// a participle or infinitive ("a prototype called Defiant", "a plan to
// expand"), a relative clause ("an offence which carries a penalty") or an
// aside. Those say more about the noun or about the act, each its own
// argument: "the firm won a contract for jets in May" → the firm · won · a
// contract, and "for jets in May" after it. "Of" stays: it names what the
// noun is of ("the roof of the barn"). A clause keeps its first clause:
// "said prices rose and wages fell" → said · prices rose, and "and wages
// fell" after it; noun is false for it, as for a span the parse does not
// hold together, which is kept whole.
func coreOf(a *analysis.Analysis, i int, sp annals.Span) (core annals.Span, rest []annals.Span, noun bool) {
	if i >= len(a.Sentences) || !a.Sentences[i].Parsed() {
		return sp, nil, false
	}
	toks := a.Sentences[i].Tokens
	lo, hi := -1, -1
	for k, tok := range toks {
		if tok.Start >= sp.Start && tok.End <= sp.End {
			if lo < 0 {
				lo = k
			}
			hi = k + 1
		}
	}
	if lo < 0 {
		return sp, nil, false
	}
	head := -1
	for k := lo; k < hi; k++ {
		if h := toks[k].Head - 1; h < lo || h >= hi {
			if head >= 0 && toks[k].UPOS != "PUNCT" {
				return sp, nil, false // two phrases, not one
			}
			if head < 0 {
				head = k
			}
		}
	}
	if head < 0 {
		return sp, nil, false
	}
	noun = nominal(toks[head])
	cut := hi
	for k := head + 1; k < hi; k++ {
		if toks[k].Head-1 != head {
			continue
		}
		if noun && trailing(toks, k) || !noun && toks[k].Deprel == "conj" && clauseHead(toks, k) {
			cut = subtreeStart(toks, k, head+1)
			break
		}
	}
	end := cut
	for end > lo && (toks[end-1].UPOS == "PUNCT" && !closingQuote(toks[end-1].Form) || toks[end-1].UPOS == "CCONJ") {
		end--
	}
	if cut >= hi || end <= lo {
		return sp, nil, noun
	}
	doc := a.Document.Text
	core = spanOf(doc, sp.Start, toks[end-1].End)
	start := cut
	for start < hi && toks[start].UPOS == "PUNCT" {
		start++
	}
	stop := hi
	for stop > start && toks[stop-1].UPOS == "PUNCT" && !closingQuote(toks[stop-1].Form) {
		stop--
	}
	if start >= stop {
		return core, nil, noun
	}
	return core, []annals.Span{spanOf(doc, toks[start].Start, toks[stop-1].End)}, noun
}

// clauseHead reports whether token k heads a clause: a verb, or a word
// with a copula or a subject of its own.
func clauseHead(toks []analysis.Token, k int) bool {
	if toks[k].UPOS == "VERB" {
		return true
	}
	for _, tok := range toks {
		if tok.Head-1 == k && (tok.Deprel == "cop" || strings.HasPrefix(tok.Deprel, "nsubj")) {
			return true
		}
	}
	return false
}

// trailing reports whether token k, a dependent after its head noun, opens
// a phrase that is not part of the noun's name (see coreOf).
func trailing(toks []analysis.Token, k int) bool {
	rel := toks[k].Deprel
	switch {
	case rel == "acl" || rel == "acl:relcl" || rel == "appos" || rel == "parataxis" || rel == "dep":
		return true
	case rel == "nmod" || rel == "nmod:tmod":
		of := strings.EqualFold(caseOf(toks, k), "of") || toks[k].UPOS == "ADP" && strings.EqualFold(toks[k].Form, "of")
		return !of
	}
	return false
}

// caseOf is the form of the preposition of token k's phrase (the first
// marker before it: "of", not the "'s" of "of Ana's"), or "".
func caseOf(toks []analysis.Token, k int) string {
	for j := 0; j < k; j++ {
		if toks[j].Head-1 == k && toks[j].Deprel == "case" {
			return toks[j].Form
		}
	}
	return ""
}

// subtreeStart is the first token of the subtree of k, not before from.
func subtreeStart(toks []analysis.Token, k, from int) int {
	first := k
	for j := from; j < k; j++ {
		for h, steps := j, 0; h >= 0 && h < len(toks) && steps <= len(toks); h, steps = toks[h].Head-1, steps+1 {
			if h == k {
				first = min(first, j)
				break
			}
		}
	}
	return first
}

// nominal reports whether a token heads a noun phrase.
func nominal(tok analysis.Token) bool {
	switch tok.UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// closingQuote reports whether a punctuation token closes a quotation.
func closingQuote(form string) bool {
	return form == "''" || form == "”" || form == "'" || form == ")"
}

// brokenSubject reports whether the subject of st is no noun phrase a
// reader could take for the doer: it holds the statement's own verb, opens
// with a preposition ("into the class · was chosen"), or holds a finite
// verb of its own ("It was school practice · move"). The parse went wrong
// there, and the tuple would say nothing.
func brokenSubject(a *analysis.Analysis, st annals.Statement) bool {
	sp := st.Subject.Span
	if st.Object != nil && st.Object.End <= st.Predicate.Start && st.Subject.Start >= st.Predicate.End {
		sp = st.Object.Span // a passive's patient, which the tuple's subject is (see openIETuple)
	}
	if st.Predicate.Start < st.Predicate.End && sp.Start < st.Predicate.End && st.Predicate.Start < sp.End {
		return true
	}
	toks := a.TokensBetween(st.Sentence, sp.Start, sp.End)
	if len(toks) == 0 {
		return false
	}
	if toks[0].UPOS == "ADP" && toks[0].Deprel == "case" && headOf(a, st.Sentence, sp) == toks[0].Head-1 {
		return true
	}
	for _, tok := range toks {
		if tok.UPOS == "AUX" || tok.UPOS == "VERB" && (tok.XPOS == "VBD" || tok.XPOS == "VBZ" || tok.XPOS == "VBP") {
			if !inRelativeClause(a, st.Sentence, tok) {
				return true
			}
		}
	}
	return false
}

// inRelativeClause reports whether token tok lies in a relative clause.
func inRelativeClause(a *analysis.Analysis, i int, tok analysis.Token) bool {
	toks := a.Sentences[i].Tokens
	for h, steps := tok, 0; steps <= len(toks); steps++ {
		if h.Deprel == "acl:relcl" {
			return true
		}
		if h.Head < 1 || h.Head > len(toks) {
			return false
		}
		h = toks[h.Head-1]
	}
	return false
}

// headOf is the index of the token of span sp of sentence i whose head
// lies outside the span, or -1.
func headOf(a *analysis.Analysis, i int, sp annals.Span) int {
	toks := a.Sentences[i].Tokens
	for k, tok := range toks {
		if tok.Start >= sp.Start && tok.End <= sp.End && tok.UPOS != "PUNCT" {
			if h := tok.Head - 1; h < 0 || h >= len(toks) || toks[h].Start < sp.Start || toks[h].End > sp.End {
				return k
			}
		}
	}
	return -1
}
