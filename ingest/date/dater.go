// Package date puts statements on the timeline: the Dater stage dates each
// statement by the time expression of its clause (package timex finds
// them), or by the document's date.
package date

import (
	"context"
	"strings"
	"time"
	"unicode"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/timex"
)

// Dater puts each statement on the timeline. With a parse, the time
// expression whose clause is the statement's dates it: the expression's
// tokens lead up the tree to the statement's verb. Without a parse, the
// expression of the sentence nearest the verb does. A past-tense statement
// without an expression of its own takes the narrative's reference time
// (see narrative). Otherwise the document date stands in; every time says
// which of the three it is.
type Dater struct{}

// Name implements Stage.
func (Dater) Name() string { return "date/7" }

// Run implements Stage.
func (Dater) Run(ctx context.Context, a *analysis.Analysis) error {
	exprs := timex.Find(a.Document.Text, a.Document.Date)
	story := newNarrative(a, exprs)
	frame := titleFrame(a.Document)
	for i := range a.Statements {
		if i%256 == 0 { // a long document can be cancelled midway
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		st := &a.Statements[i]
		if st.Sentence < 0 || st.Sentence >= len(a.Sentences) {
			continue
		}
		sent := &a.Sentences[st.Sentence]
		v := verbIndex(sent, st)
		var best *timex.Expression
		if sent.Parsed() {
			best = clauseTime(sent, st, v, exprs, a.Document.Date)
		} else {
			best = nearestTime(sent, st, exprs)
		}
		tns := tenseNone
		if v >= 0 {
			tns = clauseTense(sent.Tokens, v)
		}
		// a past participle after its noun ("the clause invoked by
		// Britain", "the reading established by the court") tells what was
		// done by the time its clause speaks of, not on it
		reduced := v >= 0 && sent.Tokens[v].XPOS == "VBN" && sent.Tokens[v].Deprel == "acl"
		if best != nil && tns == tensePast && (after(best, a.Document.Date) ||
			(reachesAfter(best, a.Document.Date) || now(best)) && finiteTense(sent.Tokens, v) == tensePast) {
			best = nil // a past event is never dated after the article, nor by its present
		}
		if best == nil && tns == tensePresent && v >= 0 && sent.Parsed() && !story.quoted(st.Predicate.Start, st.Predicate.End) {
			if e := publishedTime(sent, st, v, exprs, a.Document.Date); e != nil {
				st.Time = inherited(reference{expr: e, sentence: st.Sentence}, false)
				continue
			}
		}
		switch {
		case best != nil && best.DayFromDocument:
			st.Time = timeOf(best, annals.SourceExplicit, st.Sentence)
			if ref := story.of(st); ref.expr != nil && story.storyDay(ref.expr) && len(ref.expr.Value) >= 10 {
				onDay(st.Time, ref.expr) // "sworn in at 5:00 p.m." on the story's Wednesday, not on the article's day
			}
		case best != nil:
			st.Time = timeOf(best, annals.SourceExplicit, st.Sentence)
		case v >= 0 && generic(sent.Tokens, v, sent.Text):
			st.Time = genericTime(st.Sentence)
		case (tns == tensePast || tns == tensePerfect) && !story.quoted(st.Predicate.Start, st.Predicate.End) &&
			story.background(st, v).expr != nil:
			// background told in the order it happened: in the period its
			// paragraph names, or, for a past perfect, by then
			st.Time = inherited(story.background(st, v), tns == tensePerfect)
		case (tns == tensePast || tns == tensePerfect) && !story.quoted(st.Predicate.Start, st.Predicate.End) &&
			story.of(st).expr != nil:
			ref := story.of(st)
			bound := tns == tensePerfect || reduced || ref.sentence != st.Sentence && st.Modality == "" &&
				!analysis.IsReportingVerb(st.Predicate.Lemma) && !ref.today(a.Document.Date) &&
				(st.Negated || !sameOccasion(sent.Tokens, v, &a.Sentences[ref.sentence]))
			st.Time = inherited(ref, bound)
			if tns == tensePast && ref.sentence != st.Sentence && movesOn(sent.Tokens, v) {
				if bg := story.backgroundAt(st.Sentence); bg.expr != nil {
					// later than the background its paragraph is at, and by
					// the story's time: "In 1992 she moved to Paris. Later,
					// she opened a bakery."
					st.Time = inherited(ref, true)
					st.Time.Earliest = bg.expr.Latest.AddDate(0, 0, 1)
				} else {
					laterThan(st.Time, a.Document.Date) // "She subsequently left the country."
				}
			}
		default:
			done := tns == tensePast || tns == tensePerfect || tns == tenseHasDone || reduced
			if iv := story.interviewed(st.Sentence); iv.expr != nil && !story.quoted(st.Predicate.Start, st.Predicate.End) {
				// said in an interview: then, or, what was done, by then
				st.Time = inherited(iv, done)
				continue
			}
			if bg := story.backgroundAt(st.Sentence); done && bg.expr != nil && v >= 0 && movesOn(sent.Tokens, v) &&
				!story.quoted(st.Predicate.Start, st.Predicate.End) {
				// "In 1993 he converted. Eventually, he joined the party":
				// after the background's period, by the article's day
				st.Time = inherited(bg, true)
				end := a.Document.Date
				if frame != nil && !bg.expr.Earliest.Before(frame.Earliest) && frame.Latest.Before(end) {
					end = frame.Latest // a month's round-up: by the month's end
				}
				laterThan(st.Time, end)
				continue
			}
			if done && frame != nil && !story.quoted(st.Predicate.Start, st.Predicate.End) {
				st.Time = &annals.Time{Value: frame.Value, Type: frame.Type, Earliest: frame.Earliest,
					Latest: frame.Latest, Precision: frame.Precision, Kind: annals.KindEvent, Source: annals.SourceTitle}
				if tns == tensePerfect {
					// "had already attained ballot access": by the period's
					// end, not necessarily in it
					st.Time.Kind, st.Time.Earliest = annals.KindDeadline, time.Time{}
				}
				continue
			}
			st.Time = analysis.DocumentTime(a.Document.Date)
			if st.Time != nil {
				if done {
					// what the text tells as done, with no time, was done
					// by the article's day: not necessarily on it
					st.Time.Kind, st.Time.Earliest = annals.KindDeadline, time.Time{}
				}
			}
		}
	}
	return nil
}

// timeOf is the time an expression gives a statement.
func timeOf(e *timex.Expression, source annals.TimeSource, sentence int) *annals.Time {
	expr := annals.Span{Text: e.Text, Start: e.Start, End: e.End}
	return &annals.Time{Value: e.Value, Type: e.Type, Expr: &expr, Earliest: e.Earliest,
		Latest: e.Latest, Precision: e.Precision, Kind: e.Kind, Source: source, From: sentence}
}

// inherited is the time a statement takes from the narrative's reference:
// the day of a clock time ("at 8:10 am" dates the crash, not what was said
// of it after). With bound, only an upper bound ("by" then): a past perfect
// ("had ordered") happened by the reference time, and so, mostly, did what
// a later sentence tells without a time of its own, whether it goes on with
// the story's event or steps back to what led to it ("She later became a
// designer", "He had served under Bush"); readers of the hand checks took
// the exact day for those as wrong about as often as right. What is said
// is said on the story's day, and so is what is offered, planned or
// claimed (a statement with a modality): its date is the saying's.
func inherited(ref reference, bound bool) *annals.Time {
	t := timeOf(ref.expr, annals.SourceInherited, ref.sentence)
	if t.Type == annals.TimexTime && len(t.Value) >= 10 && t.Precision == annals.PrecisionDay {
		t.Value, t.Type = t.Value[:10], annals.TimexDate
	}
	if bound && t.Kind == annals.KindEvent && !t.Latest.IsZero() {
		t.Kind, t.Earliest = annals.KindDeadline, time.Time{}
	}
	return t
}

// now reports a reference to the present or the future ("now",
// "currently", "in the future"), which does not date what the text tells
// in the past tense ("whose members challenged him and now do likewise
// with her, nominated a ticket").
func now(e *timex.Expression) bool {
	return e.Value == "PRESENT_REF" || e.Value == "FUTURE_REF"
}

// reachesAfter reports a duration that ends after the anchor day: "the
// next five decades" is counted from the article's date, but in a past
// clause ("he spent the next five decades in Congress") it counts from a
// time the story had reached, which the span does not know. (An infinitive
// under a past verb, "were told to finish it within two weeks", still
// looks ahead.)
func reachesAfter(e *timex.Expression, anchor time.Time) bool {
	return e.Type == annals.TimexDuration && !anchor.IsZero() && e.Latest.After(anchor)
}

// after reports whether an expression lies wholly after the anchor day.
func after(e *timex.Expression, anchor time.Time) bool {
	return !anchor.IsZero() && !e.Earliest.IsZero() && e.Earliest.After(anchor)
}

// verbIndex is the token of a statement's verb (the last verb of its
// predicate, else its last word), or -1.
func verbIndex(sent *analysis.Sentence, st *annals.Statement) int {
	last, verb := -1, -1
	for i, t := range sent.Tokens {
		if t.Start < st.Predicate.Start || t.End > st.Predicate.End {
			continue
		}
		if t.End == st.Predicate.End {
			last = i
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			verb = i // "dropped out", "gave up": the verb, not its particle
		}
	}
	if verb >= 0 {
		return verb
	}
	return last
}

// dates reports whether an expression can place a statement on the
// calendar: durations only when the text ties them to a date, never sets.
func dates(e *timex.Expression) bool {
	switch e.Type {
	case annals.TimexSet:
		return false
	case annals.TimexDuration:
		return !e.Earliest.IsZero() || !e.Latest.IsZero()
	}
	return true
}

// nearestTime is the dating expression of the sentence nearest the verb.
func nearestTime(sent *analysis.Sentence, st *annals.Statement, exprs []timex.Expression) *timex.Expression {
	var best *timex.Expression
	bestDist := 0
	for k := range exprs {
		e := &exprs[k]
		if e.Start < sent.Start || e.End > sent.End || !dates(e) {
			continue
		}
		d := distance(e.Start, e.End, st.Predicate.Start, st.Predicate.End)
		if best == nil || d < bestDist {
			best, bestDist = e, d
		}
	}
	return best
}

// clauseTime is the dating expression that modifies the statement's verb
// (token verb, as verbIndex finds it), or a verb chained to it ("offered to
// return ... on Wednesday").
func clauseTime(sent *analysis.Sentence, st *annals.Statement, verb int, exprs []timex.Expression, anchor time.Time) *timex.Expression {
	toks := sent.Tokens
	if verb < 0 {
		return nearestTime(sent, st, exprs)
	}
	// the verbs of the statement's chain: its own, and those it is an xcomp of
	chain := map[int]bool{verb: true}
	for v := verb; toks[v].Deprel == "xcomp" && toks[v].Head > 0; v = toks[v].Head - 1 {
		chain[toks[v].Head-1] = true
	}
	for i, t := range toks {
		if t.Head-1 == verb && t.Deprel == "xcomp" && (t.XPOS == "VBN" || t.XPOS == "VBD") {
			chain[i] = true // "had its licence revoked in May": the having is the revoking
		}
	}
	for i, t := range toks {
		// "entered politics when (he was) elected in 2001": the two are at
		// one time; the parser may hang the clause on the object
		h := t.Head - 1
		onObject := t.Deprel == "acl" && h >= 0 && toks[h].Head-1 == verb && toks[h].Deprel == "obj"
		if (t.Head-1 == verb && t.Deprel == "advcl" || onObject) && marked(toks, i, "when") {
			chain[i] = true
		}
	}
	if toks[verb].Deprel == "cop" && toks[verb].Head > 0 && toks[verb].XPOS == "VBD" {
		// "was a contender in the 2016 election": the copula's clause is
		// headed by what it links, on which the time phrase hangs. (A
		// present "is" holds as the article is written: "is a program
		// written in 2008" is not of 2008.)
		chain[toks[verb].Head-1] = true
	}
	var best *timex.Expression
	for k := range exprs {
		e := &exprs[k]
		if e.Start < sent.Start || e.End > sent.End || !dates(e) {
			continue
		}
		head := eventPhrase(toks, expressionHead(toks, e))
		if head < 0 {
			continue
		}
		g := participleOf(toks, governingVerb(toks, head), head, e, anchor)
		if !chain[g] && (temporalPreposition(toks, head) || opener(toks, e, head)) && !(presentTense(toks[verb]) && !near(e, anchor)) {
			// "proposed talks ... on Wednesday": a parser often hangs a time
			// phrase on the nearest noun; with a temporal preposition it
			// still dates the clause that noun belongs to
			for steps := 0; g >= 0 && !chain[g] && !clauseHead(toks, g) && steps < len(toks); steps++ {
				g = toks[g].Head - 1
			}
		}
		if chain[g] && !(strings.HasSuffix(e.Value, "_REF") && g != verb) && (best == nil || tokenDistance(toks, e, verb) < tokenDistance(toks, best, verb)) {
			best = e
		}
	}
	return best
}

// participleOf corrects a parse that hangs a past time on a present-tense
// verb across a participle phrase ("violates a contract signed between the
// two sides in 2015"): the time dates the signing, which the participle
// (a past participle or a past-tense relative clause between the two) tells;
// the present verb does not happen in 2015. Other attachments stay (g).
func participleOf(toks []analysis.Token, g, head int, e *timex.Expression, anchor time.Time) int {
	if g < 0 || g >= head || !presentTense(toks[g]) || near(e, anchor) || hasAux(toks, g) {
		return g
	}
	for p := head - 1; p > g; p-- {
		switch toks[p].Deprel {
		case "acl", "acl:relcl":
		default:
			continue
		}
		if toks[p].XPOS != "VBN" && toks[p].XPOS != "VBD" || !descends(toks, p, g) {
			continue
		}
		return p
	}
	return g
}

// hasAux reports whether verb g has an auxiliary ("has violated", "will
// violate"), whose tense a past time may well fit.
func hasAux(toks []analysis.Token, g int) bool {
	for _, t := range toks {
		if t.Head-1 == g && (t.Deprel == "aux" || t.Deprel == "aux:pass") {
			return true
		}
	}
	return false
}

// descends reports whether token p lies below token g in the tree.
func descends(toks []analysis.Token, p, g int) bool {
	for steps := 0; p >= 0 && steps < len(toks); steps++ {
		if p == g {
			return true
		}
		p = toks[p].Head - 1
	}
	return false
}

// expressionHead is the token of an expression whose head lies outside it.
func expressionHead(toks []analysis.Token, e *timex.Expression) int {
	for i, t := range toks {
		if t.Start < e.Start || t.End > e.End {
			continue
		}
		h := t.Head - 1
		if h < 0 || toks[h].Start < e.Start || toks[h].End > e.End {
			return i
		}
	}
	return -1
}

// marked reports whether the clause headed by token i opens with the
// subordinating word given ("when"), as a mark or, as parsers also take
// "when", an adverb.
func marked(toks []analysis.Token, i int, word string) bool {
	for _, t := range toks {
		if t.Head-1 == i && (t.Deprel == "mark" || t.Deprel == "advmod") && strings.EqualFold(t.Form, word) {
			return true
		}
	}
	return false
}

// opener reports an expression in words that opens its sentence without a
// preposition and that the parser hung on a noun ("Last year US President
// Trump withdrew ...", where "year" became a modifier of the subject): it
// dates the clause, as "In 2018" would. A bare number ("2019 Nobel
// laureate Peter Handke said ...") names a thing, and a subject ("Last
// year was hard") dates nothing. h is the expression's head.
func opener(toks []analysis.Token, e *timex.Expression, h int) bool {
	if len(toks) == 0 || e.Start > toks[0].Start || !strings.ContainsFunc(e.Text, unicode.IsLetter) {
		return false
	}
	switch d := toks[h].Deprel; {
	case strings.HasPrefix(d, "nsubj"), strings.HasPrefix(d, "csubj"), d == "root", d == "obj", d == "nmod:poss":
		return false // "This month's spotlight" names a thing
	}
	g := toks[h].Head - 1
	return g >= 0 && (toks[g].UPOS == "NOUN" || toks[g].UPOS == "PROPN")
}

// clauseHead reports a word a time phrase may not be lifted past: a verb,
// or the head of a clause of its own ("said the plant will be ready within
// two months" dates the readiness, not the saying), which has a copula or a
// subject. A noun, a name or a misparsed preposition passes the phrase on
// ("talks between Zelensky and Putin on Wednesday").
func clauseHead(toks []analysis.Token, g int) bool {
	if toks[g].UPOS == "VERB" || toks[g].UPOS == "AUX" {
		return true
	}
	for _, t := range toks {
		if t.Head-1 == g {
			switch t.Deprel {
			case "cop", "nsubj", "nsubj:pass", "csubj":
				return true
			}
		}
	}
	return false
}

// eventPhrase lifts an expression that names the time of an occasion
// ("at a March 3 rally", "during the 2012 summit", "as of early today
// local time") to the
// occasion's phrase, whose preposition makes it a time of the clause.
// Other expressions, and -1, stay as they are.
func eventPhrase(toks []analysis.Token, i int) int {
	if i < 0 || toks[i].Head < 1 {
		return i
	}
	switch toks[i].Deprel {
	case "compound", "nmod", "nmod:unmarked", "nmod:tmod", "nmod:npmod", "amod", "nummod", "nmod:poss", "appos":
	default:
		return i
	}
	n := toks[i].Head - 1
	if toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
		return i
	}
	switch caseWord(toks, n) {
	case "in", "at", "during":
		return n
	case "on":
		if analysis.IsTimeWord(toks[n]) {
			return n // "on the night of June 21"
		}
	case "as":
		if asOf(toks, n) {
			return n // "as of early today local time"
		}
	}
	return i
}

// asOf reports whether the phrase headed by token n opens with "as of",
// a time the clause holds at.
func asOf(toks []analysis.Token, n int) bool {
	for k, t := range toks {
		if t.Head-1 == n && t.Deprel == "case" && strings.EqualFold(t.Form, "as") {
			return k+1 < len(toks) && strings.EqualFold(toks[k+1].Form, "of") && toks[k+1].Head-1 == k
		}
	}
	return false
}

// caseWord is the preposition that opens the phrase headed by token n, lower
// case: its first "case" dependent; "" for none.
func caseWord(toks []analysis.Token, n int) string {
	for _, t := range toks {
		if t.Head-1 == n && t.Deprel == "case" {
			return strings.ToLower(t.Form)
		}
	}
	return ""
}

// governingVerb is the word an expression's head token modifies, through
// coordination ("in May and June": June → May → the verb). An expression that
// modifies a noun ("a deadline of September") dates the noun, not the clause.
func governingVerb(toks []analysis.Token, i int) int {
	for steps := 0; steps < len(toks) && toks[i].Deprel == "conj"; steps++ {
		if toks[i].Head < 1 {
			return -1
		}
		i = toks[i].Head - 1
	}
	return toks[i].Head - 1
}

// presentTense reports a verb in the simple present ("follows"), which a
// time phrase far from the document date does not date.
func presentTense(t analysis.Token) bool { return t.XPOS == "VBZ" || t.XPOS == "VBP" }

// near reports whether an expression lies within a week of the anchor.
func near(e *timex.Expression, anchor time.Time) bool {
	if anchor.IsZero() {
		return true
	}
	week := 7 * 24 * time.Hour
	first, last := e.Earliest, e.Latest
	if first.IsZero() {
		first = last
	}
	if last.IsZero() {
		last = first
	}
	return !first.IsZero() && !first.After(anchor.Add(week)) && !last.Before(anchor.Add(-week))
}

// temporalPreposition reports whether the phrase headed by token i opens
// with a preposition of time ("on Wednesday", "in May", "by the end of
// August"), unlike "a deadline of September".
func temporalPreposition(toks []analysis.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Head-1 == i && toks[k].Deprel == "case" {
			switch strings.ToLower(toks[k].Form) {
			case "on", "in", "at", "during", "since", "by", "until", "before", "after", "between", "within", "from", "through":
				return true
			}
			return asOf(toks, i)
		}
	}
	return false
}

func tokenDistance(toks []analysis.Token, e *timex.Expression, verb int) int {
	return distance(e.Start, e.End, toks[verb].Start, toks[verb].End)
}

// distance is how far apart two byte ranges are.
func distance(s1, e1, s2, e2 int) int {
	switch {
	case e1 <= s2:
		return s2 - e1
	case e2 <= s1:
		return s1 - e2
	}
	return 0
}

// onDay moves a clock time onto the day of a reference expression.
func onDay(t *annals.Time, day *timex.Expression) {
	t.Value = day.Value[:10] + t.Value[10:]
	t.Earliest, t.Latest = day.Earliest, day.Latest
}

// findingVerbs are the verbs with which a publication tells what it found
// ("the study shows", "the report finds"), besides the reporting verbs.
var findingVerbs = map[string]bool{"show": true, "find": true, "describe": true, "estimate": true, "detail": true,
	"demonstrate": true, "document": true, "propose": true}

// publishing are the verbs of a publication's coming out.
var publishing = map[string]bool{"publish": true, "release": true, "issue": true, "post": true, "present": true}

// publishedTime is the day a publication that tells a finding in the
// present came out, when its subject says so ("The findings, published
// Tuesday in Science, show that ..."): the finding is told that day, not
// on the article's. The time must date a participle of publishing that
// modifies the subject ("published", "released") and lie no later than the
// article; nil otherwise.
func publishedTime(sent *analysis.Sentence, st *annals.Statement, v int, exprs []timex.Expression, anchor time.Time) *timex.Expression {
	lemma := strings.ToLower(sent.Tokens[v].Lemma)
	if !analysis.IsReportingVerb(lemma) && !findingVerbs[lemma] {
		return nil
	}
	toks := sent.Tokens
	subject, head := -1, -1
	if toks[v].Deprel == "conj" {
		head = toks[v].Head - 1 // a parse may take the participle for the main verb, "show" for its conjunct
	}
	for i, t := range toks {
		if (t.Head-1 == v || t.Head-1 == head) && (t.Deprel == "nsubj" || t.Deprel == "nsubj:pass") {
			subject = i
		}
	}
	if subject < 0 {
		return nil
	}
	for k := range exprs {
		e := &exprs[k]
		if e.Start < sent.Start || e.End > sent.End || !dates(e) || e.Kind != annals.KindEvent || after(e, anchor) {
			continue
		}
		h := expressionHead(toks, e)
		if h < 0 {
			continue
		}
		g := governingVerb(toks, eventPhrase(toks, h))
		if g < 0 || !publishing[strings.ToLower(toks[g].Lemma)] {
			continue
		}
		if toks[g].Deprel == "acl" && toks[g].Head-1 == subject || g == head && toks[g].XPOS == "VBD" {
			return e
		}
	}
	return nil
}

// onward are the adverbs that put an event after the time the story is at
// ("She subsequently left the country", "Later, he recorded with ...").
var onward = map[string]bool{"later": true, "subsequently": true, "afterwards": true, "afterward": true,
	"eventually": true, "thereafter": true}

// movesOn reports whether the verb at v, or the verb it is coordinated
// with ("subsequently left the country and returned home"), has an adverb
// that moves the story on.
func movesOn(toks []analysis.Token, v int) bool {
	for steps := 0; v >= 0 && steps < len(toks); steps++ {
		for _, t := range toks {
			if t.Head-1 == v && t.Deprel == "advmod" && onward[strings.ToLower(t.Form)] {
				return true
			}
		}
		if toks[v].Deprel != "conj" {
			return false
		}
		v = toks[v].Head - 1
	}
	return false
}

// laterThan makes an inherited time the stretch after it, up to the
// article's day: what happened "later" than the story's time happened
// after it, not on it or by it, and no later than the article that tells
// it. A reference that reaches the article's day already stays.
func laterThan(t *annals.Time, anchor time.Time) {
	if anchor.IsZero() || t.Latest.IsZero() || !t.Latest.Before(anchor) {
		return
	}
	t.Earliest = t.Latest.AddDate(0, 0, 1)
	t.Latest = anchor
	t.Value, t.Type, t.Precision, t.Kind = anchor.Format("2006-01-02"), annals.TimexDate, annals.PrecisionDay, annals.KindDeadline
}
