package export

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/annals/annals"
)

// maxShownQualifiers is how many phrases after the verb a reading shows.
const maxShownQualifiers = 2

// Subject is how the reader's views show a statement's subject: its
// actor's canonical name, else the phrase as the text writes it ("my
// story", "Transport for London"), or its compact form when the phrase
// is a stretch of a sentence; the pronouns of the phrase say whom they
// stand for (see Clarify).
func Subject(s annals.Statement, names map[string]string) string {
	return shownArgument(&s.Subject, names)
}

// Complement is how the reader's views show what a statement says beside
// its subject and verb: the object as the text writes it (an actor by its
// name), then up to two phrases after the verb that complete the act
// ("with Bolton", "against al-Muhandis", "as the mayor of London"). The
// statement's own time is left out: the views show it on its own.
func Complement(s annals.Statement, names map[string]string) string {
	var parts []string
	if s.Object != nil {
		parts = append(parts, shownArgument(s.Object, names))
	}
	shown := 0
	for _, q := range s.Qualifiers {
		if shown == maxShownQualifiers {
			break
		}
		if q.Prep == "" || q.Prep == "according" || q.Start < s.Predicate.End || inside(q.Span, s.Object) || timely(q, s.Time) {
			continue
		}
		parts = append(parts, withPreposition(q, names))
		shown++
	}
	return strings.Join(parts, " ")
}

// Reading is a statement in one line as the views show it: "Hawkins ·
// express · an interest in community control of the police".
func Reading(s annals.Statement, names map[string]string) string {
	r := Subject(s, names) + " · " + Verb(s)
	if c := Complement(s, names); c != "" {
		r += " · " + c
	}
	return r
}

// longPhrase is how many words make a phrase a stretch of a sentence,
// shown by its compact form instead.
const longPhrase = 10

func shownArgument(a *annals.Argument, names map[string]string) string {
	if n, ok := names[a.Actor]; ok && n != "" && !people(trimPhrase(a.Text), n) {
		return n
	}
	text := trimPhrase(a.Text)
	if text == "" || len(strings.Fields(text)) > longPhrase {
		return CompactLabel(a, names)
	}
	return trimPhrase(Clarify(a.Span, a.Refs, names))
}

// CompactLabel is an argument's compact form (Label) with the pronouns
// it holds clarified (see Clarify), as far as the compact form is the
// text's own words.
func CompactLabel(a *annals.Argument, names map[string]string) string {
	if a.Norm == "" || a.Norm == a.Text {
		return Clarify(a.Span, a.Refs, names)
	}
	if i := strings.Index(a.Text, a.Norm); i >= 0 && len(a.Refs) > 0 {
		return Clarify(annals.Span{Text: a.Norm, Start: a.Start + i, End: a.Start + i + len(a.Norm)}, a.Refs, names)
	}
	return a.Norm
}

// Clarify writes a phrase of the text with the actor each of its
// references stands for after the pronoun, in brackets, the way a
// journalist clarifies a quotation: "sanctions against him [Qasem
// Soleimani]", "to fight for what I [Dorsa Derakhshani] want". names maps
// actor ids to the names shown; a reference whose actor has no name, or
// that lies outside the phrase, is left as the text writes it.
func Clarify(phrase annals.Span, refs []annals.Reference, names map[string]string) string {
	var b strings.Builder
	at := 0 // bytes of phrase.Text written
	for _, r := range refs {
		from, to := r.Start-phrase.Start, r.End-phrase.Start
		n := names[r.Actor]
		if n == "" || from < at || to > len(phrase.Text) || phrase.Text[from:to] != r.Text || strings.EqualFold(n, r.Text) {
			continue
		}
		b.WriteString(phrase.Text[at:to])
		b.WriteString(" [" + n + "]")
		at = to
	}
	if at == 0 {
		return phrase.Text
	}
	b.WriteString(phrase.Text[at:])
	return b.String()
}

// withPreposition is a qualifier as a phrase after the verb: its text,
// led by "to" or "for" when the text has no such word, as a recipient
// ingest read off a verb of giving has ("granted Ana a pardon": a
// pardon to Ana). Other phrases show as the text writes them.
func withPreposition(q annals.Qualifier, names map[string]string) string {
	text := trimPhrase(Clarify(q.Span, q.Refs, names))
	if q.Prep != "to" && q.Prep != "for" {
		return text
	}
	for _, w := range strings.Fields(text) {
		if strings.EqualFold(strings.Trim(w, ",;:.[]()\"'"), q.Prep) {
			return text
		}
	}
	return q.Prep + " " + text
}

// trimPhrase drops the punctuation a span may end or start with.
func trimPhrase(s string) string {
	return balanceQuotes(strings.Trim(strings.TrimSpace(s), ",;:."))
}

// balanceQuotes closes a quotation a phrase opens but ends inside (`a
// "decent man` → `a "decent man"`) and drops a closing mark whose opening
// lies before the phrase (`two wounds" in the attack` → `two wounds in the
// attack`), so that no view shows half a pair. A straight mark opens when
// a space or the phrase's start is before it, and closes otherwise.
func balanceQuotes(s string) string {
	var b strings.Builder
	straight, curly := 0, 0 // quotations open so far
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '"' && (i == 0 || unicode.IsSpace(rs[i-1]) || strings.ContainsRune("([", rs[i-1])):
			straight++
		case r == '"' && straight == 0:
			continue
		case r == '"':
			straight--
		case r == '“':
			curly++
		case r == '”' && curly == 0:
			continue
		case r == '”':
			curly--
		}
		b.WriteRune(r)
	}
	out := strings.TrimSpace(b.String())
	return out + strings.Repeat(`"`, straight) + strings.Repeat("”", curly)
}

func inside(q annals.Span, o *annals.Argument) bool {
	return o != nil && q.Start < o.End && o.Start < q.End
}

// timePhrase matches phrases of time, which the views show as the date.
var timePhrase = regexp.MustCompile(`(?i)\b(` +
	`(1[0-9]|20)\d\d|` +
	`january|february|march|april|may|june|july|august|september|october|november|december|` +
	`monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
	`today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|` +
	`week|weeks|month|months|year|years|decade|decades|century|ago|weekend|` +
	`spring|summer|autumn|fall|winter)\b`)

// timely reports whether a qualifier is a time: the statement's own, or
// words of time ("on Wednesday", "in 2019", "for two years"). A clause
// "when" opens names an event no date can show ("when she got an
// infection the week of the audition"), whatever words of time it holds.
func timely(q annals.Qualifier, t *annals.Time) bool {
	if t != nil && t.Expr != nil && q.Start < t.Expr.End && t.Expr.Start < q.End {
		return true
	}
	return q.Prep != "when" && timePhrase.MatchString(q.Text)
}

// people reports a people named by its demonym ("Russians", "Iraqis")
// standing for its country's actor n: the views show the people as the
// text names them, for "Russia · be paid" says something else.
func people(text, n string) bool {
	if strings.ContainsAny(text, " -") || len(text) < 5 || !unicode.IsUpper(rune(text[0])) || text[1:] != strings.ToLower(text[1:]) ||
		!strings.HasSuffix(text, "ans") && !strings.HasSuffix(text, "is") {
		return false
	}
	for _, w := range strings.Fields(n) {
		if strings.EqualFold(w, text) {
			return false
		}
	}
	return true
}
