package export

import (
	"html"
	"strings"
	"unicode"

	annals "github.com/annals/annals"
	"github.com/emicklei/dot"
)

// This file makes the text of the DOT labels. Escaping for DOT's quoted
// strings is left to emicklei/dot (it writes them with Go's %q: \" and \\,
// and \n, which Graphviz reads as a line break); escaping for HTML-like
// labels to html.EscapeString. What is done here is only to remove what
// neither escape can carry: control and other invisible characters, which
// %q would write as Go escapes ("\t", "\u200b") that Graphviz prints as
// letters, and invalid UTF-8.

// plainText makes s safe to hand to emicklei/dot as a label: valid UTF-8,
// line breaks as "\n", every other non-printing character a space.
func plainText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	return strings.Map(func(r rune) rune {
		if r == '\n' || unicode.IsPrint(r) {
			return r
		}
		return ' '
	}, s)
}

// htmlText escapes s for an HTML-like label, with line breaks as <BR/>.
func htmlText(s string) string {
	lines := strings.Split(plainText(s), "\n")
	for i, line := range lines {
		lines[i] = html.EscapeString(line)
	}
	return strings.Join(lines, `<BR/>`)
}

// actorStyle is how an actor type is drawn: a shape people tell apart at a
// glance, a pale fill, and the word written under the name.
type actorStyle struct {
	shape, fill, word string
}

var actorStyles = map[annals.ActorType]actorStyle{
	annals.ActorPerson:       {"ellipse", "#fdebd3", "person"},
	annals.ActorOrganization: {"box", "#dbe9f6", "organisation"},
	annals.ActorCountry:      {"hexagon", "#dff0d8", "country"},
	annals.ActorPlace:        {"octagon", "#efe3f5", "place"},
}

var unknownActorStyle = actorStyle{"ellipse", "#eeeeee", "actor"}

func styleOf(t annals.ActorType) actorStyle {
	if s, ok := actorStyles[t]; ok {
		return s
	}
	return unknownActorStyle
}

// actorLabel is the name with the actor's type in a smaller grey line.
func actorLabel(name string, st actorStyle) dot.HTML {
	return dot.HTML(htmlText(name) +
		`<BR/><FONT POINT-SIZE="9" COLOR="#555555">` + html.EscapeString(st.word) + `</FONT>`)
}

// statementLabel is "predicate · date": the lemma, "not " before it when
// negated, the modality after it ("return (offered)"), and the date as
// timelines print it ([When]: "by 2025-08-06", "before 2025-07-23"), never
// a raw TIMEX value such as PAST_REF or P2W; nothing for an undated
// statement, which its column already says.
func statementLabel(s *annals.Statement) string {
	var b strings.Builder
	if s.Negated {
		b.WriteString("not ")
	}
	b.WriteString(Verb(*s))
	if s.Modality != "" {
		b.WriteString(" (" + modalityWord(s.Modality) + ")")
	}
	if when := When(s.Time); when != "undated" && when != "" {
		b.WriteString(" · " + when)
	}
	return plainText(b.String())
}

// modalityWord turns the lemma that keeps an act from having happened into
// the word shown after the predicate: auxiliaries as they are ("will"),
// verbs as past participles ("offer" → "offered": the act was offered, not
// done).
func modalityWord(lemma string) string {
	lemma = strings.ToLower(strings.TrimSpace(lemma))
	if auxiliaries[lemma] {
		return lemma
	}
	if p, ok := irregularParticiples[lemma]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(lemma, "e"):
		return lemma + "d"
	case strings.HasSuffix(lemma, "y") && len(lemma) > 1 && !strings.ContainsRune("aeiou", rune(lemma[len(lemma)-2])):
		return lemma[:len(lemma)-1] + "ied"
	}
	return lemma + "ed"
}

var auxiliaries = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "may": true,
	"might": true, "can": true, "could": true, "must": true, "ought": true,
}

// irregularParticiples covers the modal verbs news uses whose participle
// the regular rules above get wrong.
var irregularParticiples = map[string]string{
	"seek": "sought", "plan": "planned", "commit": "committed", "set": "set",
	"mean": "meant", "bid": "bid", "forbid": "forbidden", "get": "got",
	"think": "thought", "fight": "fought", "hold": "held", "begin": "begun",
	"undertake": "undertaken", "swear": "sworn",
	"refer": "referred", "prefer": "preferred",
}
