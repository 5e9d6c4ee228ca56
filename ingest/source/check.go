package source

import (
	"bytes"
	"unicode/utf8"
)

// byteOrderMark is the UTF-8 byte order mark some editors put at the start of
// a file; it is not part of the text.
const byteOrderMark = "\uFEFF"

// checkText reports a NUL byte (binary file) or invalid UTF-8 in data, which
// starts on line firstLine of its file. The line number returned is that of
// the first invalid byte, or 0 when the problem is the whole input.
func checkText(data []byte, firstLine int) (line int, err error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return 0, problem(ErrBinary, "binary file, not text")
	}
	if utf8.Valid(data) {
		return 0, nil
	}
	offset := firstInvalidUTF8(data)
	lineStart := bytes.LastIndexByte(data[:offset], '\n') + 1
	line = firstLine + bytes.Count(data[:offset], []byte{'\n'})
	return line, problem(ErrInvalidUTF8, "invalid UTF-8: byte 0x%02x at column %d", data[offset], offset-lineStart+1)
}

// firstInvalidUTF8 is the offset of the first byte of data that does not
// begin a valid UTF-8 sequence; data must not be valid UTF-8.
func firstInvalidUTF8(data []byte) int {
	for offset := 0; offset < len(data); {
		r, size := utf8.DecodeRune(data[offset:])
		if r == utf8.RuneError && size <= 1 {
			return offset
		}
		offset += size
	}
	return len(data)
}
