package extract

import "strings"

// linkingPhrases are prepositional phrases that link a clause to what came
// before ("on top of that", "in fact", "for example") and are never what
// a verb acts on, in lower case, word by word.
var linkingPhrases = map[string]bool{
	"on top of that": true, "on top of this": true, "on top of it": true, "on top of all that": true,
	"in fact": true, "in addition": true, "in particular": true, "in general": true, "in turn": true,
	"in short": true, "in other words": true, "in any case": true, "in the end": true,
	"of course": true, "after all": true, "at least": true, "at the same time": true,
	"at the end of the day": true, "at any rate": true, "for example": true, "for instance": true,
	"by the way": true, "on the other hand": true, "on the contrary": true, "to be honest": true,
}

// linking reports whether the phrase at k is a linking phrase.
func (t *tree) linking(k int) bool {
	lo, hi := t.span(k, nil)
	if hi-lo > 6 {
		return false
	}
	words := make([]string, 0, hi-lo)
	for i := lo; i < hi; i++ {
		words = append(words, strings.ToLower(t.toks[i].Form))
	}
	return linkingPhrases[strings.Join(words, " ")]
}
