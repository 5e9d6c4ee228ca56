package date

import (
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/timex"
)

// reference is the narrative's reference time: the expression that last
// placed the story on the calendar, and the sentence it stands in.
type reference struct {
	expr     *timex.Expression
	sentence int
	// lead marks a period of background the lead names, which dates only
	// what the sentences after it tell in the past perfect (see
	// background.go).
	lead bool
}

// today reports a reference to the article's own day ("Today, ..."), on
// which what the article goes on to tell happened: no mere bound.
func (r reference) today(anchor time.Time) bool {
	return r.expr != nil && !anchor.IsZero() && r.expr.Precision == annals.PrecisionDay &&
		r.expr.Earliest.Equal(anchor) && r.expr.Latest.Equal(anchor)
}

// narrative walks a document's sentences in order and keeps the reference
// time each one starts with. An expression that places a past event on a
// day ("On Wednesday", "Yesterday", "on February 24") dates the past-tense
// statements after it; a coarser one ("in March 2019", "in 1995") dates its
// own sentence only, as what the sentences after it tell is rarely of that
// time (in hand checks, wrong three times in four: "Queloz discovered the
// planet in 1995. He won the prize."). The story's own days (within a week
// of the article) hold until another such day replaces them, across asides
// in the present tense. An older day ("After a hearing on February 24, the
// Senate found ...") dates the rest of its paragraph, which elaborates it,
// and the story returns to its day with the next paragraph; in an article
// with no day of its own, it holds for the next paragraph too, no further.
// A question (an interview's) ends the story's time.
type narrative struct {
	anchor time.Time
	exprs  []timex.Expression
	quotes [][2]int
	// own[i] is the expression sentence i sets the reference to, if any;
	// before[i] the reference in force when sentence i begins.
	own, before []reference
	// bg[i] is the period of background in force when sentence i begins
	// (see background.go), if any.
	bg    []reference
	sents []analysis.Sentence
	// interview is the time an interview took place, and exchange the
	// sentence its exchange begins with (see interview.go); -1 for none.
	interview reference
	exchange  int
}

// storyWindow is how far from the article's date a day may lie and still
// be the story's own rather than background.
const storyWindow = 7 * 24 * time.Hour

func newNarrative(a *analysis.Analysis, exprs []timex.Expression) *narrative {
	n := &narrative{anchor: a.Document.Date, exprs: exprs, quotes: analysis.Quotations(a.Document.Text),
		own: make([]reference, len(a.Sentences)), before: make([]reference, len(a.Sentences)),
		bg: make([]reference, len(a.Sentences)), sents: a.Sentences}
	n.interview, n.exchange = n.interviewTime(a.Document.Title)
	breaks := paragraphBreaks(a)
	var story, last, bg reference
	paragraphs := 0           // paragraphs begun since last was set
	lead, told := true, false // sentence i stands in the lead; the lead has told something
	asked := false            // a question has been asked: an interview's exchange
	for i := range a.Sentences {
		sent := &a.Sentences[i]
		if breaks[i] {
			paragraphs++
			lead = lead && !told // a dateline on a line of its own is no lead
			bg = reference{}     // background holds in its paragraph only
			if story.expr != nil || paragraphs > 1 {
				last = reference{} // a new paragraph comes back to the story
			}
		}
		n.before[i] = last
		if last.expr == nil {
			n.before[i] = story
		}
		n.bg[i] = bg
		told = told || !n.datelineSentence(sent)
		if n.question(sent) {
			asked = true
			// an interview's questions open an exchange that speaks from
			// the day of the interview, not from the story told before it
			story, last, bg = reference{}, reference{}, reference{}
			continue
		}
		if e := n.settingExpression(sent); e != nil {
			n.own[i] = reference{expr: e, sentence: i}
			if n.inRange(sent, e) {
				last = reference{}
				continue
			}
			bg = reference{}
			if !asked && n.opensBackground(sent, e) {
				bg = n.own[i]
				bg.lead = lead
			}
			if e.Precision == annals.PrecisionDay {
				last, paragraphs = n.own[i], 0
			} else {
				// a week, month or year dates its own sentence only: what
				// the sentences after it tell is rarely of that time, in
				// hand checks wrong three times in four ("Queloz discovered
				// the planet in 1995. He won the prize.")
				last = reference{}
			}
			if n.storyDay(e) && !countsBack(e) {
				story = n.own[i]
			}
		}
	}
	return n
}

// countsBack reports an expression that steps back from the time the
// story is at ("two days earlier", "the day before", "the previous
// week"): a flashback that dates its own paragraph, after which the story
// returns to its day, which the expression does not replace.
func countsBack(e *timex.Expression) bool {
	w := strings.Fields(strings.ToLower(e.Text))
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "earlier", "before":
		return true
	}
	return w[0] == "previous" || len(w) > 1 && w[0] == "the" && w[1] == "previous"
}

// storyDay reports whether an expression names a day of the story the
// article reports, not of its background: a day or moment within a week
// of the article's date.
func (n *narrative) storyDay(e *timex.Expression) bool {
	if e.Precision != annals.PrecisionDay || n.anchor.IsZero() {
		return false
	}
	return !e.Earliest.Before(n.anchor.Add(-storyWindow)) && !e.Latest.After(n.anchor)
}

// settingExpression is the expression of a sentence that sets the
// narrative's time: the first, outside quotations, that names a day,
// month, year or moment of an event no later than the document date. A
// deadline, a start ("since 2014"), a date to come or a vague "recently"
// sets nothing.
func (n *narrative) settingExpression(sent *analysis.Sentence) *timex.Expression {
	return n.settingBefore(sent, -1)
}

// settingBefore is, with until < 0, the sentence's setting expression;
// otherwise the last setting expression that ends before byte until: "She
// won the title in 2010 and retired in late 2014, later saying she had been
// injured" tells the injury after the last time named before it.
func (n *narrative) settingBefore(sent *analysis.Sentence, until int) *timex.Expression {
	var found *timex.Expression
	first := sort.Search(len(n.exprs), func(k int) bool { return n.exprs[k].Start >= sent.Start })
	for k := first; k < len(n.exprs) && n.exprs[k].End <= sent.End; k++ {
		if until >= 0 && n.exprs[k].End > until {
			break
		}
		e := &n.exprs[k]
		if !n.sets(e) || n.quoted(e.Start, e.End) || dateline(sent, e) {
			continue
		}
		if !sent.Parsed() {
			if until < 0 {
				return e // no parse to say it names a thing or a beginning
			}
			found = e
			continue
		}
		toks := sent.Tokens
		h := expressionHead(toks, e)
		if h < 0 {
			continue
		}
		phrase := eventPhrase(toks, h)
		if (adverbial(toks, phrase) || opener(toks, e, h)) && !beginning(toks, phrase) &&
			(n.storyDay(e) && e.Latest.Before(n.anchor) || !presentClause(toks, h)) {
			if until < 0 {
				return e
			}
			found = e
		}
	}
	return found
}

// inRange reports whether e is an end of a range of two ("an April 30 –
// May 4 poll", "from 2001 to 2004"): a stretch of days dates its own
// sentence but is no day the story goes on from. (A dash of apposition,
// "on Monday — today —", makes no range.)
func (n *narrative) inRange(sent *analysis.Sentence, e *timex.Expression) bool {
	between := func(a, b *timex.Expression) bool {
		if a.End > b.Start || a.End < sent.Start || b.Start > sent.End {
			return false
		}
		switch strings.ToLower(strings.TrimSpace(sent.Text[a.End-sent.Start : b.Start-sent.Start])) {
		case "-", "–", "to", "through", "thru", "until", "till":
			return true
		}
		return false
	}
	k := sort.Search(len(n.exprs), func(k int) bool { return n.exprs[k].Start >= e.Start })
	if k == len(n.exprs) || &n.exprs[k] != e {
		return false
	}
	return k > 0 && between(&n.exprs[k-1], e) || k+1 < len(n.exprs) && between(e, &n.exprs[k+1])
}

// sets reports whether an expression can be a reference time.
func (n *narrative) sets(e *timex.Expression) bool {
	if e.Kind != annals.KindEvent || (e.Type != annals.TimexDate && e.Type != annals.TimexTime) {
		return false
	}
	if e.Earliest.IsZero() || e.Latest.IsZero() || e.Precision == annals.PrecisionVague {
		return false
	}
	if e.Type == annals.TimexTime && strings.Contains(e.Value, ":") {
		// a clock time ("at 2am") has its day from the words before it,
		// which set the time themselves, or from a guess
		return false
	}
	return n.anchor.IsZero() || !e.Earliest.After(n.anchor)
}

// at is the reference time a past-tense statement of sentence i without
// an expression of its own takes: its own sentence's, else the one the
// sentence began with.
func (n *narrative) at(i int) reference {
	if i < 0 || i >= len(n.own) {
		return reference{}
	}
	if n.own[i].expr != nil {
		return n.own[i]
	}
	return n.before[i]
}

// of is the reference time a statement without a time of its own takes:
// that of its sentence (at), unless the sentence's expression lies in the
// statement's object ("said that the company sold more last year": the
// time is the object's, not the saying's), when it is the one the sentence
// began with.
func (n *narrative) of(st *annals.Statement) reference {
	ref := n.at(st.Sentence)
	if ref.expr != nil && ref.sentence == st.Sentence && st.Object != nil &&
		ref.expr.Start >= st.Object.Start && ref.expr.End <= st.Object.End {
		return n.before[st.Sentence]
	}
	if ref.expr != nil && ref.sentence == st.Sentence {
		// a later time the sentence names before the statement's verb is the
		// nearer one ("... in 2010 and retired in late 2014, later saying
		// she had been injured")
		// a coarser one ("this year" after "March" in "in March of this
		// year") only completes the first
		if e := n.settingBefore(&n.sents[st.Sentence], st.Predicate.Start); e != nil && e.Start > ref.expr.Start &&
			annals.ComparePrecision(e.Precision, ref.expr.Precision) <= 0 {
			ref.expr = e
		}
	}
	return ref
}

// quoted reports whether a stretch lies inside a quotation, where the
// speaker's own time, not the narrative's, governs tenses.
func (n *narrative) quoted(start, end int) bool {
	k := sort.Search(len(n.quotes), func(k int) bool { return n.quotes[k][1] >= end })
	return k < len(n.quotes) && n.quotes[k][0] <= start
}

// adverbial reports whether an expression dates a clause ("On Wednesday,
// police ...", "police said yesterday", "launched the store in 2003")
// rather than names a thing ("the 2004 treaty", "Expo 2010", "2012 was a
// hard year"). A phrase of time with its preposition counts even when
// the parser hangs it on the nearest noun. h is the expression's head (as
// eventPhrase lifts it).
func adverbial(toks []analysis.Token, h int) bool {
	for steps := 0; steps < len(toks) && toks[h].Deprel == "conj" && toks[h].Head > 0; steps++ {
		h = toks[h].Head - 1 // "in May and June"
	}
	if temporalPreposition(toks, h) {
		return true
	}
	switch d := toks[h].Deprel; {
	case d == "obl" || strings.HasPrefix(d, "obl:"), d == "nmod:tmod", d == "nmod:npmod", d == "advmod", d == "root":
		return true
	}
	return false
}

// presentClause reports whether an expression stands in a clause in the
// present or future tense ("is up 82% from nine months ago"), which speaks
// from the article's day, not from the narrative's; a day of the story
// still sets it ("has died yesterday"). h is the expression's head.
func presentClause(toks []analysis.Token, h int) bool {
	g := governingVerb(toks, h)
	if g < 0 {
		return false
	}
	t := clauseTense(toks, g)
	return t == tensePresent || t == tenseHasDone || t == tenseFuture
}

// dateline reports whether an expression is all its sentence says, as the
// dateline of an article is ("Monday, May 6, 2019"): that is the document's
// date, which dates nothing the text tells.
func dateline(sent *analysis.Sentence, e *timex.Expression) bool {
	rest := sent.Text[:max(0, min(len(sent.Text), e.Start-sent.Start))] + sent.Text[max(0, min(len(sent.Text), e.End-sent.Start)):]
	return strings.TrimFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) == ""
}

// paragraphBreaks reports for each sentence whether a paragraph begins
// with it: a blank line before it, or, in a text that puts its sentences
// on lines of their own more often than it leaves blank lines between
// them, a line break.
func paragraphBreaks(a *analysis.Analysis) []bool {
	text := a.Document.Text
	lines := make([]int, len(a.Sentences))
	single, blank := 0, 0
	for i := 1; i < len(a.Sentences); i++ {
		from, to := a.Sentences[i-1].End, a.Sentences[i].Start
		if from < 0 || to > len(text) || from > to {
			continue
		}
		gap := text[from:to]
		lines[i] = strings.Count(gap, "\n") + 2*strings.Count(gap, "\u2029")
		switch {
		case lines[i] == 1:
			single++
		case lines[i] >= 2:
			blank++
		}
	}
	breaks := make([]bool, len(a.Sentences))
	for i, n := range lines {
		breaks[i] = n >= 2 || n == 1 && single > blank
	}
	return breaks
}

// question reports a sentence that asks, outside quotations.
func (n *narrative) question(sent *analysis.Sentence) bool {
	s := strings.TrimRight(sent.Text, " \t\n\u00a0\"'”’)")
	return strings.HasSuffix(s, "?") && !n.quoted(sent.Start, sent.End)
}

// beginnings are the verbs whose time starts what comes after: what the text
// goes on to tell of someone born or something founded in 1922 happened
// after 1922, not then or by then.
var beginnings = map[string]bool{"bear": true, "born": true, "found": true, "establish": true, "form": true,
	"create": true, "start": true, "begin": true, "launch": true, "open": true, "debut": true, "incorporate": true}

// beginning reports an expression that dates a beginning ("was born in
// 1922", "founded in 1986"), which sets no time for what follows. h is
// the expression's head (as eventPhrase lifts it).
func beginning(toks []analysis.Token, h int) bool {
	g := governingVerb(toks, h)
	return g >= 0 && beginnings[strings.ToLower(toks[g].Lemma)]
}

// titleFrame is the period an article's title names when the article
// covers it, as a monthly round-up's does ("On the campaign trail, May
// 2020", published in June): a month, season, quarter or year no later
// than the article's date. What the article tells as done with no time of
// its own happened then. A day in a title is the story's own and is told
// again in the text; nil when the title names no period.
func titleFrame(d annals.Document) *timex.Expression {
	if d.Title == "" || d.Date.IsZero() {
		return nil
	}
	for _, e := range timex.Find(d.Title, d.Date) {
		if strings.TrimFunc(d.Title[e.End:], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
			// the period a round-up covers ends its title; one inside it
			// names a thing ("Wikinews interviews 2020 mayoral candidate")
			continue
		}
		switch e.Precision {
		case annals.PrecisionMonth, annals.PrecisionQuarter, annals.PrecisionYear:
		default:
			continue
		}
		if e.Type == annals.TimexDate && e.Kind == annals.KindEvent && !e.Earliest.IsZero() && !e.Latest.IsZero() &&
			!e.Earliest.After(d.Date) {
			return &e
		}
	}
	return nil
}
