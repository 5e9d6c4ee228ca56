package timex

import (
	"strings"

	"github.com/annals/annals"
)

// tenseWindow is how many tokens on each side of an expression the tense
// guess looks at; verbs further away usually belong to another clause.
const tenseWindow = 20

// tenseOf guesses the tense of the clause around tokens [from, to): the
// nearest tense cue in the same sentence wins, the one before on a tie. A
// past participle after "will be" is future, so a past cue looks back a few
// tokens for a modal. It returns the caller's tense when one was given.
func (s *scanner) tenseOf(from, to int) Tense {
	if s.tense != TenseAuto {
		return s.tense
	}
	if s.kind == annals.KindSince {
		return TensePast // "since late December": a start already passed
	}
	if s.kind == annals.KindDeadline {
		// a deadline is set for a time still to come, unless the clause
		// tells of the past ("By Sunday afternoon, he said ...")
		if s.openingBy(from) && s.nearestCue(from, to) == TensePast {
			return TensePast
		}
		return TenseFuture
	}
	return s.nearestCue(from, to)
}

// openingBy reports a phrase that opens its sentence with "by" ("By
// Sunday afternoon, ..."), which sets the scene of a told past; a deadline
// inside the clause ("a deadline of September", "must leave by Friday")
// does not.
func (s *scanner) openingBy(from int) bool {
	b := from - 1
	return b >= 0 && s.word(b) == "by" && (b == 0 || s.sentenceEnds(b-1))
}

// nearestCue is the tense of the nearest cue around tokens [from, to) in
// the same sentence, the one before on a tie; TenseAuto for none.
func (s *scanner) nearestCue(from, to int) Tense {
	for d := 1; d <= tenseWindow; d++ {
		if i := from - d; i >= 0 && !s.sentenceEnds(i) {
			if t := s.cue(i); t != TenseAuto {
				return t
			}
		} else {
			from = -tenseWindow // stop looking left
		}
		if i := to - 1 + d; i < len(s.toks) && !s.sentenceEnds(i-1) {
			if t := s.cue(i); t != TenseAuto {
				return t
			}
		} else {
			to = len(s.toks) + tenseWindow // stop looking right
		}
	}
	return TenseAuto
}

// cue returns the tense token i marks, or TenseAuto when it marks none.
func (s *scanner) cue(i int) Tense {
	t := &s.toks[i]
	if t.kind != tokWord {
		return TenseAuto
	}
	e := t.entry()
	switch {
	case e.is(clsFuture):
		if e.word == "ll" && !s.isApostrophe(i-1) {
			return TenseAuto
		}
		if e.word == "going" && s.word(i+1) != "to" {
			return TenseAuto
		}
		return TenseFuture
	case e.is(clsPast) || s.pastSuffix(i):
		if s.modalBefore(i) {
			return TenseFuture
		}
		return TensePast
	case e != nil && (e.word == "is" || e.word == "are"):
		return TensePresent
	case s.perfect(i):
		return TensePast // "has died ... on Friday": the Friday just gone
	}
	return TenseAuto
}

// perfect reports "has" or "have" at i with a past participle one or two
// words after it ("has died", "have already signed"), whose time lies
// before the document date.
func (s *scanner) perfect(i int) bool {
	if w := s.word(i); w != "has" && w != "have" {
		return false
	}
	for k := i + 1; k <= i+2 && k < len(s.toks); k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
		w := strings.ToLower(s.text[s.toks[k].start:s.toks[k].end])
		if s.lex(k).is(clsPast) || s.pastSuffix(k) || len(w) >= 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) {
			return true
		}
	}
	return false
}

// pastSuffix reports a lower-case word in -ed that is not a known adjective.
func (s *scanner) pastSuffix(i int) bool {
	t := &s.toks[i]
	w := s.text[t.start:t.end]
	if t.upper || len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	return !pastSuffixExceptions[w]
}

// modalBefore reports "will", "would" or "to be" within three tokens before
// the participle at i: "will be held", "is to be signed".
func (s *scanner) modalBefore(i int) bool {
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		if s.lex(k).is(clsFuture) {
			return true
		}
		if s.word(k) == "be" && s.word(k-1) == "to" {
			return true
		}
	}
	return false
}
