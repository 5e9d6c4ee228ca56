// Package source reads news documents from files, folders and stdin.
//
// Plain text (.txt, .text), Markdown (.md, .markdown) and JSON Lines (.jsonl,
// .ndjson) are read; folders are walked recursively. Documents are streamed
// one at a time so that a large JSON Lines file never has to fit in memory,
// and a bad input is reported as an [*Error] naming the file (and line)
// without stopping the run: the good documents of the same run still arrive.
package source

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/annals/annals"
)

// Options tune how [Documents] reads its inputs. The zero value is ready to use.
type Options struct {
	// Date, when not zero, is the date of every plain-text and Markdown
	// document (overriding front matter and datelines) and of every JSON
	// Lines record without a "date" field. It is normalised to UTC midnight
	// of its calendar day.
	Date time.Time
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// StdinName is how "-" is named in errors and origins; "" means "<stdin>".
	StdinName string
	// Format says how to read stdin and explicitly given files whose
	// extension is not known: "text", "markdown" or "jsonl". "" sniffs stdin
	// (a first non-blank byte '{' means jsonl, else text) and rejects files
	// with an unknown extension.
	Format string
	// Log receives warnings (such as a document without a date) and debug
	// messages (such as files skipped in a folder); nil discards them.
	Log *slog.Logger
}

// Error is a problem with one input: File and Line (0 when not line-specific)
// name where.
type Error struct {
	File string // the path as given (or the stdin name)
	Line int    // 1-based line number, or 0 when the problem is the whole file
	Err  error  // what is wrong
}

// Error returns "file:line: what is wrong", or "file: what is wrong" when
// Line is 0.
func (e *Error) Error() string {
	if e.Line > 0 {
		return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.File + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem, so errors.Is works on the
// sentinels below and on fs.ErrNotExist.
func (e *Error) Unwrap() error { return e.Err }

// Sentinel problems wrapped by [Error]; test for them with errors.Is.
var (
	// ErrUnsupported: an explicitly given file has an unknown extension and
	// no Format was set, or Format names no known format.
	ErrUnsupported = errors.New("unsupported input")
	// ErrBinary: the input holds a NUL byte, so it is not text.
	ErrBinary = errors.New("binary file, not text")
	// ErrInvalidUTF8: the input is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrEmpty: a file, folder or stdin holds no document.
	ErrEmpty = errors.New("no documents")
	// ErrBadRecord: a JSON Lines line is not a usable JSON object.
	ErrBadRecord = errors.New("bad JSON Lines record")
	// ErrBadDate: a date is present but cannot be read.
	ErrBadDate = errors.New("cannot read date")
)

// Documents streams the documents of paths in order: files as given, folders
// recursively in lexical order, and "-" for opts.Stdin.
//
// A bad input yields (zero Document, *Error) and iteration goes on with the
// next input (for JSON Lines, the next line); a cancelled ctx yields
// ctx.Err() and stops.
func Documents(ctx context.Context, paths []string, opts Options) iter.Seq2[annals.Document, error] {
	return func(yield func(annals.Document, error) bool) {
		r := newReader(ctx, opts, yield)
		for _, path := range paths {
			if !r.checkContext() {
				return
			}
			if !r.readPath(path) {
				return
			}
		}
	}
}

// ID is the stable id of a document with neither an id of its own nor a
// file name (a JSON Lines record without "id", a text on stdin): "doc-" followed by the
// first 16 hex digits of the SHA-256 of text.
func ID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "doc-" + hex.EncodeToString(sum[:8])
}

// reader carries the state of one run of [Documents]. Every method that can
// yield returns false once the consumer has stopped (or ctx is done), and
// callers must then return at once.
type reader struct {
	ctx       context.Context
	opts      Options
	log       *slog.Logger
	flagDate  time.Time
	stdinName string
	yield     func(annals.Document, error) bool
	done      bool // the consumer stopped or ctx was cancelled: yield no more
}

func newReader(ctx context.Context, opts Options, yield func(annals.Document, error) bool) *reader {
	r := &reader{ctx: ctx, opts: opts, log: opts.Log, yield: yield, stdinName: opts.StdinName}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	if r.stdinName == "" {
		r.stdinName = "<stdin>"
	}
	if !opts.Date.IsZero() {
		r.flagDate = dayOf(opts.Date)
	}
	return r
}

// emit passes a document to the consumer.
func (r *reader) emit(doc annals.Document) bool {
	if r.done {
		return false
	}
	if !r.yield(doc, nil) {
		r.done = true
	}
	return !r.done
}

// fail passes a problem with one input to the consumer.
func (r *reader) fail(file string, line int, err error) bool {
	if r.done {
		return false
	}
	if !r.yield(annals.Document{}, &Error{File: file, Line: line, Err: err}) {
		r.done = true
	}
	return !r.done
}

// checkContext yields ctx.Err() once and reports false when ctx is done.
func (r *reader) checkContext() bool {
	if r.done {
		return false
	}
	if err := r.ctx.Err(); err != nil {
		r.yield(annals.Document{}, err)
		r.done = true
		return false
	}
	return true
}

// readPath reads one path as given by the caller: stdin, a folder or a file.
func (r *reader) readPath(path string) bool {
	if path == "-" {
		return r.readStdin()
	}
	if path == "" {
		return r.fail(`""`, 0, errors.New("empty path"))
	}
	info, err := os.Stat(path)
	if err != nil {
		return r.fail(path, 0, pathProblem(err))
	}
	if info.IsDir() {
		return r.readFolder(path)
	}
	format, err := r.explicitFormat(path)
	if err != nil {
		return r.fail(path, 0, err)
	}
	_, more := r.readFile(path, filepath.Base(path), format)
	return more
}

// readStdin reads "-", sniffing its format unless Options.Format names one.
func (r *reader) readStdin() bool {
	in := r.opts.Stdin
	if in == nil {
		in = os.Stdin
	}
	format, err := parseFormat(r.opts.Format)
	if err != nil {
		return r.fail(r.stdinName, 0, err)
	}
	_, more := r.readStream(r.stdinName, "", in, format)
	return more
}

// readFile opens and reads one file of a known format, reporting how many
// documents it yielded. file is its name relative to the path given, the
// default id of a text or Markdown document.
func (r *reader) readFile(path, file string, format inputFormat) (count int, more bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, r.fail(path, 0, pathProblem(err))
	}
	defer f.Close()
	return r.readStream(path, file, f, format)
}

// readStream reads one input whose format is known or, for "", sniffed.
// name is the input's name in messages, file its default document id ("" to
// derive one from the text).
func (r *reader) readStream(name, file string, in io.Reader, format inputFormat) (count int, more bool) {
	if format == "" {
		var err error
		in, format, err = sniff(in)
		if err != nil {
			return 0, r.fail(name, 0, fmt.Errorf("read: %w", pathProblem(err)))
		}
	}
	switch format {
	case formatJSONL:
		return r.readJSONL(name, in)
	default:
		data, err := io.ReadAll(in)
		if err != nil {
			return 0, r.fail(name, 0, fmt.Errorf("read: %w", pathProblem(err)))
		}
		doc, line, err := r.textDocument(name, file, data, format == formatMarkdown)
		if err != nil {
			return 0, r.fail(name, line, err)
		}
		return 1, r.emit(doc)
	}
}

// pathProblem strips the path from an *fs.PathError, since [Error] already
// names the file: "a.txt: no such file or directory" rather than
// "a.txt: stat a.txt: no such file or directory".
func pathProblem(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err
	}
	return err
}

// dayOf is UTC midnight of the calendar day t falls on in its own location:
// a date written "2025-07-23T23:30:00-05:00" is still the 23rd.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
