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
