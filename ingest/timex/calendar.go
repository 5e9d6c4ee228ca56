package timex

import (
	"strconv"
	"time"

	"github.com/annals/annals"
)

// grain is the calendar unit a period spans; it decides the TIMEX3 value's
// shape and how relative words ("last", "next") step.
type grain uint8

const (
	grainNone grain = iota
	grainTime       // a clock time or part of a day
	grainDay
	grainWeekend
	grainWeek
	grainMonth
	grainSeason
	grainQuarter
	grainHalf
	grainYear
	grainDecade
	grainCentury
)

// period is a resolved or partly resolved calendar period: the grammar's
// intermediate result before it becomes an Expression.
type period struct {
	value       string
	typ         annals.TimexType
	first, last time.Time // inclusive bounds, UTC midnight; zero when unknown
	grain       grain
	prec        annals.Precision
	resolvedDay bool // a single calendar day is known: later "three days later" counts from it
	anaphoric   bool // counted from the narrative reference, not the document date
	anchorDay   bool // a clock time on the document's day, for want of a day in the text
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// midnight drops the clock time of t, keeping its calendar day in t's zone.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return date(y, m, d)
}

func daysIn(y int, m time.Month) int { return date(y, m+1, 0).Day() }

// pad writes n with at least width digits.
func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func dayPeriod(d time.Time) period {
	return period{value: d.Format("2006-01-02"), typ: annals.TimexDate, first: d, last: d,
		grain: grainDay, prec: annals.PrecisionDay, resolvedDay: true}
}

// weekStart is the Monday of d's ISO week.
func weekStart(d time.Time) time.Time {
	wd := int(d.Weekday()+6) % 7 // Monday 0 .. Sunday 6
	return d.AddDate(0, 0, -wd)
}

func weekPeriod(d time.Time) period {
	y, w := d.ISOWeek()
	mon := weekStart(d)
	return period{value: pad(y, 4) + "-W" + pad(w, 2), typ: annals.TimexDate, first: mon,
		last: mon.AddDate(0, 0, 6), grain: grainWeek, prec: annals.PrecisionWeek}
}

func weekendPeriod(d time.Time) period {
	p := weekPeriod(d)
	p.value += "-WE"
	p.first = p.last.AddDate(0, 0, -1)
	p.grain = grainWeekend
	return p
}

func monthPeriod(y int, m time.Month) period {
	return period{value: pad(y, 4) + "-" + pad(int(m), 2), typ: annals.TimexDate, first: date(y, m, 1),
		last: date(y, m, daysIn(y, m)), grain: grainMonth, prec: annals.PrecisionMonth}
}

func quarterPeriod(y, q int) period {
	m := time.Month(3*q - 2)
	return period{value: pad(y, 4) + "-Q" + strconv.Itoa(q), typ: annals.TimexDate, first: date(y, m, 1),
		last: date(y, m+3, 0), grain: grainQuarter, prec: annals.PrecisionQuarter}
}

func halfPeriod(y, h int) period {
	m := time.Month(6*h - 5)
	return period{value: pad(y, 4) + "-H" + strconv.Itoa(h), typ: annals.TimexDate, first: date(y, m, 1),
		last: date(y, m+6, 0), grain: grainHalf, prec: annals.PrecisionYear}
}

// seasonPeriod uses meteorological seasons of the northern hemisphere;
// winter y runs from December y to February y+1, as TIMEX3's "2025-WI".
func seasonPeriod(y, s int) period {
	m := time.Month(3*s + 3)
	return period{value: pad(y, 4) + "-" + seasonCodes[s], typ: annals.TimexDate, first: date(y, m, 1),
		last: date(y, m+3, 0), grain: grainSeason, prec: annals.PrecisionQuarter}
}

// seasonOf returns the year and season index of day d.
func seasonOf(d time.Time) (int, int) {
	y, m := d.Year(), d.Month()
	if m <= 2 {
		return y - 1, 3
	}
	return y, (int(m) - 3) / 3
}

func yearPeriod(y int) period {
	return period{value: pad(y, 4), typ: annals.TimexDate, first: date(y, 1, 1), last: date(y, 12, 31),
		grain: grainYear, prec: annals.PrecisionYear}
}

func decadePeriod(y int) period {
	y -= y % 10
	return period{value: pad(y/10, 3), typ: annals.TimexDate, first: date(y, 1, 1), last: date(y+9, 12, 31),
		grain: grainDecade, prec: annals.PrecisionYear}
}

// centuryPeriod takes the century's first year: the 20th century is 1900,
// and TIMEX3 writes it "19".
func centuryPeriod(y int) period {
	return period{value: pad(y/100, 2), typ: annals.TimexDate, first: date(y, 1, 1), last: date(y+99, 12, 31),
		grain: grainCentury, prec: annals.PrecisionYear}
}

// periodOf returns the period of grain g around day d.
func periodOf(g grain, d time.Time) period {
	switch g {
	case grainDay:
		return dayPeriod(d)
	case grainWeek:
		return weekPeriod(d)
	case grainWeekend:
		return weekendPeriod(d)
	case grainMonth:
		return monthPeriod(d.Year(), d.Month())
	case grainQuarter:
		return quarterPeriod(d.Year(), (int(d.Month())+2)/3)
	case grainHalf:
		return halfPeriod(d.Year(), (int(d.Month())+5)/6)
	case grainSeason:
		y, s := seasonOf(d)
		return seasonPeriod(y, s)
	case grainDecade:
		return decadePeriod(d.Year())
	case grainCentury:
		return centuryPeriod(d.Year() - d.Year()%100)
	}
	return yearPeriod(d.Year())
}

// shift moves day d by n periods of grain g.
func shift(d time.Time, g grain, n int) time.Time {
	switch g {
	case grainDay:
		return d.AddDate(0, 0, n)
	case grainWeek, grainWeekend:
		return d.AddDate(0, 0, 7*n)
	case grainMonth:
		return addMonths(d, n)
	case grainQuarter, grainSeason:
		return addMonths(d, 3*n)
	case grainHalf:
		return addMonths(d, 6*n)
	case grainDecade:
		return d.AddDate(10*n, 0, 0)
	case grainCentury:
		return d.AddDate(100*n, 0, 0)
	}
	return d.AddDate(n, 0, 0)
}

// addMonths moves d by n months, clamping the day to the target month's
// length (January 31 + 1 month is February 28, not March 3).
func addMonths(d time.Time, n int) time.Time {
	first := date(d.Year(), d.Month()+time.Month(n), 1)
	day := d.Day()
	if last := daysIn(first.Year(), first.Month()); day > last {
		day = last
	}
	return date(first.Year(), first.Month(), day)
}

// unitGrain maps a duration unit to the grain of "N units ago".
func unitGrain(u unit) grain {
	switch u {
	case unitSecond, unitMinute, unitHour, unitDay:
		return grainDay
	case unitWeek:
		return grainWeek
	case unitMonth:
		return grainMonth
	case unitDecade, unitCentury, unitYear:
		return grainYear
	}
	return grainNone
}

// unresolvedValue is the TIMEX3 value of a relative period of grain g when
// there is no document date to resolve it against.
func unresolvedValue(g grain) string {
	switch g {
	case grainDay:
		return "XXXX-XX-XX"
	case grainWeek:
		return "XXXX-WXX"
	case grainWeekend:
		return "XXXX-WXX-WE"
	case grainMonth:
		return "XXXX-XX"
	case grainQuarter:
		return "XXXX-QX"
	case grainHalf:
		return "XXXX-HX"
	case grainSeason:
		return "XXXX-XX"
	case grainDecade:
		return "XXX"
	case grainCentury:
		return "XX"
	}
	return "XXXX"
}

func unresolved(g grain) period {
	prec := annals.PrecisionYear
	switch g {
	case grainDay, grainTime:
		prec = annals.PrecisionDay
	case grainWeek, grainWeekend:
		prec = annals.PrecisionWeek
	case grainMonth:
		prec = annals.PrecisionMonth
	case grainQuarter, grainSeason:
		prec = annals.PrecisionQuarter
	}
	return period{value: unresolvedValue(g), typ: annals.TimexDate, grain: g, prec: prec}
}

// narrow keeps a part of p's bounds: a third for early/mid/late, the
// first or second half. A period of whole months splits along months when
// it can ("late 2025" is September to December), else along days. Unknown
// bounds stay unknown.
func (p period) narrow(m modifier) period {
	if p.first.IsZero() || p.last.IsZero() {
		return p
	}
	months := (p.last.Year()-p.first.Year())*12 + int(p.last.Month()-p.first.Month()) + 1
	wholeMonths := p.first.Day() == 1 && p.last.Day() == daysIn(p.last.Year(), p.last.Month())
	parts := 3
	if m == modFirstHalf || m == modSecondHalf {
		parts = 2
	}
	if wholeMonths && months%parts == 0 {
		n := months / parts
		switch m {
		case modStart, modFirstHalf:
			p.last = addMonths(p.first, n).AddDate(0, 0, -1)
		case modMid:
			p.first = addMonths(p.first, n)
			p.last = addMonths(p.first, n).AddDate(0, 0, -1)
		case modEnd, modSecondHalf:
			p.first = addMonths(p.first, months-n)
		}
		return p
	}
	days := int(p.last.Sub(p.first).Hours()/24) + 1
	n := days / parts
	if n == 0 {
		return p
	}
	switch m {
	case modStart, modFirstHalf:
		p.last = p.first.AddDate(0, 0, n-1)
	case modMid:
		p.first, p.last = p.first.AddDate(0, 0, n), p.first.AddDate(0, 0, days-n-1)
	case modEnd, modSecondHalf:
		p.first = p.last.AddDate(0, 0, -n+1)
	}
	return p
}

// modifier is a part of a period named by "early", "the end of" and the like.
type modifier uint8

const (
	modNone modifier = iota
	modStart
	modMid
	modEnd
	modFirstHalf
	modSecondHalf
)
