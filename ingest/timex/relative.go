package timex

import (
	"time"

	"github.com/annals/annals"
)

// This file holds expressions that only the document date places: "today",
// "last week", "this summer", "the next day", "recently", "the future".

// matchDeictic matches today/tonight/yesterday/tomorrow and the periods
// named relative to the document date ("last week", "next month", "this
// summer", "last May", "this morning") or to the narrative ("the following
// week", "the next day").
func (s *scanner) matchDeictic(i int) match {
	if w := s.word(i); (w == "today" || w == "tonight") && s.nameWord(i) {
		return match{} // "USA Today", "NBC Tonight": a newspaper, a programme
	}
	switch w := s.word(i); w {
	case "today":
		return match{i, i + 1, s.dayFromAnchor(0)}
	case "yesterday":
		return match{i, i + 1, s.dayFromAnchor(-1)}
	case "tomorrow":
		return match{i, i + 1, s.dayFromAnchor(1)}
	case "tonight":
		return match{i, i + 1, withDayPart(s.dayFromAnchor(0), 3)}
	case "that": // "that day", "that year": the narrative's
		if g := s.unitGrainAt(i + 1); g != grainNone && g != grainWeekend && g <= grainYear &&
			!(s.isDash(i+2) && s.touches(i+2)) { // not "that day-to-day"
			return match{i, i + 2, s.thatPeriod(g)}
		}
	case "this", "last", "next", "coming", "current", "past", "previous", "following":
		if w == "this" && s.word(i+1) == "past" { // "this past weekend" is the last one
			return s.matchRelative(i, i+2, "last", false)
		}
		return s.matchRelative(i, i+1, w, false)
	case "the":
		if s.word(i+1) == "same" { // "the same day": the narrative's
			if g := s.unitGrainAt(i + 2); g != grainNone {
				return match{i, i + 3, s.refPeriod(g, 0)}
			}
		}
		if w := s.word(i + 1); w == "weekend" {
			return match{i, i + 2, s.weekend(i, i+2)}
		} else if s.wordIs(i+1, "last", "past", "next", "coming", "previous", "following", "current") {
			return s.matchRelative(i, i+2, w, true)
		}
	}
	return match{}
}

// nameWord reports a capitalised word right after another capitalised
// word that is no word of time: the last word of a name.
func (s *scanner) nameWord(i int) bool {
	return s.capitalized(i) && s.capitalized(i-1) && s.word(i-1) == ""
}

// dayFromAnchor is the document date moved by n days.
func (s *scanner) dayFromAnchor(n int) period {
	if !s.anchored {
		return unresolved(grainDay)
	}
	return dayPeriod(s.anchor.AddDate(0, 0, n))
}

// matchRelative matches what follows a relative word rel at j; from is
// where the expression starts (at "the" when article is set).
func (s *scanner) matchRelative(from, j int, rel string, article bool) match {
	if g := s.unitGrainAt(j); g != grainNone {
		p, ok := s.relativeUnit(g, rel, article)
		if !ok {
			return match{}
		}
		return match{from, j + 1, p}
	}
	e := s.lex(j)
	switch {
	case e.is(clsMonth) && s.toks[j].upper && !article:
		return match{from, j + 1, s.relativeMonth(time.Month(e.val), rel)}
	case e.is(clsSeason) && !article:
		return match{from, j + 1, s.relativeSeason(e.val, rel)}
	case e.is(clsDayPart) && rel == "this":
		return match{from, j + 1, withDayPart(s.dayFromAnchor(0), e.val)}
	case e != nil && e.word == "night" && rel == "last" && !article:
		return match{from, j + 1, withDayPart(s.dayFromAnchor(-1), 3)}
	}
	return match{}
}

// unitGrainAt returns the grain a singular unit word at j names: "week",
// "month", "quarter", "weekend"; grainNone otherwise.
func (s *scanner) unitGrainAt(j int) grain {
	e := s.lex(j)
	if e == nil {
		return grainNone
	}
	switch e.word {
	case "quarter":
		return grainQuarter
	case "weekend":
		return grainWeekend
	}
	if !e.is(clsUnit) || e.plural {
		return grainNone
	}
	switch e.unit {
	case unitDay:
		return grainDay
	case unitWeek:
		return grainWeek
	case unitMonth:
		return grainMonth
	case unitYear:
		return grainYear
	case unitDecade:
		return grainDecade
	case unitCentury:
		return grainCentury
	}
	return grainNone
}

// relativeUnit resolves "last week", "this year", "the past month" (a
// duration, as TimeML has it), "the following week" (after the narrative's
// day).
func (s *scanner) relativeUnit(g grain, rel string, article bool) (period, bool) {
	if rel == "past" {
		if g == grainDay || g == grainWeekend {
			return period{}, false
		}
		return s.recentSpan(grainUnit(g), 1, false), true
	}
	switch rel {
	case "previous", "following":
		n := 1
		if rel == "previous" {
			n = -1
		}
		return s.refPeriod(g, n), true
	case "next":
		if g == grainDay { // "the next day" follows the narrative, not the document date
			return s.refPeriod(g, 1), true
		}
		return s.relativePeriod(g, 1), true
	}
	if g == grainDay {
		return period{}, false
	}
	switch rel {
	case "this", "current":
		return s.relativePeriod(g, 0), true
	case "last":
		return s.relativePeriod(g, -1), true
	case "coming":
		return s.relativePeriod(g, 1), true
	}
	return period{}, false
}

// grainUnit is the duration unit of a grain.
func grainUnit(g grain) unit {
	switch g {
	case grainWeek:
		return unitWeek
	case grainMonth:
		return unitMonth
	case grainDecade:
		return unitDecade
	case grainCentury:
		return unitCentury
	case grainDay:
		return unitDay
	}
	return unitYear
}

// relativePeriod is the period of grain g n steps from the document date.
func (s *scanner) relativePeriod(g grain, n int) period {
	if !s.anchored {
		return unresolved(g)
	}
	if g == grainQuarter && n != 0 {
		return periodOf(g, addMonths(date(s.anchor.Year(), s.anchor.Month(), 1), 3*n))
	}
	return periodOf(g, shift(s.anchor, g, n))
}

// relativeMonth resolves "last May" (the latest May before this month),
// "next May" (the first after it) and "this May" (this year's).
func (s *scanner) relativeMonth(m time.Month, rel string) period {
	if !s.anchored {
		p := unresolved(grainMonth)
		p.value = "XXXX-" + pad(int(m), 2)
		return p
	}
	y, cur := s.anchor.Year(), s.anchor.Month()
	switch rel {
	case "last", "past", "previous":
		if m >= cur {
			y--
		}
	case "next", "coming", "following":
		if m <= cur {
			y++
		}
	}
	return monthPeriod(y, m)
}

// relativeSeason resolves "this summer", "last winter", "next spring".
func (s *scanner) relativeSeason(season int, rel string) period {
	if !s.anchored {
		p := unresolved(grainSeason)
		p.value = "XXXX-" + seasonCodes[season]
		return p
	}
	y, cur := seasonOf(s.anchor)
	switch rel {
	case "last", "past", "previous":
		if season >= cur {
			y--
		}
	case "next", "coming", "following":
		if season <= cur {
			y++
		}
	}
	return seasonPeriod(y, season)
}

// weekend resolves "the weekend": the one just past in a past-tense
// clause, the next one in a future-tense clause, else the one of the
// document date's week.
func (s *scanner) weekend(from, to int) period {
	if !s.anchored {
		return unresolved(grainWeekend)
	}
	d := s.anchor
	if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday && s.tenseOf(from, to) == TensePast {
		d = d.AddDate(0, 0, -7)
	}
	return weekendPeriod(d)
}

// Vague references to the past, present and future.
const (
	pastRef    = "PAST_REF"
	presentRef = "PRESENT_REF"
	futureRef  = "FUTURE_REF"
)

// matchVague matches "recently", "now", "currently", "these days", "the
// past" (after "in"), "the future", "the near future", "soon".
func (s *scanner) matchVague(i int) match {
	switch s.word(i) {
	case "recently", "lately":
		return match{i, i + 1, s.vague(pastRef)}
	case "more", "most", "very", "until":
		if s.word(i+1) == "recently" { // "more recently", "until recently"
			return match{i, i + 2, s.vague(pastRef)}
		}
	case "now":
		if s.isDash(i+1) && s.touches(i+1) || s.word(i+1) == "that" && s.word(i-1) == "" {
			return match{}
		}
		return match{i, i + 1, s.vague(presentRef)}
	case "currently", "presently", "nowadays":
		return match{i, i + 1, s.vague(presentRef)}
	case "these":
		if s.word(i+1) == "days" {
			return match{i, i + 2, s.vague(presentRef)}
		}
	case "present":
		if s.word(i-1) == "at" {
			return match{i, i + 1, s.vague(presentRef)}
		}
	case "soon":
		if s.wordIs(i-1, "as", "too", "how") || s.wordIs(i+1, "after", "before", "as") {
			return match{}
		}
		if s.nearestCue(i, i+1) == TensePast {
			return match{} // "police soon arrived": soon after what the text told, not after today
		}
		return match{i, i + 1, s.vague(futureRef)}
	case "the":
		j := i + 1
		switch s.word(j) {
		case "moment":
			if s.wordIs(i-1, "at", "for") {
				return match{i, j + 1, s.vague(presentRef)}
			}
		case "past":
			// "in the past", but not "in the past three years".
			if s.word(i-1) == "in" && !s.lex(j+1).is(clsUnit|clsCardinal|clsQuantity) && !s.isNum(j+1) {
				return match{i, j + 1, s.vague(pastRef)}
			}
		case "near", "foreseeable", "immediate", "distant":
			j++
			fallthrough
		case "future":
			if s.word(j) == "future" {
				return match{i, j + 1, s.vague(futureRef)}
			}
		}
	}
	return match{}
}

// vague makes a PAST_REF, PRESENT_REF or FUTURE_REF bounded by the
// document date on the side it names.
func (s *scanner) vague(value string) period {
	p := period{value: value, typ: annals.TimexDate, prec: annals.PrecisionVague}
	if !s.anchored {
		return p
	}
	switch value {
	case pastRef:
		p.last = s.anchor
	case presentRef:
		p.first, p.last = s.anchor, s.anchor
	case futureRef:
		p.first = s.anchor
	}
	return p
}

// refPeriod is the period of grain g n steps from the narrative reference:
// "the following week" (1), "the previous day" (-1), "the same day" (0).
func (s *scanner) refPeriod(g grain, n int) period {
	d, coarse, ok := s.fromRef(g, func(t time.Time) time.Time { return shift(t, g, n) })
	if !ok {
		return coarse
	}
	return anaphoric(periodOf(g, d))
}
