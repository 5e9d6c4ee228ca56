package timex

import (
	"time"

	"github.com/annals/annals"
)

// scanner holds the state of one Find call.
type scanner struct {
	text     string
	toks     []token
	anchored bool
	anchor   time.Time // document day, UTC midnight
	// ref is the period the narrative last named (narrative.go): a day, or
	// a week, month, season, quarter or year that sets a scene. "three days
	// later", "the next day" and "four years later" count from it. It starts
	// at the document day; refNamed reports that the text has named it.
	ref      period
	refNamed bool
	// named holds the references in text order, mentions every resolved
	// date: "the next day" after a coarse scene and "that year" look back.
	named, mentions []period
	tense           Tense
	// kind is the kind the words before the current candidate give it
	// ("by" → deadline); resolution reads it, so a deadline month is never
	// put in the past.
	kind annals.TimeKind
	// lastDay is the last single day emitted and lastDayEnd the token after
	// it: a clock time right after "Friday at" takes that day.
	lastDay    time.Time
	lastDayEnd int
	out        []Expression
}

// match is a candidate expression over tokens [from, to).
type match struct {
	from, to int
	p        period
}

func (m match) ok() bool { return m.to > m.from }

// scan tries the grammar at every token that can open an expression and
// keeps the longest match; the next try starts after it.
func (s *scanner) scan() {
	s.lastDayEnd = -10
	for i := 0; i < len(s.toks); {
		if !s.canStart(i) {
			i++
			continue
		}
		s.kind = s.kindBefore(i)
		best := s.longest(i)
		if !best.ok() {
			i++
			continue
		}
		s.emit(best)
		i = best.to
	}
}

func (s *scanner) canStart(i int) bool {
	t := &s.toks[i]
	switch t.kind {
	case tokNum, tokOrdinal, tokDecade, tokMixed:
		return true
	case tokWord:
		return t.entry().is(clsStart | clsMonth | clsMonthAbbr | clsWeekday | clsCardinal | clsOrdinal |
			clsUnit | clsSeason | clsQuantity)
	}
	return s.isApostrophe(i) // "the '90s"
}

func (s *scanner) longest(i int) match {
	var best match
	for _, try := range [...]func(int) match{
		s.matchSet, s.matchDuration, s.matchDated, s.matchVague,
	} {
		if m := try(i); m.to > best.to {
			best = m
		}
	}
	return best
}

// emit turns a match into an Expression, applying its kind.
func (s *scanner) emit(m match) {
	if s.pastFuture(m) {
		m.p = unresolved(m.p.grain) // X digits: honest where the reference was wrong
	}
	p := m.p
	e := Expression{
		Start: s.toks[m.from].start, End: s.toks[m.to-1].end,
		Type: p.typ, Value: p.value, Earliest: p.first, Latest: p.last, Precision: p.prec,
		DayFromDocument: p.anchorDay,
	}
	e.Text = s.text[e.Start:e.End]
	if p.typ == annals.TimexDuration && (!p.first.IsZero() || !p.last.IsZero()) {
		// A duration the text places ("within weeks", "the past three
		// years") bounds its statement like a date; "within" makes a
		// deadline that keeps the document date as its start.
		e.Kind = annals.KindEvent
		if s.kind == annals.KindDeadline {
			e.Kind = annals.KindDeadline
		}
	}
	if p.typ == annals.TimexDate || p.typ == annals.TimexTime {
		e.Kind = annals.KindEvent
		switch s.kind {
		case annals.KindDeadline:
			e.Kind, e.Earliest = annals.KindDeadline, time.Time{}
		case annals.KindSince:
			e.Kind, e.Latest = annals.KindSince, time.Time{}
		}
		if p.resolvedDay {
			s.lastDay, s.lastDayEnd = p.first, m.to
		}
		s.updateRef(m)
		s.noteMention(m.p)
	}
	s.out = append(s.out, e)
}

// kindBefore reads the words before token i: "by", "within", "no later
// than" and "a deadline of" make a deadline, "since" a start.
func (s *scanner) kindBefore(i int) annals.TimeKind {
	switch s.word(i - 1) {
	case "by", "within":
		return annals.KindDeadline
	case "since":
		return annals.KindSince
	case "than":
		if s.word(i-2) == "later" {
			return annals.KindDeadline
		}
	case "of", "for":
		if s.word(i-2) == "deadline" {
			return annals.KindDeadline
		}
	}
	if s.word(i-1) == "" && s.word(i-2) == "deadline" && s.isPunct(i-1, ":") {
		return annals.KindDeadline
	}
	return annals.KindEvent
}

// Token helpers. Out-of-range indexes are allowed and match nothing.

func (s *scanner) has(i int) bool { return i >= 0 && i < len(s.toks) }

// word is the lexicon form of token i, or "" when it is not a known word.
func (s *scanner) word(i int) string {
	if !s.has(i) || s.toks[i].lex == 0 || s.toks[i].kind != tokWord {
		return ""
	}
	return lexicon.entries[s.toks[i].lex].word
}

func (s *scanner) lex(i int) *entry {
	if !s.has(i) || s.toks[i].kind != tokWord {
		return nil
	}
	return s.toks[i].entry()
}

func (s *scanner) raw(i int) string {
	if !s.has(i) {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[i].end]
}

func (s *scanner) isPunct(i int, p string) bool {
	return s.has(i) && s.toks[i].kind == tokPunct && s.text[s.toks[i].start:s.toks[i].end] == p
}

// isDash reports a hyphen or dash between numbers or words.
func (s *scanner) isDash(i int) bool {
	return s.isPunct(i, "-") || s.isPunct(i, "–") || s.isPunct(i, "—")
}

func (s *scanner) isApostrophe(i int) bool { return s.isPunct(i, "'") || s.isPunct(i, "’") }

// touches reports that token i follows token i-1 with no space.
func (s *scanner) touches(i int) bool { return s.has(i) && !s.toks[i].gap }

func (s *scanner) isNum(i int) bool { return s.has(i) && s.toks[i].kind == tokNum }

func (s *scanner) capitalized(i int) bool {
	return s.has(i) && s.toks[i].kind == tokWord && s.toks[i].upper
}

// wordIs reports whether token i is one of the given lexicon words.
func (s *scanner) wordIs(i int, words ...string) bool {
	w := s.word(i)
	if w == "" {
		return false
	}
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// sentenceStart reports that token i opens a sentence or a line.
func (s *scanner) sentenceStart(i int) bool {
	if i <= 0 || s.toks[i].newline {
		return true
	}
	return s.isPunct(i-1, ".") || s.isPunct(i-1, "!") || s.isPunct(i-1, "?") ||
		s.isPunct(i-1, "\"") || s.isPunct(i-1, "“")
}

// sentenceEnds reports that a sentence ends between tokens i and i+1.
func (s *scanner) sentenceEnds(i int) bool {
	if !s.has(i + 1) {
		return true
	}
	if s.toks[i+1].newline {
		return true
	}
	if s.isPunct(i, "!") || s.isPunct(i, "?") || s.isPunct(i, ";") {
		return true
	}
	if s.isPunct(i, ".") {
		// "a.m." and "U.S." put dots between letters; a dot after a single
		// letter rarely ends a sentence.
		if s.has(i-1) && s.toks[i-1].end-s.toks[i-1].start == 1 && s.toks[i-1].kind == tokWord && s.touches(i) {
			return false
		}
		return s.toks[i+1].upper || s.toks[i+1].kind == tokPunct || s.toks[i+1].kind == tokNum
	}
	return false
}
