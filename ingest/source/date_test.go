package source

import (
	"errors"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // 2006-01-02, or "" for an error
	}{
		{"2019-01-04", "2019-01-04"},
		{" 2019-01-04 ", "2019-01-04"},
		{"2019-01-04T23:30:00-05:00", "2019-01-04"},
		{"2019-01-04T00:30:00.123+09:00", "2019-01-04"},
		{"2019-01-04T10:00:00Z", "2019-01-04"},
		{"2019-01-04 10:00:00", "2019-01-04"},
		{"January 4, 2019", "2019-01-04"},
		{"january 4 2019", "2019-01-04"},
		{"Friday, January 4, 2019", "2019-01-04"},
		{"4 January 2019", "2019-01-04"},
		{"Jan 4, 2019", "2019-01-04"},
		{"Jan. 4, 2019", "2019-01-04"},
		{"Sept 4, 2019", "2019-09-04"},
		{"4 Sep 2019", "2019-09-04"},
		{"2019-02-30", ""},
		{"February 30, 2019", ""},
		{"04/01/2019", ""},
		{"yesterday", ""},
		{"0001-01-01", ""},
		{"Jan 1, 0999", ""},
		{"1000-01-01", "1000-01-01"},
		{"", ""},
	}
	for _, test := range tests {
		got, err := parseDate(test.in)
		if test.want == "" {
			if err == nil || !errors.Is(err, ErrBadDate) {
				t.Errorf("parseDate(%q) = %v, %v; want an ErrBadDate", test.in, got, err)
			}
			continue
		}
		if err != nil || !got.Equal(day(test.want)) {
			t.Errorf("parseDate(%q) = %v, %v; want %s", test.in, got, err, test.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		text string
		want string // "" for no dateline
	}{
		{"Friday, January 4, 2019 \n\nAn apartment building", "2019-01-04"},
		{"\n  Fri., Jan. 4, 2019 - An apartment building", "2019-01-04"},
		{"January 4, 2019", "2019-01-04"},
		{"4 January 2019: news", "2019-01-04"},
		{"2019-01-04\nnews", "2019-01-04"},
		{"2019-01-04T10:00 news", ""},
		{"January 4, 20190", ""},
		{"On January 4, 2019 news", ""},
		{"Janitors 4, 2019", ""},
		{"MOSCOW, Jan 4 (Reuters) - news", ""},
		{"", ""},
	}
	for _, test := range tests {
		got, ok := datelineDate(test.text)
		if test.want == "" {
			if ok {
				t.Errorf("datelineDate(%q) = %v, want none", test.text, got)
			}
			continue
		}
		if !ok || !got.Equal(day(test.want)) {
			t.Errorf("datelineDate(%q) = %v, %v; want %s", test.text, got, ok, test.want)
		}
	}
}
