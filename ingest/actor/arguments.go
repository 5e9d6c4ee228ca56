package actor

import (
	"sort"
	"strings"

	"github.com/annals/annals"
)

// argumentRef is what one argument of a statement points at in the text.
type argumentRef struct {
	mention int // the mention the argument denotes, or -1
	pronoun int // the token of a pronoun that stands for the argument, or -1
}

var noReference = argumentRef{mention: -1, pronoun: -1}

// statementRefs are the references of a statement's three arguments.
type statementRefs struct {
	subject, object, attribution argumentRef
}

// indexMentions maps every token to the mention that covers it, or -1.
func (t *actorText) indexMentions(mentions []actorMention) []int {
	at := make([]int, len(t.tokens))
	for k := range at {
		at[k] = -1
	}
	for i, m := range mentions {
		for k := m.first; k < m.end; k++ {
			at[k] = i
		}
	}
	return at
}

// refer finds what an argument span denotes: a mention, once determiners,
// "according to", a possessor ("Ukraine's lead negotiator" is the
// negotiator) and trailing punctuation are set aside; the name in an
// apposition ("Moscow's chief negotiator, Vladimir Medinsky"); or a
// pronoun to resolve later. Coordinated arguments ("Zelensky and Putin")
// denote no single actor.
func (t *actorText) refer(arg *annals.Argument, mentions []actorMention, mentionAt []int) argumentRef {
	if arg == nil {
		return noReference
	}
	i, j := t.tokensIn(arg.Span)
	i, j = t.trimArgument(i, j)
	if j <= i {
		return noReference
	}
	if j-i == 1 && (personPronouns[t.tokens[i].lower] || pluralPronouns[t.tokens[i].lower] || t.isInterlocutor(i, mentionAt)) {
		return argumentRef{mention: -1, pronoun: i}
	}
	// "the country": a definite description resolves like a pronoun
	if j-i == 1 && i > 0 && t.tokens[i-1].lower == "the" && definiteDescriptions[t.tokens[i].lower] != "" {
		return argumentRef{mention: -1, pronoun: i}
	}
	if t.coordinated(i, j, mentionAt) {
		return noReference
	}
	parts := t.commaParts(i, j, mentionAt)
	if mi := t.exactMention(parts[0][0], parts[0][1], mentions, mentionAt); mi >= 0 || len(parts) == 1 {
		if mi >= 0 && mentions[mi].label {
			return noReference // a speaker's label is no argument
		}
		return argumentRef{mention: mi, pronoun: -1}
	}
	// "<role>, <name>": the name is the person the role describes.
	if t.endsInRole(parts[0][0], parts[0][1]) {
		if mi := t.exactMention(parts[1][0], parts[1][1], mentions, mentionAt); mi >= 0 && mentions[mi].firm == "" {
			return argumentRef{mention: mi, pronoun: -1}
		}
	}
	return noReference
}

// tokensIn returns the tokens [i, j) that lie wholly inside a span.
func (t *actorText) tokensIn(span annals.Span) (int, int) {
	i := sort.Search(len(t.tokens), func(k int) bool { return t.tokens[k].Start >= span.Start })
	j := i
	for j < len(t.tokens) && t.tokens[j].End <= span.End {
		j++
	}
	return i, j
}

// trimArgument drops leading determiners, "according to" and punctuation,
// and trailing punctuation.
func (t *actorText) trimArgument(i, j int) (int, int) {
	for i < j && (argumentLeaders[t.tokens[i].lower] || isPunctuation(t.tokens[i])) {
		i++
	}
	for j > i && isPunctuation(t.tokens[j-1]) {
		j--
	}
	return i, j
}

// isPunctuation reports whether a token is punctuation.
func isPunctuation(tok actorToken) bool {
	if tok.UPOS == "PUNCT" {
		return true
	}
	switch tokenForm(tok.Token) {
	case ",", ".", ";", ":", `"`, "'", "(", ")", "-", "--", "!", "?", "``", "''":
		return true
	}
	return false
}

// coordinated reports whether "and", "or" or "nor" joins words of [i, j)
// outside a mention ("Bosnia and Herzegovina" is one name).
func (t *actorText) coordinated(i, j int, mentionAt []int) bool {
	for k := i; k < j; k++ {
		switch t.tokens[k].lower {
		case "and", "or", "nor", "&":
			if mentionAt[k] < 0 {
				return true
			}
		}
	}
	return false
}

// commaParts splits [i, j) at commas outside mentions.
func (t *actorText) commaParts(i, j int, mentionAt []int) [][2]int {
	var parts [][2]int
	start := i
	for k := i; k < j; k++ {
		if t.form(k) == "," && mentionAt[k] < 0 {
			if k > start {
				parts = append(parts, [2]int{start, k})
			}
			start = k + 1
		}
	}
	if start < j || len(parts) == 0 {
		parts = append(parts, [2]int{start, j})
	}
	return parts
}

// endsInRole reports whether a phrase ends in a role noun or title
// ("Moscow's chief negotiator", "The Turkish Foreign Minister", "the
// President of Turkey").
func (t *actorText) endsInRole(i, j int) bool {
	i, j = t.trimArgument(i, j)
	return j > i && (t.isRoleWord(j-1) || t.roleEnds[j])
}

// exactMention returns the mention that tokens [i, j) are, or -1. Words
// before the mention may only be titles or demonyms; the argument may also
// be the end of a mention (the bare "Hakan Fidan" of "Turkish Foreign
// Minister Hakan Fidan"). After a possessive only the possessed counts.
func (t *actorText) exactMention(i, j int, mentions []actorMention, mentionAt []int) int {
	i, j = t.trimArgument(i, j)
	for k := j - 1; k >= i; k-- {
		if t.isPossessive(k) {
			i, j = t.trimArgument(k+1, j)
			break
		}
	}
	if j <= i {
		return -1
	}
	mi := mentionAt[j-1]
	if mi < 0 || mentions[mi].end != j {
		return -1
	}
	for k := i; k < mentions[mi].first; k++ {
		before := mentionAt[k]
		if personTitles[t.tokens[k].lower] == 0 && t.tab.demonymCountry[t.form(k)] == "" &&
			(before < 0 || mentions[before].firm == "" || mentions[mi].firm != "") {
			return -1 // only a titled name takes a country or body before it: "U.S. Secretary of State Marco Rubio"
		}
	}
	return mi
}

// isInterlocutor reports whether token k is a first- or second-person
// pronoun: "US" in capitals is the country, not "us".
func (t *actorText) isInterlocutor(k int, mentionAt []int) bool {
	form := t.form(k)
	return interlocutorPronouns[t.tokens[k].lower] && mentionAt[k] < 0 && (form == "I" || strings.ToUpper(form) != form)
}
