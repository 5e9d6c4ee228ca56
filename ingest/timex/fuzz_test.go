package timex

import (
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"on Wednesday", "by the end of August", "24 to 48 hours", "Friday, January 4, 2019",
		"at 10:30 a.m. GMT", "the '90s", "mid-2024", "every other week", "3,000 soldiers", "2025-07-23",
		"twenty-four hours", "the 24th", "Q3 2025", "7/23/2025", "10:30pm", "a year and a half ago",
		"é 2019 ’90s — “May 5”", "the past 1.5 years", "\n\nMay\n",
	} {
		f.Add(s, int64(0))
		f.Add(s, anchor.Unix())
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var at time.Time
		if unix != 0 {
			at = time.Unix(unix%(1<<36), 0).UTC() // years 0 to ~4000: keeps values in TIMEX3's range
		}
		prevEnd := 0
		for _, e := range Find(text, at) {
			if e.Start < prevEnd || e.End <= e.Start || e.End > len(text) {
				t.Fatalf("bad offsets %d-%d after %d in %q", e.Start, e.End, prevEnd, text)
			}
			if text[e.Start:e.End] != e.Text {
				t.Fatalf("text %q is not text[%d:%d]", e.Text, e.Start, e.End)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[e.Start]) || e.End < len(text) && !utf8.RuneStart(text[e.End])) {
				t.Fatalf("offsets %d-%d split a character in %q", e.Start, e.End, text)
			}
			if e.Value == "" || e.Type == "" {
				t.Fatalf("%q: empty type or value", e.Text)
			}
			if !e.Earliest.IsZero() && !e.Latest.IsZero() && e.Latest.Before(e.Earliest) {
				t.Fatalf("%q: bounds %v after %v", e.Text, e.Earliest, e.Latest)
			}
			prevEnd = e.End
		}
	})
}
