package event

import (
	"strings"

	"github.com/annals/annals/ingest/analysis"

	"github.com/annals/annals"
)

// instrumentNouns name an act, a measure or a document: as the object of
// a verb they are the thing done ("granted a pardon", "filed a lawsuit",
// "imposed restrictions"), not whom it was done to. The party, if the
// text names one, is in a phrase after them ("a pardon to the governor",
// "a lawsuit against the city").
var instrumentNouns = map[string]bool{
	"pardon": true, "clemency": true, "sentence": true, "term": true, "penalty": true, "fine": true,
	"sanction": true, "restriction": true, "measure": true, "ban": true, "embargo": true, "tariff": true,
	"lawsuit": true, "suit": true, "complaint": true, "charge": true, "indictment": true, "subpoena": true,
	"warrant": true, "order": true, "summons": true, "injunction": true, "appeal": true, "petition": true,
	"aid": true, "assistance": true, "support": true, "help": true, "offer": true, "proposal": true,
	"warning": true, "ultimatum": true, "threat": true, "demand": true, "request": true, "statement": true,
	"emergency": true, "curfew": true, "lockdown": true, "decree": true, "policy": true,
	"defeat": true, "victory": true, "apology": true, "condemnation": true, "criticism": true,
	"investigation": true, "probe": true, "inquiry": true, "report": true, "letter": true, "message": true,
	"call": true, "plan": true, "deal": true, "agreement": true, "bill": true, "law": true, "rule": true,
	"regulation": true, "veto": true, "ruling": true, "verdict": true, "decision": true, "action": true,
	"attack": true, "strike": true, "raid": true, "operation": true, "campaign": true, "war": true,
}

// personNouns are nouns of people and groups the dictionaries do not code
// as agents: "arrested 30 people", "blamed the leadership".
var personNouns = map[string]bool{"people": true, "person": true, "persons": true, "individual": true,
	"man": true, "men": true, "woman": true, "women": true, "child": true, "children": true, "resident": true,
	"citizen": true, "worker": true, "employee": true, "student": true, "player": true, "athlete": true,
	"journalist": true, "reporter": true, "activist": true, "voter": true, "member": true, "supporter": true,
	"leader": true, "leadership": true, "official": true, "executive": true, "lawmaker": true,
	"politician": true, "candidate": true, "rival": true, "opponent": true, "critic": true, "protester": true,
	"demonstrator": true, "migrant": true, "immigrant": true, "civilian": true, "family": true, "crowd": true,
	"team": true, "club": true, "network": true, "newspaper": true, "broadcaster": true, "platform": true,
	"bank": true, "university": true, "school": true, "hospital": true, "church": true}

// partyNoun reports whether a phrase's head names a person or a group:
// "33 individuals", "the network", "the leadership".
func partyNoun(p Phrase) bool {
	for _, w := range []string{p.HeadLemma, p.Head} {
		if personNouns[w] || bodies[w] || personNouns[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// qualifierPrepositions tie a party to an act its verb's object names:
// "a pardon to", "a lawsuit against", "sanctions on", "aid for", "a deal
// with".
var qualifierPrepositions = map[string]bool{"to": true, "against": true, "on": true, "for": true, "with": true}

// needsTarget are the types whose act is done to someone: with no party
// on the target side they are not the event the type says.
var needsTarget = map[string]bool{Coerce: true, Assault: true, Sanction: true, Disapprove: true, Demand: true,
	Threaten: true, Aid: true, Consult: true}

// instrumentObject reports whether the verb's object is an act, measure or
// document ("a full pardon", "new restrictions on flights") rather than
// the one it is done to; the object of two ("granted the governor a
// pardon") is its recipient.
func (r *statementReading) instrumentObject() bool {
	o := r.verb.Object
	if r.doubleObject || o.IsZero() {
		return false
	}
	if o.Head == "state" && r.object.has("emergency") {
		return true // "declared a state of emergency"
	}
	return instrumentNouns[o.HeadLemma] || instrumentNouns[o.Head] || instrumentNouns[strings.TrimSuffix(o.Head, "s")]
}

// qualifierParty is the index in verb.Preps of the first phrase "to /
// against / on / for / with X" whose X is a party, or -1.
func (r *statementReading) qualifierParty() int {
	for i, p := range r.verb.Preps {
		if qualifierPrepositions[p.Prep] && !p.Object.IsZero() && !thingPronoun(p.Object) &&
			(p.Party || partyNoun(p.Object)) && !r.accordingTo(i) {
			return i
		}
	}
	return -1
}

// noSide reports whether an argument can be no side of an event: a time
// ("Thursday") or a pronoun no actor was found for.
func noSide(arg *annals.Argument, time bool) bool {
	return arg.Pronoun && arg.Actor == "" || time
}

// targetParty reports whether the target side of a statement is a party:
// the subject of a passive (checked as a side elsewhere), an object that
// is a party and no time, pronoun left unresolved or act of the verb's
// own, or a phrase of the verb that names a party.
func (r *statementReading) targetParty(st *annals.Statement) bool {
	if st.Passive || r.passive || r.reported != nil {
		return true
	}
	if st.Object == nil && meetings[r.verb.Lemma] {
		return true // "the delegations met": each side is the other's
	}
	if st.Object != nil && st.Object.Prep == "" && (r.verb.ObjectParty || partyNoun(r.verb.Object) || r.countedParty()) &&
		!noSide(st.Object, r.objectTime) &&
		!r.instrumentObject() {
		return true
	}
	return r.qualifierParty() >= 0 || r.concernsParty()
}

// accordingTo reports whether the i-th phrase of the verb is "according
// to X": X is a source, not a party to the act.
func (r *statementReading) accordingTo(i int) bool {
	return i < len(r.prepAfter) && r.prepAfter[i] == "according"
}

// wordsBefore is, for each span of a prepositional phrase's object, the
// word before its preposition, lower case ("" for none or a zero span).
func wordsBefore(toks []analysis.Token, spans []annals.Span) []string {
	out := make([]string, len(spans))
	for n, sp := range spans {
		if sp.End == 0 {
			continue
		}
		if i, _ := tokenRange(toks, sp); i >= 2 {
			out[n] = strings.ToLower(toks[i-2].Form)
		}
	}
	return out
}

// countedParty reports whether the object counts people or a group after
// its head: "a number of players", "dozens of residents".
func (r *statementReading) countedParty() bool {
	o := r.verb.Object
	if !quantities[o.HeadLemma] && !quantities[o.Head] && o.Head != "number" {
		return false
	}
	for i, w := range r.object.Words {
		if i > 0 && (personNouns[w] || personNouns[strings.TrimSuffix(w, "s")] || personNouns[r.object.Lemmas[i]]) {
			return true
		}
	}
	return false
}
