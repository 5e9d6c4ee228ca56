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
		date     time.Time // Options.Date
		want     annals.Document
		wantWarn bool // a "no date found" warning naming the file
	}{
		{
			name:     "plain text without a date",
			file:     "a.txt",
			content:  body,
			want:     annals.Document{ID: ID(body), Text: body},
			wantWarn: true,
		},
		{
			name:    "flag date",
			file:    "a.txt",
			content: body,
			date:    time.Date(2025, 7, 23, 15, 30, 0, 0, time.FixedZone("X", -5*3600)),
			want:    annals.Document{ID: ID(body), Text: body, Date: day("2025-07-23"), DateSource: annals.DateFlag},
		},
		{
			name:    "flag date overrides front matter and dateline",
			file:    "a.md",
			content: "---\ndate: 2020-01-01\n---\nJanuary 4, 2019\n" + body,
			date:    day("2025-07-23"),
			want:    annals.Document{ID: ID("January 4, 2019\n" + body), Text: "January 4, 2019\n" + body, Date: day("2025-07-23"), DateSource: annals.DateFlag},
		},
		{
			name:    "flag date overrides an unreadable front-matter date",
			file:    "a.txt",
			content: "Date: someday\n" + body,
			date:    day("2025-07-23"),
			want:    annals.Document{ID: ID(body), Text: body, Date: day("2025-07-23"), DateSource: annals.DateFlag},
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
			want:    annals.Document{ID: ID(body), Text: body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:    "plain Date line",
			file:    "a.txt",
			content: "Date: July 23, 2025\n\n" + body,
			want:    annals.Document{ID: ID(body), Text: body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:    "byte order mark is dropped",
			file:    "a.txt",
			content: "\uFEFFDate: 23 July 2025\n" + body,
			want:    annals.Document{ID: ID(body), Text: body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:    "dateline with weekday stays in the text",
			file:    "a.txt",
			content: "Friday, January 4, 2019 \n\n" + body,
			want:    annals.Document{ID: ID("Friday, January 4, 2019 \n\n" + body), Text: "Friday, January 4, 2019 \n\n" + body, Date: day("2019-01-04"), DateSource: annals.DateDateline},
		},
		{
			name:    "dateline month first",
			file:    "a.text",
			content: "January 4, 2019 — " + body,
			want:    annals.Document{ID: ID("January 4, 2019 — " + body), Text: "January 4, 2019 — " + body, Date: day("2019-01-04"), DateSource: annals.DateDateline},
		},
		{
			name:    "dateline day first",
			file:    "a.txt",
			content: "4 January 2019\n" + body,
			want:    annals.Document{ID: ID("4 January 2019\n" + body), Text: "4 January 2019\n" + body, Date: day("2019-01-04"), DateSource: annals.DateDateline},
		},
		{
			name:    "dateline ISO",
			file:    "a.txt",
			content: "2019-01-04: " + body,
			want:    annals.Document{ID: ID("2019-01-04: " + body), Text: "2019-01-04: " + body, Date: day("2019-01-04"), DateSource: annals.DateDateline},
		},
		{
			name:    "abbreviated dateline",
			file:    "a.txt",
			content: "Sept. 4, 2019 " + body,
			want:    annals.Document{ID: ID("Sept. 4, 2019 " + body), Text: "Sept. 4, 2019 " + body, Date: day("2019-09-04"), DateSource: annals.DateDateline},
		},
		{
			name:     "impossible dateline is no date",
			file:     "a.txt",
			content:  "February 30, 2019\n" + body,
			want:     annals.Document{ID: ID("February 30, 2019\n" + body), Text: "February 30, 2019\n" + body},
			wantWarn: true,
		},
		{
			name:     "date inside the text is no dateline",
			file:     "a.txt",
			content:  "On January 4, 2019 it rained.\n",
			want:     annals.Document{ID: ID("On January 4, 2019 it rained.\n"), Text: "On January 4, 2019 it rained.\n"},
			wantWarn: true,
		},
		{
			name:    "markdown title from heading",
			file:    "a.markdown",
			content: "```\n# not this\n```\n# Talks in Istanbul #\n\n" + body,
			want: annals.Document{
				ID: ID("```\n# not this\n```\n# Talks in Istanbul #\n\n" + body), Title: "Talks in Istanbul",
				Text: "```\n# not this\n```\n# Talks in Istanbul #\n\n" + body,
			},
			wantWarn: true,
		},
		{
			name:    "markdown setext title",
			file:    "a.md",
			content: "Date: 2025-07-23\nTalks about C#\n===\n" + body,
			want:    annals.Document{ID: ID("Talks about C#\n===\n" + body), Title: "Talks about C#", Text: "Talks about C#\n===\n" + body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:    "front matter title beats heading",
			file:    "a.md",
			content: "---\ntitle: Given\ndate: 2025-07-23\n---\n# Heading\n" + body,
			want:    annals.Document{ID: ID("# Heading\n" + body), Title: "Given", Text: "# Heading\n" + body, Date: day("2025-07-23"), DateSource: annals.DateFrontMatter},
		},
		{
			name:     "text files take no title from headings",
			file:     "a.txt",
			content:  "# Heading\n" + body,
			want:     annals.Document{ID: ID("# Heading\n" + body), Text: "# Heading\n" + body},
			wantWarn: true,
		},
		{
			name:     "horizontal rule is not front matter",
			file:     "a.md",
			content:  "---\nSome prose here.\n---\n" + body,
			want:     annals.Document{ID: ID("---\nSome prose here.\n---\n" + body), Text: "---\nSome prose here.\n---\n" + body},
			wantWarn: true,
		},
		{
			name:     "unclosed front matter is text",
			file:     "a.md",
			content:  "---\ndate: 2025-07-23\n" + body,
			want:     annals.Document{ID: ID("---\ndate: 2025-07-23\n" + body), Text: "---\ndate: 2025-07-23\n" + body},
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
