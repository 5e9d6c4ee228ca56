package extract

import (
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// Patterns reads statements off part-of-speech patterns: a noun phrase, a
// verb group, and the noun phrase after it. It needs tagged tokens but no
// parse, and knows nothing of any particular text.
type Patterns struct{}

// Extract implements Extractor.
func (Patterns) Extract(doc string, s *analysis.Sentence) []annals.Statement {
	return extractSentence(doc, s)
}

// extractSentence makes the statements of one sentence.
func extractSentence(doc string, s *analysis.Sentence) []annals.Statement {
	toks := s.Tokens
	if len(toks) == 0 {
		return nil
	}
	phrases := nounPhrases(toks)
	startAt := make(map[int]analysis.Chunk, len(phrases))
	endAt := make(map[int]analysis.Chunk, len(phrases))
	for _, p := range phrases {
		startAt[p.Start] = p
		endAt[p.End] = p
	}
	groups := analysis.VerbGroups(toks)
	attribution := accordingTo(toks, startAt)

	var out []annals.Statement
	var prevSubject *analysis.Chunk
	quoteSpeaker := (*analysis.Chunk)(nil)
	speakerFrom := len(toks)
	qs := questions(toks)
	for _, g := range groups {
		if inQuestion(qs, g.Main) {
			continue // a question asserts nothing
		}
		subj, how := subjectOf(toks, g, endAt, startAt, prevSubject)
		if subj == nil {
			continue
		}
		obj := objectOf(toks, g, startAt)
		st := annals.Statement{
			Doc:       doc,
			Sentence:  s.Index,
			Predicate: annals.Predicate{Span: join(s, g.Start, g.Main+1), Lemma: lemmaOf(toks[g.Main])},
			Negated:   g.Negated,
			Modality:  g.Modality,
		}
		st.Subject = argument(s, *subj)
		if obj != nil {
			o := argument(s, *obj)
			if p := obj.Start - 1; p >= g.End && toks[p].XPOS == "IN" {
				o.Prep = strings.ToLower(toks[p].Form) // "met with", "agreed to"
			}
			st.Object = &o
		}
		if g.Passive {
			if agent := agentOf(toks, g, startAt); agent != nil {
				a := argument(s, *agent)
				subjectArg := st.Subject
				st.Subject = a
				st.Object = &subjectArg
			}
		}
		if g.Reporting && st.Object == nil {
			if q := quoteAfter(s, g); q != nil {
				st.Object = q
			}
		}
		switch {
		case attribution != nil && (g.Main < attribution.Start || g.Main >= attribution.End):
			a := argument(s, *attribution)
			st.Attribution = &a
		case quoteSpeaker != nil && g.Start >= speakerFrom:
			a := argument(s, *quoteSpeaker)
			st.Attribution = &a
		}
		st.Confidence = confidence(toks, &st, g, how)
		st.ID = annals.StatementID(&st)
		out = append(out, st)
		if g.Reporting && quoteSpeaker == nil && obj == nil { // "said that ...", "stated, \"...\""
			c := *subj
			quoteSpeaker, speakerFrom = &c, g.End
		}
		c := *subj
		prevSubject = &c
	}
	return out
}

// how a subject was found, for confidence
type subjectKind int

const (
	subjectAdjacent subjectKind = iota
	subjectApposition
	subjectRelative
	subjectShared // inherited by a coordinated verb
)

// subjectOf finds the subject of a verb group: the noun phrase just before
// it, the name in an apposition ("Rustem Umerov, Ukraine's lead negotiator,
// emphasized"), the antecedent of a relative pronoun, or, after "and", the
// subject of the verb before.
func subjectOf(toks []analysis.Token, g analysis.VerbGroup, endAt, startAt map[int]analysis.Chunk, prev *analysis.Chunk) (*analysis.Chunk, subjectKind) {
	i := g.Start
	for i > 0 && analysis.IsAdvTag(toks[i-1].XPOS) {
		i--
	}
	if i == 0 {
		return nil, 0
	}
	before := toks[i-1]
	low := strings.ToLower(before.Form)
	switch {
	case before.XPOS == "WDT" || before.XPOS == "WP" || (low == "that" && i >= 2):
		k := i - 1
		if k > 0 && toks[k-1].Form == "," {
			k--
		}
		if c, ok := endAt[k]; ok {
			return &c, subjectRelative
		}
		return nil, 0
	case before.XPOS == "CC" || (before.Form == "," && i >= 2 && toks[i-2].XPOS == "CC"):
		if prev != nil {
			return prev, subjectShared
		}
		return nil, 0
	case before.Form == ",":
		// NP , which ... , VERB: the subject is before the relative clause
		for k := i - 2; k > 0; k-- {
			if toks[k].Form == "," && k+1 < len(toks) && (toks[k+1].XPOS == "WDT" || toks[k+1].XPOS == "WP") {
				if c, ok := endAt[k]; ok {
					return &c, subjectRelative
				}
				break
			}
		}
		// NP1 , NP2 ... , VERB: an apposition ("Dmitry Peskov, spokesperson for
		// the Kremlin, expressed"); the name is the subject
		k := i - 2
		for k > 0 && toks[k].Form != "," && !analysis.IsVerbTag(toks[k].XPOS) && i-k < 10 {
			k--
		}
		if k <= 0 || toks[k].Form != "," {
			return nil, 0
		}
		first, ok := endAt[k]
		if !ok {
			return nil, 0
		}
		second, ok := startAt[k+1]
		if !ok {
			return nil, 0
		}
		if isName(toks, second) && !isName(toks, first) {
			return &second, subjectApposition
		}
		return &first, subjectApposition
	}
	c, ok := endAt[i]
	if !ok {
		return nil, 0
	}
	if strings.EqualFold(toks[c.Start].Form, "there") {
		return nil, 0
	}
	// "the positions of both sides remain", "the meeting in Istanbul follows":
	// the subject is the whole phrase
	for k := c.Start; k >= 2 && toks[k-1].XPOS == "IN" && !clausePrepositions[strings.ToLower(toks[k-1].Form)]; {
		head, ok := endAt[k-1]
		if !ok {
			break
		}
		c.Start = head.Start
		k = head.Start
	}
	return &c, subjectAdjacent
}

// isName reports whether a phrase is a bare proper name.
func isName(toks []analysis.Token, c analysis.Chunk) bool {
	for k := c.Start; k < c.End; k++ {
		if !analysis.IsProperTag(toks[k].XPOS) {
			return false
		}
	}
	return true
}

// objectOf finds the object of a verb group: the noun phrase after it, or
// after one preposition that marks an object ("met with", "agreed to").
func objectOf(toks []analysis.Token, g analysis.VerbGroup, startAt map[int]analysis.Chunk) *analysis.Chunk {
	j := g.End
	for j < len(toks) && (toks[j].XPOS == "RP" || analysis.IsAdvTag(toks[j].XPOS)) {
		j++
	}
	if c, ok := startAt[j]; ok && !analysis.IsTimeWord(toks[c.Head]) {
		c = extendOf(toks, c, startAt)
		return &c
	}
	if j < len(toks) && toks[j].XPOS == "IN" && objectPrepositions[strings.ToLower(toks[j].Form)] {
		if c, ok := startAt[j+1]; ok && !analysis.IsTimeWord(toks[c.Head]) {
			c = extendOf(toks, c, startAt)
			return &c
		}
	}
	return nil
}

// clausePrepositions open clauses, not phrases that modify a noun.
var clausePrepositions = map[string]bool{"that": true, "than": true, "because": true, "if": true, "whether": true,
	"as": true, "while": true, "although": true, "though": true, "since": true, "after": true, "before": true, "until": true, "unless": true}

var objectPrepositions = map[string]bool{"with": true, "to": true, "against": true, "for": true, "about": true, "into": true, "on": true}

// agentOf finds "by X" after a passive verb group.
func agentOf(toks []analysis.Token, g analysis.VerbGroup, startAt map[int]analysis.Chunk) *analysis.Chunk {
	for j := g.End; j+1 < len(toks) && j < g.End+6; j++ {
		if strings.EqualFold(toks[j].Form, "by") {
			if c, ok := startAt[j+1]; ok {
				return &c
			}
			return nil
		}
		if toks[j].Form == "," || toks[j].Form == "." {
			return nil
		}
	}
	return nil
}

// accordingTo finds "according to X": the source of every other statement of
// the sentence.
func accordingTo(toks []analysis.Token, startAt map[int]analysis.Chunk) *analysis.Chunk {
	for j := 0; j+2 < len(toks); j++ {
		if strings.EqualFold(toks[j].Form, "according") && strings.EqualFold(toks[j+1].Form, "to") {
			if c, ok := startAt[j+2]; ok {
				c = extendOf(toks, c, startAt)
				return &c
			}
		}
	}
	return nil
}

// quoteAfter is the quotation a reporting verb introduces, up to the end of
// the sentence: "Umerov stated, “Priority number one is ...”".
func quoteAfter(s *analysis.Sentence, g analysis.VerbGroup) *annals.Argument {
	toks := s.Tokens
	j := g.End
	if j < len(toks) && (toks[j].Form == "," || toks[j].Form == ":") {
		j++
	}
	if j >= len(toks) || toks[j].Form != `"` {
		return nil
	}
	last := len(toks) - 1
	for last > j && toks[last].Form != `"` {
		last--
	}
	if last <= j {
		last = len(toks) - 1
	}
	return &annals.Argument{Span: join(s, j, last+1)}
}

// argument turns a phrase into an argument: its span, and a compact form
// without leading determiners ("the bodies of 3,000 soldiers" → "bodies of
// 3,000 soldiers").
func argument(s *analysis.Sentence, c analysis.Chunk) annals.Argument {
	toks := s.Tokens
	span := join(s, c.Start, c.End)
	k := c.Start
	for k < c.Head && (toks[k].XPOS == "DT" || toks[k].XPOS == "PDT") {
		k++
	}
	norm := ""
	if k > c.Start {
		norm = join(s, k, c.End).Text
	}
	return annals.Argument{Span: span, Norm: norm}
}

// join is the span of the sentence from token i to token j-1.
func join(s *analysis.Sentence, i, j int) annals.Span {
	start, end := s.Tokens[i].Start, s.Tokens[j-1].End
	return annals.Span{Text: s.Text[start-s.Start : end-s.Start], Start: start, End: end}
}

func lemmaOf(t analysis.Token) string {
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Form)
}

// confidence ranks a statement: named subjects and objects, adjacent
// subjects and plain verb groups make surer statements than pronouns,
// inherited subjects and long spans.
func confidence(toks []analysis.Token, st *annals.Statement, g analysis.VerbGroup, how subjectKind) float64 {
	c := 0.55
	switch how {
	case subjectApposition:
		c -= 0.05
	case subjectRelative:
		c -= 0.1
	case subjectShared:
		c -= 0.1
	}
	if st.Object != nil {
		c += 0.1
	} else {
		c -= 0.05
	}
	if g.Passive {
		c -= 0.05
	}
	if n := len(strings.Fields(st.Subject.Text)); n > 6 {
		c -= 0.05 * float64(n-6) / 3
	}
	if toks[g.Main].XPOS == "VBZ" || toks[g.Main].XPOS == "VBD" || toks[g.Main].XPOS == "VB" {
		c += 0.05
	}
	low := strings.ToLower(st.Subject.Text)
	if analysis.IsStandalonePronoun(low) {
		c -= 0.1
	}
	return min(max(c, 0.05), 0.95)
}

// nounPhrases finds the noun phrases of a sentence: an optional determiner
// or possessive, modifiers (adjectives, numbers, nouns, participles before a
// noun), and a noun head; a possessive ("Ukraine's lead negotiator") joins
// two phrases into one; a lone personal pronoun or number is a phrase too.
// The result is in text order and the phrases do not overlap.
func nounPhrases(toks []analysis.Token) []analysis.Chunk {
	var out []analysis.Chunk
	for i := 0; i < len(toks); {
		if c, ok := analysis.NounPhraseAt(toks, i); ok {
			out = append(out, c)
			i = c.End
			continue
		}
		i++
	}
	return out
}

// extendOf attaches "of"-phrases to a noun phrase: "the bodies of 3,000
// soldiers", "the positions of both sides".
func extendOf(toks []analysis.Token, c analysis.Chunk, phrases map[int]analysis.Chunk) analysis.Chunk {
	for c.End+1 < len(toks) && strings.EqualFold(toks[c.End].Form, "of") {
		next, ok := phrases[c.End+1]
		if !ok {
			break
		}
		c.End = next.End
	}
	return c
}
