package timex

import (
	"strconv"
	"time"

	"github.com/annals/annals"
)

// This file holds durations ("three days", "24 to 48 hours", "the past
// three years", "within weeks"), the dates they lead to ("two years ago",
// "three days later") and sets ("every week", "annually").

// vagueCount stands in for the count of "weeks", "several years" and the
// like when a bound must be computed: "within weeks" ends at most three
// weeks after the document date.
const vagueCount = 3

// quantity is the count before a unit.
type quantity struct {
	n       float64
	vague   bool // "several", "a few", no number at all: TIMEX3 X
	article bool // "a" or "an": "a year", "$5 billion a year"
	numeric bool // written with digits or a number word, not an article
}

// quantityAt reads a count at i: "three", "48", "24 to 48" (the upper
// bound), "twenty-four", "a", "a few", "several", "two and a half", "a
// couple of", "hundreds of". It returns the index after it, or i.
func (s *scanner) quantityAt(i int) (quantity, int) {
	if n, j, ok := s.numberAt(i); ok {
		q := quantity{n: n, numeric: true}
		// "24 to 48", "two or three", "24-48": a range counts as its upper end.
		if s.wordIs(j, "to", "or") || s.isDash(j) {
			if m, k, ok := s.numberAt(j + 1); ok && m > n {
				q.n, j = m, k
			}
		}
		if s.word(j) == "and" && s.word(j+1) == "a" && s.word(j+2) == "half" {
			q.n += 0.5
			j += 3
		}
		return q, j
	}
	switch w := s.word(i); w {
	case "a", "an":
		switch s.word(i + 1) {
		case "few":
			return quantity{vague: true}, i + 2
		case "number":
			if s.word(i+2) == "of" {
				return quantity{vague: true}, i + 3
			}
			return quantity{}, i
		case "couple":
			if s.word(i+2) == "of" {
				return quantity{n: 2, numeric: true}, i + 3
			}
			return quantity{}, i
		case "dozen":
			return quantity{n: 12, numeric: true}, i + 2
		}
		return quantity{n: 1, article: true}, i + 1
	case "half":
		if s.wordIs(i+1, "a", "an") {
			return quantity{n: 0.5, numeric: true}, i + 2
		}
	case "several", "few", "many", "some", "numerous", "countless", "multiple":
		return quantity{vague: true}, i + 1
	case "dozens", "hundreds", "thousands", "tens":
		if s.word(i+1) == "of" {
			return quantity{vague: true}, i + 2
		}
	}
	return quantity{}, i
}

// numberAt reads a number written in digits ("48", "1,000", "1.5") or words
// ("three", "twenty-four", "five hundred").
func (s *scanner) numberAt(i int) (float64, int, bool) {
	if s.isNum(i) {
		t := s.toks[i]
		if t.num < 0 {
			return 0, i, false
		}
		n := float64(t.num)
		j := i + 1
		for s.isPunct(j, ",") && s.touches(j) && s.isNum(j+1) && s.touches(j+1) && s.toks[j+1].digits == 3 {
			n = n*1000 + float64(s.toks[j+1].num)
			j += 2
		}
		if s.isPunct(j, ".") && s.touches(j) && s.isNum(j+1) && s.touches(j+1) && s.toks[j+1].num >= 0 {
			f, err := strconv.ParseFloat(s.raw(i)+"."+s.raw(j+1), 64)
			if err == nil && j == i+1 {
				n, j = f, j+2
			}
		}
		return n, j, true
	}
	e := s.lex(i)
	if !e.is(clsCardinal) || e.word == "hundred" || e.word == "dozen" {
		return 0, i, false
	}
	n, j := e.val, i+1
	if e.val >= 20 && e.val%10 == 0 && s.isDash(j) && s.touches(j) && s.lex(j+1).is(clsCardinal) &&
		s.lex(j+1).val < 10 && s.lex(j+1).val > 0 {
		n, j = n+s.lex(j+1).val, j+2
	}
	if s.word(j) == "hundred" {
		n, j = n*100, j+1
	}
	return float64(n), j, true
}

// matchDuration matches durations and the dates "ago", "later" and "from
// now" make of them.
func (s *scanner) matchDuration(i int) match {
	j, rel := i, ""
	if s.word(j) == "the" {
		j++
	}
	if s.wordIs(j, "past", "last", "next", "coming", "previous", "following", "first", "final", "recent") {
		rel, j = s.word(j), j+1
	} else if j > i {
		return match{} // "the three days" is rare; "the" belongs to something else
	}
	q, k := s.quantityAt(j)
	if k == j { // no count: "the coming weeks", "recent years", "for decades"
		q.vague = true
	}
	if k > j && s.isDash(k) && s.touches(k) { // "three-day", "48-hour"
		k++
	}
	u := s.lex(k)
	if !u.is(clsUnit) {
		return match{}
	}
	long := s.isDash(k+1) && s.touches(k+1) && s.word(k+2) == "long" // "decades-long", "year-long"
	switch {
	case k == j && !long && (!u.plural || rel == "" && !s.wordIs(i-1, "for", "within", "over", "in", "after")):
		return match{}
	case u.unit == unitSecond && !u.plural && !q.numeric:
		return match{} // "a second round"
	}
	k++
	if long {
		k += 2
		if j == k-3 && !u.plural {
			q = quantity{n: 1, numeric: true} // "year-long"
		}
	}
	if q.article && s.word(k) == "and" && s.word(k+1) == "a" && s.word(k+2) == "half" {
		q.n, k = 1.5, k+3
	}
	if s.word(k) == "old" || s.isDash(k) && s.word(k+1) == "old" || s.word(k) == "of" && s.word(k+1) == "age" {
		return match{} // an age: "three years old"
	}
	if q.article && rel == "" && s.afterAmount(i) {
		return match{i, k, set(u.unit, 1)}
	}
	p := period{value: durationValue(q, u.unit), typ: annals.TimexDuration}
	switch s.word(k) {
	case "ago":
		return match{i, k + 1, s.shifted(q, u.unit, -1, false)}
	case "later", "earlier":
		if rel == "" && !q.vague {
			sign := 1
			if s.word(k) == "earlier" {
				sign = -1
			}
			return match{i, k + 1, s.shifted(q, u.unit, sign, true)}
		}
	case "from":
		if s.word(k+1) == "now" {
			return match{i, k + 2, s.shifted(q, u.unit, 1, false)}
		}
	}
	switch {
	case rel == "past" || rel == "last" || rel == "recent":
		p = s.recentSpan(u.unit, q.n, q.vague)
	case rel == "next" || rel == "coming" || s.word(i-1) == "within":
		p = s.comingSpan(p, u.unit, q.n, q.vague)
	}
	return match{i, k, p}
}

// afterAmount reports a number or amount before i: "$5 billion a year",
// "twice a week", "three times a day".
func (s *scanner) afterAmount(i int) bool {
	if s.isNum(i-1) || s.isPunct(i-1, "%") {
		return true
	}
	return s.wordIs(i-1, "million", "billion", "trillion", "thousand", "percent", "times", "once", "twice",
		"thrice", "hundred")
}

// durationValue writes a TIMEX3 duration: P3D, PT48H, P1.5Y, PXW, P2DE.
func durationValue(q quantity, u unit) string {
	n := "X"
	if !q.vague {
		n = strconv.FormatFloat(q.n, 'f', -1, 64)
	}
	switch u {
	case unitSecond:
		return "PT" + n + "S"
	case unitMinute:
		return "PT" + n + "M"
	case unitHour:
		return "PT" + n + "H"
	case unitDay:
		return "P" + n + "D"
	case unitWeek:
		return "P" + n + "W"
	case unitMonth:
		return "P" + n + "M"
	case unitDecade, unitCentury: // TimeML corpora write decades in years: P10Y
		if !q.vague {
			years := 10.0
			if u == unitCentury {
				years = 100
			}
			n = strconv.FormatFloat(q.n*years, 'f', -1, 64)
		}
	}
	return "P" + n + "Y"
}

// recentSpan is the duration of "the past three years": it ends on the
// document date.
func (s *scanner) recentSpan(u unit, n float64, vague bool) period {
	q := quantity{n: n, vague: vague}
	p := period{value: durationValue(q, u), typ: annals.TimexDuration}
	if s.anchored {
		p.first, p.last = s.moveBy(s.anchor, q, u, -1), s.anchor
		p.prec = durationPrecision(vague)
	}
	return p
}

// comingSpan bounds the duration of "the next two weeks" and "within
// weeks": it starts on the document date.
func (s *scanner) comingSpan(p period, u unit, n float64, vague bool) period {
	if s.anchored {
		p.first, p.last = s.anchor, s.moveBy(s.anchor, quantity{n: n, vague: vague}, u, 1)
		p.prec = durationPrecision(vague)
	}
	return p
}

func durationPrecision(vague bool) annals.Precision {
	if vague {
		return annals.PrecisionVague
	}
	return annals.PrecisionDay
}

// moveBy moves day d by q units in direction sign, rounding to whole days;
// a vague count moves by vagueCount.
func (s *scanner) moveBy(d time.Time, q quantity, u unit, sign int) time.Time {
	n := q.n
	if q.vague {
		n = vagueCount
	}
	switch u {
	case unitSecond, unitMinute, unitHour:
		hours := n
		if u == unitMinute {
			hours = n / 60
		} else if u == unitSecond {
			hours = n / 3600
		}
		return d.AddDate(0, 0, sign*int(hours/24))
	case unitDay:
		return d.AddDate(0, 0, sign*int(n))
	case unitWeek:
		return d.AddDate(0, 0, sign*int(7*n))
	case unitMonth:
		return addMonths(d, sign*int(n))
	case unitDecade:
		n *= 10
	case unitCentury:
		n *= 100
	}
	if n != float64(int(n)) { // "1.5 years": whole months
		return addMonths(d, sign*int(n*12))
	}
	return d.AddDate(sign*int(n), 0, 0)
}

// shifted is the date "two years ago" (from the document date) or "three
// days later" (from the narrative's day, fromRef) names, at the precision
// of the unit: a year, a month, a week or a day.
func (s *scanner) shifted(q quantity, u unit, sign int, fromRef bool) period {
	g := unitGrain(u)
	if q.vague {
		if sign < 0 {
			return s.vague(pastRef)
		}
		return s.vague(futureRef)
	}
	if !s.anchored {
		return unresolved(g)
	}
	if !fromRef {
		return shiftedPeriod(s.moveBy(s.anchor, q, u, sign), q, u)
	}
	d, coarse, ok := s.fromRef(g, func(t time.Time) time.Time { return s.moveBy(t, q, u, sign) })
	if !ok {
		return coarse
	}
	return anaphoric(shiftedPeriod(d, q, u))
}

// shiftedPeriod is the period around day d that a shift by q units names.
func shiftedPeriod(d time.Time, q quantity, u unit) period {
	if u == unitDay || u == unitHour && q.n >= 24 {
		return dayPeriod(d)
	}
	if g := unitGrain(u); g != grainDay {
		return periodOf(g, d)
	}
	p := dayPeriod(d)
	p.resolvedDay = false // "two hours ago" names a moment of a day, not the day the story is on
	return p
}

// set makes a SET every n units.
func set(u unit, n int) period {
	return period{value: durationValue(quantity{n: float64(n)}, u), typ: annals.TimexSet}
}

// frequencyAdverbs are the adverbs that name a SET.
var frequencyAdverbs = map[string]struct {
	u unit
	n int
}{
	"daily": {unitDay, 1}, "nightly": {unitDay, 1}, "weekly": {unitWeek, 1}, "biweekly": {unitWeek, 2},
	"monthly": {unitMonth, 1}, "quarterly": {unitMonth, 3}, "annually": {unitYear, 1},
	"yearly": {unitYear, 1}, "hourly": {unitHour, 1},
}

// matchSet matches "every week", "each year", "every other day", "every two
// years", "every Monday", "annually", "twice a week", "per year".
func (s *scanner) matchSet(i int) match {
	w := s.word(i)
	if f, ok := frequencyAdverbs[w]; ok {
		if s.toks[i].upper && s.capitalized(i+1) { // "Daily Mail", "Weekly Standard"
			return match{}
		}
		return match{i, i + 1, set(f.u, f.n)}
	}
	switch w {
	case "every", "each":
		j, n := i+1, 1
		if s.word(j) == "other" {
			j, n = j+1, 2
		} else if m, k, ok := s.numberAt(j); ok && w == "every" {
			j, n = k, int(m)
		}
		e := s.lex(j)
		switch {
		case e.is(clsUnit) && (!e.plural || n > 1) && (e.unit != unitSecond || n > 1):
			return match{i, j + 1, set(e.unit, n)}
		case e.is(clsWeekday) && s.toks[j].upper && n == 1:
			return match{i, j + 1, period{value: "XXXX-WXX-" + string(rune('0'+e.val)), typ: annals.TimexSet}}
		}
	case "once", "twice", "thrice":
		return s.frequency(i, i+1)
	case "per":
		if e := s.lex(i + 1); e.is(clsUnit) && !e.plural {
			return match{i, i + 2, set(e.unit, 1)}
		} else if s.word(i+1) == "annum" {
			return match{i, i + 2, set(unitYear, 1)}
		}
	default:
		if _, j, ok := s.numberAt(i); ok && s.word(j) == "times" {
			return s.frequency(i, j+1)
		}
	}
	return match{}
}

// frequency matches the "a week" of "twice a week" at j; the expression
// starts at i.
func (s *scanner) frequency(i, j int) match {
	if !s.wordIs(j, "a", "an", "per", "every", "each") {
		return match{}
	}
	if e := s.lex(j + 1); e.is(clsUnit) && !e.plural {
		return match{i, j + 2, set(e.unit, 1)}
	}
	return match{}
}
