package export

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	annals "github.com/annals/annals"
)

// DefaultMaxActors is how many actors a drawing of everything shows by
// default (`annals export --format dot|svg` without --actor, the page's
// graph with no actor chosen): a dozen actors and the statements between
// them still fit a screen, where a whole store is a column too tall to read.
const DefaultMaxActors = 12

// Trimmed tells what [MostConnected] left out, for the note in the drawing.
type Trimmed struct {
	// Kept of Actors actors were chosen, those in the most statements.
	Kept, Actors int
	// Statements of AllStatements statements name one of them.
	Statements, AllStatements int
	// Hint says how to see the rest, in the words of the caller
	// ("use --actor NAME, or --max-actors 0 for all").
	Hint string
}

// Note is the line the drawing shows about what was left out.
func (t Trimmed) Note() string {
	note := fmt.Sprintf("Showing the %d most connected of %d actors and their %d of %d statements.",
		t.Kept, t.Actors, t.Statements, t.AllStatements)
	if t.Hint != "" {
		note += " " + t.Hint
	}
	return note
}

// MostConnected keeps the statements that name, as subject or object, one
// of the n actors named by the most statements of tl (ties by name, then
// id, so that the choice does not depend on order), and records what it
// left out in the result's Trimmed, with hint as the way to see the rest.
// The other party of a kept statement is drawn with it, though not counted
// among the n. With n <= 0, or no more than n actors, tl comes back as is.
func MostConnected(tl Timeline, n int, hint string) Timeline {
	if n <= 0 {
		return tl
	}
	counts := map[string]int{}
	for i := range tl.Statements {
		for _, id := range statementActors(&tl.Statements[i]) {
			counts[id]++
		}
	}
	if len(counts) <= n {
		return tl
	}
	names := make(map[string]string, len(tl.Actors))
	for _, a := range tl.Actors {
		names[a.ID] = a.Name
	}
	keep := mostConnected(counts, names, n)
	out := tl
	out.Statements = nil
	for i := range tl.Statements {
		if slices.ContainsFunc(statementActors(&tl.Statements[i]), func(id string) bool { return keep[id] }) {
			out.Statements = append(out.Statements, tl.Statements[i])
		}
	}
	out.Trimmed = &Trimmed{Kept: n, Actors: len(counts), Statements: len(out.Statements),
		AllStatements: len(tl.Statements), Hint: hint}
	return out
}

// mostConnected are the n actors of counts in the most statements; ties
// by name, then id.
func mostConnected(counts map[string]int, names map[string]string, n int) map[string]bool {
	ranked := make([]string, 0, len(counts))
	for id := range counts {
		ranked = append(ranked, id)
	}
	slices.SortFunc(ranked, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(names[a], names[b]), cmp.Compare(a, b))
	})
	keep := map[string]bool{}
	for _, id := range ranked[:n] {
		keep[id] = true
	}
	return keep
}

// MostConnectedOf keeps, of the statements src lists, those that
// [MostConnected] keeps of a timeline of them whose Actors are those actor
// finds, in timeline order, and tells what it left out (nil when it keeps
// everything). It reads src once, sorting the statements in runs on disk
// as [WriteGraphML] does, and reads the sorted runs twice, once to count
// and once to keep, rather than holding what it leaves out: memory grows
// with the actors and the statements kept, not with the statements
// listed.
func MostConnectedOf(ctx context.Context, src StatementSource, n int, actor ActorLookup, hint string) ([]annals.Statement, *Trimmed, error) {
	s, err := sortStatements(ctx, src, statementRunBytes)
	if err != nil {
		return nil, nil, err
	}
	defer s.close()
	counts := map[string]int{}
	all := 0
	err = s.each(func(s *annals.Statement) error {
		all++
		for _, id := range statementActors(s) {
			counts[id]++
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var keep map[string]bool
	if n > 0 && len(counts) > n {
		names := make(map[string]string, len(counts))
		for id := range counts {
			a, ok, err := actor(id)
			if err != nil {
				return nil, nil, err
			}
			if ok {
				names[id] = a.Name
			}
		}
		keep = mostConnected(counts, names, n)
	}
	var kept []annals.Statement
	err = s.each(func(s *annals.Statement) error {
		if keep == nil || slices.ContainsFunc(statementActors(s), func(id string) bool { return keep[id] }) {
			kept = append(kept, *s)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	if keep == nil {
		return kept, nil, s.close()
	}
	return kept, &Trimmed{Kept: n, Actors: len(counts), Statements: len(kept), AllStatements: all, Hint: hint}, s.close()
}

// statementActors are the distinct actors s names as subject or object.
func statementActors(s *annals.Statement) []string {
	var ids []string
	if s.Subject.Actor != "" {
		ids = append(ids, s.Subject.Actor)
	}
	if s.Object != nil && s.Object.Actor != "" && s.Object.Actor != s.Subject.Actor {
		ids = append(ids, s.Object.Actor)
	}
	return ids
}
