package actor

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// referencePronouns are the personal pronouns a phrase's Refs record: the
// kinds whose resolution the resolver gets right nineteen times in twenty
// or better, as measured on GUM's and MEANTIME's coreference (he 42 of 44,
// his 35 of 36, her 20 of 23, of which the three others are right but
// annotated as another chain, its 12 of 12, their 4 of 4, it 2 of 2; the
// first person of interview answers 3 of 3). Left out: "she" (6 of 11 right:
// spoken turns name few women the resolver can tell apart) and "him" (8 of
// 10), which a reader would be misled by too often; "they", "them", "we",
// "us" and "our", which the resolver links too seldom to measure; "you";
// and reflexives, relatives and demonstratives.
var referencePronouns = map[string]bool{
	"he": true, "his": true, "her": true, "it": true, "its": true, "their": true,
	"i": true, "me": true, "my": true,
}

// referenceMentions are the mentions among ms (in text order) of the
// document text that are a resolved personal pronoun of referencePronouns,
// written in lower case or, for a sentence's first word and "I",
// capitalised, and standing as a word of their own: not the end of a word
// an editor's bracket cut ("[T]he").
func referenceMentions(ms []analysis.Mention, text string) []analysis.Mention {
	var out []analysis.Mention
	for _, m := range ms {
		low := strings.ToLower(m.Text)
		if m.Actor == "" || !referencePronouns[low] || m.Text != low && m.Text[1:] != low[1:] || !wordOfItsOwn(text, m.Start, m.End) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// wordOfItsOwn reports whether text[start:end] has no letter, digit or
// closing bracket right before it nor a letter or digit right after it
// ("[T]he" holds no "he"; "more of [my] time" holds a "my").
func wordOfItsOwn(text string, start, end int) bool {
	if start < 0 || end > len(text) || start > end {
		return false
	}
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); inWord(r) || r == ']' {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); inWord(r) {
			return false
		}
	}
	return true
}

// setReferences gives every argument and qualifier of sts the pronouns it
// holds besides itself, from the resolved pronouns ps (see
// referenceMentions): an argument that is one pronoun has its actor
// already, and gets no reference of it.
func setReferences(sts []annals.Statement, ps []analysis.Mention) {
	if len(ps) == 0 {
		return
	}
	for i := range sts {
		st := &sts[i]
		for _, arg := range []*annals.Argument{&st.Subject, st.Object, st.Attribution} {
			if arg != nil {
				arg.Refs = referencesIn(arg.Span, ps)
			}
		}
		if st.Attribution != nil {
			st.Attribution.Refs = slices.DeleteFunc(st.Attribution.Refs, func(r annals.Reference) bool { return cataphoric(st, r) })
		}
		for q := range st.Qualifiers {
			refs := referencesIn(st.Qualifiers[q].Span, ps)
			st.Qualifiers[q].Refs = slices.DeleteFunc(refs, func(r annals.Reference) bool { return cataphoric(st, r) })
		}
	}
}

// cataphoric reports whether a third-person reference of a qualifier or
// a source stands before the statement's subject, which names another
// actor: "For his work, Paul Grant was awarded", "In its place, Acme
// held a vote". Such a pronoun most often anticipates the subject, where
// the resolver takes up someone named before, so its resolution is not
// trusted. (An object before its subject is a quotation or a passive's
// agent, and keeps its references.)
func cataphoric(st *annals.Statement, r annals.Reference) bool {
	return r.Start < st.Subject.Start && st.Subject.Actor != "" && st.Subject.Actor != r.Actor &&
		!firstPersonSingular[strings.ToLower(r.Text)]
}

// referencesIn returns the pronouns of ps inside span, in text order,
// unless the span is one of them and nothing else.
func referencesIn(span annals.Span, ps []analysis.Mention) []annals.Reference {
	if strings.Count(strings.Trim(span.Text, " \t\n,;:.!?\"'“”‘’()"), " ") == 0 {
		return nil // "him": the argument itself
	}
	var out []annals.Reference
	k, _ := slices.BinarySearchFunc(ps, span.Start, func(m analysis.Mention, start int) int { return cmp.Compare(m.Start, start) })
	for _, m := range ps[k:] {
		if m.Start >= span.End {
			break
		}
		if m.Start >= span.Start && m.End <= span.End {
			out = append(out, annals.Reference{Span: m.Span, Actor: m.Actor})
		}
	}
	return out
}
