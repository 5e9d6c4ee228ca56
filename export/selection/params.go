package selection

import (
	"fmt"
	"math"
	"time"
)

// Params are filters as people give them, on a command line or in a URL:
// actor names, days as YYYY-MM-DD. The command line and the server both
// turn them into a [Selection] with [Params.Selection], so that the same
// values mean the same and are refused for the same reasons.
type Params struct {
	Actors     []string // names as users type them (see graph.Store.FindActor); with their parts unless ActorOnly
	ActorOnly  bool     // the actors alone, without their parts
	Predicates []string // lemmas
	Hops       int
	From, To   string // YYYY-MM-DD, or "" for no bound
	// MinConfidence is from 0 to 1.
	MinConfidence float64
	EventType     string // a PLOVER category, or "" for any
	// HideGeneric leaves out generic statements; the reader's views set it
	// unless asked for them (--generic, generic=1), as they set
	// MinConfidence, so that the zero Params still selects everything.
	HideGeneric bool
	Doc         string
	// MinSources keeps facts stated by at least this many documents.
	MinSources int
	Title      string
}

// ParamError is a filter value that cannot be used. Param is the filter's
// name in the URL form ("from", "min_confidence"); a command line names its
// flag instead.
type ParamError struct {
	Param, Value string
	Want         string // what would do: "YYYY-MM-DD"
}

func (e *ParamError) Error() string { return fmt.Sprintf("%s %q: want %s", e.Param, e.Value, e.Want) }

// Selection checks p and returns the selection it asks for. Errors are
// *ParamError, or ErrHopsWithoutActor.
func (p Params) Selection() (Selection, error) {
	sel := Selection{Actors: p.Actors, ActorOnly: p.ActorOnly, Hops: p.Hops, Predicates: p.Predicates, MinConfidence: p.MinConfidence,
		EventType: p.EventType, Doc: p.Doc, Title: p.Title, HideGeneric: p.HideGeneric, MinSources: p.MinSources}
	var err error
	if sel.From, err = day("from", p.From); err != nil {
		return sel, err
	}
	if sel.To, err = day("to", p.To); err != nil {
		return sel, err
	}
	// reversed days would select nothing, and say nothing of why
	if !sel.From.IsZero() && !sel.To.IsZero() && sel.To.Before(sel.From) {
		return sel, &ParamError{Param: "to", Value: p.To, Want: "a day on or after " + p.From + ", the from day"}
	}
	if p.Hops < 0 {
		return sel, &ParamError{Param: "hops", Value: fmt.Sprint(p.Hops), Want: "0 or more"}
	}
	if p.Hops > 0 && len(p.Actors) == 0 {
		return sel, ErrHopsWithoutActor
	}
	if p.MinSources < 0 {
		return sel, &ParamError{Param: "min_sources", Value: fmt.Sprint(p.MinSources), Want: "0 or more"}
	}
	if math.IsNaN(p.MinConfidence) || p.MinConfidence < 0 || p.MinConfidence > 1 {
		return sel, &ParamError{Param: "min_confidence", Value: fmt.Sprint(p.MinConfidence), Want: "a number from 0 to 1"}
	}
	return sel, nil
}

// day reads a day bound; "" is none.
func day(param, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, &ParamError{Param: param, Value: v, Want: "YYYY-MM-DD"}
	}
	return t, nil
}
