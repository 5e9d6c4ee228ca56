// Package timex finds time expressions in English news text and normalises
// them to TIMEX3 values against the document date.
//
// It is a rule engine over a token stream, not a general date parser: one
// pass tokenizes the text, a second tries a small grammar at every token that
// can open a time expression and keeps the longest match. News conventions
// decide what a bare name means: "on Wednesday" in a report written on a
// Wednesday is that day, "in May" in past-tense text written in July is this
// year's May, "in August" in the same text is last year's.
//
// Spans follow TimeML: a leading preposition stays out ("on Wednesday" gives
// "Wednesday"), determiners and modifiers stay in ("last week", "the end of
// August"). An interval such as "between late Tuesday and early Wednesday"
// gives two expressions, one per end; a numeric range such as "24 to 48
// hours" gives one DURATION whose value is the upper bound.
package timex

import (
	"time"

	"github.com/annals/annals"
)

// Expression is one time expression found in a text.
type Expression struct {
	Start, End int    // UTF-8 byte offsets into the text, End exclusive
	Text       string // exactly text[Start:End]
	// Type is the TIMEX3 type: DATE, TIME, DURATION or SET.
	Type annals.TimexType
	// Value is the TIMEX3 value: 2025-07-23, 2025-08, 2025-W30, 2019,
	// 2025-Q3, 2025-SU, 199 (the 1990s), 2025-07-23TMO, P2D, PT48H,
	// PRESENT_REF, PAST_REF, FUTURE_REF; X digits stand for what the
	// document date would have told (XXXX-XX-XX, XXXX-WXX-3).
	Value string
	// Earliest and Latest bound the expression on the calendar, inclusive,
	// as UTC midnights; either is zero when unknown. A deadline has only
	// Latest, a "since" only Earliest, a past reference only Latest (the
	// document date), a future reference only Earliest. Durations have
	// bounds only when the text ties them to the document date ("within
	// weeks", "the past three years").
	Earliest, Latest time.Time
	// Precision is how finely the expression places a time on the calendar;
	// empty for durations and sets that the text does not place.
	Precision annals.Precision
	// Kind says how a DATE or TIME bounds what happened: an event date, a
	// deadline ("by the end of August", "a deadline of September") or a
	// start ("since 2014"). Durations the text places take a kind too
	// ("within weeks" is a deadline); other durations and sets have none.
	Kind annals.TimeKind
	// DayFromDocument marks a clock time whose day the text does not name
	// ("sworn in at 5:00 p.m."): its day is the document date's, which a
	// narrative may know better.
	DayFromDocument bool
}

// Tense is the tense of the clause around an expression; it decides which
// side of the document date a bare weekday, month or season falls on.
type Tense uint8

// Tenses. TenseAuto, the default, reads the tense from the words near each
// expression ("will", "was", verbs in -ed).
const (
	TenseAuto Tense = iota
	TensePast
	TensePresent
	TenseFuture
)

// Option tunes Find.
type Option func(*options)

type options struct {
	tense Tense
}

// WithTense tells Find the tense of the text instead of letting it guess
// per expression: with TenseFuture "on Friday" is the next Friday on or
// after the document date, with TensePast the last one on or before it, with
// TensePresent the one in the document date's week.
func WithTense(t Tense) Option { return func(o *options) { o.tense = t } }

// Find returns the time expressions of text in text order, resolved against
// anchor, the document date. Only anchor's calendar day (in its own
// location) counts. A zero anchor leaves relative expressions unresolved:
// "yesterday" is XXXX-XX-XX and has no bounds.
func Find(text string, anchor time.Time, opts ...Option) []Expression {
	var o options
	for _, f := range opts {
		f(&o)
	}
	s := scanner{text: text, tense: o.tense}
	if !anchor.IsZero() {
		s.anchored = true
		s.anchor = midnight(anchor)
		s.ref = dayPeriod(s.anchor)
	}
	// News prose runs at about six bytes a token; one allocation of that
	// size usually holds them all.
	s.toks = tokenize(text, make([]token, 0, len(text)/5+8))
	s.scan()
	return s.out
}
