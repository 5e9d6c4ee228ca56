package main

import (
	"bufio"
	"slices"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// documentActorJSON is one line of --format actors: an actor of one document and
// every stretch of its text that names it or refers to it (names, pronouns,
// descriptions such as "the company"), as UTF-8 byte offsets. The id is the
// actor's node: equal ids in two documents of one run are one actor.
type documentActorJSON struct {
	Doc      string        `json:"doc"`
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Mentions []mentionJSON `json:"mentions"`
}

type mentionJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// actorGroup is the type of the people of a country in --format actors
// only: no actor of the store has it.
const actorGroup annals.ActorType = "GROUP"

// actorTypeName is the type --format actors prints: an actor whose kind the
// text does not tell is OTHER, as a thing named that is no actor is.
func actorTypeName(t annals.ActorType) string {
	if t == actorGroup {
		return "GROUP"
	}
	if t == annals.ActorUnknown || t == "" {
		return "OTHER"
	}
	return string(t)
}

// peopleSuffix ends the id of the people of a country (see
// analysis.Mention.People), printed as an actor of its own, a GROUP.
const peopleSuffix = "/people"

// writeActors prints one document's actors with their mentions, in the
// order of their first mention. A stretch of text is given to one actor
// only: the first that claims it. The mentions that name a country's
// people ("the Americans") make an actor of their own, of type GROUP, named
// by the first of them, whose id is the country's and peopleSuffix; the
// statements still take them for the country.
func writeActors(w *bufio.Writer, a *analysis.Analysis) error {
	byID := make(map[string]annals.Actor, len(a.Actors))
	for _, act := range a.Actors {
		byID[act.ID] = act
	}
	text := a.Document.Text
	var order []string
	spans := map[string][]mentionJSON{}
	taken := map[[2]int]bool{}
	for _, m := range a.Mentions {
		if m.Actor == "" || m.Start < 0 || m.End > len(text) || m.Start >= m.End || taken[[2]int{m.Start, m.End}] {
			continue
		}
		taken[[2]int{m.Start, m.End}] = true
		id := m.Actor
		if m.People {
			id += peopleSuffix
		}
		if _, seen := spans[id]; !seen {
			order = append(order, id)
		}
		spans[id] = append(spans[id], mentionJSON{Start: m.Start, End: m.End, Text: text[m.Start:m.End]})
	}
	for _, id := range order {
		act, ok := byID[id]
		if strings.HasSuffix(id, peopleSuffix) {
			act, ok = annals.Actor{ID: id, Name: spans[id][0].Text, Type: actorGroup}, true
		}
		if !ok {
			act = annals.Actor{ID: id, Name: spans[id][0].Text, Type: annals.ActorUnknown}
		}
		ms := spans[id]
		slices.SortFunc(ms, func(x, y mentionJSON) int { return x.Start - y.Start })
		if err := writeJSONLine(w, documentActorJSON{Doc: a.Document.ID, ID: id, Name: act.Name, Type: actorTypeName(act.Type), Mentions: ms}); err != nil {
			return err
		}
	}
	return nil
}

// remapMentions moves the mentions of actors that a join across documents
// moved onto another actor.
func remapMentions(ms []analysis.Mention, to map[string]annals.Actor) {
	for i := range ms {
		if t, ok := to[ms[i].Actor]; ok {
			ms[i].Actor = t.ID
		}
	}
}
