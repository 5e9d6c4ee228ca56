// Package actor finds the actors a document names (people, countries,
// organisations, places), merges their mentions into one actor each,
// resolves pronouns, pairs ("the two leaders") and metonymy ("the Kremlin"),
// and applies the user's aliases (Aliases, AliasStage). In an interview
// the speaker labels of the turns are no actors, and the interviewee's
// first person in the answers is the interviewee; in a quotation, "I" is
// the one who says it. Across documents, Joiner joins a surname alone to
// the one full name it can mean.
package actor

import (
	"context"

	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/event"
)

// Stage finds the actors a document names, merges their mentions into one
// actor each, and sets the Actor field of every statement's Subject,
// Object and Attribution that denotes one.
//
// It needs sentences with tagged tokens (UPOS or XPOS; no parse) and the
// extractor's statements; see Resolve for the rules. It has no state and
// is safe for concurrent use.
type Stage struct {
	// Tables are the countries, places and organisations known by name;
	// nil means DefaultTables().
	Tables *Tables
	// Roles gives the countries' CAMEO codes, by which a capital that acts
	// stands for its country (see markMetonymy); nil means
	// event.DefaultRoles(). The pipeline gives it the event stage's roles.
	Roles *event.Roles
}

// Name identifies the stage and the version of its rules.
func (Stage) Name() string { return "actors/13" }

// Run sets a.Actors, a.Mentions and the Actor ids of the statements'
// arguments, and marks the arguments that are pronouns no actor was found
// for (Argument.Pronoun).
func (s Stage) Run(ctx context.Context, a *analysis.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	tables, roles := s.Tables, s.Roles
	var err error
	if tables == nil {
		if tables, err = DefaultTables(); err != nil {
			return err
		}
	}
	if roles == nil {
		if roles, err = event.DefaultRoles(); err != nil {
			return err
		}
	}
	Resolve(a, tables).Apply(a)
	resolvePairs(a)
	markMetonymy(a, tables, roles)
	markPronouns(a.Statements)
	return nil
}
