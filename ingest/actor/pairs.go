package actor

import (
	"regexp"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// pairDescription matches subjects that name two actors at once: "the two
// leaders", "both nations", "both sides".
var pairDescription = regexp.MustCompile(`^(?i)(?:the two|both(?: the)?|the) (leaders|presidents|nations|countries|sides|governments)$`)

// pairType is the actor type each plural noun stands for.
var pairType = map[string]annals.ActorType{
	"leaders": annals.ActorPerson, "presidents": annals.ActorPerson,
	"nations": annals.ActorCountry, "countries": annals.ActorCountry, "sides": annals.ActorCountry,
	"governments": annals.ActorCountry,
}

// reciprocalVerbs are acts two do with each other: "the two leaders met"
// is one meeting the other.
var reciprocalVerbs = map[string]bool{
	"meet": true, "talk": true, "negotiate": true, "clash": true, "fight": true, "speak": true,
	"confer": true, "reconcile": true,
}

// resolvePairs resolves subjects that name two actors ("the two leaders",
// "both nations"): the pair is the two actors of the type last coordinated
// in the text ("between Zelensky and Putin") in the sentence or the one
// before; without such evidence the subject stays as written (the most
// named pair of the document was measured to guess wrong too often). A
// reciprocal act becomes one statement between them ("the two leaders met"
// → Zelensky · meet · Putin); any other act, one statement for each.
func resolvePairs(a *analysis.Analysis) {
	types := make(map[string]annals.ActorType, len(a.Actors))
	for _, act := range a.Actors {
		types[act.ID] = act.Type
	}
	var out []annals.Statement
	for _, st := range a.Statements {
		m := pairDescription.FindStringSubmatch(strings.TrimSpace(st.Subject.Text))
		if m == nil || st.Subject.Actor != "" {
			out = append(out, st)
			continue
		}
		pair := pairOf(a, types, pairType[strings.ToLower(m[1])], st.Sentence, st.Subject.Start)
		if pair == nil {
			out = append(out, st)
			continue
		}
		if reciprocalVerbs[st.Predicate.Lemma] && st.Object == nil {
			// "the two leaders last met": both did it, whatever the
			// parse thought of the participle
			st.Passive = false
			st.Subject.Actor = pair[0]
			st.Object = &annals.Argument{Span: st.Subject.Span, Norm: st.Subject.Norm, Actor: pair[1]}
			st.ID = annals.StatementID(&st) + "-" + pair[0]
			out = append(out, st)
			continue
		}
		for _, id := range pair {
			c := st
			c.Subject.Actor = id
			c.ID = annals.StatementID(&st) + "-" + id
			out = append(out, c)
		}
	}
	a.Statements = out
}

// pairOf finds the two actors of a type that a plural description before
// offset at (in sentence s) stands for, or nil.
func pairOf(a *analysis.Analysis, types map[string]annals.ActorType, typ annals.ActorType, s, at int) []string {
	// a coordination "X and Y" of two actors of the type, latest first
	for k := len(a.Mentions) - 1; k > 0; k-- {
		x, y := a.Mentions[k-1], a.Mentions[k]
		if y.Start >= at || y.Sentence < s-1 {
			continue
		}
		if x.Actor != y.Actor && types[x.Actor] == typ && types[y.Actor] == typ &&
			strings.TrimSpace(strings.ToLower(a.Document.Text[x.End:y.Start])) == "and" {
			return []string{x.Actor, y.Actor}
		}
	}
	return nil
}
