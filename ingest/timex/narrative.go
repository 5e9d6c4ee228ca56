package timex

import (
	"time"

	"github.com/annals/annals"
)

// This file holds the narrative reference: the period the text last named,
// from which anaphoric expressions count ("three days later", "the next
// day", "the following year", "that week", "four years later"). Deictic
// expressions ("two years ago", "next month", "yesterday") count from the
// document date and do not read it.
//
// The reference starts at the document day. Any single day the text names
// moves it, as before. A named week, month, season, quarter or year moves it
// too, at that precision, when it sets a scene: it stands as an adverbial
// (after "in", "during", "since", "throughout" or "from", at the head of
// the sentence, or as a relative expression such as "last year" or "four
// years later"), so that "In 1984 the bridge opened; one year later
// ..." counts from 1984, even when an earlier date opens the sentence. In
// "the 1973 building" the year is no scene, and in "on Monday the firm,
// founded in 1998, said ... the next day" the day still counts from Monday
// (see fromRef). A coarser period that
// holds the named day already in use does not replace it either ("On 5 May
// 2016 ... in 2016 ... the next day" is 6 May). Nothing else resets the
// reference: a new scene-setting date is what changes the story's time, and
// paragraph breaks in news rarely do without one.
//
// An anaphor finer than a coarse scene ("the next day" after "in 2016")
// counts from the last finer date named before the scene, when there is
// one: a background year inside a story told by days should not take it
// over. "that day" and "that year" point at the last date mentioned that can
// place them, scene or not.

// refGrain reports the grains a scene-setting period may give the reference.
func refGrain(g grain) bool {
	switch g {
	case grainWeek, grainMonth, grainSeason, grainQuarter, grainYear:
		return true
	}
	return false
}

// sceneWords are the prepositions before a period that set the scene.
var sceneWords = []string{"in", "during", "since", "throughout", "from"}

// relativeOpeners and relativeClosers mark a relative expression, which is
// an adverbial by itself: "last year", "the following month", "four years
// later", "two years ago".
var (
	relativeOpeners = []string{"last", "this", "next", "coming", "past", "previous", "following", "current",
		"earlier", "later", "same", "that"}
	relativeClosers = []string{"ago", "later", "earlier"}
)

// updateRef moves the narrative reference after the expression m, a DATE
// or TIME.
func (s *scanner) updateRef(m match) {
	p := m.p
	if p.resolvedDay {
		s.ref, s.refNamed = dayPeriod(p.first), true
		s.named = append(s.named, s.ref)
		return
	}
	if !refGrain(p.grain) || p.typ != annals.TimexDate || p.first.IsZero() || p.last.IsZero() {
		return
	}
	if !s.sceneSetting(m) {
		return
	}
	if s.refNamed && s.ref.grain < p.grain && !s.ref.first.Before(p.first) && !s.ref.last.After(p.last) {
		return // the finer reference already lies inside the period
	}
	p.anaphoric = false
	s.ref, s.refNamed = p, true
	s.named = append(s.named, p)
}

// noteMention records a resolved date for "that day", "that year".
func (s *scanner) noteMention(p period) {
	if p.grain >= grainDay && p.grain <= grainYear && p.grain != grainWeekend && !p.first.IsZero() &&
		(p.typ == annals.TimexDate || p.typ == annals.TimexTime) {
		s.mentions = append(s.mentions, p)
	}
}

// latest returns the last period of ps fine enough to place a period of
// grain g (a day places its year; a year does not place a day).
func latest(ps []period, g grain) (period, bool) {
	for k := len(ps) - 1; k >= 0; k-- {
		if ps[k].grain <= g {
			return ps[k], true
		}
	}
	return period{}, false
}

// thatPeriod resolves "that day", "that year": the demonstrative points at
// the last date the text mentioned that can place it, scene or not ("the
// 2009 outbreak ... that year" is 2009); with none, the reference.
func (s *scanner) thatPeriod(g grain) period {
	if s.anchored {
		if m, ok := latest(s.mentions, g); ok {
			return anaphoric(periodOf(g, m.first))
		}
	}
	return s.refPeriod(g, 0)
}

// sceneSetting reports that the period of m stands as an adverbial rather
// than as a modifier of a noun ("the 2016 election").
func (s *scanner) sceneSetting(m match) bool {
	if s.wordIs(m.from-1, sceneWords...) || s.sentenceStart(m.from) {
		return true
	}
	open := m.from
	if s.word(open) == "the" {
		open++
	}
	return s.wordIs(open, relativeOpeners...) || s.wordIs(m.to-1, relativeClosers...)
}

// fromRef resolves an anaphoric expression of grain g: move takes the
// reference's first day to the day the expression lands on. When the
// reference is at least as fine as g, ok is set and day is that day; the
// caller builds the period. When it is coarser ("In 2016 ... three days
// later"), no day or finer period can be honest: the result is the
// reference's own period when the move stays within a quarter of its length
// (three days after some day of 2016 is almost surely in 2016), else g
// unresolved (eight months after some day of 2016 may be in 2017). A finer
// date named before the coarse scene takes precedence over both.
func (s *scanner) fromRef(g grain, move func(time.Time) time.Time) (day time.Time, coarse period, ok bool) {
	if !s.anchored {
		return time.Time{}, unresolved(g), false
	}
	r := s.ref
	d := move(r.first)
	if r.grain == grainDay || g >= r.grain {
		return d, period{}, true
	}
	if f, ok := latest(s.named, g); ok {
		// A scene too coarse for the anaphor yields to the finer date named
		// before it: in news a year that interrupts a story told by days is
		// mostly background ("Sanders, who won there in 2016, ... the same
		// day").
		return move(f.first), period{}, true
	}
	moved := d.Sub(r.first)
	if moved < 0 {
		moved = -moved
	}
	span := r.last.Sub(r.first) + 24*time.Hour
	if 4*moved <= span {
		r.anaphoric = true
		return time.Time{}, r, false
	}
	return time.Time{}, unresolved(g), false
}

// anaphoric marks a period resolved from the narrative reference.
func anaphoric(p period) period {
	p.anaphoric = true
	return p
}

// pastFuture reports an anaphoric period, coarser than a day, that lies
// wholly after the document date in a past-tense clause: a past narrative
// does not reach the future, so the reference was wrong (often the document
// date standing in for a year the text never named as a scene). A day or
// two past the document date is left alone: publication dates lag the
// events by that much, and day anaphors ("three days later") kept their
// meaning before this check existed.
func (s *scanner) pastFuture(m match) bool {
	p := m.p
	return p.anaphoric && s.anchored && p.grain > grainDay && !p.first.IsZero() && p.first.After(s.anchor) &&
		s.tenseOf(m.from, m.to) == TensePast
}
