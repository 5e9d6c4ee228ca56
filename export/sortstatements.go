package export

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"io"

	annals "github.com/annals/annals"
)

// A StatementSource lists the statements a table or graph export writes,
// in any order, calling yield with each, and stops with the first error
// yield returns. yield may keep a copy of the statement, so the source
// must not change what it points to afterwards.
// [SliceStatements] lists statements in memory; the package selection
// lists those of a store.
type StatementSource func(yield func(*annals.Statement) error) error

// SliceStatements lists statements held in memory.
func SliceStatements(sts []annals.Statement) StatementSource {
	return func(yield func(*annals.Statement) error) error {
		for i := range sts {
			if err := yield(&sts[i]); err != nil {
				return err
			}
		}
		return nil
	}
}

// An ActorLookup gives the actor of an id, as a [Timeline]'s Actors do; ok
// is false when there is none of that id.
type ActorLookup func(id string) (a annals.Actor, ok bool, err error)

// SupportLookup finds what supports the facts of statements (see
// [Support]), by fact id, as [Timeline]'s Support holds it.
type SupportLookup func(sts []annals.Statement) (map[string]*Support, error)

// actorsOf looks actors up among those of a timeline, as the writers of
// a Timeline did: an id is found when an actor of that id is listed.
func actorsOf(actors []annals.Actor) ActorLookup {
	byID := make(map[string]annals.Actor, len(actors))
	for _, a := range actors {
		byID[a.ID] = a
	}
	return func(id string) (annals.Actor, bool, error) {
		a, ok := byID[id]
		return a, ok, nil
	}
}

// statementRunBytes is the runBytes of the statement sorters: a statement
// takes several times its statementSize in heap (its struct, string
// headers, pointers, the collector's headroom), so runs are smaller than
// those of lines; tests lower it to make them spill.
var statementRunBytes = 4 << 20

// compareTimeline is the order of a timeline's columns (see
// timelineColumns): by day, undated last, then by time, document,
// sentence, positions, lemma and id.
func compareTimeline(a, b *annals.Statement) int {
	da, db := statementDay(a), statementDay(b)
	if da.IsZero() != db.IsZero() {
		return cmp.Compare(b2i(da.IsZero()), b2i(db.IsZero())) // undated last
	}
	return cmp.Or(
		annals.CompareTimes(a.Time, b.Time), // the time each means, as the timeline lists them
		cmp.Compare(a.Doc, b.Doc),
		cmp.Compare(a.Sentence, b.Sentence),
		cmp.Compare(a.Predicate.Start, b.Predicate.Start),
		cmp.Compare(a.Subject.Start, b.Subject.Start),
		cmp.Compare(a.Predicate.Lemma, b.Predicate.Lemma),
		cmp.Compare(a.ID, b.ID),
	)
}

// statementSorter puts statements in timeline order (compareTimeline) in
// bounded memory (see runSorter): it holds about runBytes of them
// (statementSize) and writes its runs as JSON lines. Statements that
// compare equal keep no particular order among themselves; from a store
// those are the same statement listed twice.
type statementSorter = runSorter[annals.Statement]

// statementFormat orders statements as a timeline lists them and writes
// them as JSON, one to a line.
var statementFormat = runFormat[annals.Statement]{
	compare: compareTimeline,
	size:    statementSize,
	pattern: "annals-export-*.statements",
	encoder: func(w *bufio.Writer) func(*annals.Statement) error {
		enc := json.NewEncoder(w) // one line each: JSON escapes line breaks
		return func(st *annals.Statement) error { return enc.Encode(st) }
	},
	decoder: func(r *bufio.Reader) func(*annals.Statement) (bool, error) {
		dec := json.NewDecoder(r)
		return func(st *annals.Statement) (bool, error) {
			if err := dec.Decode(st); err == io.EOF {
				return false, nil
			} else if err != nil {
				return false, err
			}
			return true, nil
		}
	},
}

func newStatementSorter(runBytes int) *statementSorter {
	return newRunSorter(statementFormat, runBytes)
}

// sortStatements sorts the statements of src.
func sortStatements(ctx context.Context, src StatementSource, runBytes int) (*statementSorter, error) {
	s := newStatementSorter(runBytes)
	i := 0
	err := src(func(st *annals.Statement) error {
		if i++; i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		return s.add(st)
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// statementSize is about how many bytes a statement holds, so that a run
// holds about runBytes whatever the statements say.
func statementSize(st *annals.Statement) int {
	n := 256 + len(st.ID) + len(st.Doc) + len(st.Modality) + len(st.Fact) + argumentSize(&st.Subject) +
		len(st.Predicate.Text) + len(st.Predicate.Lemma) + argumentSize(st.Object) + argumentSize(st.Attribution)
	for _, q := range st.Qualifiers {
		n += 64 + len(q.Text) + len(q.Prep) + 64*len(q.Refs)
	}
	if t := st.Time; t != nil {
		n += 128 + len(t.Value)
		if t.Expr != nil {
			n += len(t.Expr.Text)
		}
	}
	if st.Event != nil {
		n += 64 + len(st.Event.Source) + len(st.Event.Target)
	}
	return n
}

func argumentSize(a *annals.Argument) int {
	if a == nil {
		return 0
	}
	n := 64 + len(a.Text) + len(a.Norm) + len(a.Actor) + len(a.Prep)
	for _, r := range a.Refs {
		n += 64 + len(r.Text) + len(r.Actor)
	}
	return n
}
