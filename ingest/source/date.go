package source

import (
	"regexp"
	"strings"
	"time"
)

// dateLayouts are the exact forms a date field or front-matter date may take.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339, // also accepts fractional seconds
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
}

// proseDateLayouts are the written-out forms, tried after normaliseProseDate
// has dropped weekdays, commas and full stops, so "Friday, January 4, 2019",
// "January 4 2019" and "Jan. 4, 2019" all become "January 4 2019" or
// "Jan 4 2019". Go matches month names case-insensitively.
var proseDateLayouts = []string{
	"January 2 2006",
	"Jan 2 2006",
	"2 January 2006",
	"2 Jan 2006",
}

// parseDate reads a date as found in a "date" field or front matter and
// returns UTC midnight of that day.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	date, ok := parseDateLayouts(s)
	if ok && date.Year() < minYear {
		return time.Time{}, problem(ErrBadDate, "cannot read date %q (a year before %d is surely a mistake)", s, minYear)
	}
	if ok {
		return date, nil
	}
	return time.Time{}, problem(ErrBadDate, "cannot read date %q (want a date such as 2025-07-23, 2025-07-23T10:00:00Z, July 23, 2025 or 23 July 2025)", s)
}

// minYear is the earliest year taken for a news date. It keeps "January 1,
// 0001" from becoming the zero time.Time, which means "no date".
const minYear = 1000

// parseDateLayouts tries the exact layouts, then the written-out ones, and
// returns UTC midnight of the day found.
func parseDateLayouts(s string) (time.Time, bool) {
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return dayOf(t), true
		}
	}
	prose := normaliseProseDate(s)
	for _, layout := range proseDateLayouts {
		if t, err := time.Parse(layout, prose); err == nil {
			return dayOf(t), true
		}
	}
	return time.Time{}, false
}

// weekdayPrefix matches a leading weekday name, full or abbreviated.
var weekdayPrefix = regexp.MustCompile(`(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)

// normaliseProseDate turns a written-out date into the spacing and
// punctuation of proseDateLayouts.
func normaliseProseDate(s string) string {
	s = weekdayPrefix.ReplaceAllString(strings.TrimSpace(s), "")
	s = strings.NewReplacer(",", " ", ".", " ").Replace(s)
	fields := strings.Fields(s)
	for i, field := range fields {
		// Go knows "Sep" but not the common "Sept".
		if strings.EqualFold(field, "sept") {
			fields[i] = "Sep"
		}
	}
	return strings.Join(fields, " ")
}

// datelinePattern matches a date opening a news text, as Wikinews and many
// agencies write it: "Friday, January 4, 2019", "January 4, 2019",
// "Jan. 4, 2019", "4 January 2019" or "2019-01-04". The date must be followed
// by something other than a letter or digit, so "2019-01-04T10:00" or
// "January 4, 20190" are not datelines.
var datelinePattern = regexp.MustCompile(`(?i)^\s*` +
	`((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?` +
	`(?:` +
	`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4}` +
	`|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ \t]+\d{4}` +
	`|\d{4}-\d{2}-\d{2}` +
	`))` +
	`(?:[^\pL\pN]|$)`)

// datelineMaxLen bounds the head of a text searched for a dateline; the
// longest dateline, "Wednesday, September 30, 2020", is far shorter, so the
// cut never falls inside or right after one.
const datelineMaxLen = 128

// datelineDate is the date of a dateline opening text, if there is one that
// names a real day.
func datelineDate(text string) (time.Time, bool) {
	// A dateline is short and comes first, so only the head of a long text
	// needs looking at.
	head := strings.TrimLeft(text, " \t\r\n")
	if len(head) > datelineMaxLen {
		head = head[:datelineMaxLen]
	}
	match := datelinePattern.FindStringSubmatch(head)
	if match == nil {
		return time.Time{}, false
	}
	date, err := parseDate(match[1])
	if err != nil {
		return time.Time{}, false // "February 30, 2019" or "Janitor 4, 2019"
	}
	return date, true
}
