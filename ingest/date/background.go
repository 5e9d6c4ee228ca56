package date

import (
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/timex"
)

// Background is what a news article tells of the time before its story:
// the life of a person who died, the history of a party or a firm. It is
// told in the order it happened, a period at a time, each sentence naming
// the period or going on from the one before ("In 1992, she ran for
// Congress. She finished third. Four years later, the party chose her.
// She joined the ticket."). What such a sentence tells without a time of
// its own happened in the period its paragraph named last; "by" the
// article's day is true of it but tells a reader nothing, and readers who
// see the paragraph name the year take such a bound for wrong.
//
// The period must be long before the story (it ends before the story's
// week), named after the lead (in the lead, a year is mostly an aside to
// the news: "Queloz discovered the planet in 1995. He won the prize."; only
// a past perfect after it, "had worked there", is dated by it, as before
// it), in
// the main clause of a sentence told in the past ("The report said he paid
// taxes in 2016" or "her husband, who was arrested in May" names no period
// of the narrative), and it holds for the two sentences after it within
// its paragraph, no further: a long paragraph drifts back to the story.

// backgroundReach is how many sentences after it a background period
// dates.
const backgroundReach = 2

// opensBackground reports whether e, the setting expression of a sentence
// after the lead, names a period of background that the sentences after it
// go on from: a week, month, season, quarter or year that ends before the
// story's week, dating the past-tense main clause of its sentence.
func (n *narrative) opensBackground(sent *analysis.Sentence, e *timex.Expression) bool {
	if e.Precision == annals.PrecisionDay || n.anchor.IsZero() || !e.Latest.Before(n.anchor.Add(-storyWindow)) {
		return false
	}
	if !sent.Parsed() {
		return false
	}
	for k := range n.exprs {
		o := &n.exprs[k]
		if o.Start >= sent.Start && o.End <= sent.End && n.sets(o) && o.Value != e.Value && !n.quoted(o.Start, o.End) {
			// two periods ("impeached in 1998, and Johnson in 1868"): what
			// follows belongs to neither for sure
			return false
		}
	}
	toks := sent.Tokens
	h := expressionHead(toks, e)
	if h < 0 {
		return false
	}
	g := governingVerb(toks, eventPhrase(toks, h))
	if g < 0 || !mainClause(toks, g) {
		return false
	}
	t := clauseTense(toks, g)
	return t == tensePast || t == tensePerfect
}

// mainClause reports whether token v heads its sentence's main clause, or
// a clause coordinated with it ("converted in 1993 and joined the
// church").
func mainClause(toks []analysis.Token, v int) bool {
	for steps := 0; v >= 0 && steps < len(toks); steps++ {
		switch toks[v].Deprel {
		case "root":
			return true
		case "conj":
			v = toks[v].Head - 1
		default:
			return false
		}
	}
	return false
}

// backgroundAt is the period of background sentence i's paragraph is at,
// within reach, whatever the tense of what the sentence tells; the zero
// reference when none.
func (n *narrative) backgroundAt(i int) reference {
	if i < 0 || i >= len(n.bg) || n.bg[i].expr == nil || i-n.bg[i].sentence > backgroundReach {
		return reference{}
	}
	return n.bg[i]
}

// timed reports whether sentence i names a date or a time ("challenged
// Obama for the 2012 nomination"): a time of its own, even one that names
// a thing, says more of when than the paragraph's period. A duration ("cut
// two years off the term") names none.
func (n *narrative) timed(i int) bool {
	sent := &n.sents[i]
	for k := range n.exprs {
		e := &n.exprs[k]
		if e.Start >= sent.Start && e.End <= sent.End && (e.Type == annals.TimexDate || e.Type == annals.TimexTime) {
			return true
		}
	}
	return false
}

// datelineSentence reports a sentence that is only a dateline ("Thursday,
// January 10, 2019" on a line of its own).
func (n *narrative) datelineSentence(sent *analysis.Sentence) bool {
	for k := range n.exprs {
		e := &n.exprs[k]
		if e.Start >= sent.Start && e.End <= sent.End && dateline(sent, e) {
			return true
		}
	}
	return false
}

// reported reports whether token v stands in a clause of what someone
// said or thought ("said it had been ..."), which keeps the speaker's time.
func reported(toks []analysis.Token, v int) bool {
	for steps := 0; v >= 0 && steps < len(toks); steps++ {
		switch toks[v].Deprel {
		case "ccomp", "parataxis":
			return true
		case "root":
			return false
		}
		v = toks[v].Head - 1
	}
	return false
}

// afterwards are the adverbs that put an event after the period the text
// is at, not in it ("Later, he recorded with ...", "were subsequently in
// another band").
var afterwards = map[string]bool{"later": true, "subsequently": true, "eventually": true, "afterwards": true,
	"afterward": true, "thereafter": true, "since": true, "then": true, "finally": true, "ultimately": true,
	"immediately": true} // "did not immediately respond": the story's news

// background is the period of background that dates the statement st,
// whose verb is token v of its sentence, and which has no time of its own:
// the one its paragraph named at most backgroundReach sentences before,
// when st is told by the narrator (not inside what someone said or
// discusses) in the main clause, and does not move on from that period
// ("later", "eventually"). The zero reference when none does.
func (n *narrative) background(st *annals.Statement, v int) reference {
	i := st.Sentence
	if i < 0 || i >= len(n.bg) || v < 0 {
		return reference{}
	}
	ref := n.bg[i]
	if ref.expr == nil || i-ref.sentence > backgroundReach || n.timed(i) {
		return reference{}
	}
	toks := n.sents[i].Tokens
	if !n.sents[i].Parsed() {
		return reference{}
	}
	perfect := clauseTense(toks, v) == tensePerfect
	if ref.lead && !perfect {
		return reference{}
	}
	if !mainClause(toks, v) && !(perfect && !reported(toks, v)) {
		// a past perfect happened before the period in any clause the
		// narrator tells ("announced the ban, although she had informed
		// them"); a simple past only in the main clause
		return reference{}
	}
	if movesAfter(toks, v) {
		return reference{}
	}
	return ref
}

// movesAfter reports whether the verb at v, or the verb it is coordinated
// with ("Eventually, she joined the party and rose to chairman"), has an
// adverb that puts it after the period the text is at.
func movesAfter(toks []analysis.Token, v int) bool {
	for steps := 0; v >= 0 && steps < len(toks); steps++ {
		for _, t := range toks {
			if t.Head-1 == v && (t.Deprel == "advmod" || t.Deprel == "obl") && afterwards[strings.ToLower(t.Form)] {
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
