package export

import (
	"cmp"
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
