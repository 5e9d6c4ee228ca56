// Package selection cuts the stored graph down to the timeline a user asked
// for, with the filters that `annals export` and `annals serve` share.
package selection

import (
	"context"
	"errors"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/graph"
)

// Selection is a set of filters; the zero value selects every statement.
type Selection struct {
	// Actors are names as users type them (see graph.Store.FindActor): only
	// statements with one of them, or unless ActorOnly one of their parts
	// (see graph.Store.WithParts), as subject or object.
	Actors []string
	// ActorOnly leaves out the parts of Actors: Russia without Russian
	// forces. Hops then start from the actors alone too.
	ActorOnly bool
	// Hops widens Actors to the actors up to Hops statement-links away
	// (see export.Neighbourhood); it needs Actors.
	Hops int
	// Predicates are lemmas ("return", "meet"): only statements with one of them.
	Predicates []string
	// From and To keep the statements whose time overlaps [From, To]; when
	// either is set, undated statements are left out.
	From, To      time.Time
	MinConfidence float64
	EventType     string // a PLOVER category ("FIGHT"): only statements of that type
	Doc           string // one document's statements
	// HideGeneric leaves out generic statements, which hold on no day.
	HideGeneric bool
	// MinSources keeps the statements whose fact at least this many
	// documents state (see export.Support); 0 and 1 keep all.
	MinSources int
	Title      string // caption of drawings
}

// ErrHopsWithoutActor is returned for a Selection with Hops but no Actors.
var ErrHopsWithoutActor = errors.New("hops need an actor to start from")

// ActorError reports an actor name that names no actor, or several.
type ActorError struct {
	Name string
	Err  error // from graph.Store.FindActor
}

func (e *ActorError) Error() string { return e.Err.Error() }

// Unwrap gives the error of the look-up.
func (e *ActorError) Unwrap() error { return e.Err }

// Timeline reads the selected statements, in timeline order, and the
// actors they name.
func (sel Selection) Timeline(ctx context.Context, st *graph.Store) (export.Timeline, error) {
	if sel.Hops < 0 {
		return export.Timeline{}, errors.New("hops must not be negative")
	}
	if sel.Hops > 0 && len(sel.Actors) == 0 {
		return export.Timeline{}, ErrHopsWithoutActor
	}
	f, err := sel.Filter(ctx, st)
	if err != nil {
		return export.Timeline{}, err
	}
	ids := f.Actors
	if sel.Hops > 0 {
		if !sel.ActorOnly { // the parts' statements are hop 0, as without hops
			if ids, err = st.WithParts(ctx, ids); err != nil {
				return export.Timeline{}, err
			}
		}
		f.Actors = nil // the neighbourhood is found among all statements
	}
	sts, err := st.Statements(ctx, f)
	if err != nil {
		return export.Timeline{}, err
	}
	if sel.Hops > 0 {
		sts = export.Neighbourhood(sts, ids, sel.Hops)
	}
	sts = export.WithPredicates(sts, sel.Predicates)
	support, err := Support(ctx, st, sts)
	if err != nil {
		return export.Timeline{}, err
	}
	sts = export.MinSources(sts, support, sel.MinSources)
	actors, err := ActorsOf(ctx, st, sts)
	if err != nil {
		return export.Timeline{}, err
	}
	return export.Timeline{Statements: sts, Actors: actors, Title: sel.Title, Support: support}, nil
}

// Support reads what the store holds of the facts of sts: every stored
// statement of them, and the statements that may contradict them (see
// graph.Store.Kin), weighed by export.Corroborate, with the dates of the
// documents that state a fact together with another.
func Support(ctx context.Context, st *graph.Store, sts []annals.Statement) (map[string]*export.Support, error) {
	kin, err := st.Kin(ctx, sts)
	if err != nil {
		return nil, err
	}
	all := append(sts[:len(sts):len(sts)], kin...)
	docs := map[string]map[string]bool{} // fact -> its documents
	for i := range all {
		if f := all[i].Fact; f != "" {
			if docs[f] == nil {
				docs[f] = map[string]bool{}
			}
			docs[f][all[i].Doc] = true
		}
	}
	published := map[string]time.Time{}
	for _, ds := range docs {
		if len(ds) < 2 {
			continue
		}
		for d := range ds {
			if _, ok := published[d]; ok {
				continue
			}
			doc, _, err := st.DocumentByID(ctx, d)
			if err != nil {
				return nil, err
			}
			published[d] = doc.Date
		}
	}
	return export.Corroborate(all, published), nil
}

// Filter is the store filter of the selection, its actor names looked up
// (a name that names no actor, or several, is an *ActorError). It leaves
// out what the store does not filter: hops and predicates.
func (sel Selection) Filter(ctx context.Context, st *graph.Store) (graph.Filter, error) {
	f := graph.Filter{From: sel.From, To: sel.To, MinConfidence: sel.MinConfidence, EventType: sel.EventType, Doc: sel.Doc,
		HideGeneric: sel.HideGeneric, ActorOnly: sel.ActorOnly}
	for _, name := range sel.Actors {
		a, err := st.FindActor(ctx, name)
		if err != nil {
			return f, &ActorError{Name: name, Err: err}
		}
		f.Actors = append(f.Actors, a.ID)
	}
	return f, nil
}

// ActorsOf reads the actors that statements name as subject, object or
// source, each once, in the order they are first named.
func ActorsOf(ctx context.Context, st *graph.Store, sts []annals.Statement) ([]annals.Actor, error) {
	seen := map[string]bool{}
	var out []annals.Actor
	for i := range sts {
		for _, id := range sts[i].ActorIDs() {
			if seen[id] {
				continue
			}
			seen[id] = true
			actor, ok, err := st.ActorByID(ctx, id)
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, actor)
			}
		}
	}
	return out, nil
}

// Stream lists the selected statements as Timeline does, but one at a
// time in no particular order, with a look-up of the actors they name
// that gives what Timeline's Actors give: what export.WriteGraphML and
// export.WriteCSV need to write a selection of any size in bounded memory.
// With Hops the statements are read into memory first, as Timeline reads
// them: a neighbourhood is found among all of them.
func (sel Selection) Stream(ctx context.Context, st *graph.Store) (export.StatementSource, export.ActorLookup, error) {
	actors := storeActors(ctx, st)
	if sel.Hops != 0 {
		tl, err := sel.Timeline(ctx, st)
		if err != nil {
			return nil, nil, err
		}
		return export.SliceStatements(tl.Statements), actors, nil
	}
	f, err := sel.Filter(ctx, st)
	if err != nil {
		return nil, nil, err
	}
	src := func(yield func(*annals.Statement) error) error {
		return st.EachStatement(ctx, f, func(s *annals.Statement) error {
			if len(sel.Predicates) > 0 && len(export.WithPredicates([]annals.Statement{*s}, sel.Predicates)) == 0 {
				return nil
			}
			return yield(s)
		})
	}
	return src, actors, nil
}

// maxCachedActors is how many actors storeActors keeps; it forgets them
// all when full, so that it stays bounded.
const maxCachedActors = 1 << 14

// storeActors looks actors up in the store as ActorsOf does, with a
// bounded cache. An actor merged into another is not found under its old
// id, as Timeline's Actors, which list the actor merged into, do not give
// it either.
func storeActors(ctx context.Context, st *graph.Store) export.ActorLookup {
	type found struct {
		a  annals.Actor
		ok bool
	}
	cache := map[string]found{}
	return func(id string) (annals.Actor, bool, error) {
		if f, ok := cache[id]; ok {
			return f.a, f.ok, nil
		}
		a, ok, err := st.ActorByID(ctx, id)
		if err != nil {
			return annals.Actor{}, false, err
		}
		ok = ok && a.ID == id
		if len(cache) >= maxCachedActors {
			clear(cache)
		}
		cache[id] = found{a, ok}
		return a, ok, nil
	}
}

// MostConnected reads the selection as Timeline does and cuts it down to
// the n actors in the most statements as export.MostConnected does, the
// same timeline, but holds only the statements it keeps (see
// export.MostConnectedOf): a drawing of a store of any size needs the
// memory of what it draws. With n <= 0 it is Timeline, and with Hops
// export.MostConnected of Timeline.
func (sel Selection) MostConnected(ctx context.Context, st *graph.Store, n int, hint string) (export.Timeline, error) {
	if n <= 0 || sel.Hops != 0 {
		tl, err := sel.Timeline(ctx, st)
		if err != nil {
			return export.Timeline{}, err
		}
		return export.MostConnected(tl, n, hint), nil
	}
	src, actors, err := sel.Stream(ctx, st)
	if err != nil {
		return export.Timeline{}, err
	}
	kept, trimmed, err := export.MostConnectedOf(ctx, src, n, actors, hint)
	if err != nil {
		return export.Timeline{}, err
	}
	graph.SortTimeline(kept)
	named, err := ActorsOf(ctx, st, kept)
	if err != nil {
		return export.Timeline{}, err
	}
	return export.Timeline{Statements: kept, Actors: named, Title: sel.Title, Trimmed: trimmed}, nil
}

// SupportLookup reads the support of the facts of the statements it is
// given as Timeline's Support gives it (see Support): what
// export.WriteCSV needs to write the sources of a selection of any size,
// a batch of statements at a time.
func SupportLookup(ctx context.Context, st *graph.Store) export.SupportLookup {
	return func(sts []annals.Statement) (map[string]*export.Support, error) {
		return Support(ctx, st, sts)
	}
}
