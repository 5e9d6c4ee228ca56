package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
)

// writeJSON writes v as indented JSON without HTML escaping (IRIs keep their
// angle brackets readable).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// cell makes a value safe for one table cell: no tabs or line breaks.
func cell(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// phraseWidth is how many characters of a subject or object a table shows;
// --json gives them whole.
const phraseWidth = 60

// phrase fits a subject or object into a table cell, cut with "…".
func phrase(s string) string {
	s = cell(s)
	if utf8.RuneCountInString(s) <= phraseWidth {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:phraseWidth-1])) + "…"
}

// day formats a date, or "-" when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02")
}

// minConfidenceHelp is the help of every --min-confidence flag of a
// reader's view.
const minConfidenceHelp = "only statements at least this sure (0..1; confidence is the calibrated chance that a statement is right; 0 shows every statement)"

// eventConfidenceHelp is the help of every flag that keeps event types
// by their confidence.
const eventConfidenceHelp = "only event types at least this sure (0..1; about three in four right at the default; 0 shows every type)"

// checkEventConfidence checks the value of an event-confidence flag.
func checkEventConfidence(flag string, v float64) error {
	if !(v >= 0 && v <= 1) {
		return usageError("--%s %v: want a number from 0 to 1", flag, v)
	}
	return nil
}

// genericHelp is the help of every --generic flag of a reader's view.
const genericHelp = "also generic statements, which hold in general or by habit (\"stars collapse\") and on no day; shown as \"generic\""

// selectionOf checks filter flags as the server checks its parameters; a
// bad value is a usage error that names the flag.
func selectionOf(p selection.Params) (selection.Selection, error) {
	sel, err := p.Selection()
	var bad *selection.ParamError
	switch {
	case errors.As(err, &bad) && bad.Param == "hops", errors.Is(err, selection.ErrHopsWithoutActor):
		return sel, usageError("--hops N needs --actor and N >= 0")
	case errors.As(err, &bad):
		return sel, usageError("--%s %q: want %s", strings.ReplaceAll(bad.Param, "_", "-"), bad.Value, bad.Want)
	}
	return sel, err
}

// parseDay reads a day flag's value (YYYY-MM-DD); "" is no day.
func parseDay(flag, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, usageError("--%s %q: want YYYY-MM-DD", flag, v)
	}
	return t, nil
}

// when describes a statement's time for people: "2025-07-23", "by
// 2025-08-31", "2019", with "(article date)" when the document date stands
// in and "(from sentence N)" when an earlier sentence's expression dates it
// (the narrative's date: N as in the SOURCE column's doc#N); "generic" for a
// statement on no day.
func when(t *annals.Time) string {
	s := export.When(t)
	switch {
	case t.FromDocument():
		s += " (article date)"
	case t != nil && t.Source == annals.SourceInherited:
		s += fmt.Sprintf(" (from sentence %d)", t.From)
	case t != nil && t.Source == annals.SourceTitle:
		s += " (from the title)"
	}
	return s
}

// marshalCompact is json.Marshal without HTML escaping.
func marshalCompact(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
