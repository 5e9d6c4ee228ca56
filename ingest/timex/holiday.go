package timex

import "time"

// holidays are the fixed-date holidays news names without a date.
var holidays = []struct {
	words []string // lexicon words, in order; a "'s" in the text is skipped
	month time.Month
	day   int
}{
	{[]string{"christmas", "eve"}, 12, 24},
	{[]string{"christmas", "day"}, 12, 25},
	{[]string{"christmas"}, 12, 25},
	{[]string{"new", "year", "eve"}, 12, 31},
	{[]string{"new", "year", "day"}, 1, 1},
	{[]string{"halloween"}, 10, 31},
}

// matchHoliday matches "Christmas", "Christmas Eve", "New Year's Day":
// the holiday of the document's year, or of the year before or after per
// the clause's tense, as for a month and day.
func (s *scanner) matchHoliday(i int) match {
	if !s.capitalized(i) {
		return match{}
	}
next:
	for _, h := range holidays {
		j := i
		for n, w := range h.words {
			if n > 0 && s.isApostrophe(j) && s.touches(j) && s.raw(j+1) == "s" {
				j += 2 // "New Year's"
			}
			if s.word(j) != w || !s.capitalized(j) {
				continue next
			}
			j++
		}
		if !s.anchored {
			p := unresolved(grainDay)
			p.value = "XXXX-" + pad(int(h.month), 2) + "-" + pad(h.day, 2)
			return match{i, j, p}
		}
		y := s.yearFor(int(h.month), int(s.anchor.Month()), i, j)
		return match{i, j, dayPeriod(date(y, h.month, h.day))}
	}
	return match{}
}
