package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// shownCandidates is how many actors an ambiguous name lists: enough to
// choose from, few enough to read.
const shownCandidates = 5

// FindActor finds the actor a user means by what they typed. It tries, in
// turn, and the first way that fits any actor decides:
//
//  1. the actor's id, or its name ignoring case;
//  2. one of its aliases, ignoring case;
//  3. whole words of its name, such as a surname ("Peskov" for Dmitry
//     Peskov), ignoring case and accents;
//  4. the start of its name, ignoring case and accents ("Kreml");
//  5. the start of a later word of its name ("Umer" for Rustem Umerov).
//
// So an exact name always wins over a partial one ("Trump" is the actor
// named Trump when there is one, else Donald Trump). A way that fits
// several actors is an *ActorNameError listing them; none is one too.
func (s *Store) FindActor(ctx context.Context, name string) (annals.Actor, error) {
	if a, ok, err := s.ActorByID(ctx, annals.Slug(name)); err != nil || ok {
		return a, err
	}
	typed := foldWords(name)
	if len(typed) == 0 {
		return annals.Actor{}, &ActorNameError{Name: name}
	}
	all, err := s.allActors(ctx)
	if err != nil {
		return annals.Actor{}, err
	}
	for _, fits := range []func(annals.Actor) bool{
		func(a annals.Actor) bool { return strings.EqualFold(a.Name, name) },
		func(a annals.Actor) bool {
			return slices.ContainsFunc(a.Aliases, func(x string) bool { return strings.EqualFold(x, name) })
		},
		func(a annals.Actor) bool { return containsRun(foldWords(a.Name), typed) },
		func(a annals.Actor) bool { return beginsWith(foldWords(a.Name), typed) },
		func(a annals.Actor) bool { return beginsAWord(foldWords(a.Name), typed) },
	} {
		var found []annals.Actor
		for _, a := range all {
			if fits(a) {
				found = append(found, a)
			}
		}
		switch {
		case len(found) == 1:
			return found[0], nil
		case len(found) > 1:
			return annals.Actor{}, s.ambiguous(ctx, name, found)
		}
	}
	return annals.Actor{}, &ActorNameError{Name: name}
}

// allActors reads every actor, without the statement counts that Actors
// adds: a look-up needs them only for the few actors a name fits.
func (s *Store) allActors(ctx context.Context) ([]annals.Actor, error) {
	nodes, err := s.subjectsOf(ctx, vocab.RDFType, vocab.ClassActor)
	if err != nil {
		return nil, fmt.Errorf("list actors: %w", err)
	}
	out := make([]annals.Actor, 0, len(nodes))
	for _, node := range nodes {
		qs, err := s.quadsWith(ctx, quad.Subject, node)
		if err != nil {
			return nil, fmt.Errorf("read actor %v: %w", node, err)
		}
		out = append(out, s.decodeActor(node, qs))
	}
	return out, nil
}

// ambiguous is the error for a name that fits several actors: they are
// listed most statements first, since the user most likely means one the
// store says much about.
func (s *Store) ambiguous(ctx context.Context, name string, found []annals.Actor) error {
	sums := make([]ActorSummary, len(found))
	for i, a := range found {
		sums[i].Actor = a
		if err := s.summarise(ctx, s.iri.Actor(a.ID), &sums[i]); err != nil {
			return err
		}
	}
	slices.SortFunc(sums, func(a, b ActorSummary) int {
		if a.Statements != b.Statements {
			return b.Statements - a.Statements
		}
		return strings.Compare(a.Name, b.Name)
	})
	return &ActorNameError{Name: name, Candidates: sums}
}

// foldWords splits a name into its words, lower-cased and without accents,
// so that what a user types compares with stored names however they spell
// case, accents and punctuation ("Ing-wen", "Erdogan" for "Erdoğan").
func foldWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.FieldsFunc(b.String(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containsRun tells whether run occurs in words as consecutive whole words.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// beginsWith tells whether the words typed begin words: all but the last
// whole, the last possibly cut short ("Vladimir P" begins Vladimir Putin).
func beginsWith(words, typed []string) bool {
	if len(typed) > len(words) {
		return false
	}
	last := len(typed) - 1
	return slices.Equal(words[:last], typed[:last]) && strings.HasPrefix(words[last], typed[last])
}

// beginsAWord tells whether the words typed begin words from any word on.
func beginsAWord(words, typed []string) bool {
	for i := range words {
		if beginsWith(words[i:], typed) {
			return true
		}
	}
	return false
}

// ActorNameError is a name that fits no actor of the store, or several.
type ActorNameError struct {
	Name       string
	Candidates []ActorSummary // the actors it fits, most statements first; none when it fits none
}

func (e *ActorNameError) Error() string {
	if len(e.Candidates) == 0 {
		return fmt.Sprintf("no actor named %q", e.Name)
	}
	shown := make([]string, 0, shownCandidates+1)
	for _, a := range e.Candidates[:min(len(e.Candidates), shownCandidates)] {
		shown = append(shown, fmt.Sprintf("%s (%s)", a.Name, a.ID))
	}
	if more := len(e.Candidates) - shownCandidates; more > 0 {
		shown = append(shown, fmt.Sprintf("and %d more", more))
	}
	return fmt.Sprintf("%q fits %d actors: %s", e.Name, len(e.Candidates), strings.Join(shown, ", "))
}
