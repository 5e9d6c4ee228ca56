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
	if s.kind == annals.KindDeadline {
		return TenseFuture // a deadline is set for a time still to come
	}
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
	}
	return TenseAuto
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
