package source

import (
	"bufio"
	"errors"
	"io"
	"path/filepath"
	"strings"
)

// inputFormat is how an input is read; "" means "not decided yet, sniff".
type inputFormat string

const (
	formatText     inputFormat = "text"
	formatMarkdown inputFormat = "markdown"
	formatJSONL    inputFormat = "jsonl"
)

// formatsByExtension lists the file extensions read, in lower case.
var formatsByExtension = map[string]inputFormat{
	".txt":      formatText,
	".text":     formatText,
	".md":       formatMarkdown,
	".markdown": formatMarkdown,
	".jsonl":    formatJSONL,
	".ndjson":   formatJSONL,
}

const knownExtensions = ".txt, .text, .md, .markdown, .jsonl or .ndjson"

// formatOfExtension is the format of a file named path, by its extension
// (case-insensitively), and whether the extension is known.
func formatOfExtension(path string) (inputFormat, bool) {
	format, ok := formatsByExtension[strings.ToLower(filepath.Ext(path))]
	return format, ok
}

// parseFormat checks an Options.Format value.
func parseFormat(name string) (inputFormat, error) {
	switch format := inputFormat(name); format {
	case "", formatText, formatMarkdown, formatJSONL:
		return format, nil
	}
	return "", problem(ErrUnsupported, "unknown format %q (want text, markdown or jsonl)", name)
}

// explicitFormat is the format of a file the caller named: by extension, else
// Options.Format. Unlike files found in folders, an explicitly named file with
// an unknown extension is an error rather than silently skipped, because the
// caller clearly meant to read it.
func (r *reader) explicitFormat(path string) (inputFormat, error) {
	if format, ok := formatOfExtension(path); ok {
		return format, nil
	}
	if r.opts.Format == "" {
		ext := filepath.Ext(path)
		if ext == "" {
			return "", problem(ErrUnsupported, "no file extension (want %s, or set a format)", knownExtensions)
		}
		return "", problem(ErrUnsupported, "unsupported file type %q (want %s, or set a format)", ext, knownExtensions)
	}
	return parseFormat(r.opts.Format)
}

// sniffLimit bounds how much leading white space sniffing looks through.
const sniffLimit = 64 << 10

// sniff decides between JSON Lines and text from the first non-blank byte
// ('{' means JSON Lines), returning a reader that still yields every byte.
func sniff(in io.Reader) (io.Reader, inputFormat, error) {
	buffered := bufio.NewReaderSize(in, sniffLimit)
	first := 1
	if head, _ := buffered.Peek(len(byteOrderMark)); string(head) == byteOrderMark {
		first += len(byteOrderMark)
	}
	for n := first; n <= sniffLimit; n++ {
		head, err := buffered.Peek(n)
		if len(head) < n {
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, "", err
			}
			return buffered, formatText, nil // all blank (or empty): text reports it
		}
		switch head[n-1] {
		case ' ', '\t', '\r', '\n', '\f', '\v':
			continue
		case '{':
			return buffered, formatJSONL, nil
		default:
			return buffered, formatText, nil
		}
	}
	return buffered, formatText, nil
}
