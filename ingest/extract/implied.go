package extract

import (
	"strings"
	"unicode"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// ImpliedStatements returns what the syntax of a parsed sentence states
// without a verb saying it, each with the predicate lemma "be":
//
//   - an apposition set off by a comma says that a phrase is what its
//     neighbour names: "Ana Ruiz, a retired chemist, ..." → Ana Ruiz · be ·
//     a retired chemist (the name is the subject when one side is a name);
//   - a title before a name: "Governor Ray Holt" → Ray Holt · be · Governor
//     (abbreviated honorifics such as "Mr." are left out).
//
// Both sides must be whole phrases: no list ("Ana, Ben and Carl"), no
// clause ("His son, Ben, was a pilot"), no place by its region ("Leeds,
// England"), no piece of a name ("General Motors Corp." holds no title).
// A noun's prepositional phrase ("a mill in Dorset") gives none: it says
// where or what for as often as it is misattached, and a reader does not
// take "the mill · be in · Dorset" for something the sentence says.
//
// No word of the sentence is their predicate, so they are not events and
// stay out of the pipeline's statements; they serve Open IE output (annals
// extract --format carb), which writes an implied copula as "be", as
// OpenIE-4 and OpenIE-5 print it. Their predicate span is empty, at the
// start of the object. Sentences without a parse give none.
func ImpliedStatements(doc string, s *analysis.Sentence) []annals.Statement {
	if !s.Parsed() {
		return nil
	}
	t := newTree(s)
	var out []annals.Statement
	for h := range t.toks {
		if !isNominal(t.toks[h]) {
			continue
		}
		for _, k := range t.kids[h] {
			var st annals.Statement
			ok := false
			switch {
			case t.is(k, "appos"):
				st, ok = t.apposition(doc, h, k)
			case t.is(k, "nmod:desc") && k < h:
				st, ok = t.title(doc, h, k)
			}
			if ok {
				st.ID = annals.StatementID(&st)
				out = append(out, st)
			}
		}
	}
	return out
}

// Asides returns the byte ranges of the phrases that a parsed sentence sets
// off by commas inside a noun phrase: appositions ("Ana Ruiz, a retired
// chemist, moved") and participial phrases ("The firm, based in Denver,
// makes pumps"), each from its opening comma. A bare name after a name
// ("Leeds, England") is no aside: the pair names one place.
func Asides(s *analysis.Sentence) [][2]int {
	if !s.Parsed() {
		return nil
	}
	t := newTree(s)
	var out [][2]int
	for k := range t.toks {
		h := t.head(k)
		if h < 0 || h > k || !isNominal(t.toks[h]) || k < 1 || !t.is(k, "appos", "acl") || t.is(k, "acl:relcl") {
			continue
		}
		lo, hi := t.span(k, nil)
		comma := lo - 1
		if comma <= h || t.toks[comma].Form != "," {
			continue
		}
		if t.is(k, "appos") && t.toks[h].UPOS == "PROPN" && bareName(t.toks[lo:hi]) {
			continue
		}
		out = append(out, [2]int{t.toks[comma].Start, t.toks[hi-1].End})
	}
	return out
}

// bareName reports whether tokens are capitalised words only.
func bareName(toks []analysis.Token) bool {
	for _, tok := range toks {
		if tok.UPOS != "PUNCT" && (tok.Form == "" || !unicode.IsUpper([]rune(tok.Form)[0])) {
			return false
		}
	}
	return true
}

// impliedConfidence is that of an apposition or a title: read off a single
// relation of the parse, seldom wrong when it holds a name, less sure when
// it joins two common nouns.
const impliedConfidence = 0.6

// apposition reads "X, Y" where the parse makes Y an apposition of X.
func (t *tree) apposition(doc string, h, ap int) (annals.Statement, bool) {
	if !isNominal(t.toks[ap]) || t.toks[ap].UPOS == "NUM" || analysis.IsTimeWord(t.toks[ap]) || analysis.IsTimeWord(t.toks[h]) ||
		t.toks[h].UPOS == "PRON" || t.toks[ap].UPOS == "PRON" {
		return annals.Statement{}, false
	}
	if t.child(ap, "nsubj", "nsubj:pass", "cop", "aux", "aux:pass") >= 0 { // "His son, Ben, was a pilot": a clause
		return annals.Statement{}, false
	}
	subj, obj := t.clip(t.phraseWithout(h, ap), h, t.phrase(ap)), t.phrase(ap)
	if subj[0] >= subj[1] || obj[0] < subj[1] && subj[0] < obj[1] { // a nickname inside a name
		return annals.Statement{}, false
	}
	if !t.setOff(subj, obj) || !t.wholePhrase(subj) || !t.wholePhrase(obj) ||
		t.toks[h].UPOS == "PROPN" && bareName(t.toks[obj[0]:obj[1]]) { // "Leeds, England"
		return annals.Statement{}, false
	}
	conf := impliedConfidence
	if t.toks[h].UPOS != "PROPN" && t.toks[ap].UPOS == "PROPN" {
		// "the company's founder, Ana Ruiz": the name is what the role is said of
		subj, obj = t.phrase(ap), t.phraseWithout(h, ap)
	} else if t.toks[h].UPOS != "PROPN" {
		conf -= 0.1
	}
	return t.implied(doc, subj, obj, conf), true
}

// setOff reports whether two token ranges, one right after the other, are
// parted by a comma, a dash or an opening bracket, as an apposition is: two
// nouns side by side are rather one name the parse split.
func (t *tree) setOff(x, y [2]int) bool {
	if y[0] < x[0] {
		x, y = y, x
	}
	if y[0] != x[1]+1 {
		return false
	}
	switch t.toks[x[1]].Form {
	case ",", "--", "-", "(", "-LRB-", "–", "—":
		return true
	}
	return false
}

// wholePhrase reports whether a token range is one noun phrase: it does
// not open with a preposition, and holds no coordination, which makes it a
// list rather than one thing named twice.
func (t *tree) wholePhrase(r [2]int) bool {
	if r[0] >= r[1] || t.toks[r[0]].UPOS == "ADP" {
		return false
	}
	for k := r[0]; k < r[1]; k++ {
		if t.toks[k].UPOS == "CCONJ" || t.is(k, "conj") {
			return false
		}
	}
	return true
}

// title reads a title before a name: "Governor Ray Holt". The title must
// open the phrase ("radio show host Ray Holt" has a longer one) and the
// name must be a person's: an abbreviation in it ("General Motors Corp.")
// makes it a firm's.
func (t *tree) title(doc string, name, k int) (annals.Statement, bool) {
	if t.toks[name].UPOS != "PROPN" || strings.HasSuffix(t.toks[k].Form, ".") || len(t.kids[k]) > 0 {
		return annals.Statement{}, false
	}
	if k > 0 && (t.toks[k-1].UPOS == "NOUN" || t.toks[k-1].UPOS != "DET" && t.within(k-1, name)) {
		return annals.Statement{}, false
	}
	lo, hi := t.span(name, func(c int) bool { return c <= k || !t.is(c, "flat", "compound") })
	for _, tok := range t.toks[lo:hi] {
		if abbreviation(tok.Form) {
			return annals.Statement{}, false
		}
	}
	return t.implied(doc, [2]int{lo, hi}, [2]int{k, k + 1}, impliedConfidence-0.1), true
}

// abbreviation reports whether a capitalised word is an abbreviation of a
// word ("Corp.", "Inc.", "Bros."), not an initial ("J.") or a generation
// ("Jr.", "Sr.").
func abbreviation(form string) bool {
	if !strings.HasSuffix(form, ".") || len(form) <= 2 || strings.Count(form, ".") > 1 {
		return false
	}
	switch form {
	case "Jr.", "Sr.", "St.":
		return false
	}
	return true
}

// phrase is the token range of a noun phrase, edge punctuation left out.
func (t *tree) phrase(h int) [2]int {
	lo, hi := t.span(h, func(k int) bool {
		return t.is(k, "case", "mark", "advcl", "parataxis", "ccomp", "dep", "appos") ||
			t.is(k, "punct") && k < h
	})
	return [2]int{lo, hi}
}

// phraseWithout is the token range of a noun phrase without its
// apposition, relative clauses and coordinated phrases.
func (t *tree) phraseWithout(h, ap int) [2]int {
	lo, hi := t.span(h, func(k int) bool {
		return k == ap || !nounModifier(t, k) || t.is(k, "appos")
	})
	return [2]int{lo, hi}
}

// clip cuts from the phrase r of head h the side of range x that does
// not hold h, and the punctuation next to the cut.
func (t *tree) clip(r [2]int, h int, x [2]int) [2]int {
	switch {
	case x[0] > h && x[0] < r[1]:
		r[1] = x[0]
	case x[1] <= h && x[1] > r[0]:
		r[0] = x[1]
	}
	for r[1] > r[0] && t.toks[r[1]-1].UPOS == "PUNCT" {
		r[1]--
	}
	for r[0] < r[1] && t.toks[r[0]].UPOS == "PUNCT" {
		r[0]++
	}
	return r
}

// nounModifier reports whether child c belongs to the noun phrase of its
// head, leaving out what a noun that is a copula's predicate governs as a
// clause ("coach" in "Ana had long been the coach").
func nounModifier(t *tree, c int) bool {
	return !t.is(c, "nsubj", "csubj", "cop", "aux", "obl", "advmod", "advcl", "ccomp", "xcomp", "parataxis", "mark",
		"discourse", "expl", "obj", "acl", "conj", "cc", "punct", "case", "dep", "vocative", "dislocated", "reparandum")
}

// implied builds a "be" statement between two token ranges.
func (t *tree) implied(doc string, subj, obj [2]int, conf float64) annals.Statement {
	o := annals.Argument{Span: join(t.s, obj[0], obj[1])}
	return annals.Statement{
		Doc: doc, Sentence: t.s.Index,
		Subject:    annals.Argument{Span: join(t.s, subj[0], subj[1])},
		Predicate:  annals.Predicate{Span: annals.Span{Start: o.Start, End: o.Start}, Lemma: "be"},
		Object:     &o,
		Confidence: conf,
	}
}
