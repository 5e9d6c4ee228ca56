package source

import (
	"strings"

	"github.com/annals/annals"
)

// textDocument makes the one document of a plain-text or Markdown input.
// On failure it returns the line of the problem (0 for the whole input).
func (r *reader) textDocument(name string, data []byte, markdown bool) (annals.Document, int, error) {
	if line, err := checkText(data, 1); err != nil {
		return annals.Document{}, line, err
	}
	text := strings.TrimPrefix(string(data), byteOrderMark)
	if strings.TrimSpace(text) == "" {
		return annals.Document{}, 0, problem(ErrEmpty, "empty file")
	}
	fm, body := splitFrontMatter(text)
	if strings.TrimSpace(body) == "" {
		return annals.Document{}, 0, problem(ErrEmpty, "no text after the front matter")
	}

	doc := annals.Document{
		ID:     fm.id,
		Title:  fm.title,
		URL:    fm.url,
		Text:   body,
		Origin: name,
		Meta:   fm.extra,
	}
	if doc.ID == "" {
		doc.ID = ID(body)
	}
	if doc.Title == "" && markdown {
		doc.Title = markdownTitle(body)
	}

	// The date: --date, else front matter, else a dateline, else none.
	switch {
	case !r.flagDate.IsZero():
		doc.Date, doc.DateSource = r.flagDate, annals.DateFlag
	case fm.date != "":
		date, err := parseDate(fm.date)
		if err != nil {
			return annals.Document{}, fm.dateLine, err
		}
		doc.Date, doc.DateSource = date, annals.DateFrontMatter
	default:
		if date, ok := datelineDate(body); ok {
			doc.Date, doc.DateSource = date, annals.DateDateline
		} else {
			r.warnNoDate(name)
		}
	}
	return doc, 0, nil
}

// warnNoDate tells the user that relative dates in a document cannot be
// resolved, and how to fix it.
func (r *reader) warnNoDate(origin string) {
	r.log.Warn("no date found; relative dates cannot be resolved (give --date or a date: line)", "document", origin)
}

// markdownTitle is the first level-1 heading of a Markdown text: an ATX
// "# Title" line or a setext "Title" line underlined with "===", outside
// fenced code blocks; "" if there is none.
func markdownTitle(body string) string {
	inFence := false
	previous := "" // the line before, if it could be a setext heading's text
	for line := range strings.Lines(body) {
		line = strings.TrimRight(line, " \t\r\n")
		trimmed := strings.TrimLeft(line, " ")
		isBlock := len(line)-len(trimmed) <= 3 // more indent is a code block
		switch {
		case isBlock && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")):
			inFence = !inFence
			previous = ""
			continue
		case inFence:
			continue
		case isBlock && strings.HasPrefix(trimmed, "# "):
			if title := atxHeadingText(trimmed[2:]); title != "" {
				return title
			}
		case isBlock && previous != "" && trimmed != "" && strings.Trim(trimmed, "=") == "":
			return strings.TrimSpace(previous)
		}
		previous = line
	}
	return ""
}

// atxHeadingText drops the optional closing "#"s of an ATX heading, which
// only count when a space precedes them ("# C#" is about C#).
func atxHeadingText(heading string) string {
	heading = strings.TrimSpace(heading)
	withoutClosing := strings.TrimRight(heading, "#")
	if withoutClosing == "" || strings.HasSuffix(withoutClosing, " ") {
		heading = withoutClosing
	}
	return strings.TrimSpace(heading)
}
