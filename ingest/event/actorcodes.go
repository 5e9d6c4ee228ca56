package event

import (
	"strings"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// actorCoder gives the arguments of a document's statements their CAMEO
// actor codes (country and sector: "RUSGOV", "UKRMIL") on the statements'
// dates. What the text says comes first: the actor an argument denotes, its
// type and country, and the role nouns of the argument and of the actor's
// names ("Russian forces" → RUSMIL, "Ukrainian President Zelensky" →
// UKRGOV). The dated roles of the Phoenix country dictionary only fill
// what the text leaves open, and only on the statement's date.
type actorCoder struct {
	coder    *Coder
	roles    *Roles
	actors   map[string]*annals.Actor
	mentions *mentionIndex
}

func newActorCoder(coder *Coder, roles *Roles, a *analysis.Analysis) *actorCoder {
	ac := &actorCoder{coder: coder, roles: roles, actors: make(map[string]*annals.Actor, len(a.Actors)),
		mentions: newMentionIndex(a.Mentions)}
	for i := range a.Actors {
		ac.actors[a.Actors[i].ID] = &a.Actors[i]
	}
	return ac
}

// statementDay is the day a statement's actor codes hold on: its time's
// first day (Earliest, else Latest), else the document's date; zero when
// neither is known. It is never today's date: a role is what it was then.
func statementDay(st *annals.Statement, doc *annals.Document) time.Time {
	if d := st.Time.Sort(); !d.IsZero() {
		return d
	}
	return doc.Date
}

// code returns the CAMEO actor code of an argument of a statement of
// sentence s on day, or "" when it is unknown.
func (ac *actorCoder) code(s *analysis.Sentence, arg *annals.Argument, day time.Time) string {
	i, j := tokenRange(s.Tokens, arg.Span)
	j = nounPhraseEnd(s.Tokens, i, j)
	if j <= i {
		return ""
	}
	words := phraseOf(s.Tokens, i, j) // the core: "Russian forces", not "... according to the air force"
	id := arg.Actor
	if id == "" {
		id = ac.actorAtHead(s.Tokens[headOf(s.Tokens, i, j)])
	}
	actor := ac.actors[id]
	if actor == nil {
		return ac.namedCountryCode(words, day)
	}
	switch actor.Type {
	case annals.ActorCountry, annals.ActorPlace:
		// a country, or a place the dictionary files under one ("Moscow
		// said", "Donetsk"); the argument may name a sector of it
		// ("Russia's military")
		country := ac.countryOf(actor, day)
		if country == "" {
			return ""
		}
		return country + ac.coder.Sector(words)
	}
	country := ""
	if actor.Country != "" {
		country, _ = ac.roles.Country(actor.Country, day)
	}
	sector := ac.sectorOf(words, actor)
	role, known := ac.roleOf(actor, day)
	return mergeCodes(country, sector, role, known)
}

// nounPhraseEnd cuts an argument [i, j) before the first verb that ends
// its noun phrase: a finite verb, or any verb right after a noun. A span
// the extractor let run over its clause ("Russian police arrested two
// Ukrainian soldiers") is coded by its noun phrase. A plural the tagger
// took for a verb after a singular noun ("drone strikes") is no verb, nor
// is a participle before a noun ("the wounded soldiers"); "is", "has" and
// "does" are.
func nounPhraseEnd(toks []analysis.Token, i, j int) int {
	for k := i + 1; k < j; k++ {
		x, prev := toks[k].XPOS, toks[k-1].XPOS
		switch {
		case x == "VBZ" && prev == "NN" && !auxiliaries[toks[k].Lemma]:
		case x == "VBD" || x == "VBP" || x == "MD" || analysis.IsVerbTag(x) && analysis.IsNounTag(prev):
			return k
		}
	}
	return j
}

// auxiliaries are the lemmas of the verbs that are never nouns.
var auxiliaries = map[string]bool{"be": true, "have": true, "do": true}

// actorAtHead is the actor of the mention that holds an argument's head
// word ("where Russian troops" → russian-troops), or "": a mention that
// only modifies the head names someone else ("Russia's recent comments").
func (ac *actorCoder) actorAtHead(head analysis.Token) string {
	if m := ac.mentions.containing(head.Span); m != nil {
		return m.Actor
	}
	return ""
}

// namedCountryCode codes an argument that denotes no actor but names a
// country and a sector in its core words: "a Russian negotiator" →
// RUSGOV, "Donetsk rebels" → UKRREB. A country alone ("Russian
// comments") is no actor, and gives "".
func (ac *actorCoder) namedCountryCode(words Phrase, day time.Time) string {
	sector := ac.coder.Sector(words)
	if sector == "" {
		return ""
	}
	w := words.Words
	for n := 3; n >= 1; n-- {
		for k := 0; k+n <= len(w); k++ {
			if country, ok := ac.roles.Country(strings.Join(w[k:k+n], " "), day); ok {
				return country + sector
			}
		}
	}
	return ""
}

// countryOf is the code of a country or place actor on day, by its id,
// name or other names; "" when the dictionary does not know it.
func (ac *actorCoder) countryOf(actor *annals.Actor, day time.Time) string {
	for _, name := range namesOf(actor) {
		if code, ok := ac.roles.Country(name, day); ok {
			return code
		}
	}
	return ""
}

// sectorOf is the sector the text gives an actor: by the role nouns of the
// argument itself, else of the actor's name or other names in the document
// ("Ukrainian President Zelensky", "Russian forces").
func (ac *actorCoder) sectorOf(words Phrase, actor *annals.Actor) string {
	if s := ac.coder.Sector(words); s != "" {
		return s
	}
	for _, name := range append([]string{actor.Name}, actor.Aliases...) {
		if s := ac.coder.Sector(Phrase{Words: strings.Fields(strings.ToLower(name))}); s != "" {
			return s
		}
	}
	return ""
}

// roleOf is the role the dictionary gives an actor on day, by its id,
// name or other names.
func (ac *actorCoder) roleOf(actor *annals.Actor, day time.Time) (Role, bool) {
	for _, name := range namesOf(actor) {
		if role, ok := ac.roles.On(name, day); ok {
			return role, true
		}
	}
	return Role{}, false
}

// namesOf lists an actor's id, name and other names, in that order.
func namesOf(actor *annals.Actor) []string {
	return append([]string{actor.ID, actor.Name}, actor.Aliases...)
}

// mergeCodes joins what the text says of an actor (the code of its
// country, its sector; either may be "") with the role the dictionary
// gives it on the day, if known. The text wins part by part: the role
// fills the sector only when it is of the country the text names, and
// the country only when the text names none.
func mergeCodes(country, sector string, role Role, known bool) string {
	switch {
	case country != "" && sector != "":
		return country + sector
	case country != "":
		if known && strings.HasPrefix(role.Code, country) {
			return role.Code
		}
		return country
	case !known:
		return ""
	case sector != "":
		return role.Country + sector
	}
	return role.Code
}
