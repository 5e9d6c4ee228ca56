package timex

import (
	"testing"
	"time"
)

// TestNarrativeReference checks what anaphoric expressions count from: the
// day or scene-setting period the text last named. The document date is
// anchor, Wednesday 2025-07-23.
func TestNarrativeReference(t *testing.T) {
	const D = "DATE"
	tests := []struct {
		name string
		text string
		want []want
	}{
		// A named year, month, season, quarter or week sets the reference.
		{"years later after a year", "The bridge opened in 1931. Ninety years later it was closed.", []want{
			{"1931", D, "1931", "1931-01-01", "1931-12-31", ""},
			{"Ninety years later", D, "2021", "2021-01-01", "2021-12-31", ""}}},
		{"years later after a sentence-initial year", "In 2018 the mill shut. Four years later it reopened.", []want{
			{"2018", D, "2018", "2018-01-01", "2018-12-31", ""},
			{"Four years later", D, "2022", "2022-01-01", "2022-12-31", ""}}},
		{"months later after a month", "In March 2016 the dam cracked. Two months later engineers arrived.", []want{
			{"March 2016", D, "2016-03", "2016-03-01", "2016-03-31", ""},
			{"Two months later", D, "2016-05", "2016-05-01", "2016-05-31", ""}}},
		{"years later after a month", "In October 2009 the league folded. Three years later it was revived.", []want{
			{"October 2009", D, "2009-10", "2009-10-01", "2009-10-31", ""},
			{"Three years later", D, "2012", "2012-01-01", "2012-12-31", ""}}},
		{"the following year after a season", "The strike began in the summer of 2011. The following year wages rose.", []want{
			{"the summer of 2011", D, "2011-SU", "2011-06-01", "2011-08-31", ""},
			{"The following year", D, "2012", "2012-01-01", "2012-12-31", ""}}},
		{"quarters later after a quarter", "Sales fell in the first quarter of 2019. A year later they recovered.", []want{
			{"the first quarter of 2019", D, "2019-Q1", "2019-01-01", "2019-03-31", ""},
			{"A year later", D, "2020", "2020-01-01", "2020-12-31", ""}}},
		{"deictic year sets the scene", "Last year the plant was sold. Two years earlier it had been expanded.", []want{
			{"Last year", D, "2024", "2024-01-01", "2024-12-31", ""},
			{"Two years earlier", D, "2022", "2022-01-01", "2022-12-31", ""}}},
		{"that year", "The club was founded in 1899. That year it played four games.", []want{
			{"1899", D, "1899", "1899-01-01", "1899-12-31", ""},
			{"That year", D, "1899", "1899-01-01", "1899-12-31", ""}}},
		{"later that year", "The ship sank on 4 May 2010. Later that year it was raised.", []want{
			{"4 May 2010", D, "2010-05-04", "2010-05-04", "2010-05-04", ""},
			{"Later that year", D, "2010", "2010-05-04", "2010-12-31", ""}}},
		{"earlier that month after a month", "In June 2015 the bank failed. Earlier that month it had warned.", []want{
			{"June 2015", D, "2015-06", "2015-06-01", "2015-06-30", ""},
			{"Earlier that month", D, "2015-06", "2015-06-01", "2015-06-30", ""}}},

		// A day-sized shift from a coarser reference gives the coarser
		// period when it stays well inside, else nothing it cannot know.
		{"days later after a year", "In 2016 the mayor resigned. Three days later his deputy quit.", []want{
			{"2016", D, "2016", "2016-01-01", "2016-12-31", ""},
			{"Three days later", D, "2016", "2016-01-01", "2016-12-31", ""}}},
		{"the next day after a month", "In April 2014 the river flooded. The next day the town was evacuated.", []want{
			{"April 2014", D, "2014-04", "2014-04-01", "2014-04-30", ""},
			{"The next day", D, "2014-04", "2014-04-01", "2014-04-30", ""}}},
		{"many months after a year", "In 2016 the mayor resigned. Eight months later his deputy quit.", []want{
			{"2016", D, "2016", "2016-01-01", "2016-12-31", ""},
			{"Eight months later", D, "XXXX-XX", "", "", ""}}},

		// Days keep the reference they had.
		{"next day after a weekday", "They met on Monday. The next day talks resumed.", []want{
			{"Monday", D, "2025-07-21", "2025-07-21", "2025-07-21", ""},
			{"The next day", D, "2025-07-22", "2025-07-22", "2025-07-22", ""}}},
		{"days later after a date", "The ship sank on 4 May 2010. Three days later divers found it.", []want{
			{"4 May 2010", D, "2010-05-04", "2010-05-04", "2010-05-04", ""},
			{"Three days later", D, "2010-05-07", "2010-05-07", "2010-05-07", ""}}},
		{"the previous day", "The vote was held on 9 June 2012. The previous day police had raided the party.", []want{
			{"9 June 2012", D, "2012-06-09", "2012-06-09", "2012-06-09", ""},
			{"The previous day", D, "2012-06-08", "2012-06-08", "2012-06-08", ""}}},
		{"that day", "The ship sank on 4 May 2010. Divers arrived that day.", []want{
			{"4 May 2010", D, "2010-05-04", "2010-05-04", "2010-05-04", ""},
			{"that day", D, "2010-05-04", "2010-05-04", "2010-05-04", ""}}},
		{"a year holding the day keeps the day", "The ship sank on 4 May 2010. In 2010 storms were frequent. The next day divers came.", []want{
			{"4 May 2010", D, "2010-05-04", "2010-05-04", "2010-05-04", ""},
			{"2010", D, "2010", "2010-01-01", "2010-12-31", ""},
			{"The next day", D, "2010-05-05", "2010-05-05", "2010-05-05", ""}}},

		// Background periods do not set the scene.
		{"year modifying a noun", "On Monday the 1973 tower collapsed. The next day rescuers left.", []want{
			{"Monday", D, "2025-07-21", "2025-07-21", "2025-07-21", ""},
			{"1973", D, "1973", "1973-01-01", "1973-12-31", ""},
			{"The next day", D, "2025-07-22", "2025-07-22", "2025-07-22", ""}}},
		{"year later in its sentence", "On Monday the firm, founded in 1998, cut jobs. The next day shares fell.", []want{
			{"Monday", D, "2025-07-21", "2025-07-21", "2025-07-21", ""},
			{"1998", D, "1998", "1998-01-01", "1998-12-31", ""},
			{"The next day", D, "2025-07-22", "2025-07-22", "2025-07-22", ""}}},
		{"a coarse background scene yields to the named day", "On Monday the senator, who won there in 2016, spoke. Two rivals quit the same day.", []want{
			{"Monday", D, "2025-07-21", "2025-07-21", "2025-07-21", ""},
			{"2016", D, "2016", "2016-01-01", "2016-12-31", ""},
			{"the same day", D, "2025-07-21", "2025-07-21", "2025-07-21", ""}}},
		{"that year points at the last year mentioned", "The rules were set in 2015. They cite the 2009 outbreak. That year the virus spread.", []want{
			{"2015", D, "2015", "2015-01-01", "2015-12-31", ""},
			{"2009", D, "2009", "2009-01-01", "2009-12-31", ""},
			{"That year", D, "2009", "2009-01-01", "2009-12-31", ""}}},

		// Deictic expressions count from the document date.
		{"ago ignores the reference", "In 1990 the wall fell. Two years ago a museum opened.", []want{
			{"1990", D, "1990", "1990-01-01", "1990-12-31", ""},
			{"Two years ago", D, "2023", "2023-01-01", "2023-12-31", ""}}},
		{"next month ignores the reference", "In 1990 the wall fell. The museum opens next month.", []want{
			{"1990", D, "1990", "1990-01-01", "1990-12-31", ""},
			{"next month", D, "2025-08", "2025-08-01", "2025-08-31", ""}}},
		{"yesterday ignores the reference", "In 1990 the wall fell. Yesterday a museum opened.", []want{
			{"1990", D, "1990", "1990-01-01", "1990-12-31", ""},
			{"Yesterday", D, "2025-07-22", "2025-07-22", "2025-07-22", ""}}},

		// A past narrative never reaches the future.
		{"years later with no scene in the past", "The treaty was signed. Thirty years later it was renewed.", []want{
			{"Thirty years later", D, "XXXX", "", "", ""}}},
		{"the following week in the past", "They met on Monday. The following week they met again.", []want{
			{"Monday", D, "2025-07-21", "2025-07-21", "2025-07-21", ""},
			{"The following week", D, "XXXX-WXX", "", "", ""}}},
		{"years later in the future stays", "The treaty will be signed. Thirty years later it will expire.", []want{
			{"Thirty years later", D, "2055", "2055-01-01", "2055-12-31", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, Find(tt.text, anchor), tt.want)
		})
	}
}

// TestNarrativeReferenceWithoutDocumentDate: with no document date,
// anaphors stay unresolved as before, even after a named year.
func TestNarrativeReferenceWithoutDocumentDate(t *testing.T) {
	got := Find("In 1936 the games opened. Eighty years later they returned.", time.Time{})
	if len(got) != 2 || got[1].Value != "XXXX" {
		t.Errorf("got %s", describe(got))
	}
}
