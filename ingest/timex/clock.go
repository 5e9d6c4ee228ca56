package timex

import (
	"strings"

	"github.com/annals/annals"
)

// This file holds clock times: "10:30 a.m.", "3 p.m. GMT", "noon".

// matchTimeOfDay matches a clock time, with the day after it when one
// follows ("10 a.m. Friday"). Otherwise the time falls on the day after
// "on" ("10 a.m. on Friday"), on the day named just before it in the same
// sentence ("on Friday at 10 a.m."), else on the document date.
func (s *scanner) matchTimeOfDay(i int) match {
	h, m, end := s.clock(i)
	if end == i {
		return match{}
	}
	end = s.zone(end)
	k := end
	if s.isPunct(k, ",") {
		k++
	}
	if day := s.singleDayAt(k); day.ok() {
		return match{i, day.to, withClock(day.p, h, m)}
	}
	var p period
	switch day := s.singleDayAt(end + 1); {
	case s.word(end) == "on" && day.ok(): // "9:30 a.m. on Monday": Monday's, though a span of its own
		p = day.p
	case s.lastDayEnd >= i-3 && !s.sentenceBetween(s.lastDayEnd, i):
		p = dayPeriod(s.lastDay)
	case s.anchored:
		p = dayPeriod(s.anchor)
		p.anchorDay = true
	default:
		p = unresolved(grainDay)
	}
	p.resolvedDay = false
	return match{i, end, withClock(p, h, m)}
}

// singleDayAt matches a single calendar day at i: "Friday", "July 23".
func (s *scanner) singleDayAt(i int) match {
	if day := s.matchCore(i, false); day.ok() && day.p.grain == grainDay && day.p.typ == annals.TimexDate {
		return day
	}
	return match{}
}

// sentenceBetween reports a sentence end between tokens from-1 and to.
func (s *scanner) sentenceBetween(from, to int) bool {
	for k := from - 1; k < to; k++ {
		if k >= 0 && s.sentenceEnds(k) {
			return true
		}
	}
	return false
}

// clock reads a clock time at i and returns hour, minute and the index
// after it, or end == i when there is none. A bare number is no time: it
// needs minutes ("10:30"), "a.m."/"p.m." or "o'clock".
func (s *scanner) clock(i int) (h, m, end int) {
	switch s.word(i) {
	case "noon", "midday":
		return 12, 0, i + 1
	case "midnight":
		return 0, 0, i + 1
	}
	if !s.has(i) {
		return 0, 0, i
	}
	t := s.toks[i]
	switch t.kind {
	case tokMixed: // "10am", "10pm"
		if t.digits == 0 || t.digits > 2 {
			return 0, 0, i
		}
		h = leadingNumber(s.raw(i))
		if pm, ok := meridiem(s.raw(i)[t.digits:]); ok && h >= 1 && h <= 12 {
			return to24(h, pm), 0, i + 1
		}
		return 0, 0, i
	case tokNum:
	default:
		if n, j, ok := s.numberAt(i); ok && s.word(j) == "o" && s.isApostrophe(j+1) && s.word(j+2) == "clock" &&
			n >= 1 && n <= 12 {
			return int(n), 0, j + 3
		}
		return 0, 0, i
	}
	if t.digits > 2 || t.num > 24 {
		return 0, 0, i
	}
	h, j := t.num, i+1
	hasMinutes := false
	if s.isPunct(j, ":") && s.touches(j) && s.has(j+1) && s.touches(j+1) && s.toks[j+1].digits == 2 {
		next := s.toks[j+1]
		if next.kind == tokMixed { // "10:30pm"
			m = leadingNumber(s.raw(j + 1))
			pm, ok := meridiem(s.raw(j + 1)[2:])
			if !ok || m > 59 || h < 1 || h > 12 {
				return 0, 0, i
			}
			return to24(h, pm), m, j + 2
		}
		if next.kind != tokNum || next.num > 59 {
			return 0, 0, i
		}
		m, j, hasMinutes = next.num, j+2, true
		if s.isPunct(j, ":") && s.touches(j) && s.isNum(j+1) && s.touches(j+1) && s.toks[j+1].digits == 2 {
			j += 2 // seconds: kept in the span, dropped from the value
		}
	}
	if pm, k, ok := s.meridiemAt(j); ok {
		if h < 1 || h > 12 {
			return 0, 0, i
		}
		return to24(h, pm), m, k
	}
	if s.word(j) == "o" && s.isApostrophe(j+1) && s.word(j+2) == "clock" && h >= 1 && h <= 12 {
		return h, m, j + 3
	}
	if !hasMinutes || h > 23 {
		return 0, 0, i
	}
	return h, m, j
}

// meridiemAt reads "a.m.", "p.m.", "am", "pm" (any case) at i.
func (s *scanner) meridiemAt(i int) (pm bool, next int, ok bool) {
	switch s.word(i) {
	case "am":
		return false, i + 1, true
	case "pm":
		return true, i + 1, true
	case "a", "p":
		if s.isPunct(i+1, ".") && s.touches(i+1) && s.touches(i+2) && strings.EqualFold(s.raw(i+2), "m") {
			next = i + 3
			if s.isPunct(next, ".") && s.touches(next) {
				next++
			}
			return s.word(i) == "p", next, true
		}
	}
	return false, i, false
}

// meridiem reads the "am"/"pm" suffix of "10am".
func meridiem(suffix string) (pm bool, ok bool) {
	switch strings.ToLower(suffix) {
	case "am":
		return false, true
	case "pm":
		return true, true
	}
	return false, false
}

func to24(h int, pm bool) int {
	switch {
	case pm && h < 12:
		return h + 12
	case !pm && h == 12:
		return 0
	}
	return h
}

func leadingNumber(s string) int {
	n := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// zone extends a clock time over a time zone after it: "GMT", "local time".
func (s *scanner) zone(i int) int {
	if e := s.lex(i); e.is(clsZone) && s.toks[i].upper {
		return i + 1
	}
	if s.word(i) == "local" && s.word(i+1) == "time" {
		return i + 2
	}
	return i
}
