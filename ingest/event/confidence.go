package event

import "github.com/annals/annals"

// evidence is what typed an event.
type evidence int

const (
	byPattern   evidence = iota // a pattern of the verb matched its complement: "called for talks", "took part in protests"
	byVerb                      // a verb that names its event by itself: "arrested", "criticized"
	byNoun                      // a verb that does the event its object names: "held talks", "launched strikes"
	byParty                     // a verb of onParty with a party for its object: "released the hostages"
	byGoverning                 // the governing verb alone, the act having no code: "offered to ..."
)

// typeConfidence is how often a statement typed so was right in the
// judged draws of the train half of the Wikinews set (docs/event-sample.md:
// 160 typed statements, seeds 32 and 33), each count pulled toward the
// mean of all (61 %) by four statements' weight so that a type seldom
// seen is not trusted or distrusted on a handful. Types never judged
// take the mean.
var typeConfidence = map[string]float64{
	Agree: 0.48, Consult: 0.34, Support: 0.53, Cooperate: 0.48, Aid: 0.68, Concede: 0.64, Retreat: 0.57,
	Investigate: 0.45, Demand: 0.50, Disapprove: 0.81, Reject: 0.63, Threaten: 0.68, Protest: 0.55,
	Mobilize: 0.61, Sanction: 0.74, Coerce: 0.86, Assault: 0.54, Fight: 0.71,
}

// evidenceWeight weighs a type's confidence by what typed it: in the same
// draws, a verb that names its event by itself was right 72 % of the
// time, a pattern 50 %, the governing verb alone never (0 of 6).
var evidenceWeight = map[evidence]float64{
	byPattern:   0.85,
	byVerb:      1.1,
	byNoun:      1,
	byParty:     1,
	byGoverning: 0.3,
}

// Weights of the sides and the mode of an event: a subject that is only a
// pronoun ("they", "it") was right 42 % of the time against 64 %; an
// event with a side the dictionaries code as an actor (Event.Source or
// Target: "USAGOV", "RUS") 74 % against 55 %; an act not done is a little
// less sure than one done.
const (
	pronounWeight = 0.75
	codedWeight   = 1.25
	uncodedWeight = 0.9
	unrealWeight  = 0.9
	maxConfidence = 0.95
	// noTargetCap caps the confidence of a type that needs a target
	// (needsTarget) when the statement names no party on its target side
	// nor in its phrases: "issued a subpoena", "declared a state of
	// emergency", "criticized them" with "them" unresolved. Below the
	// default event confidence even for a statement of confidence 1, so
	// the views leave it out.
	noTargetCap = 0.45
)

// confidence is the confidence of an event's type (annals.Event.Confidence):
// its type's, weighed by its evidence, by whether its subject is only a
// pronoun, and by whether a side has an actor code (set Source and Target
// first), and capped (noTargetCap) when its type needs a target and
// targetParty is false.
func confidence(ev annals.Event, kind evidence, pronoun, targetParty bool) float64 {
	p, ok := typeConfidence[ev.PLOVER]
	if !ok {
		p = 0.61
	}
	p *= evidenceWeight[kind]
	if pronoun {
		p *= pronounWeight
	}
	if ev.Unreal {
		p *= unrealWeight
	}
	if ev.Source != "" || ev.Target != "" {
		p *= codedWeight
	} else {
		p *= uncodedWeight
	}
	if needsTarget[ev.PLOVER] && !targetParty {
		p = min(p, noTargetCap)
	}
	return min(p, maxConfidence)
}
