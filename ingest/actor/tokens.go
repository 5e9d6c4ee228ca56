package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals/ingest/analysis"
)

// actorToken is a token of the document as the actor rules see it: the
// sentence it belongs to and the facts about its spelling that the rules
// ask again and again, worked out once.
type actorToken struct {
	*analysis.Token
	sentence int    // index into analysis.Analysis.Sentences
	lower    string // Form in lower case
	capital  bool   // starts with an upper-case letter
	// free is true where a capital says nothing about the word: at the
	// start of a sentence, after an opening quote or a colon, and in a
	// headline.
	free bool
}

// actorText is the whole document as one run of tokens, so that the rules
// can look across sentence boundaries (pronouns, surnames) by index.
type actorText struct {
	tab    *Tables // the names the rules know
	doc    string
	tokens []actorToken
	// sentenceStart[s] is the index of the first token of sentence s;
	// sentenceStart[len(Sentences)] is len(tokens).
	sentenceStart []int
	headline      []bool // headline[s]: sentence s is a title-case heading
	// parsed[s] reports whether sentence s has a dependency parse whose
	// heads index its tokens here (none was left out).
	parsed []bool
	// common holds the words the document writes in lower case somewhere:
	// such a word capitalised at the start of a sentence ("Officials
	// said") is no name, whatever the tagger says.
	common map[string]bool
	// roleEnds holds the end of every title that names no one ("the
	// President of Turkey"), so that an apposition after it can be read.
	roleEnds map[int]bool
	// lastNames holds the last word of every personal name of two words
	// or more in the document ("Guy" of "Richard Guy"): such a word alone
	// is that surname, not a given name (see givenNameAlone).
	lastNames map[string]bool
}

// newActorText flattens the sentences of an analysis.
func newActorText(a *analysis.Analysis, tables *Tables) *actorText {
	n := 0
	for _, s := range a.Sentences {
		n += len(s.Tokens)
	}
	t := &actorText{
		tab:           tables,
		doc:           a.Document.Text,
		tokens:        make([]actorToken, 0, n),
		sentenceStart: make([]int, len(a.Sentences)+1),
		headline:      make([]bool, len(a.Sentences)),
		parsed:        make([]bool, len(a.Sentences)),
		common:        map[string]bool{},
		roleEnds:      map[int]bool{},
	}
	for si := range a.Sentences {
		s := &a.Sentences[si]
		t.sentenceStart[si] = len(t.tokens)
		t.headline[si] = isHeadline(s.Tokens)
		for ti := range s.Tokens {
			tok := &s.Tokens[ti]
			if !t.follows(tok) {
				continue // a token off the text or out of order cannot be cited
			}
			form := tokenForm(tok)
			r, _ := utf8.DecodeRuneInString(form)
			free := ti == 0 || t.headline[si]
			if ti > 0 {
				switch tokenForm(&s.Tokens[ti-1]) {
				case `"`, "'", ":", "(", "`", "``":
					free = true
				}
			}
			if !unicode.IsUpper(r) && unicode.IsLetter(r) {
				t.common[form] = true
			}
			t.tokens = append(t.tokens, actorToken{
				Token:    tok,
				sentence: si,
				lower:    strings.ToLower(form),
				capital:  unicode.IsUpper(r),
				free:     free,
			})
		}
	}
	t.sentenceStart[len(a.Sentences)] = len(t.tokens)
	for si := range a.Sentences {
		t.parsed[si] = a.Sentences[si].Parsed() && t.sentenceStart[si+1]-t.sentenceStart[si] == len(a.Sentences[si].Tokens)
	}
	return t
}

// follows reports whether a token is a span of the document that starts
// after the tokens taken so far end, as the offsets of mentions need.
func (t *actorText) follows(tok *analysis.Token) bool {
	if tok.Start < 0 || tok.Start > tok.End || tok.End > len(t.doc) {
		return false
	}
	return len(t.tokens) == 0 || t.tokens[len(t.tokens)-1].End <= tok.Start
}

// tokenForm is the treebank spelling of a token, falling back to its text
// when the tokenizer left Form empty.
func tokenForm(tok *analysis.Token) string {
	if tok.Form != "" {
		return tok.Form
	}
	return tok.Text
}

// isHeadline reports whether a sentence is a heading in title case
// ("Military Developments and International Pressure"): no final
// punctuation and every longer word capitalised. Capitals in a headline
// say nothing about names.
func isHeadline(toks []analysis.Token) bool {
	if len(toks) == 0 {
		return false
	}
	switch tokenForm(&toks[len(toks)-1]) {
	case ".", "!", "?", `"`, "'", ")", "...", "…":
		return false
	}
	words := 0
	for k := range toks {
		form := tokenForm(&toks[k])
		if utf8.RuneCountInString(form) <= 3 {
			continue // "of", "and", "in" stay lower case in title case
		}
		r, _ := utf8.DecodeRuneInString(form)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		words++
	}
	return words >= 2
}

// form returns the treebank spelling of token k.
func (t *actorText) form(k int) string { return tokenForm(t.tokens[k].Token) }

// words joins the forms of tokens [i, j) with single spaces, the way the
// data tables spell multi-word names.
func (t *actorText) words(i, j int) string {
	if j-i == 1 {
		return t.form(i)
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(t.form(k))
	}
	return b.String()
}

// text returns the document text of tokens [i, j), as written.
func (t *actorText) text(i, j int) string {
	return t.doc[t.tokens[i].Start:t.tokens[j-1].End]
}

// isProper reports whether the tagger called token k a proper noun.
func (t *actorText) isProper(k int) bool {
	tok := t.tokens[k]
	return tok.UPOS == "PROPN" || tok.XPOS == "NNP" || tok.XPOS == "NNPS"
}

// isPossessive reports whether token k is the possessive clitic "'s" or a
// bare apostrophe after a plural ("the Russians' offer").
func (t *actorText) isPossessive(k int) bool {
	if k >= len(t.tokens) {
		return false
	}
	switch t.form(k) {
	case "'s", "'S", "'":
		return t.tokens[k].XPOS == "POS" || t.tokens[k].XPOS == "" || t.tokens[k].UPOS == "PART"
	}
	return false
}

// isWordLike reports whether token k holds a letter, so that names are not
// made of punctuation or numbers alone.
func (t *actorText) isWordLike(k int) bool {
	for _, r := range t.form(k) {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// functionTags are the tags of words that never begin a name, whatever
// their case ("The", "In", "And" at the start of a sentence or in a title).
var functionTags = map[string]bool{
	"DET": true, "PRON": true, "ADP": true, "CCONJ": true, "SCONJ": true, "AUX": true,
	"PART": true, "PUNCT": true, "SYM": true, "VERB": true, "ADV": true, "INTJ": true, "NUM": true,
}

// isNameWord reports whether token k can be a word of a name: capitalised,
// and either tagged a proper noun, known to the tables, or a capitalised
// noun or adjective where a capital means something.
func (t *actorText) isNameWord(k int) bool {
	if k >= len(t.tokens) {
		return false
	}
	tok := t.tokens[k]
	if !tok.capital || !t.isWordLike(k) || notActorNames[t.form(k)] || argumentLeaders[tok.lower] {
		return false // "The" starts no name, even when a tagger calls it PROPN
	}
	form := t.form(k)
	if personTitles[tok.lower] != 0 || organisationCues[tok.lower] || t.tab.demonymCountry[form] != "" ||
		t.tab.countryByName[form] != "" || t.tab.placeByName[form] != "" || t.tab.organisationByName[form] != "" {
		return true
	}
	if t.isProper(k) {
		return true
	}
	if k+2 < len(t.tokens) && t.form(k+1) == "-" && tok.End == t.tokens[k+1].Start && t.tokens[k+1].End == t.tokens[k+2].Start &&
		isCapitalisedWord(t.form(k+2)) && t.isProper(k+2) {
		return true // "Rhys-Davies" opening a sentence, its first half tagged a plural noun
	}
	if tok.free || functionTags[tok.UPOS] {
		return false
	}
	// Untagged text: a capital inside a sentence is the best evidence left.
	return true
}
