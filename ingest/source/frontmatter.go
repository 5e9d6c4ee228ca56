package source

import (
	"strconv"
	"strings"
)

// frontMatter is what a text file says about itself before its body.
type frontMatter struct {
	date     string
	dateLine int // line of the date in the file, for errors
	title    string
	url      string
	id       string
	// extra keeps the other keys ("author", "source" ...) for Document.Meta.
	extra map[string]string
}

// splitFrontMatter separates the front matter opening text from its body:
// either a YAML block between "---" lines with simple "key: value" pairs
// (date, title, url, id; other keys go to extra), or a single plain
// "Date: 2025-07-23" first line. Blank lines after the front matter are not
// part of the body. Text without front matter is all body.
//
// Only flat "key: value" YAML is understood; nested values and lists are
// skipped. A "---" block with a line that is not "key: value" is not front
// matter, since Markdown also uses "---" as a horizontal rule.
func splitFrontMatter(text string) (fm frontMatter, body string) {
	firstLine, rest, hasNewline := strings.Cut(text, "\n")
	firstLine = strings.TrimRight(firstLine, " \t\r")
	if firstLine == "---" && hasNewline {
		if fm, body, ok := splitYAMLBlock(rest); ok {
			return fm, trimLeadingBlankLines(body)
		}
		return frontMatter{}, text
	}
	if key, value, ok := strings.Cut(firstLine, ":"); ok && strings.EqualFold(strings.TrimSpace(key), "date") {
		fm := frontMatter{date: strings.TrimSpace(value), dateLine: 1}
		return fm, trimLeadingBlankLines(rest)
	}
	return frontMatter{}, text
}

// splitYAMLBlock reads the lines after an opening "---" up to the closing
// "---" (or "...").
func splitYAMLBlock(block string) (fm frontMatter, body string, ok bool) {
	for lineNumber := 2; block != ""; lineNumber++ {
		var line string
		line, block, _ = strings.Cut(block, "\n")
		line = strings.TrimRight(line, " \t\r")
		switch {
		case line == "---" || line == "...":
			return fm, block, true
		case line == "" || strings.HasPrefix(line, "#"):
			continue // blank or comment
		case line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(line, "- "):
			continue // part of a nested value or list, not understood
		}
		key, value, found := strings.Cut(line, ":")
		key = strings.TrimSpace(key)
		if !found || !isYAMLKey(key) {
			return frontMatter{}, "", false
		}
		value = yamlScalar(value)
		switch strings.ToLower(key) {
		case "date":
			fm.date, fm.dateLine = value, lineNumber
		case "title":
			fm.title = value
		case "url":
			fm.url = value
		case "id":
			fm.id = value
		default:
			if value == "" {
				continue // a nested value or list follows, not understood
			}
			if fm.extra == nil {
				fm.extra = make(map[string]string)
			}
			fm.extra[key] = value
		}
	}
	return frontMatter{}, "", false // never closed
}

// isYAMLKey reports whether key looks like a plain YAML mapping key.
func isYAMLKey(key string) bool {
	if key == "" {
		return false
	}
	for _, r := range key {
		isWordRune := r == '_' || r == '-' || r == '.' ||
			'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		if !isWordRune {
			return false
		}
	}
	return true
}

// yamlScalar reads a flat YAML value: quoted ("..." or '...') or plain, with
// a trailing " # comment" dropped.
func yamlScalar(value string) string {
	value = strings.TrimSpace(value)
	switch {
	case strings.HasPrefix(value, `"`):
		if quoted, err := strconv.QuotedPrefix(value); err == nil {
			if unquoted, err := strconv.Unquote(quoted); err == nil {
				return unquoted
			}
		}
	case strings.HasPrefix(value, "'"):
		// In single quotes, '' stands for ' and nothing else is special.
		var unquoted strings.Builder
		for i := 1; i < len(value); i++ {
			if value[i] != '\'' {
				unquoted.WriteByte(value[i])
				continue
			}
			if i+1 < len(value) && value[i+1] == '\'' {
				unquoted.WriteByte('\'')
				i++
				continue
			}
			return unquoted.String()
		}
	}
	if comment := strings.Index(value, " #"); comment >= 0 {
		value = strings.TrimSpace(value[:comment])
	}
	return value
}

// trimLeadingBlankLines drops whole blank lines at the start of s, keeping
// the indentation of the first line with text.
func trimLeadingBlankLines(s string) string {
	for {
		line, rest, found := strings.Cut(s, "\n")
		if !found || strings.TrimSpace(line) != "" {
			return s
		}
		s = rest
	}
}
