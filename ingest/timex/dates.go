package timex

import (
	"time"

	"github.com/annals/annals"
)

// This file holds the calendar-date grammar: named days, months, years,
// quarters, seasons, decades and centuries, with or without modifiers such
// as "early" and "the end of", and the day parts and clock times that
// attach to a day.

// matchDated matches a date, optionally modified ("late Tuesday"), with a
// day part or clock time after a single day ("Tuesday night", "Friday 10
// a.m."), or a clock time with the day after it ("10 a.m. Friday").
func (s *scanner) matchDated(i int) match {
	m := s.matchModified(i)
	if !m.ok() {
		m = s.matchCore(i, false)
	}
	if !m.ok() {
		return s.matchTimeOfDay(i)
	}
	if m.p.grain != grainDay || m.p.typ != annals.TimexDate {
		return m
	}
	if e := s.lex(m.to); e.is(clsDayPart) {
		m.p = withDayPart(m.p, e.val)
		m.to++
	} else if h, min, end := s.clock(m.to); end > m.to {
		m.p = withClock(m.p, h, min)
		m.to = s.zone(end)
	}
	return m
}

// matchCore matches an unmodified date. bareUnit also accepts "the year",
// "the month" and the like for the current one, as after "the end of".
func (s *scanner) matchCore(i int, bareUnit bool) match {
	var best match
	for _, try := range [...]func(int) match{
		s.matchISO, s.matchCalendar, s.matchWeekday, s.matchDeictic, s.matchYear,
		s.matchDecade, s.matchCentury, s.matchQuarter, s.matchSeason, s.matchOrdinalDay, s.matchHoliday,
	} {
		if m := try(i); m.to > best.to {
			best = m
		}
	}
	if !best.ok() && bareUnit && s.word(i) == "the" {
		if g := s.unitGrainAt(i + 1); g != grainNone && g != grainDay {
			best = match{i, i + 2, s.relativePeriod(g, 0)}
		}
	}
	return best
}

// matchModified matches "early May", "mid-2024", "the end of the year",
// "late Tuesday", "later this month", "the first half of 2025".
func (s *scanner) matchModified(i int) match {
	mod, j := s.modifierAt(i)
	if mod == modNone && !s.wordIs(i, "earlier", "later") {
		return match{}
	}
	if mod == modNone { // "earlier this year", "later in the month"
		j = i + 1
		if s.word(j) == "in" {
			j++
		}
		if !s.wordIs(j, "this", "the", "that") {
			return match{}
		}
	}
	core := s.matchCore(j, true)
	if !core.ok() || core.p.typ != annals.TimexDate {
		return match{}
	}
	p := core.p
	switch {
	case mod == modNone && s.word(j) == "that": // "later that year": after the narrative's day
		p = s.splitAt(p, s.ref, s.word(i) == "later")
	case mod == modNone:
		p = s.splitAtAnchor(p, s.word(i) == "later")
	case (mod == modFirstHalf || mod == modSecondHalf) && p.grain == grainYear && p.first.Year() == p.last.Year():
		h := 1
		if mod == modSecondHalf {
			h = 2
		}
		p = halfPeriod(p.first.Year(), h)
	default:
		p = p.narrow(mod)
	}
	return match{i, core.to, p}
}

// splitAtAnchor keeps the part of p before the document date ("earlier
// this year") or after it ("later this month").
func (s *scanner) splitAtAnchor(p period, after bool) period {
	if !s.anchored {
		return p
	}
	return s.splitAt(p, dayPeriod(s.anchor), after)
}

// splitAt keeps the part of p before or after the day at, when at is a
// single day inside p.
func (s *scanner) splitAt(p period, at period, after bool) period {
	d := at.first
	if at.grain != grainDay || p.first.IsZero() || d.Before(p.first) || d.After(p.last) {
		return p
	}
	if after {
		p.first = d
	} else {
		p.last = d
	}
	return p
}

// modifierAt reads a modifier at i and returns it with the index of the
// token after it.
func (s *scanner) modifierAt(i int) (modifier, int) {
	j := i
	if s.word(j) == "the" {
		j++
	}
	switch s.word(j) { // "early May", "the late 1990s", "mid-June"
	case "early":
		return modStart, j + 1
	case "late":
		return modEnd, j + 1
	case "mid":
		if s.isDash(j+1) && s.touches(j+1) {
			return modMid, j + 2
		}
		return modMid, j + 1
	}
	mod := modNone
	switch s.word(j) {
	case "end", "close":
		mod = modEnd
	case "beginning", "start":
		mod = modStart
	case "middle":
		mod = modMid
	case "first", "second":
		if s.word(j+1) != "half" || s.word(j+2) != "of" {
			return modNone, i
		}
		if s.word(j) == "first" {
			return modFirstHalf, j + 3
		}
		return modSecondHalf, j + 3
	default:
		return modNone, i
	}
	if s.word(j+1) != "of" {
		return modNone, i
	}
	return mod, j + 2
}

// matchISO matches 2025-07-23, 2025-07 and 7/23/2025 or 23/7/2025 (the
// order that gives a valid date; month first when both do).
func (s *scanner) matchISO(i int) match {
	if !s.isNum(i) {
		return match{}
	}
	t := s.toks[i]
	if t.digits == 4 && s.isPunct(i+1, "-") && s.touches(i+1) && s.isNum(i+2) && s.touches(i+2) &&
		s.toks[i+2].digits == 2 {
		y, mo := t.num, s.toks[i+2].num
		if mo < 1 || mo > 12 {
			return match{}
		}
		if s.isPunct(i+3, "-") && s.touches(i+3) && s.isNum(i+4) && s.touches(i+4) && s.toks[i+4].digits == 2 {
			d := s.toks[i+4].num
			if d < 1 || d > daysIn(y, time.Month(mo)) || s.touches(i+5) && !s.isPunct(i+5, ".") && !s.isPunct(i+5, ",") {
				return match{}
			}
			return match{i, i + 5, dayPeriod(date(y, time.Month(mo), d))}
		}
		if s.touches(i+3) && !s.isPunct(i+3, ".") && !s.isPunct(i+3, ",") {
			return match{}
		}
		return match{i, i + 3, monthPeriod(y, time.Month(mo))}
	}
	if t.digits <= 2 && s.isPunct(i+1, "/") && s.touches(i+1) && s.isNum(i+2) && s.touches(i+2) &&
		s.toks[i+2].digits <= 2 && s.isPunct(i+3, "/") && s.touches(i+3) && s.isNum(i+4) && s.touches(i+4) &&
		s.toks[i+4].digits == 4 {
		a, b, y := t.num, s.toks[i+2].num, s.toks[i+4].num
		mo, d := a, b
		if a > 12 {
			mo, d = b, a
		}
		if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, time.Month(mo)) {
			return match{}
		}
		return match{i, i + 5, dayPeriod(date(y, time.Month(mo), d))}
	}
	return match{}
}

// monthAt reads a month name at i, capitalised, with the dot of an
// abbreviation. abbr reports an abbreviation, which needs a day or year.
func (s *scanner) monthAt(i int) (month time.Month, next int, abbr bool) {
	e := s.lex(i)
	if e == nil || !s.toks[i].upper {
		return 0, i, false
	}
	if e.is(clsMonth) {
		return time.Month(e.val), i + 1, false
	}
	if e.is(clsMonthAbbr) {
		if s.isPunct(i+1, ".") && s.touches(i+1) {
			return time.Month(e.val), i + 2, true
		}
		return time.Month(e.val), i + 1, true
	}
	return 0, i, false
}

// dayAt reads a day of the month: "23", "23rd".
func (s *scanner) dayAt(i int) (int, bool) {
	if !s.has(i) {
		return 0, false
	}
	t := s.toks[i]
	if (t.kind == tokNum && t.digits <= 2 || t.kind == tokOrdinal) && t.num >= 1 && t.num <= 31 {
		// "May 5:30" is a time, "May 3,000" is not a day.
		if s.isPunct(i+1, ":") || s.isPunct(i+1, ",") && s.isNum(i+2) && s.touches(i+2) ||
			s.isPunct(i+1, ".") && s.isNum(i+2) && s.touches(i+2) {
			return 0, false
		}
		return t.num, true
	}
	return 0, false
}

// yearAt reads a four-digit year right after a month or day, where no
// further guard is needed: "May 2019", "23 July 2025".
func (s *scanner) yearAt(i int) (int, bool) {
	if !s.isNum(i) || s.toks[i].digits != 4 || s.partOfNumber(i) {
		return 0, false
	}
	return s.toks[i].num, true
}

// partOfNumber reports that the digits at i belong to a larger number:
// "1,200", "3.2019", "2019,000".
func (s *scanner) partOfNumber(i int) bool {
	if (s.isPunct(i-1, ",") || s.isPunct(i-1, ".")) && s.touches(i) && s.isNum(i-2) && s.touches(i-1) {
		return true
	}
	return (s.isPunct(i+1, ",") || s.isPunct(i+1, ".")) && s.touches(i+1) && s.isNum(i+2) && s.touches(i+2)
}

// matchCalendar matches dates built on a month name: "July 23, 2025",
// "23 July 2025", "the 23rd of July", "February 2022", "May", "Friday,
// January 4, 2019".
func (s *scanner) matchCalendar(i int) match {
	j := i
	if s.lex(j).is(clsWeekday) && s.toks[j].upper {
		j++
		if s.isPunct(j, ",") {
			j++
		}
	}
	var month time.Month
	day, year := 0, 0
	abbr := false
	if mo, next, ab := s.monthAt(j); mo != 0 {
		month, abbr, j = mo, ab, next
		if d, ok := s.dayAt(j); ok {
			day, j = d, j+1
			k := j
			if s.isPunct(k, ",") {
				k++
			}
			if y, ok := s.yearAt(k); ok {
				year, j = y, k+1
			}
		} else if y, ok := s.yearAt(j); ok {
			year, j = y, j+1
		} else if s.isPunct(j, ",") || s.word(j) == "of" {
			if y, ok := s.yearAt(j + 1); ok {
				year, j = y, j+2
			}
		}
	} else {
		k := j
		if s.word(k) == "the" {
			k++
		}
		d, ok := s.dayAt(k)
		if !ok {
			return match{}
		}
		k++
		if s.word(k) == "of" {
			k++
		}
		mo, next, _ := s.monthAt(k)
		if mo == 0 {
			return match{}
		}
		month, day, j = mo, d, next
		k = j
		if s.isPunct(k, ",") {
			k++
		}
		if y, ok := s.yearAt(k); ok {
			year, j = y, k+1
		}
	}
	if day == 0 && year == 0 && (abbr || !s.monthStandsAlone(j-1)) {
		return match{}
	}
	var p period
	switch {
	case year != 0 && day != 0:
		if day > daysIn(year, month) {
			return match{}
		}
		p = dayPeriod(date(year, month, day))
	case year != 0:
		p = monthPeriod(year, month)
	case !s.anchored:
		p = unresolved(grainMonth)
		p.value = "XXXX-" + pad(int(month), 2)
		if day != 0 {
			p = unresolved(grainDay)
			p.value = "XXXX-" + pad(int(month), 2) + "-" + pad(day, 2)
		}
	default:
		y := s.yearFor(int(month), int(s.anchor.Month()), i, j)
		if day > daysIn(y, month) {
			return match{}
		}
		if day != 0 {
			p = dayPeriod(date(y, month, day))
		} else {
			p = monthPeriod(y, month)
		}
	}
	return match{i, j, p}
}

// ambiguousMonths are month names that are also common words: "Russia may
// agree", "the March on Washington", "an August gathering".
var ambiguousMonths = map[string]bool{"may": true, "march": true, "august": true}

// monthStandsAlone decides whether a month name at i with no day or year
// is a date: always for most months, and for "May", "March" and "August"
// only after a temporal word ("in May", "early March", "May and June").
func (s *scanner) monthStandsAlone(i int) bool {
	w := s.word(i)
	if !ambiguousMonths[w] {
		return true
	}
	switch s.word(i - 1) {
	case "in", "since", "by", "until", "till", "from", "of", "during", "through", "throughout", "early",
		"mid", "late", "last", "next", "this", "before", "after", "between", "to", "and", "or",
		"around", "coming", "past", "previous", "each", "every", "on":
		return true
	}
	if s.isDash(i-1) && s.word(i-2) == "mid" {
		return true
	}
	// "May and June", "May to July"
	if s.wordIs(i+1, "and", "or", "to", "through") {
		if mo, _, _ := s.monthAt(i + 2); mo != 0 {
			return true
		}
	}
	if s.isPunct(i-1, ",") {
		if mo, _, _ := s.monthAt(i - 2); mo != 0 {
			return true
		}
	}
	return false
}

// yearFor chooses the year of a month, quarter or season named without
// one, per news convention: the document's year, except that a later one in
// a past-tense clause is last year's and an earlier one in a future-tense
// clause next year's. index is its place in the year (month 1..12, quarter
// 1..4, season 0..3) and cur the document date's. The document's own
// month is always this year's, days included: "the November 13 deadline"
// in a November 4 report.
func (s *scanner) yearFor(index, cur, from, to int) int {
	y := s.anchor.Year()
	if index == cur {
		return y
	}
	switch s.tenseOf(from, to) {
	case TensePast:
		if index > cur {
			return y - 1
		}
	case TenseFuture:
		if index < cur {
			return y + 1
		}
	}
	return y
}

// matchOrdinalDay matches "the 24th": a day of the document's month.
func (s *scanner) matchOrdinalDay(i int) match {
	if s.word(i) != "the" || !s.has(i+1) || s.toks[i+1].kind != tokOrdinal {
		return match{}
	}
	d := s.toks[i+1].num
	if d < 1 || d > 31 || s.countsNoun(i+2) {
		return match{}
	}
	if !s.anchored {
		p := unresolved(grainDay)
		p.value = "XXXX-XX-" + pad(d, 2)
		return match{i, i + 2, p}
	}
	month := s.anchor
	switch t := s.tenseOf(i, i+2); {
	case t == TensePast && d > s.anchor.Day():
		month = addMonths(date(s.anchor.Year(), s.anchor.Month(), 1), -1)
	case t == TenseFuture && d < s.anchor.Day():
		month = addMonths(date(s.anchor.Year(), s.anchor.Month(), 1), 1)
	}
	if d > daysIn(month.Year(), month.Month()) {
		return match{}
	}
	return match{i, i + 2, dayPeriod(date(month.Year(), month.Month(), d))}
}

// countsNoun reports that token i is a content word an ordinal or number
// before it would count: "the 24th anniversary", "2000 soldiers".
func (s *scanner) countsNoun(i int) bool {
	if !s.has(i) || s.toks[i].kind != tokWord {
		return false
	}
	e := s.toks[i].entry()
	if e.is(clsMeasure) {
		return true
	}
	if e.is(clsFunction) || e.is(clsMonth) || e.is(clsWeekday) || e.is(clsDayPart) {
		return false
	}
	return !s.toks[i].upper
}

// countsPlural reports a plural noun or a unit of measure at i, which a
// number before it counts: "2000 soldiers", "1500 km". A singular noun
// after a year is what the year dates: "the 2004 treaty".
func (s *scanner) countsPlural(i int) bool {
	if !s.has(i) || s.toks[i].kind != tokWord || s.toks[i].upper {
		return false
	}
	e := s.toks[i].entry()
	if e.is(clsMeasure) {
		return true
	}
	if e.is(clsFunction | clsDayPart | clsUnit) {
		return false
	}
	w := s.raw(i)
	return len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// matchWeekday matches a weekday name on its own or after "last", "next",
// "this": "Wednesday", "last Friday".
func (s *scanner) matchWeekday(i int) match {
	j, rel := i, ""
	if s.wordIs(i, "last", "next", "this", "past", "coming", "previous") {
		rel, j = s.word(i), i+1
	}
	e := s.lex(j)
	if !e.is(clsWeekday) || !s.toks[j].upper {
		return match{}
	}
	// "the Sunday Times", "Sunday Mirror", "the Good Friday agreement":
	// names, not days. In a title-case headline ("Apple Reports Results
	// Tuesday") capitals say nothing, so the word before must stand out.
	if rel == "" && s.capitalized(j+1) && !s.lex(j+1).is(clsMonth|clsDayPart) && !s.temporalPrep(j-1) ||
		rel == "" && s.capitalized(j-1) && !s.sentenceStart(j-1) && !s.temporalPrep(j-1) && !s.capitalized(j-2) {
		return match{}
	}
	if !s.anchored {
		p := unresolved(grainDay)
		p.value = "XXXX-WXX-" + string(rune('0'+e.val))
		return match{i, j + 1, p}
	}
	return match{i, j + 1, dayPeriod(s.weekday(e.val, rel, i, j+1))}
}

// temporalPrep reports a preposition that introduces dates.
func (s *scanner) temporalPrep(i int) bool {
	return s.wordIs(i, "on", "since", "by", "until", "till", "from", "before", "after", "through", "to",
		"and", "or", "last", "next", "this", "late", "early", "between", "every", "each", "as", "of", "until") ||
		s.isPunct(i, ",")
}

// weekday resolves weekday wd (1 = Monday) relative to the document date:
// "last" is the latest one before it, "next" the first one after it. A bare
// or "this" weekday follows the clause's tense: past → the latest on or
// before the document date, future → the first on or after it, otherwise
// the one in the document date's week.
func (s *scanner) weekday(wd int, rel string, from, to int) time.Time {
	a := s.anchor
	cur := int(a.Weekday()+6)%7 + 1
	back := (cur - wd + 7) % 7
	ahead := (wd - cur + 7) % 7
	switch rel {
	case "last", "past", "previous":
		if back == 0 {
			back = 7
		}
		return a.AddDate(0, 0, -back)
	case "next", "coming":
		if ahead == 0 {
			ahead = 7
		}
		return a.AddDate(0, 0, ahead)
	}
	// A bare or "this" weekday: "this Sunday" in a past-tense report is
	// the Sunday just gone.
	switch s.tenseOf(from, to) {
	case TensePast:
		return a.AddDate(0, 0, -back)
	case TenseFuture:
		return a.AddDate(0, 0, ahead)
	}
	return weekStart(a).AddDate(0, 0, wd-1)
}

// matchYear matches a bare year: "2019", "in 1848". Years from 1900 to
// 2099 stand alone unless a counted noun follows ("2000 soldiers"); others
// need a temporal preposition before them.
func (s *scanner) matchYear(i int) match {
	if !s.isNum(i) || s.toks[i].digits != 4 || s.partOfNumber(i) {
		return match{}
	}
	y := s.toks[i].num
	if s.isPunct(i-1, "$") || s.isPunct(i-1, "€") || s.isPunct(i-1, "£") || s.isPunct(i-1, "#") ||
		s.isPunct(i+1, "%") {
		return match{}
	}
	prep := s.wordIs(i-1, "in", "since", "by", "until", "till", "from", "during", "before", "after",
		"of", "year", "through", "throughout", "fiscal", "to", "and", "early", "late", "mid")
	if !prep && (y < 1900 || y > 2099) || s.lex(i+1).is(clsMeasure) {
		return match{}
	}
	if !prep && s.countsPlural(i+1) {
		return match{}
	}
	if y < 1000 || y > 2999 {
		return match{}
	}
	return match{i, i + 1, yearPeriod(y)}
}

// matchDecade matches "the 1990s", "1990s", "the '90s"; "the 1800s" is a
// century.
func (s *scanner) matchDecade(i int) match {
	j := i
	if s.word(j) == "the" {
		j++
	}
	if s.isApostrophe(j) && s.has(j+1) && s.toks[j+1].kind == tokDecade && s.toks[j+1].digits == 2 && s.touches(j+1) {
		y := 1900 + s.toks[j+1].num
		if s.toks[j+1].num < 30 {
			y += 100
		}
		return match{i, j + 2, decadePeriod(y)}
	}
	if !s.has(j) || s.toks[j].kind != tokDecade || s.toks[j].digits != 4 {
		return match{}
	}
	y := s.toks[j].num
	if y%100 == 0 && y < 2000 {
		return match{i, j + 1, centuryPeriod(y)}
	}
	return match{i, j + 1, decadePeriod(y)}
}

// matchCentury matches "the 20th century", "the twenty-first century".
func (s *scanner) matchCentury(i int) match {
	if s.word(i) != "the" {
		return match{}
	}
	n, j := s.ordinalAt(i + 1)
	if n < 1 || n > 30 || s.word(j) != "century" {
		return match{}
	}
	return match{i, j + 1, centuryPeriod((n - 1) * 100)}
}

// ordinalAt reads an ordinal ("3rd", "third", "twenty-first") at i and
// returns it with the index after it; 0 when there is none.
func (s *scanner) ordinalAt(i int) (int, int) {
	if !s.has(i) {
		return 0, i
	}
	if s.toks[i].kind == tokOrdinal {
		return s.toks[i].num, i + 1
	}
	e := s.lex(i)
	if e.is(clsOrdinal) {
		return e.val, i + 1
	}
	if e.is(clsCardinal) && e.val >= 20 && e.val%10 == 0 && s.isDash(i+1) && s.lex(i+2).is(clsOrdinal) &&
		s.lex(i+2).val < 10 {
		return e.val + s.lex(i+2).val, i + 3
	}
	return 0, i
}

// matchQuarter matches "Q3", "Q3 2025", "the third quarter", "the third
// quarter of 2025", "third-quarter".
func (s *scanner) matchQuarter(i int) match {
	q, j := 0, i
	if s.has(i) && s.toks[i].kind == tokMixed {
		if r := s.raw(i); len(r) == 2 && (r[0] == 'Q' || r[0] == 'q') && r[1] >= '1' && r[1] <= '4' {
			q, j = int(r[1]-'0'), i+1
		}
	} else {
		if s.word(j) == "the" {
			j++
		}
		if s.word(j) == "fiscal" {
			j++
		}
		n, k := s.ordinalAt(j)
		if n < 1 || n > 4 {
			return match{}
		}
		if s.isDash(k) {
			k++
		}
		if s.word(k) != "quarter" {
			return match{}
		}
		q, j = n, k+1
	}
	if q == 0 {
		return match{}
	}
	k := j
	if s.word(k) == "of" {
		k++
	}
	if s.word(k) == "fiscal" {
		k++
	}
	if y, ok := s.yearAt(k); ok {
		return match{i, k + 1, quarterPeriod(y, q)}
	}
	if !s.anchored {
		p := unresolved(grainQuarter)
		p.value = "XXXX-Q" + string(rune('0'+q))
		return match{i, j, p}
	}
	cur := (int(s.anchor.Month()) + 2) / 3
	return match{i, j, quarterPeriod(s.yearFor(q, cur, i, j), q)}
}

// matchSeason matches "summer 2024", "the summer of 2024", "in the spring".
// This, last and next seasons are relative dates (matchDeictic).
func (s *scanner) matchSeason(i int) match {
	j := i
	if s.word(j) == "the" {
		j++
	}
	e := s.lex(j)
	if !e.is(clsSeason) {
		return match{}
	}
	k := j + 1
	if s.word(k) == "of" {
		k++
	}
	if y, ok := s.yearAt(k); ok {
		return match{i, k + 1, seasonPeriod(y, e.val)}
	}
	// Without a year a season word is a date only after "in", "during"
	// and the like, and "fall" only as "in the fall" at a clause end.
	before := i - 1
	if !s.wordIs(before, "in", "during", "over", "through", "throughout", "since", "until", "by",
		"early", "late", "mid", "this") {
		return match{}
	}
	if e.word == "fall" && (j == i || s.has(j+1) && s.toks[j+1].kind != tokPunct) {
		return match{}
	}
	if !s.anchored {
		p := unresolved(grainSeason)
		p.value = "XXXX-" + seasonCodes[e.val]
		return match{i, j + 1, p}
	}
	y, cur := seasonOf(s.anchor)
	return match{i, j + 1, seasonPeriod(s.yearFor(e.val, cur, i, j+1)+y-s.anchor.Year(), e.val)}
}

// withDayPart makes a day a TIME of that day's morning, evening...
func withDayPart(p period, part int) period {
	p.value += "T" + dayPartCodes[part]
	p.typ = annals.TimexTime
	return p
}

// withClock makes a day a TIME at h:m.
func withClock(p period, h, m int) period {
	p.value += "T" + pad(h, 2) + ":" + pad(m, 2)
	p.typ = annals.TimexTime
	return p
}
