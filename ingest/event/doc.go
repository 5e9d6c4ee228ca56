// Package event types statements as political events: the CAMEO code and
// the PLOVER category of "who did what to whom".
//
// The Coder reads a verb phrase (the verb, its particles, its object and
// prepositional phrases, the modality and negation of the statement) with
// the verb patterns of the CAMEO dictionary of PETRARCH2, compiled into an
// embedded table (table.gob.gz; see README.md for its source, licence and
// the command that rebuilds it). Modality turns an act into another event:
// an offer to return bodies is an intent to cooperate (CAMEO 03, PLOVER
// AGREE), not a return; a demand that X be done is a DEMAND; a threat to do
// X is a THREATEN; a refusal of a cooperative act is a REJECT.
//
// Agent and Sector name the sector of role nouns (minister → GOV, soldier
// → MIL) from the Phoenix agents dictionary. Roles gives the dated roles of
// people (On) and the codes of countries (Country) of the Phoenix country
// dictionary on a given day, for the actor codes of events.
package event

//go:generate go run ./internal/gen -cameo ../../../shared/data/cameo -out .
