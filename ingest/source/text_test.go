package source

import (
	"bytes"
	"log/slog"
	"maps"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals"
)

func TestTextDocuments(t *testing.T) {
	const body = "Ukraine proposed talks on Wednesday.\n"
	tests := []struct {
		name     string
		file     string
		content  string
		date     time.Time       // Options.Date
		want     annals.Document // ID "" is the file's name; Meta["file"] is always the file's name
		wantWarn bool            // a "no date found" warning naming the file
	}{
		{
			name:     "plain text without a date",
			file:     "a.txt",
			content:  body,
			want:     annals.Document{Text: body},
			wantWarn: true,
		},
		{
			name:    "flag date",
			file:    "a.txt",
			content: body,
			date:    time.Date(2025, 7, 23, 15, 30, 0, 0, time.FixedZone("X", -5*3600)),
			want:    annals.Document{Text: body, Date: day("2025-07-23"), DateSource: annals.DateFlag},
		},
		{
			name:    "flag date overrides front matter and dateline",
			file:    "a.md",
			content: "---\ndate: 2020-01-01\n---\nJanuary 4, 2019\n" + body,
			date:    day("2025-07-23"),
			want:    annals.Document{Text: "January 4, 2019\n" + body, Date: day("2025-07-23"), DateSource: annals.DateFlag},
		},
		{
			name:    "flag date overrides an unreadable front-matter date",
			file:    "a.txt",
			content: "Date: someday\n" + body,
			date:    day("2025-07-23"),
			want:    annals.Document{Text: body, Date: day("2025-07-23"), DateSource: annals.DateFlag},
		},
		{
			name:    "YAML front matter",
			file:    "a.md",
			content: "---\ntitle: \"Talks: round three\"\ndate: 2025-07-23\nurl: https://example.org/a\nid: talks-3\nauthor: 'O''Neil' # a comment\ntags:\n  - war\n---\n\n" + body,
			want: annals.Document{
				ID: "talks-3", Title: "Talks: round three", URL: "https://example.org/a",
				Date: day("2025-07-23"), DateSource: annals.DateFrontMatter, Text: body,
				Meta: map[string]string{"author": "O'Neil"},
			},
		},
		{
			name:    "front matter with CRLF line ends and an RFC 3339 date",
			file:    "a.txt",
			content: "---\r\ndate: 2025-07-23T23:30:00-05:00\r\n---\r\n" + body,
			want:    annals.Document{Text: body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:    "plain Date line",
			file:    "a.txt",
			content: "Date: July 23, 2025\n\n" + body,
			want:    annals.Document{Text: body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:    "byte order mark is dropped",
			file:    "a.txt",
			content: "\uFEFFDate: 23 July 2025\n" + body,
			want:    annals.Document{Text: body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:    "dateline with weekday stays in the text",
			file:    "a.txt",
			content: "Friday, January 4, 2019 \n\n" + body,
			want:    annals.Document{Text: "Friday, January 4, 2019 \n\n" + body, Date: day("2019-01-04"), DateSource: annals.DateDateline},
		},
		{
			name:    "dateline month first",
			file:    "a.text",
			content: "January 4, 2019 — " + body,
			want:    annals.Document{Text: "January 4, 2019 — " + body, Date: day("2019-01-04"), DateSource: annals.DateDateline},
		},
		{
			name:    "dateline day first",
			file:    "a.txt",
			content: "4 January 2019\n" + body,
			want:    annals.Document{Text: "4 January 2019\n" + body, Date: day("2019-01-04"), DateSource: annals.DateDateline},
		},
		{
			name:    "dateline ISO",
			file:    "a.txt",
			content: "2019-01-04: " + body,
			want:    annals.Document{Text: "2019-01-04: " + body, Date: day("2019-01-04"), DateSource: annals.DateDateline},
		},
		{
			name:    "abbreviated dateline",
			file:    "a.txt",
			content: "Sept. 4, 2019 " + body,
			want:    annals.Document{Text: "Sept. 4, 2019 " + body, Date: day("2019-09-04"), DateSource: annals.DateDateline},
		},
		{
			name:     "impossible dateline is no date",
			file:     "a.txt",
			content:  "February 30, 2019\n" + body,
			want:     annals.Document{Text: "February 30, 2019\n" + body},
			wantWarn: true,
		},
		{
			name:     "date inside the text is no dateline",
			file:     "a.txt",
			content:  "On January 4, 2019 it rained.\n",
			want:     annals.Document{Text: "On January 4, 2019 it rained.\n"},
			wantWarn: true,
		},
		{
			name:    "markdown title from heading",
			file:    "a.markdown",
			content: "```\n# not this\n```\n# Talks in Istanbul #\n\n" + body,
			want: annals.Document{
				Title: "Talks in Istanbul",
				Text:  "Talks in Istanbul\n\n" + body, // the code block is no prose
			},
			wantWarn: true,
		},
		{
			name:    "markdown setext title",
			file:    "a.md",
			content: "Date: 2025-07-23\nTalks about C#\n===\n" + body,
			want:    annals.Document{Title: "Talks about C#", Text: "Talks about C#\n\n" + body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:    "front matter title beats heading",
			file:    "a.md",
			content: "---\ntitle: Given\ndate: 2025-07-23\n---\n# Heading\n" + body,
			want:    annals.Document{Title: "Given", Text: "Heading\n\n" + body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:     "text files take no title from headings",
			file:     "a.txt",
			content:  "# Heading\n" + body,
			want:     annals.Document{Text: "# Heading\n" + body},
			wantWarn: true,
		},
		{
			name:     "horizontal rule is not front matter",
			file:     "a.md",
			content:  "---\nSome prose here.\n---\n" + body,
			want:     annals.Document{Text: "Some prose here.\n\n" + body}, // a rule, then a setext heading
			wantWarn: true,
		},
		{
			name:     "unclosed front matter is text",
			file:     "a.md",
			content:  "---\ndate: 2025-07-23\n" + body,
			want:     annals.Document{Text: "date: 2025-07-23\n" + body},
			wantWarn: true,
		},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{test.file: test.content})
			path := filepath.Join(dir, test.file)
			var logged bytes.Buffer
			opts := Options{Date: test.date, Log: slog.New(slog.NewTextHandler(&logged, nil))}

			results := readAll(t, []string{path}, opts)
			if len(results) != 1 || results[0].err != nil {
				t.Fatalf("got %v, want one document", results)
			}
			want := test.want
			want.Origin = path
			if want.ID == "" { // the file's name is its id
				want.ID = test.file
			}
			want.Meta = maps.Clone(want.Meta)
			if want.Meta == nil {
				want.Meta = map[string]string{}
			}
			want.Meta["file"] = test.file
			assertDocument(t, results[0].doc, want)
			gotWarn := strings.Contains(logged.String(), "no date found") && strings.Contains(logged.String(), path)
			if gotWarn != test.wantWarn {
				t.Errorf("warning logged = %v, want %v; log: %q", gotWarn, test.wantWarn, logged.String())
			}
		})
	}
}

// assertDocument compares documents field by field, for readable failures.
func assertDocument(t *testing.T, got, want annals.Document) {
	t.Helper()
	if got.ID != want.ID {
		t.Errorf("ID = %q, want %q", got.ID, want.ID)
	}
	if got.Title != want.Title {
		t.Errorf("Title = %q, want %q", got.Title, want.Title)
	}
	if got.URL != want.URL {
		t.Errorf("URL = %q, want %q", got.URL, want.URL)
	}
	if !got.Date.Equal(want.Date) || got.Date.Location() != time.UTC {
		t.Errorf("Date = %v, want %v (UTC)", got.Date, want.Date)
	}
	if got.DateSource != want.DateSource {
		t.Errorf("DateSource = %q, want %q", got.DateSource, want.DateSource)
	}
	if got.Text != want.Text {
		t.Errorf("Text = %q, want %q", got.Text, want.Text)
	}
	if got.Origin != want.Origin {
		t.Errorf("Origin = %q, want %q", got.Origin, want.Origin)
	}
	if !maps.Equal(got.Meta, want.Meta) {
		t.Errorf("Meta = %v, want %v", got.Meta, want.Meta)
	}
}
