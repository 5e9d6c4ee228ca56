package serve

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/export/selection"
)

// The query parameters of the API, named as the CLI flags are:
// actor (repeatable, or comma-separated; with the actors' parts, such as
// Russian forces for Russia, unless actor_only is 1 or true), hops,
// predicate (likewise), from, to (YYYY-MM-DD), min_confidence, generic (1
// or true: also the generic statements, which are left out otherwise, as on
// the command line), doc; and for lists offset and limit.

// badRequest is an error in what the client asked for (HTTP 400).
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func badRequestf(format string, args ...any) error {
	return badRequest{fmt.Sprintf(format, args...)}
}

// selectionFrom reads the filters of a request.
func selectionFrom(q url.Values) (selection.Selection, error) {
	p := selection.Params{
		Actors:     multi(q, "actor"),
		Predicates: multi(q, "predicate"),
		From:       q.Get("from"),
		To:         q.Get("to"),
		Doc:        q.Get("doc"),
		Title:      q.Get("title"),
	}
	generic, err := boolParam(q, "generic")
	if err != nil {
		return selection.Selection{}, err
	}
	p.HideGeneric = !generic
	if p.ActorOnly, err = boolParam(q, "actor_only"); err != nil {
		return selection.Selection{}, err
	}
	if p.Hops, err = intParam(q, "hops", 0, 0, 10); err != nil {
		return selection.Selection{}, err
	}
	if p.MinConfidence, err = confidenceParam(q); err != nil {
		return selection.Selection{}, err
	}
	sel, err := p.Selection()
	var bad *selection.ParamError
	switch {
	case errors.As(err, &bad):
		if bad.Param == "min_confidence" { // the client's own spelling of it
			bad.Value = q.Get("min_confidence")
		}
		return sel, badRequest{bad.Error()}
	case errors.Is(err, selection.ErrHopsWithoutActor):
		return sel, badRequestf("hops need an actor")
	}
	return sel, err
}

// confidenceParam reads min_confidence: a number from 0 to 1, and when
// absent annals.DefaultMinConfidence, as on the command line.
func confidenceParam(q url.Values) (float64, error) {
	v := q.Get("min_confidence")
	if v == "" {
		return annals.DefaultMinConfidence, nil
	}
	c, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(c) || c < 0 || c > 1 {
		return 0, badRequestf("min_confidence %q: want a number from 0 to 1", v)
	}
	return c, nil
}

// boolParam reads a switch: 1 or true is on; absent, 0 or false is off.
func boolParam(q url.Values, key string) (bool, error) {
	switch v := q.Get(key); v {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	default:
		return false, badRequestf("%s %q: want 1 or 0", key, v)
	}
}

// multi reads a parameter given several times or as a comma-separated list.
func multi(q url.Values, key string) []string {
	var out []string
	for _, v := range q[key] {
		for part := range strings.SplitSeq(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// intParam reads an integer parameter in [lo, hi], def when absent.
func intParam(q url.Values, key string, def, lo, hi int) (int, error) {
	v := q.Get(key)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequestf("%s %q: want a whole number from %d to %d", key, v, lo, hi)
	}
	return n, nil
}

// window reads offset and limit, the limit at most max.
func window(q url.Values, max int) (offset, limit int, err error) {
	if offset, err = intParam(q, "offset", 0, 0, 1<<30); err != nil {
		return 0, 0, err
	}
	limit, err = intParam(q, "limit", max, 1, max)
	return offset, limit, err
}

// page cuts items to the window.
func page[T any](items []T, offset, limit int) listJSON[T] {
	l := listJSON[T]{Total: len(items), Offset: offset, Items: []T{}}
	if offset < len(items) {
		end := min(offset+limit, len(items))
		l.Items = items[offset:end]
		l.Truncated = end < len(items)
	}
	return l
}
