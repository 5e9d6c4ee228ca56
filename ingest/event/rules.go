package event

import (
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// intends reports whether the verb phrase tells of an intent: a verb or
// auxiliary of commitment, a demand, a threat, a refusal, or what a
// speaker says they would do. Told as done, or only reported ("claims it
// flies arms to the rebels"), it tells of none.
func intends(v Verb) bool {
	switch stances[v.Modality] {
	case stanceIntent, stanceAgree, stanceDemand, stanceThreat, stanceRefuse:
		return v.Modality != ""
	case stancePredict:
		return v.Reported
	}
	return v.Reported && v.Modality != ""
}

// pressWords are the heads of phrases that name the press: a meeting with
// one is an interview, no political event.
var pressWords = map[string]bool{"wikinews": true, "reporter": true, "reporters": true, "journalist": true,
	"journalists": true, "press": true, "media": true, "newspaper": true, "interviewer": true, "radio": true,
	"television": true, "podcast": true}

// hasPartner reports whether the object of the verb, or the object of a
// phrase of "with" or "to", has its head among words: "spoke with
// reporters", "told the press".
func hasPartner(v Verb, words map[string]bool) bool {
	if words[v.Object.Head] || words[v.Object.HeadLemma] {
		return true
	}
	for _, p := range v.Preps {
		if (p.Prep == "with" || p.Prep == "to") && (words[p.Object.Head] || words[p.Object.HeadLemma]) {
			return true
		}
	}
	return false
}

// safetyNotices are public notices that authorities issue and lift: to
// issue, withdraw or impose one is no threat, concession or coercion.
var safetyNotices = map[string]bool{"warning": true, "warnings": true, "advisory": true, "advisories": true,
	"alert": true, "alerts": true, "watch": true, "watches": true}

// killVerbs are the verbs of violence that news also uses of things:
// "killed the bill", "killed the project".
var killVerbs = map[string]bool{"kill": true, "murder": true, "slay": true}

// counted reports whether a phrase is a count of people ("killed five",
// "killed 12 people") or names people: it can be the victim of violence.
func counted(p Phrase) bool {
	for _, w := range append(p.Words[:len(p.Words):len(p.Words)], p.Lemmas...) {
		if numberWords[w] || w != "" && w[0] >= '0' && w[0] <= '9' || peopleWords[w] {
			return true
		}
	}
	return false
}

// numberWords count: "killed five".
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "dozen": true,
	"dozens": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true, "scores": true,
	"several": true, "many": true, "all": true, "both": true}

// peopleWords name people: "killed his wife", "murdered a man".
var peopleWords = map[string]bool{"people": true, "person": true, "man": true, "men": true, "woman": true,
	"women": true, "child": true, "children": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"mother": true, "father": true, "family": true, "victim": true, "victims": true, "him": true, "her": true,
	"them": true, "himself": true, "herself": true, "themselves": true, "resident": true, "residents": true,
	"worker": true, "workers": true, "student": true, "students": true, "boy": true, "girl": true,
	"passenger": true, "passengers": true, "officer": true, "officers": true, "journalist": true}

// bombing recodes violence whose instrument is a bomb that no army drops
// as CAMEO 183 (ASSAULT): a car or truck bomb (1832), a suicide bombing
// (1831), a roadside bomb (1833). "A car bombing killed five" is no battle.
func bombing(v Verb, act string) string {
	if !violent(act) {
		return act
	}
	for _, p := range append([]Phrase{v.Subject, v.Object}, prepObjects(v)...) {
		words := p.Words
		bomb := false
		for _, w := range words {
			bomb = bomb || strings.HasPrefix(w, "bomb")
		}
		if !bomb {
			continue
		}
		for _, w := range words {
			switch w {
			case "suicide":
				return "1831"
			case "car", "truck", "vehicle", "van":
				return "1832"
			case "roadside":
				return "1833"
			}
		}
	}
	return act
}

// prepObjects are the objects of the verb's prepositional phrases.
func prepObjects(v Verb) []Phrase {
	out := make([]Phrase, 0, len(v.Preps))
	for _, p := range v.Preps {
		out = append(out, p.Object)
	}
	return out
}

// disasterWords name the disasters that states of emergency are declared
// for: such a declaration coerces no one.
var disasterWords = map[string]bool{"storm": true, "hurricane": true, "typhoon": true, "cyclone": true,
	"flood": true, "floods": true, "flooding": true, "wildfire": true, "wildfires": true, "bushfire": true,
	"bushfires": true, "fire": true, "fires": true, "earthquake": true, "tornado": true, "snow": true,
	"snowstorm": true, "blizzard": true, "drought": true, "heatwave": true, "pandemic": true, "epidemic": true,
	"outbreak": true, "virus": true, "coronavirus": true, "covid-19": true, "rain": true, "rains": true,
	"landslide": true, "eruption": true, "tsunami": true}

// forDisaster reports whether a sentence names a disaster.
func forDisaster(s *analysis.Sentence) bool {
	for _, t := range s.Tokens {
		if disasterWords[strings.ToLower(t.Form)] {
			return true
		}
	}
	return false
}

// vehicles are heads of subjects that strike things by accident: "the
// plane struck a building", "a helicopter hit power lines".
var vehicles = map[string]bool{"plane": true, "aircraft": true, "airplane": true, "airliner": true, "jet": true,
	"helicopter": true, "car": true, "truck": true, "bus": true, "train": true, "vehicle": true, "boat": true}

// accident reports whether a verb of striking has a vehicle with no mark
// of war for its subject and no party for its object.
func accident(v Verb) bool {
	if v.Lemma != "strike" && v.Lemma != "hit" && v.Lemma != "crash" || !vehicles[v.Subject.Head] || v.ObjectParty {
		return false
	}
	for _, w := range v.Subject.Words {
		if warWords[w] {
			return false
		}
	}
	return true
}

// warWords mark a vehicle of war: "a military helicopter", "fighter jets".
var warWords = map[string]bool{"military": true, "fighter": true, "bomber": true, "attack": true, "army": true,
	"navy": true, "war": true, "drone": true, "combat": true, "enemy": true, "armed": true}
