package ingest

import (
	"context"
	"strings"

	"github.com/annals/annals"
)

// PatternExtractor reads statements off part-of-speech patterns: a noun
// phrase, a verb group, and the noun phrase after it. It needs tagged tokens
// but no parse, and knows nothing of any particular text.
type PatternExtractor struct{}

// Name implements Stage.
func (PatternExtractor) Name() string { return "patterns/1" }

// Run implements Stage.
func (PatternExtractor) Run(ctx context.Context, a *Analysis) error {
	for i := range a.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		a.Statements = append(a.Statements, extractSentence(a.Document.ID, &a.Sentences[i])...)
	}
	return nil
}

// Verbs that put off the act of the verb they govern: "offered to return"
// is a return that has not happened. The lemma becomes the modality.
var modalVerbs = map[string]bool{
	"offer": true, "propose": true, "agree": true, "plan": true, "threaten": true, "want": true,
	"intend": true, "seek": true, "hope": true, "promise": true, "aim": true, "vow": true,
	"pledge": true, "try": true, "attempt": true, "prepare": true, "expect": true, "suggest": true,
	"ask": true, "demand": true, "urge": true, "need": true, "wish": true, "consider": true,
}

// Verbs that deny the act they govern: "failed to agree".
var denyingVerbs = map[string]bool{"fail": true, "refuse": true, "decline": true}

// Verbs that report speech: what follows is attributed to their subject.
var reportingVerbs = map[string]bool{
	"say": true, "state": true, "tell": true, "add": true, "note": true, "report": true,
	"announce": true, "claim": true, "reveal": true, "remark": true, "warn": true, "insist": true,
	"argue": true, "write": true, "explain": true, "declare": true, "indicate": true, "caution": true,
	"stress": true, "emphasize": true, "emphasise": true, "confirm": true, "acknowledge": true,
}

// verbGroup is a run of auxiliaries, adverbs and verbs ending in the main verb.
type verbGroup struct {
	Start, End int // token range
	Main       int // the verb whose act the statement is about
	Modality   string
	Negated    bool
	Passive    bool
	Reporting  bool // the first verb reports speech
}

// aspectVerbs pass the act on to the verb they govern without changing
// whether it happened: "began to withdraw", "continued shelling".
var aspectVerbs = map[string]bool{"begin": true, "start": true, "continue": true, "keep": true,
	"decide": true, "manage": true}

// chain reports whether a verb with this lemma hands the statement on to the
// verb it governs ("offered to return", "failed to agree", "began
// shelling"), and records what it says of that act.
func (g *verbGroup) chain(lemma string) bool {
	switch {
	case denyingVerbs[lemma]:
		g.Negated = !g.Negated
	case modalVerbs[lemma]:
		if g.Modality == "" {
			g.Modality = lemma
		}
	case !aspectVerbs[lemma]:
		return false
	}
	return true
}

// verbGroups finds the verb groups of a sentence, in text order.
func verbGroups(toks []Token) []verbGroup {
	var out []verbGroup
	for i := 0; i < len(toks); i++ {
		if !startsVerbGroup(toks, i) {
			continue
		}
		g := verbGroup{Start: i, Main: -1}
		j := i
		first := -1 // the first full verb of the group
		sawBe := false
		chained := false // a "to" has just joined the next verb to the group
		for j < len(toks) {
			t := toks[j]
			low := strings.ToLower(t.Form)
			switch {
			case t.XPOS == "MD":
				if g.Modality == "" {
					g.Modality = modalLemma(low)
				}
			case low == "not" || low == "n't" || low == "never":
				g.Negated = true
			case isAdvTag(t.XPOS) && j+1 < len(toks) && (isVerbTag(toks[j+1].XPOS) || isAdvTag(toks[j+1].XPOS) || toks[j+1].XPOS == "MD"):
				if low == "longer" && j > 0 && strings.EqualFold(toks[j-1].Form, "no") {
					g.Negated = true
				}
			case t.XPOS == "VBG" && g.Main >= 0 && !isBe(toks[g.Main]) && toks[g.Main].Lemma != "have":
				// "suggested establishing ceasefires": a verb chain without "to"
				if !g.chain(toks[g.Main].Lemma) {
					goto end // "left fearing reprisals": keep the first act
				}
				g.Main = j
			case isVerbTag(t.XPOS) && g.Main >= 0 && !chained && !isAuxLemma(toks[g.Main].Lemma):
				goto end // "suggest limited hope": a full verb takes no second verb
			case isVerbTag(t.XPOS):
				chained = false
				if isBe(t) {
					sawBe = true
				} else if sawBe && t.XPOS == "VBN" {
					g.Passive = true
				}
				if first < 0 && !isAuxiliary(toks, j) {
					first = j
				}
				g.Main = j
			case low == "to" && g.Main >= 0 && j+1 < len(toks) && toks[j+1].XPOS == "VB":
				// a verb chain: "offered to return", "failed to agree"
				if lemma := toks[g.Main].Lemma; lemma != "be" && lemma != "have" && !g.chain(lemma) {
					goto end // "went to see" and the like: keep the first act
				}
				sawBe = false
				g.Passive = false
				chained = true
				j++
				continue
			default:
				goto end
			}
			j++
		}
	end:
		if g.Main < 0 {
			i = j
			continue
		}
		for g.Main+1 < j && !isVerbTag(toks[j-1].XPOS) {
			j-- // the group ends at its last verb
		}
		g.End = j
		if first >= 0 && reportingVerbs[toks[first].Lemma] {
			g.Reporting = true
		}
		out = append(out, g)
		i = j - 1
	}
	return out
}

// startsVerbGroup reports whether a finite verb group starts at i: a modal,
// an auxiliary or a finite verb. Participles and infinitives alone
// ("ceasefires lasting", "to facilitate") start none, except a past
// participle that can only be a mistagged past tense: right after a noun
// phrase, with an object or a "to"-verb after it ("Ukraine proposed talks").
func startsVerbGroup(toks []Token, i int) bool {
	switch toks[i].XPOS {
	case "MD", "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		if i == 0 || i+1 >= len(toks) {
			return false
		}
		prev := toks[i-1].XPOS
		if !isNounTag(prev) && prev != "PRP" {
			return false
		}
		switch next := toks[i+1]; {
		case next.XPOS == "DT" || next.XPOS == "PRP$" || next.XPOS == "CD" || isAdjTag(next.XPOS) || isNounTag(next.XPOS):
			return true
		case next.XPOS == "TO" && i+2 < len(toks) && toks[i+2].XPOS == "VB":
			return true
		}
	}
	return false
}

func isBe(t Token) bool { return t.Lemma == "be" }

// isAuxLemma reports whether a verb can help another: be, have, do, get.
func isAuxLemma(l string) bool { return l == "be" || l == "have" || l == "do" || l == "get" }

// isAuxiliary reports whether the verb at j helps a later verb of its group.
func isAuxiliary(toks []Token, j int) bool {
	if !isAuxLemma(toks[j].Lemma) {
		return false
	}
	for k := j + 1; k < len(toks); k++ {
		x := toks[k].XPOS
		if isVerbTag(x) {
			return true
		}
		if !isAdvTag(x) && x != "RB" && strings.ToLower(toks[k].Form) != "not" && toks[k].Form != "n't" {
			return false
		}
	}
	return false
}

func modalLemma(low string) string {
	switch low {
	case "'ll", "wo":
		return "will"
	case "'d":
		return "would"
	case "ca":
		return "can"
	}
	return low
}

// extractSentence makes the statements of one sentence.
func extractSentence(doc string, s *Sentence) []annals.Statement {
	toks := s.Tokens
	if len(toks) == 0 {
		return nil
	}
	phrases := nounPhrases(toks)
	startAt := make(map[int]chunk, len(phrases))
	endAt := make(map[int]chunk, len(phrases))
	for _, p := range phrases {
		startAt[p.Start] = p
		endAt[p.End] = p
	}
	groups := verbGroups(toks)
	attribution := accordingTo(toks, startAt)

	var out []annals.Statement
	var prevSubject *chunk
	quoteSpeaker := (*chunk)(nil)
	speakerFrom := len(toks)
	for _, g := range groups {
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
func subjectOf(toks []Token, g verbGroup, endAt, startAt map[int]chunk, prev *chunk) (*chunk, subjectKind) {
	i := g.Start
	for i > 0 && isAdvTag(toks[i-1].XPOS) {
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
		for k > 0 && toks[k].Form != "," && !isVerbTag(toks[k].XPOS) && i-k < 10 {
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
func isName(toks []Token, c chunk) bool {
	for k := c.Start; k < c.End; k++ {
		if !isProperTag(toks[k].XPOS) {
			return false
		}
	}
	return true
}

// objectOf finds the object of a verb group: the noun phrase after it, or
// after one preposition that marks an object ("met with", "agreed to").
func objectOf(toks []Token, g verbGroup, startAt map[int]chunk) *chunk {
	j := g.End
	for j < len(toks) && (toks[j].XPOS == "RP" || isAdvTag(toks[j].XPOS)) {
		j++
	}
	if c, ok := startAt[j]; ok && !isTimeWord(toks[c.Head]) {
		c = extendOf(toks, c, startAt)
		return &c
	}
	if j < len(toks) && toks[j].XPOS == "IN" && objectPrepositions[strings.ToLower(toks[j].Form)] {
		if c, ok := startAt[j+1]; ok && !isTimeWord(toks[c.Head]) {
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
func agentOf(toks []Token, g verbGroup, startAt map[int]chunk) *chunk {
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
func accordingTo(toks []Token, startAt map[int]chunk) *chunk {
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
func quoteAfter(s *Sentence, g verbGroup) *annals.Argument {
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

// isTimeWord reports whether a noun names a time ("Wednesday", "August",
// "2019"), which makes its phrase an adverbial, not an object.
func isTimeWord(t Token) bool {
	low := strings.ToLower(t.Form)
	if timeNouns[low] {
		return true
	}
	if len(low) == 4 && low[0] >= '1' && low[0] <= '2' && strings.Trim(low, "0123456789") == "" {
		return true
	}
	return false
}

var timeNouns = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "tomorrow": true, "week": true, "month": true, "year": true,
	"weekend": true, "morning": true, "evening": true, "night": true, "afternoon": true, "day": true,
	"weeks": true, "months": true, "years": true, "days": true, "hours": true,
}

// argument turns a phrase into an argument: its span, and a compact form
// without leading determiners ("the bodies of 3,000 soldiers" → "bodies of
// 3,000 soldiers").
func argument(s *Sentence, c chunk) annals.Argument {
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
func join(s *Sentence, i, j int) annals.Span {
	start, end := s.Tokens[i].Start, s.Tokens[j-1].End
	return annals.Span{Text: s.Text[start-s.Start : end-s.Start], Start: start, End: end}
}

func lemmaOf(t Token) string {
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Form)
}

// confidence ranks a statement: named subjects and objects, adjacent
// subjects and plain verb groups make surer statements than pronouns,
// inherited subjects and long spans.
func confidence(toks []Token, st *annals.Statement, g verbGroup, how subjectKind) float64 {
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
	if standalonePronouns[low] {
		c -= 0.1
	}
	return min(max(c, 0.05), 0.95)
}
