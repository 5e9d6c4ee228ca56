package source

import (
	"bytes"
	"errors"
	"io/fs"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
)

const wantDate = "(want a date such as 2025-07-23, 2025-07-23T10:00:00Z, July 23, 2025 or 23 July 2025)"

// TestBadInput checks that each bad input is reported as an *Error with the
// exact "file:line:" prefix, and that good documents of the same run are
// still read. In want, "D" stands for the fixture folder and "doc <id>" for a
// document.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		paths    []string // relative to the fixture folder
		want     []string
		sentinel error // errors.Is for the first error
	}{
		{
			name:     "missing file",
			paths:    []string{"missing.txt", "ok.txt"},
			files:    map[string]string{"ok.txt": "ok"},
			want:     []string{"D/missing.txt: no such file or directory", "doc ok.txt"},
			sentinel: fs.ErrNotExist,
		},
		{
			name:     "unsupported extension",
			files:    map[string]string{"a.pdf": "%PDF"},
			paths:    []string{"a.pdf"},
			want:     []string{`D/a.pdf: unsupported file type ".pdf" (want .txt, .text, .md, .markdown, .jsonl or .ndjson, or set a format)`},
			sentinel: ErrUnsupported,
		},
		{
			name:     "no extension",
			files:    map[string]string{"README": "x"},
			paths:    []string{"README"},
			want:     []string{`D/README: no file extension (want .txt, .text, .md, .markdown, .jsonl or .ndjson, or set a format)`},
			sentinel: ErrUnsupported,
		},
		{
			name:     "binary text file",
			files:    map[string]string{"a.txt": "abc\x00def"},
			paths:    []string{"a.txt"},
			want:     []string{"D/a.txt: binary file, not text"},
			sentinel: ErrBinary,
		},
		{
			name:     "binary JSON Lines file stops at the NUL",
			files:    map[string]string{"a.jsonl": `{"text":"ok"}` + "\n\x00\x01\x02\n" + `{"text":"lost"}`},
			paths:    []string{"a.jsonl"},
			want:     []string{"doc " + ID("ok"), "D/a.jsonl: binary file, not text"},
			sentinel: ErrBinary,
		},
		{
			name:     "invalid UTF-8 in text names the line",
			files:    map[string]string{"a.txt": "line one\nline two\nbad \xff here\n"},
			paths:    []string{"a.txt"},
			want:     []string{"D/a.txt:3: invalid UTF-8: byte 0xff at column 5"},
			sentinel: ErrInvalidUTF8,
		},
		{
			name:     "invalid UTF-8 in front matter names the line",
			files:    map[string]string{"a.md": "---\ntitle: caf\xe9\n---\ntext"},
			paths:    []string{"a.md"},
			want:     []string{"D/a.md:2: invalid UTF-8: byte 0xe9 at column 11"},
			sentinel: ErrInvalidUTF8,
		},
		{
			name:     "invalid UTF-8 in JSON Lines names the line",
			files:    map[string]string{"a.jsonl": `{"text":"ok"}` + "\n" + `{"text":"caf` + "\xe9" + `"}` + "\n" + `{"text":"ok2"}`},
			paths:    []string{"a.jsonl"},
			want:     []string{"doc " + ID("ok"), "D/a.jsonl:2: invalid UTF-8: byte 0xe9 at column 13", "doc " + ID("ok2")},
			sentinel: ErrInvalidUTF8,
		},
		{
			name:  "JSON Lines lines that are not JSON objects",
			files: map[string]string{"a.jsonl": "{\"text\":\"ok\"}\n\n{\"text\": oops}\n[1,2]\n\"text\"\nnull\n42\n{\"text\":\"a\"} {}\nnot json\n{\"text\":\"ok2\"}\n"},
			paths: []string{"a.jsonl"},
			want: []string{
				"doc " + ID("ok"),
				"D/a.jsonl:3: not valid JSON: invalid character 'o' looking for beginning of value (column 10)",
				"D/a.jsonl:4: not a JSON object but an array",
				"D/a.jsonl:5: not a JSON object but a string",
				"D/a.jsonl:6: not a JSON object but null",
				"D/a.jsonl:7: not a JSON object but a number",
				"D/a.jsonl:8: not valid JSON: invalid character '{' after top-level value (column 14)",
				"D/a.jsonl:9: not valid JSON: invalid character 'o' in literal null (expecting 'u') (column 2)",
				"doc " + ID("ok2"),
			},
			sentinel: ErrBadRecord,
		},
		{
			name: "JSON Lines records with bad fields",
			files: map[string]string{"a.jsonl": strings.Join([]string{
				`{"id":"x"}`,
				`{"id":"x","text":null}`,
				`{"id":"x","text":"  \n "}`,
				`{"id":"x","text":7}`,
				`{"id":true,"text":"t"}`,
				`{"text":"t","title":["a"]}`,
				`{"text":"t","url":{}}`,
				`{"text":"t","date":20190104}`,
				`{"text":"t","date":"yesterday"}`,
			}, "\n")},
			paths: []string{"a.jsonl"},
			want: []string{
				`D/a.jsonl:1: no "text" field`,
				`D/a.jsonl:2: no "text" field`,
				`D/a.jsonl:3: empty "text"`,
				`D/a.jsonl:4: "text" must be a string, not a number`,
				`D/a.jsonl:5: "id" must be a string or a number, not a boolean`,
				`D/a.jsonl:6: "title" must be a string, not an array`,
				`D/a.jsonl:7: "url" must be a string, not an object`,
				`D/a.jsonl:8: "date" must be a string, not a number`,
				`D/a.jsonl:9: cannot read date "yesterday" ` + wantDate,
			},
			sentinel: ErrBadRecord,
		},
		{
			name:     "unreadable front-matter date names its line",
			files:    map[string]string{"a.md": "---\ntitle: T\ndate: 2025-13-45\n---\ntext"},
			paths:    []string{"a.md"},
			want:     []string{`D/a.md:3: cannot read date "2025-13-45" ` + wantDate},
			sentinel: ErrBadDate,
		},
		{
			name:     "unreadable plain Date line",
			files:    map[string]string{"a.txt": "Date: last Friday\ntext"},
			paths:    []string{"a.txt"},
			want:     []string{`D/a.txt:1: cannot read date "last Friday" ` + wantDate},
			sentinel: ErrBadDate,
		},
		{
			name:     "empty text file",
			files:    map[string]string{"a.txt": "", "b.md": " \n\t\n", "c.md": "---\ntitle: T\n---\n\n"},
			paths:    []string{"a.txt", "b.md", "c.md"},
			want:     []string{"D/a.txt: empty file", "D/b.md: empty file", "D/c.md: no text after the front matter"},
			sentinel: ErrEmpty,
		},
		{
			name:     "empty JSON Lines file",
			files:    map[string]string{"a.jsonl": "\n  \n"},
			paths:    []string{"a.jsonl"},
			want:     []string{"D/a.jsonl: no JSON Lines records (empty file)"},
			sentinel: ErrEmpty,
		},
		{
			name:     "empty folder",
			files:    map[string]string{"empty/.keep": "", "empty/notes.pdf": "x", "empty/.hidden/a.txt": "hidden"},
			paths:    []string{"empty"},
			want:     []string{"D/empty: no documents found (no .txt, .text, .md, .markdown, .jsonl or .ndjson files)"},
			sentinel: ErrEmpty,
		},
		{
			name:     "folder of bad files",
			files:    map[string]string{"bad/a.txt": "", "bad/b.jsonl": "[]"},
			paths:    []string{"bad"},
			want:     []string{"D/bad/a.txt: empty file", "D/bad/b.jsonl:1: not a JSON object but an array", "D/bad: no readable documents (all 2 files had errors)"},
			sentinel: ErrEmpty,
		},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			dir := writeFiles(t, test.files)
			var paths []string
			for _, p := range test.paths {
				paths = append(paths, filepath.Join(dir, p))
			}
			var got []string
			var firstErr error
			for _, r := range readAll(t, paths, Options{}) {
				if r.err == nil {
					got = append(got, "doc "+r.doc.ID)
					continue
				}
				var inputErr *Error
				if !errors.As(r.err, &inputErr) {
					t.Errorf("error %v is %T, want *Error", r.err, r.err)
				}
				if r.doc.ID != "" || r.doc.Text != "" {
					t.Errorf("error %v came with a document", r.err)
				}
				if firstErr == nil {
					firstErr = r.err
				}
				got = append(got, strings.ReplaceAll(r.err.Error(), dir, "D"))
			}
			if strings.Join(got, "\n") != strings.Join(test.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(test.want, "\n"))
			}
			if firstErr != nil && !errors.Is(firstErr, test.sentinel) {
				t.Errorf("errors.Is(%v, %v) = false", firstErr, test.sentinel)
			}
		})
	}
}

func TestErrorFormat(t *testing.T) {
	cause := errors.New("what is wrong")
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{File: "a.jsonl", Line: 12, Err: cause}, "a.jsonl:12: what is wrong"},
		{&Error{File: "a.txt", Err: cause}, "a.txt: what is wrong"},
	}
	for _, test := range tests {
		if got := test.err.Error(); got != test.want {
			t.Errorf("Error() = %q, want %q", got, test.want)
		}
		if !errors.Is(test.err, cause) {
			t.Errorf("errors.Is(%v, cause) = false", test.err)
		}
	}
}

func TestFolderOrder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":            "b",
		"a/z.md":           "a/z",
		"a/b/c.txt":        "a/b/c",
		"a.txt":            "a",
		"B.TXT":            "B upper case extension",
		"c/notes.pdf":      "skipped",
		"c/d.jsonl":        `{"text":"c/d:1"}` + "\n" + `{"text":"c/d:2"}`,
		".git/x.txt":       "hidden folder",
		"c/.draft.txt":     "hidden file",
		"c/e.markdown":     "c/e",
		"c/sub/f.text":     "c/sub/f",
		"c/sub/g.ndjson":   `{"text":"c/sub/g"}`,
		"c/sub2/empty.bin": "x",
	})
	var logged bytes.Buffer
	debugLog := slog.New(slog.NewTextHandler(&logged, &slog.HandlerOptions{Level: slog.LevelDebug}))
	results := readAll(t, []string{dir, filepath.Join(dir, "b.txt")}, Options{Log: debugLog})
	var texts []string
	for _, r := range results {
		if r.err != nil {
			t.Fatal(r.err)
		}
		texts = append(texts, r.doc.Text)
	}
	want := []string{"B upper case extension", "a/b/c", "a/z\n", "a", "b", "c/d:1", "c/d:2", "c/e\n", "c/sub/f", "c/sub/g", "b"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("order:\n got %q\nwant %q", texts, want)
	}
	// A file's id is its path inside the folder given, or its base name
	// when the file itself is given.
	var ids []string
	for _, r := range results {
		ids = append(ids, r.doc.ID)
	}
	wantIDs := []string{"B.TXT", "a/b/c.txt", "a/z.md", "a.txt", "b.txt", ID("c/d:1"), ID("c/d:2"), "c/e.markdown", "c/sub/f.text", ID("c/sub/g"), "b.txt"}
	if strings.Join(ids, "|") != strings.Join(wantIDs, "|") {
		t.Errorf("ids:\n got %q\nwant %q", ids, wantIDs)
	}
	if !strings.Contains(logged.String(), "notes.pdf") || strings.Contains(logged.String(), ".draft") {
		t.Errorf("debug log should name skipped notes.pdf but not hidden files:\n%s", logged.String())
	}
	if origin := results[0].doc.Origin; origin != filepath.Join(dir, "B.TXT") {
		t.Errorf("origin = %q, want the file's path", origin)
	}
}

func TestFormatForUnknownExtensions(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"feed.log":  `{"text":"from a log"}`,
		"notes":     "# Notes\n\nNews.",
		"known.txt": `{"text":"the extension wins over Format"}`,
	})
	tests := []struct {
		file, format string
		want         string // the text, or the error with D for the folder
	}{
		{"feed.log", "jsonl", "from a log"},
		{"notes", "markdown", "Notes\n\nNews.\n"},
		{"known.txt", "jsonl", `{"text":"the extension wins over Format"}`},
		{"feed.log", "yaml", `D/feed.log: unknown format "yaml" (want text, markdown or jsonl)`},
	}
	for _, test := range tests {
		results := readAll(t, []string{filepath.Join(dir, test.file)}, Options{Format: test.format})
		if len(results) != 1 {
			t.Fatalf("%s: %d results, want 1", test.file, len(results))
		}
		got := results[0].doc.Text
		if results[0].err != nil {
			got = strings.ReplaceAll(results[0].err.Error(), dir, "D")
		}
		if got != test.want {
			t.Errorf("%s as %q: got %q, want %q", test.file, test.format, got, test.want)
		}
	}
}

func TestEmptyPath(t *testing.T) {
	results := readAll(t, []string{""}, Options{})
	if len(results) != 1 || results[0].err == nil || results[0].err.Error() != `"": empty path` {
		t.Errorf("got %v, want one error", results)
	}
}
