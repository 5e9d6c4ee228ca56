package analysis

import "strings"

// IsTimeWord reports whether a noun names a time ("Wednesday", "August",
// "2019"), which makes its phrase an adverbial, not an object.
func IsTimeWord(t Token) bool {
	low := strings.ToLower(t.Form)
	if timeNouns[low] {
		return true
	}
	if len(low) == 4 && low[0] >= '1' && low[0] <= '2' && strings.Trim(low, "0123456789") == "" {
		return true
	}
	return false
}

// timeNouns are the lower-case nouns that name a time (May is left out: a name as often).
var timeNouns = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "tomorrow": true, "week": true, "month": true, "year": true,
	"weekend": true, "morning": true, "evening": true, "night": true, "afternoon": true, "day": true,
	"weeks": true, "months": true, "years": true, "days": true, "hours": true,
}

// ClaimModality is the modality a noun of claim gives the clause that
// completes it ("an allegation (that) he took bribes": allege; "reports
// that the army fired": report; "the possibility that talks collapse":
// possible), by the noun's lemma, or "" for a noun that asserts its clause
// ("the fact that", "news that") or takes none.
func ClaimModality(lemma string) string { return claimNouns[strings.ToLower(lemma)] }

// claimNouns are the nouns whose clause is someone's claim, belief, fear,
// hope or a mere possibility, and the modality each gives it.
var claimNouns = map[string]string{
	"allegation": "allege", "claim": "claim", "accusation": "accuse", "charge": "charge",
	"report": "report", "rumour": "rumour", "rumor": "rumour", "suspicion": "suspect",
	"fear": "fear", "hope": "hope", "possibility": "possible", "likelihood": "likely",
	"chance": "possible", "belief": "believe", "speculation": "speculate", "assertion": "assert",
	"suggestion": "suggest", "expectation": "expect", "prediction": "predict", "worry": "worry",
	"concern": "fear", "doubt": "doubt", "theory": "theory", "notion": "notion", "idea": "idea",
	"assumption": "assume", "warning": "warn", "promise": "promise", "threat": "threaten",
	"insistence": "insist", "contention": "contend", "argument": "argue", "indication": "indicate",
	"impression": "impression", "perception": "perception", "hypothesis": "hypothesis",
	"allegations": "allege", "reports": "report", "fears": "fear", "hopes": "hope", "claims": "claim",
}
