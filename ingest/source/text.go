package source

import (
	"strings"

	"github.com/annals/annals"
)

// textDocument makes the one document of a plain-text or Markdown input.
// file is the file's name relative to the path the caller gave (its base
// name for a file, its path inside a folder; "" for stdin): it is the
// document's id unless the front matter gives one, so editing the file and
// reading it again replaces the old version, and it is kept in Meta["file"].
// A Markdown body is stored as its plain text (see [markdownText]).
// On failure it returns the line of the problem (0 for the whole input).
func (r *reader) textDocument(name, file string, data []byte, markdown bool) (annals.Document, int, error) {
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

	title := fm.title
	if markdown {
		var heading string
		body, heading = markdownText(body)
		if body == "" {
			return annals.Document{}, 0, problem(ErrEmpty, "no text in the Markdown (only markup, code or HTML)")
		}
		if title == "" {
			title = heading
		}
	}

	doc := annals.Document{
		ID:     fm.id,
		Title:  title,
		URL:    fm.url,
		Text:   body,
		Origin: name,
		Meta:   fm.extra,
	}
	switch {
	case doc.ID != "":
	case file != "":
		doc.ID = file
	default:
		doc.ID = ID(body)
	}
	if file != "" && doc.Meta["file"] == "" {
		if doc.Meta == nil {
			doc.Meta = make(map[string]string)
		}
		doc.Meta["file"] = file
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
