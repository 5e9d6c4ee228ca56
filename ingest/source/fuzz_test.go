package source

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/annals/annals"
)

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","date":"2019-01-04","title":"T","text":"Some text.","url":"u","x":[1, 2]}`))
	f.Add([]byte("{\"id\": 42, \"text\":\"Friday, January 4, 2019\\n\\nNews.\"}\n\n[1]\nnull\n{\"text\":\"\"}\n"))
	f.Add([]byte("\uFEFF{\"text\":\"caf\xe9\"}\r\n{\"text\":\"x\",\"date\":\"Sept. 4, 2019\"}"))
	f.Add([]byte(`{"text":"a\ud800b","id":true}` + "\n{\"text\":1}\n{\"text\":\"\x00\"}"))
	if example, err := os.ReadFile("../../testdata/istanbul-talks.jsonl"); err == nil {
		f.Add(example)
	}
	f.Fuzz(func(t *testing.T, input []byte) {
		for _, flagDate := range []time.Time{{}, day("2025-07-23")} {
			opts := Options{Stdin: bytes.NewReader(input), Format: "jsonl", Date: flagDate}
			lines := bytes.Count(input, []byte{'\n'}) + 1
			results := 0
			for doc, err := range Documents(context.Background(), []string{"-"}, opts) {
				results++
				if err != nil {
					checkFuzzError(t, err)
					continue
				}
				checkFuzzDocument(t, doc)
				if !strings.HasPrefix(doc.Origin, "<stdin>:") {
					t.Errorf("origin %q", doc.Origin)
				}
				if strings.TrimSpace(doc.Text) == "" {
					t.Errorf("document %s has no text", doc.Origin)
				}
			}
			if results == 0 || results > lines+1 {
				t.Errorf("%d results for %d lines", results, lines)
			}
		}
	})
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Friday, January 4, 2019 \n\nAn apartment building collapsed on Monday."))
	f.Add([]byte("---\ntitle: \"T: t\"\ndate: 2025-07-23\nid: x\nauthor: 'O''Neil' # c\n---\n\n# Heading #\ntext"))
	f.Add([]byte("Date: 23 July 2025\r\nText\r\n"))
	f.Add([]byte("\uFEFF---\r\ndate: 2025-07-23T23:30:00-05:00\r\n---\r\nTitle\n===\n```\n# x\n```"))
	f.Add([]byte("bad \xff byte"))
	f.Add([]byte("---\n---\n"))
	if example, err := os.ReadFile("../../../shared/corpus/istanbul-talks.txt"); err == nil {
		f.Add(example)
	}
	f.Fuzz(func(t *testing.T, input []byte) {
		for _, format := range []string{"text", "markdown"} {
			opts := Options{Stdin: bytes.NewReader(input), Format: format}
			results := 0
			for doc, err := range Documents(context.Background(), []string{"-"}, opts) {
				results++
				if err != nil {
					checkFuzzError(t, err)
					continue
				}
				checkFuzzDocument(t, doc)
				if doc.Origin != "<stdin>" {
					t.Errorf("origin %q", doc.Origin)
				}
				// Plain text is the body after any front matter, so offsets
				// into it are offsets into the end of the input; Markdown is
				// stored as its plain text.
				if format == "text" && !strings.HasSuffix(string(input), doc.Text) || strings.TrimSpace(doc.Text) == "" {
					t.Errorf("text %q is not a non-blank suffix of the input", doc.Text)
				}
				if !strings.HasPrefix(string(input), "---") && !strings.HasPrefix(string(input), "\uFEFF---") && doc.ID != ID(doc.Text) {
					t.Errorf("id %q without front matter, want %q", doc.ID, ID(doc.Text))
				}
			}
			if results != 1 {
				t.Errorf("%d results, want 1", results)
			}
		}
	})
}

// checkFuzzError checks that err is a well-formed *Error about stdin.
func checkFuzzError(t *testing.T, err error) {
	t.Helper()
	var inputErr *Error
	if !errors.As(err, &inputErr) || inputErr.File != "<stdin>" || inputErr.Line < 0 || inputErr.Err == nil {
		t.Fatalf("error %#v (%v) is not an *Error about <stdin>", err, err)
	}
}

// checkFuzzDocument checks what every document promises.
func checkFuzzDocument(t *testing.T, doc annals.Document) {
	t.Helper()
	if doc.ID == "" {
		t.Errorf("document %s has no id", doc.Origin)
	}
	for _, s := range []string{doc.ID, doc.Title, doc.URL, doc.Text} {
		if !utf8.ValidString(s) {
			t.Errorf("document %s has invalid UTF-8 %q", doc.Origin, s)
		}
	}
	if doc.Date.IsZero() != (doc.DateSource == annals.DateNone) {
		t.Errorf("date %v with source %q", doc.Date, doc.DateSource)
	}
	if !doc.Date.IsZero() && (doc.Date.Location() != time.UTC || !doc.Date.Equal(dayOf(doc.Date))) {
		t.Errorf("date %v is not UTC midnight", doc.Date)
	}
}
