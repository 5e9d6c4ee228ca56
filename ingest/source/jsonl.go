package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annals/annals"
)

// readJSONL streams the records of a JSON Lines input, one document per
// non-blank line. A bad line is reported and reading goes on with the next;
// a NUL byte (a binary file) or a read error ends the input.
func (r *reader) readJSONL(name string, in io.Reader) (count int, more bool) {
	buffered := bufio.NewReaderSize(in, 64<<10)
	var line []byte // reused: decoded strings never alias it
	records := 0
	for lineNumber := 1; ; lineNumber++ {
		if !r.checkContext() {
			return count, false
		}
		var readErr error
		line, readErr = readLine(buffered, line[:0])
		if readErr != nil && !errors.Is(readErr, io.EOF) {
			return count, r.fail(name, lineNumber, fmt.Errorf("read: %w", pathProblem(readErr)))
		}
		if lineNumber == 1 {
			line = bytes.TrimPrefix(line, []byte(byteOrderMark))
		}
		if len(bytes.TrimSpace(line)) > 0 {
			records++
			if bytes.IndexByte(line, 0) >= 0 {
				// Going on would only report every following line as bad.
				return count, r.fail(name, 0, problem(ErrBinary, "binary file, not text"))
			}
			doc, problemLine, err := r.jsonlDocument(name, lineNumber, line)
			if err != nil {
				if !r.fail(name, problemLine, err) {
					return count, false
				}
			} else {
				count++
				if !r.emit(doc) {
					return count, false
				}
			}
		}
		if readErr != nil { // io.EOF
			break
		}
	}
	if records == 0 {
		return count, r.fail(name, 0, problem(ErrEmpty, "no JSON Lines records (empty file)"))
	}
	return count, true
}

// readLine appends the next line of in (with its newline, if any) to buf.
// Unlike bufio.Scanner it has no line length limit: one line holds a whole
// news article.
func readLine(in *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		chunk, err := in.ReadSlice('\n')
		buf = append(buf, chunk...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return buf, err
		}
	}
}

// jsonlDocument makes the document of one JSON Lines record; on failure it
// returns the line of the problem.
func (r *reader) jsonlDocument(name string, lineNumber int, line []byte) (annals.Document, int, error) {
	if badLine, err := checkText(line, lineNumber); err != nil {
		return annals.Document{}, badLine, err
	}
	fields, err := decodeObject(line)
	if err != nil {
		return annals.Document{}, lineNumber, err
	}
	origin := name + ":" + strconv.Itoa(lineNumber)
	doc := annals.Document{Origin: origin}

	text, hasText, err := stringField(fields, "text")
	switch {
	case err != nil:
		return annals.Document{}, lineNumber, err
	case !hasText:
		return annals.Document{}, lineNumber, problem(ErrBadRecord, `no "text" field`)
	case strings.TrimSpace(text) == "":
		return annals.Document{}, lineNumber, problem(ErrBadRecord, `empty "text"`)
	}
	doc.Text = text

	if doc.ID, err = idField(fields); err != nil {
		return annals.Document{}, lineNumber, err
	}
	if doc.ID == "" {
		doc.ID = ID(text)
	}
	if doc.Title, _, err = stringField(fields, "title"); err != nil {
		return annals.Document{}, lineNumber, err
	}
	if doc.URL, _, err = stringField(fields, "url"); err != nil {
		return annals.Document{}, lineNumber, err
	}

	// The date: the record's own, else --date, else a dateline, else none.
	date, _, err := stringField(fields, "date")
	switch {
	case err != nil:
		return annals.Document{}, lineNumber, err
	case strings.TrimSpace(date) != "":
		if doc.Date, err = parseDate(date); err != nil {
			return annals.Document{}, lineNumber, err
		}
		doc.DateSource = annals.DateField
	case !r.flagDate.IsZero():
		doc.Date, doc.DateSource = r.flagDate, annals.DateFlag
	default:
		if dateline, ok := datelineDate(text); ok {
			doc.Date, doc.DateSource = dateline, annals.DateDateline
		} else {
			r.warnNoDate(origin)
		}
	}

	doc.Meta = otherFields(fields)
	return doc, 0, nil
}

// recordFields are the keys a record's Document is made of; all others go
// to Meta.
var recordFields = map[string]bool{"id": true, "date": true, "title": true, "text": true, "url": true}

// decodeObject reads one JSON object, saying briefly what is wrong otherwise.
func decodeObject(line []byte) (map[string]json.RawMessage, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		var syntaxErr *json.SyntaxError
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syntaxErr):
			return nil, problem(ErrBadRecord, "not valid JSON: %w (column %d)", err, syntaxErr.Offset)
		case errors.As(err, &typeErr):
			return nil, problem(ErrBadRecord, "not a JSON object but %s %s", article(typeErr.Value), typeErr.Value)
		}
		return nil, problem(ErrBadRecord, "not valid JSON: %w", err)
	}
	if fields == nil {
		return nil, problem(ErrBadRecord, "not a JSON object but null")
	}
	return fields, nil
}

// article is "an" or "a", for messages such as "an array" or "a string".
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an"
	}
	return "a"
}

// stringField reads fields[key] as a string; null counts as absent.
func stringField(fields map[string]json.RawMessage, key string) (value string, present bool, err error) {
	raw, ok := fields[key]
	if !ok || jsonKind(raw) == "null" {
		return "", false, nil
	}
	if plain, ok := unescapedString(raw); ok {
		return plain, true, nil
	}
	if err := json.Unmarshal(raw, &value); err != nil {
		kind := jsonKind(raw)
		return "", false, problem(ErrBadRecord, "%q must be a string, not %s %s", key, article(kind), kind)
	}
	return value, true, nil
}

// unescapedString is the value of a JSON string without escapes, read
// directly: a news text is most of its record, and decoding it a second
// time through encoding/json doubles the cost of reading a file. raw comes
// from a valid JSON object, so a quoted value with no backslash is exactly
// its content.
func unescapedString(raw json.RawMessage) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	content := raw[1 : len(raw)-1]
	if bytes.IndexByte(content, '\\') >= 0 || !utf8.Valid(content) {
		return "", false
	}
	return string(content), true
}

// idField reads the "id" of a record, a string or a number (kept as
// written, so 0042 and 42.0 stay distinct); "" when absent.
func idField(fields map[string]json.RawMessage) (string, error) {
	raw, ok := fields["id"]
	if !ok {
		return "", nil
	}
	switch kind := jsonKind(raw); kind {
	case "null":
		return "", nil
	case "number":
		return string(bytes.TrimSpace(raw)), nil
	case "string":
		id, _, err := stringField(fields, "id")
		return strings.TrimSpace(id), err
	default:
		return "", problem(ErrBadRecord, `"id" must be a string or a number, not %s %s`, article(kind), kind)
	}
}

// otherFields keeps the fields not made into Document fields: strings as
// they are, other values as compact JSON. nil when there are none.
func otherFields(fields map[string]json.RawMessage) map[string]string {
	var meta map[string]string
	for key, raw := range fields {
		if recordFields[key] {
			continue
		}
		if meta == nil {
			meta = make(map[string]string)
		}
		var text string
		if jsonKind(raw) == "string" && json.Unmarshal(raw, &text) == nil {
			meta[key] = text
			continue
		}
		var compact bytes.Buffer
		if json.Compact(&compact, raw) == nil {
			meta[key] = compact.String()
		} else {
			meta[key] = string(raw) // cannot happen: raw came from a valid object
		}
	}
	return meta
}

// jsonKind names the kind of a valid JSON value by its first byte.
func jsonKind(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}
