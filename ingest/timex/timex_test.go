package timex

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
)

// anchor is the date of the bundled article, a Wednesday.
var anchor = time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)

// want is an expected expression. Bounds are written YYYY-MM-DD, "" for
// zero; the kind defaults to event for dates and times.
type want struct {
	text, typ, value string
	from, to         string
	kind             annals.TimeKind
}

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestFind(t *testing.T) {
	const D, T, P, S = "DATE", "TIME", "DURATION", "SET"
	tests := []struct {
		name string
		text string
		opts []Option
		want []want
	}{
		// Weekdays and named days.
		{"weekday on the document date", "Ukraine proposed direct negotiations on Wednesday.", nil,
			[]want{{"Wednesday", D, "2025-07-23", "2025-07-23", "2025-07-23", ""}}},
		{"weekday, future clause", "The delegations will meet on Friday.", nil,
			[]want{{"Friday", D, "2025-07-25", "2025-07-25", "2025-07-25", ""}}},
		{"weekday, past clause", "The delegations met on Friday.", nil,
			[]want{{"Friday", D, "2025-07-18", "2025-07-18", "2025-07-18", ""}}},
		{"weekday, caller says future", "Talks on Monday.", []Option{WithTense(TenseFuture)},
			[]want{{"Monday", D, "2025-07-28", "2025-07-28", "2025-07-28", ""}}},
		{"weekday, caller says past", "Talks on Monday.", []Option{WithTense(TensePast)},
			[]want{{"Monday", D, "2025-07-21", "2025-07-21", "2025-07-21", ""}}},
		{"weekday, no tense: this week", "Talks on Monday.", nil,
			[]want{{"Monday", D, "2025-07-21", "2025-07-21", "2025-07-21", ""}}},
		{"will be held", "The summit will be held on Sunday.", nil,
			[]want{{"Sunday", D, "2025-07-27", "2025-07-27", "2025-07-27", ""}}},
		{"last and next weekday", "They spoke last Friday and meet again next Monday.", nil, []want{
			{"last Friday", D, "2025-07-18", "2025-07-18", "2025-07-18", ""},
			{"next Monday", D, "2025-07-28", "2025-07-28", "2025-07-28", ""}}},
		{"today yesterday tomorrow", "today, yesterday and tomorrow", nil, []want{
			{"today", D, "2025-07-23", "2025-07-23", "2025-07-23", ""},
			{"yesterday", D, "2025-07-22", "2025-07-22", "2025-07-22", ""},
			{"tomorrow", D, "2025-07-24", "2025-07-24", "2025-07-24", ""}}},
		{"a name ending in Today is no day", "Today, Ana left. USA Today reported it.", nil, []want{
			{"Today", D, "2025-07-23", "2025-07-23", "2025-07-23", ""}}},
		{"tonight and last night", "Strikes hit the city last night and more are feared tonight.", nil, []want{
			{"last night", T, "2025-07-22TNI", "2025-07-22", "2025-07-22", ""},
			{"tonight", T, "2025-07-23TNI", "2025-07-23", "2025-07-23", ""}}},
		{"interval of two days", "71 drone strikes between late Tuesday and early Wednesday", nil, []want{
			{"late Tuesday", D, "2025-07-22", "2025-07-22", "2025-07-22", ""},
			{"early Wednesday", D, "2025-07-23", "2025-07-23", "2025-07-23", ""}}},
		{"weekday with day part", "The attack began Tuesday night.", nil,
			[]want{{"Tuesday night", T, "2025-07-22TNI", "2025-07-22", "2025-07-22", ""}}},
		{"irregular past verb", "A block caught fire on Saturday morning in the city centre.", nil,
			[]want{{"Saturday morning", T, "2025-07-19TMO", "2025-07-19", "2025-07-19", ""}}},
		{"later day of the same month in past text", "Talks had been planned before the July 30 deadline.", nil,
			[]want{{"July 30", D, "2025-07-30", "2025-07-30", "2025-07-30", ""}}},

		// Periods relative to the document date.
		{"last week", "The talks stalled last week.", nil,
			[]want{{"last week", D, "2025-W29", "2025-07-14", "2025-07-20", ""}}},
		{"this past weekend", "Protests spread this past weekend.", nil,
			[]want{{"this past weekend", D, "2025-W29-WE", "2025-07-19", "2025-07-20", ""}}},
		{"this week", "Talks resume this week.", nil,
			[]want{{"this week", D, "2025-W30", "2025-07-21", "2025-07-27", ""}}},
		{"next month", "Talks resume next month.", nil,
			[]want{{"next month", D, "2025-08", "2025-08-01", "2025-08-31", ""}}},
		{"this year and last year", "Exports rose this year after falling last year.", nil, []want{
			{"this year", D, "2025", "2025-01-01", "2025-12-31", ""},
			{"last year", D, "2024", "2024-01-01", "2024-12-31", ""}}},
		{"the following week", "They met on Monday. The following week they will meet again.", nil, []want{
			{"Monday", D, "2025-07-21", "2025-07-21", "2025-07-21", ""},
			{"The following week", D, "2025-W31", "2025-07-28", "2025-08-03", ""}}},
		{"this summer", "Fighting intensified this summer.", nil,
			[]want{{"this summer", D, "2025-SU", "2025-06-01", "2025-08-31", ""}}},
		{"last winter", "Power cuts spread last winter.", nil,
			[]want{{"last winter", D, "2024-WI", "2024-12-01", "2025-02-28", ""}}},
		{"earlier this year", "Sanctions were imposed earlier this year.", nil,
			[]want{{"earlier this year", D, "2025", "2025-01-01", "2025-07-23", ""}}},

		// Vague references.
		{"recently", "Recently, the White House has intensified pressure.", nil,
			[]want{{"Recently", D, "PAST_REF", "", "2025-07-23", ""}}},
		{"now and currently", "Prices are now higher and currently rising.", nil, []want{
			{"now", D, "PRESENT_REF", "2025-07-23", "2025-07-23", ""},
			{"currently", D, "PRESENT_REF", "2025-07-23", "2025-07-23", ""}}},
		{"in the future", "A meeting may happen in the future.", nil,
			[]want{{"the future", D, "FUTURE_REF", "2025-07-23", "", ""}}},

		// Months and years.
		{"two months", "previous rounds of talks in May and June, which yielded little", nil, []want{
			{"May", D, "2025-05", "2025-05-01", "2025-05-31", ""},
			{"June", D, "2025-06", "2025-06-01", "2025-06-30", ""}}},
		{"later month in past text is last year", "The talks collapsed in September.", nil,
			[]want{{"September", D, "2024-09", "2024-09-01", "2024-09-30", ""}}},
		{"later month in future text", "The talks will resume in September.", nil,
			[]want{{"September", D, "2025-09", "2025-09-01", "2025-09-30", ""}}},
		{"month and year", "The invasion began in February 2022.", nil,
			[]want{{"February 2022", D, "2022-02", "2022-02-01", "2022-02-28", ""}}},
		{"bare year", "The two leaders last met in 2019.", nil,
			[]want{{"2019", D, "2019", "2019-01-01", "2019-12-31", ""}}},
		{"year before a singular noun", "the 2004 treaty", nil,
			[]want{{"2004", D, "2004", "2004-01-01", "2004-12-31", ""}}},
		{"since", "Crimea has been occupied since 2014.", nil,
			[]want{{"2014", D, "2014", "2014-01-01", "", annals.KindSince}}},

		// Deadlines and modified months.
		{"deadline end of month", "talks take place by the end of August, with", nil,
			[]want{{"the end of August", D, "2025-08", "", "2025-08-31", annals.KindDeadline}}},
		{"since a month later in the year is last year's", "The quakes since late December number in the dozens.", nil,
			[]want{{"late December", D, "2024-12", "2024-12-22", "", annals.KindSince}}},
		{"soon in a past clause is no time of its own", "Police soon arrived and detained the man.", nil, nil},
		{"soon in a future clause is the future", "The plant will soon reopen.", nil,
			[]want{{"soon", D, "FUTURE_REF", "2025-07-23", "", ""}}},
		{"a weekday after a present perfect is the one just gone", "The singer has died on Friday.", nil,
			[]want{{"Friday", D, "2025-07-18", "2025-07-18", "2025-07-18", ""}}},
		{"a sentence opening with by tells of the past in a past clause", "By Sunday, the mayor said the vote was lost.", nil,
			[]want{{"Sunday", D, "2025-07-20", "", "2025-07-20", annals.KindDeadline}}},
		{"a deadline by a weekday inside a clause is still to come", "The mayor said the rebels must leave by Sunday.", nil,
			[]want{{"Sunday", D, "2025-07-27", "", "2025-07-27", annals.KindDeadline}}},
		{"deadline of a month", "Trump announced a deadline of September for Russia.", nil,
			[]want{{"September", D, "2025-09", "", "2025-09-30", annals.KindDeadline}}},
		{"early mid late month", "early May, mid-June and late July", nil, []want{
			{"early May", D, "2025-05", "2025-05-01", "2025-05-10", ""},
			{"mid-June", D, "2025-06", "2025-06-11", "2025-06-20", ""},
			{"late July", D, "2025-07", "2025-07-22", "2025-07-31", ""}}},
		{"end of the year", "A deal is possible before the end of the year.", nil,
			[]want{{"the end of the year", D, "2025", "2025-09-01", "2025-12-31", ""}}},
		{"first half of a year", "Growth slowed in the first half of 2024.", nil,
			[]want{{"the first half of 2024", D, "2024-H1", "2024-01-01", "2024-06-30", ""}}},

		// Durations.
		{"range of hours", "short ceasefires lasting 24 to 48 hours along the front", nil,
			[]want{{"24 to 48 hours", P, "PT48H", "", "", ""}}},
		{"plain durations", "a truce of three days, then 48 hours, then two weeks", nil, []want{
			{"three days", P, "P3D", "", "", ""},
			{"48 hours", P, "PT48H", "", "", ""},
			{"two weeks", P, "P2W", "", "", ""}}},
		{"adjectival duration", "a three-day ceasefire", nil,
			[]want{{"three-day", P, "P3D", "", "", ""}}},
		{"within weeks", "The talks are intended to occur within weeks.", nil,
			[]want{{"weeks", P, "PXW", "2025-07-23", "2025-08-13", annals.KindDeadline}}},
		{"the past three years", "Prices tripled over the past three years.", nil,
			[]want{{"the past three years", P, "P3Y", "2022-07-23", "2025-07-23", annals.KindEvent}}},
		{"the past decade", "Sales grew over the past decade.", nil,
			[]want{{"the past decade", P, "P10Y", "2015-07-23", "2025-07-23", annals.KindEvent}}},

		// Dates counted from another date.
		{"ago", "The two leaders met two years ago.", nil,
			[]want{{"two years ago", D, "2023", "2023-01-01", "2023-12-31", ""}}},
		{"days ago", "The attack happened three days ago.", nil,
			[]want{{"three days ago", D, "2025-07-20", "2025-07-20", "2025-07-20", ""}}},
		{"later counts from the narrative", "They met on Monday. Three days later, talks resumed.", nil, []want{
			{"Monday", D, "2025-07-21", "2025-07-21", "2025-07-21", ""},
			{"Three days later", D, "2025-07-24", "2025-07-24", "2025-07-24", ""}}},

		// Quarters, calendar dates, decades, centuries.
		{"quarters", "Q3 2025 and the third quarter", nil, []want{
			{"Q3 2025", D, "2025-Q3", "2025-07-01", "2025-09-30", ""},
			{"the third quarter", D, "2025-Q3", "2025-07-01", "2025-09-30", ""}}},
		{"quarter of a year", "Profits fell in the second quarter of 2024.", nil,
			[]want{{"the second quarter of 2024", D, "2024-Q2", "2024-04-01", "2024-06-30", ""}}},
		{"ISO date", "Published 2025-07-23.", nil,
			[]want{{"2025-07-23", D, "2025-07-23", "2025-07-23", "2025-07-23", ""}}},
		{"month day year", "July 23, 2025 and 23 July 2025", nil, []want{
			{"July 23, 2025", D, "2025-07-23", "2025-07-23", "2025-07-23", ""},
			{"23 July 2025", D, "2025-07-23", "2025-07-23", "2025-07-23", ""}}},
		{"month day", "The vote is set for July 30.", nil,
			[]want{{"July 30", D, "2025-07-30", "2025-07-30", "2025-07-30", ""}}},
		{"ordinal day", "The next round starts on the 24th.", nil,
			[]want{{"the 24th", D, "2025-07-24", "2025-07-24", "2025-07-24", ""}}},
		{"dateline", "Friday, January 4, 2019\n\nThe court ruled.", nil,
			[]want{{"Friday, January 4, 2019", D, "2019-01-04", "2019-01-04", "2019-01-04", ""}}},
		{"decade", "a boom in the 1990s", nil,
			[]want{{"the 1990s", D, "199", "1990-01-01", "1999-12-31", ""}}},
		{"centuries", "the 20th century and the twenty-first century", nil, []want{
			{"the 20th century", D, "19", "1900-01-01", "1999-12-31", ""},
			{"the twenty-first century", D, "20", "2000-01-01", "2099-12-31", ""}}},

		// Times of day.
		{"clock time", "The session opened at 10:30 a.m. in Istanbul.", nil,
			[]want{{"10:30 a.m.", T, "2025-07-23T10:30", "2025-07-23", "2025-07-23", ""}}},
		{"clock time before a day", "The vote is at 3 p.m. Friday.", nil,
			[]want{{"3 p.m. Friday", T, "2025-07-25T15:00", "2025-07-25", "2025-07-25", ""}}},
		{"clock time after a day", "They will meet on Friday at 9pm GMT.", nil, []want{
			{"Friday", D, "2025-07-25", "2025-07-25", "2025-07-25", ""},
			{"9pm GMT", T, "2025-07-25T21:00", "2025-07-25", "2025-07-25", ""}}},
		{"this morning", "Sirens sounded this morning.", nil,
			[]want{{"this morning", T, "2025-07-23TMO", "2025-07-23", "2025-07-23", ""}}},

		// Sets.
		{"sets", "They meet every week, report annually, vote twice a year and rest every Monday.", nil, []want{
			{"every week", S, "P1W", "", "", ""},
			{"annually", S, "P1Y", "", "", ""},
			{"twice a year", S, "P1Y", "", "", ""},
			{"every Monday", S, "XXXX-WXX-1", "", "", ""}}},

		// Words that look like dates and are not.
		{"may as a verb", "Russia may agree to a truce.", nil, nil},
		{"May as a name", "Theresa May said talks would continue.", nil, nil},
		{"march as a verb and noun", "Protesters march on the capital. The March on Washington was large.", nil, nil},
		{"August as an adjective", "an August gathering of scholars", nil, nil},
		{"counts are not years", "Both sides agreed to exchange 1,200 prisoners and 3,000 soldiers.", nil, nil},
		{"plural after a number", "They sent 2000 soldiers.", nil, nil},
		{"newspaper", "The Sunday Times reported the deal.", nil, nil},
		{"age", "a three-year-old boy and a man 45 years old", nil, nil},
		{"second as an ordinal", "a second round of talks", nil, nil},
		{"as soon as", "as soon as possible", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, anchor, tt.opts...)
			check(t, tt.text, got, tt.want)
		})
	}
}

// check compares found expressions with the wanted ones, offsets included:
// each wanted text is looked up in order, so repeated words need the
// earlier ones listed first.
func check(t *testing.T, text string, got []Expression, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Fatalf("Find(%q) found %d expressions, want %d: %s", text, len(got), len(wants), describe(got))
	}
	from := 0
	for i, w := range wants {
		g := got[i]
		start := strings.Index(text[from:], w.text) + from
		if g.Text != w.text || g.Start != start || g.End != start+len(w.text) || text[g.Start:g.End] != g.Text {
			t.Errorf("expression %d: got %q at %d-%d, want %q at %d-%d", i, g.Text, g.Start, g.End, w.text, start,
				start+len(w.text))
		}
		from = start + len(w.text)
		if string(g.Type) != w.typ || g.Value != w.value {
			t.Errorf("%q: got %s %s, want %s %s", w.text, g.Type, g.Value, w.typ, w.value)
		}
		if !g.Earliest.Equal(day(w.from)) || !g.Latest.Equal(day(w.to)) {
			t.Errorf("%q: bounds %s..%s, want %q..%q", w.text, g.Earliest.Format(time.DateOnly),
				g.Latest.Format(time.DateOnly), w.from, w.to)
		}
		kind := w.kind
		if kind == "" && (w.typ == "DATE" || w.typ == "TIME") {
			kind = annals.KindEvent
		}
		if g.Kind != kind {
			t.Errorf("%q: kind %q, want %q", w.text, g.Kind, kind)
		}
	}
}

func describe(es []Expression) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("\n\t" + e.Text + " " + string(e.Type) + " " + e.Value)
	}
	return b.String()
}

func TestFindWithoutDocumentDate(t *testing.T) {
	text := "It rained yesterday and last week; they meet on Friday, met in May and in 2019, and for three days."
	got := Find(text, time.Time{})
	var values []string
	for _, e := range got {
		values = append(values, e.Text+"="+e.Value)
		if !e.Earliest.IsZero() && e.Value != "2019" {
			t.Errorf("%q: unresolved expression has bounds %v", e.Text, e.Earliest)
		}
	}
	wantValues := "yesterday=XXXX-XX-XX last week=XXXX-WXX Friday=XXXX-WXX-5 May=XXXX-05 2019=2019 three days=P3D"
	if strings.Join(values, " ") != wantValues {
		t.Errorf("got %s\nwant %s", strings.Join(values, " "), wantValues)
	}
}

func TestFindBundledArticle(t *testing.T) {
	text := bundledArticle(t)
	got := Find(text, anchor)
	var b strings.Builder
	for _, e := range got {
		b.WriteString(e.Text + "=" + e.Value + "\n")
	}
	// The dates of ../../../shared/corpus/istanbul-talks.expected.md.
	wanted := `Wednesday=2025-07-23
weeks=PXW
the end of August=2025-08
24 to 48 hours=PT48H
May=2025-05
June=2025-06
2019=2019
February 2022=2022-02
Recently=PAST_REF
September=2025-09
late Tuesday=2025-07-22
early Wednesday=2025-07-23
`
	if b.String() != wanted {
		t.Errorf("got\n%s\nwant\n%s", b.String(), wanted)
	}
}

// TestLexiconHoldsComparedWords guards against a silent failure: the
// grammar compares lexicon forms, so a word it names that the lexicon
// lacks never matches.
func TestLexiconHoldsComparedWords(t *testing.T) {
	notWords := map[string]bool{"strconv": true, "strings": true, "ed": true, "en": true, "time": true} // suffixes and imports
	literal := regexp.MustCompile(`"([a-z]+)"`)
	for _, file := range []string{"scanner.go", "tense.go", "dates.go", "relative.go", "duration.go", "clock.go",
		"holiday.go", "narrative.go"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if _, ok := lexicon.index[m[1]]; !ok && !notWords[m[1]] {
				t.Errorf("%s compares %q, which is not in the lexicon", file, m[1])
			}
		}
	}
}
