package actor

import (
	"sort"
	"strings"

	"github.com/annals/annals"
)

// argumentRef is what one argument of a statement points at in the text.
type argumentRef struct {
	mention int // the mention the argument denotes, or -1
	pronoun int // the token of a pronoun, or the first of a definite description, that stands for the argument, or -1
	// descEnd is the end of the definite description ("the company", "the
	// prime minister") that starts at token pronoun; 0 for a pronoun.
	descEnd int
}

var noReference = argumentRef{mention: -1, pronoun: -1}

// statementRefs are the references of a statement's three arguments, and
// what the salience of the sentence's subjects needs to know of its
// subject: where it starts, whether it names a person but no actor ("One
// of the victims", "a man": subjectPerson, and the gender its noun tells),
// and whether it is one of names joined by "and" ("Ratnamma and Seemanna
// arranged a room").
type statementRefs struct {
	subject, object, attribution argumentRef
	subjectFirst                 int
	subjectPerson                bool
	subjectGender                byte
	subjectCoordinated           bool
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
// negotiator), a description before the name ("U.S. furniture retailer
// Kestrelmart" is Kestrelmart), what follows the head (a prepositional
// phrase, a relative clause: "Kestrelmart for the top spot") and trailing
// punctuation are set aside; the name in an apposition ("Moscow's chief
// negotiator, Vladimir Medinsky"); or a pronoun or definite description to
// resolve later ("he", "the company"). Coordinated arguments ("Zelensky
// and Putin") denote no single actor.
func (t *actorText) refer(arg *annals.Argument, mentions []actorMention, mentionAt []int) argumentRef {
	if arg == nil {
		return noReference
	}
	i, j := t.tokensIn(arg.Span)
	i, j = t.trimArgument(i, j)
	if j <= i {
		return noReference
	}
	// "Former prime minister John [Major] criticised": a parse that cut a
	// name short leaves the rest of the name just after the argument
	if mi := mentionAt[j-1]; mi >= 0 && mentions[mi].first >= i && mentions[mi].end > j && !mentions[mi].label {
		j = mentions[mi].end
	}
	if j-i == 1 && (personPronouns[t.tokens[i].lower] || pluralPronouns[t.tokens[i].lower] || t.isInterlocutor(i, mentionAt)) {
		return argumentRef{mention: -1, pronoun: i}
	}
	parts := t.commaParts(i, j, mentionAt)
	hi, hj := t.headPhrase(parts[0][0], parts[0][1], mentionAt)
	if len(parts) == 1 && t.coordinated(hi, hj, mentionAt) || len(parts) > 1 && t.coordinated(i, j, mentionAt) {
		return noReference
	}
	if mi := t.exactMention(hi, hj, mentions, mentionAt); mi >= 0 {
		if mentions[mi].label {
			return noReference // a speaker's label is no argument
		}
		return argumentRef{mention: mi, pronoun: -1}
	}
	// "Senator from Vermont Bernie Sanders": the name after the place
	if len(parts) == 1 && hj < j && t.tokens[hj].lower == "from" && t.endsInRole(hi, hj) {
		if g := t.nameAfterPlace(hj+1, j); g > hj+1 {
			if mi := mentionAt[g]; mi >= 0 && mentions[mi].first == g && mentions[mi].end == j && mentions[mi].firm == "" {
				return argumentRef{mention: mi, pronoun: -1}
			}
		}
	}
	// "<role>, <name>": the name is the person the role describes.
	if len(parts) > 1 && t.endsInRole(parts[0][0], parts[0][1]) {
		if mi := t.exactMention(parts[1][0], parts[1][1], mentions, mentionAt); mi >= 0 && mentions[mi].firm == "" {
			return argumentRef{mention: mi, pronoun: -1}
		}
	}
	// "the latter", "the former": the last or the one before of two named
	if hj-hi == 1 && hi > 0 && t.tokens[hi-1].lower == "the" && (t.tokens[hi].lower == "latter" || t.tokens[hi].lower == "former") {
		return argumentRef{mention: -1, pronoun: hi, descEnd: hj}
	}
	// "the country", "the firm", "the prime minister", but not "the
	// president of Turkey": resolved like a pronoun
	if t.isDescription(hi, hj, mentionAt) && (hj == parts[0][1] || !t.complementAt(hj)) {
		return argumentRef{mention: -1, pronoun: hi, descEnd: hj}
	}
	return noReference
}

// complementAt reports whether token k starts a complement that makes a
// description another one ("the president of Turkey", "the minister for
// health").
func (t *actorText) complementAt(k int) bool {
	switch t.tokens[k].lower {
	case "of", "for":
		return true
	}
	return t.isPossessive(k)
}

// headPhrase returns the head noun phrase of tokens [i, j): the words
// before a preposition or a relative word outside any mention
// ("Kestrelmart for the top furniture retailer" is "Kestrelmart"; "Bank of
// America" stays whole). A span with a verb in it is a clause or holds one ("he was
// a rebel", "figures released by Corvant"), and stays whole.
func (t *actorText) headPhrase(i, j int, mentionAt []int) (int, int) {
	cut := j
	for k := i + 1; k < j; k++ {
		if mentionAt[k] >= 0 {
			continue
		}
		tok := t.tokens[k]
		switch {
		case tok.UPOS == "VERB" || tok.UPOS == "AUX" || strings.HasPrefix(tok.XPOS, "VB") || tok.XPOS == "MD":
			return i, j
		case cut == j && (tok.UPOS == "ADP" && !t.isPossessive(k) || tok.XPOS == "IN" || tok.XPOS == "TO" || strings.HasPrefix(tok.XPOS, "W")):
			cut = k
		}
	}
	return i, cut
}

// isDescription reports whether tokens [i, j), after "the", are a
// definite description that may stand for an actor of the text: a head
// of descriptionHeads or a kind of person, with only title words before
// it ("the company", "the prime minister", "the chief executive"), and no
// name in it.
func (t *actorText) isDescription(i, j int, mentionAt []int) bool {
	if j-i < 1 || j-i > 3 || i == 0 || t.tokens[i-1].lower != "the" || !t.sameSentence(i-1, i) {
		return false
	}
	head := t.tokens[j-1].lower
	if descriptionHeads[head] == "" && !isPersonKind(head) {
		return false
	}
	for k := i; k < j; k++ {
		if mentionAt[k] >= 0 {
			return false
		}
		if k < j-1 && personTitles[t.tokens[k].lower] == 0 {
			return false // "the new company", "the other president": maybe another one
		}
	}
	return !(j-i > 1 && descriptionHeads[head] != "" && !isPersonKind(head))
}

// subjectStart returns the first token of an argument, once determiners
// and the like are set aside, and whether it names a person without a name
// ("One of the victims", "my dad", "an inmate", "her husband") with the
// gender its noun tells ("a man": 'm'); -1 for no argument.
func (t *actorText) subjectStart(arg *annals.Argument, ref argumentRef, mentions []actorMention, mentionAt []int) (first int, person bool, gender byte) {
	if arg == nil {
		return -1, false, 0
	}
	i, j := t.tokensIn(arg.Span)
	i, j = t.trimArgument(i, j)
	if j <= i {
		return -1, false, 0
	}
	if ref.mention >= 0 || ref.pronoun >= 0 {
		return i, false, 0
	}
	if parts := t.commaParts(i, j, mentionAt); len(parts) > 1 {
		for _, part := range parts[1:] {
			if mi := t.exactMention(part[0], part[1], mentions, mentionAt); mi >= 0 && mentions[mi].firm == "" {
				return i, false, 0 // "A son of the Midwest heartland, Justice Stevens": a name after all
			}
		}
	}
	hi, hj := t.headPhrase(i, j, mentionAt)
	one := oneOfWords[t.tokens[hi].lower]
	if one && hj == hi+1 && hj+1 < j && t.tokens[hj].lower == "of" {
		hi, hj = t.headPhrase(hj+1, j, mentionAt) // "One of the victims": the victims
	}
	for k := hi; k < hj; k++ {
		tok := t.tokens[k]
		if !personNouns[tok.lower] && relativeNouns[tok.lower] == 0 || mentionAt[k] >= 0 {
			continue
		}
		for n := k + 1; n < hj; n++ {
			if mi := mentionAt[n]; mi >= 0 && mentions[mi].firm == "" {
				return i, false, 0 // "his son Abhijit Mukherjee": the noun describes a name
			}
		}
		// a plural ("Officers found an inmate") is no "he", but "One of the victims" is
		plural := tok.XPOS == "NNS" || !strings.EqualFold(tok.Lemma, tok.lower) && tok.Lemma != ""
		if plural && !one {
			return i, false, 0
		}
		return i, true, nounGender(tok.lower)
	}
	return i, false, 0
}

// oneOfWords pick one person out of a plural: "one of the victims",
// "each of the men".
var oneOfWords = map[string]bool{"one": true, "each": true, "either": true, "neither": true, "another": true}

// nounGender returns the gender a noun for a person tells ("man",
// "widow", "spokeswoman"), or 0.
func nounGender(lower string) byte {
	if g := relativeNouns[lower]; g != 0 {
		return g
	}
	return genderedWords[lower]
}

// coordinatedName reports whether mention mi is one of names joined by
// "and" or "or" ("Ratnamma and Seemanna", "Baker, Bruce and Clapton"),
// none of them a country, body or place.
func (t *actorText) coordinatedName(mi int, mentions []actorMention, mentionAt []int) bool {
	if mi < 0 || mentions[mi].firm != "" {
		return false
	}
	m := &mentions[mi]
	joins := func(k int) bool {
		switch t.tokens[k].lower {
		case "and", "or":
			return true
		}
		return false
	}
	// a name after the mention: "Ratnamma and Seemanna"
	if e := m.end; t.sameSentence(e+1, m.first) && (joins(e) || t.form(e) == ",") {
		if o := mentionAt[e+1]; o >= 0 && mentions[o].first == e+1 && mentions[o].firm == "" {
			if joins(e) {
				return true
			}
			f := mentions[o].end
			if t.sameSentence(f, m.first) && t.form(f) == "," {
				f++ // "Baker, Bruce, and Clapton"
			}
			if t.sameSentence(f, m.first) && joins(f) {
				return true // "Baker, Bruce and ...", not "as Luke Harper, Huber, an imposing figure"
			}
		}
	}
	// a name before it: "... and Seemanna"
	if b := m.first - 1; t.sameSentence(b-1, m.first) && joins(b) {
		if o := mentionAt[b-1]; o >= 0 && mentions[o].end == b && mentions[o].firm == "" {
			return true
		}
	}
	return false
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
// and trailing punctuation and a trailing aside in brackets ("Transport
// for London (TfL)": the name before it is what the argument names).
func (t *actorText) trimArgument(i, j int) (int, int) {
	for i < j && (argumentLeaders[t.tokens[i].lower] || isPunctuation(t.tokens[i])) {
		i++
	}
	for j > i && isPunctuation(t.tokens[j-1]) {
		j--
	}
	if j >= len(t.tokens) || t.form(j) != ")" {
		return i, j
	}
	for k := j - 1; k > i && t.form(k) != ")"; k-- {
		if t.form(k) == "(" {
			j = k
			for j > i && isPunctuation(t.tokens[j-1]) {
				j--
			}
			break
		}
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
// before the mention may only be titles or demonyms, or a description that
// ends in a kind noun ("U.S. furniture retailer Kestrelmart", "Boeing
// co-founder Tom Reyes"); the argument may also be the end of a mention
// (the bare "Hakan Fidan" of "Turkish Foreign Minister Hakan Fidan").
// After a possessive only the possessed counts.
func (t *actorText) exactMention(i, j int, mentions []actorMention, mentionAt []int) int {
	i, j = t.trimArgument(i, j)
	for k := j - 1; k >= i; k-- {
		if t.isPossessive(k) {
			if !t.possessorPhrase(i, k, mentionAt) {
				return -1 // "an article about a laptop belonging to Biden's son Hunter": the name is deep inside
			}
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
	if t.describesName(i, mentions[mi].first, mentionAt) {
		return mi
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

// possessorPhrase reports whether tokens [i, k) are a possessor that may
// stand before the argument's head ("Ukraine's", "the Russian defence
// ministry's"): a plain noun phrase, with no verb, preposition or relative
// word outside a mention. Otherwise the possessive belongs to a phrase
// inside the argument ("a campaign running for Mother's Day") and what it
// possesses is no head of the argument.
func (t *actorText) possessorPhrase(i, k int, mentionAt []int) bool {
	for n := i; n < k; n++ {
		if mentionAt[n] >= 0 || t.isPossessive(n) {
			continue
		}
		tok := t.tokens[n]
		switch {
		case tok.UPOS == "VERB", tok.UPOS == "AUX", tok.UPOS == "ADP", tok.UPOS == "SCONJ", tok.UPOS == "CCONJ", tok.UPOS == "PRON" && !strings.HasPrefix(tok.XPOS, "PRP$"):
			return false
		case strings.HasPrefix(tok.XPOS, "VB"), tok.XPOS == "MD", tok.XPOS == "IN", tok.XPOS == "TO", strings.HasPrefix(tok.XPOS, "W"):
			return false
		}
	}
	return true
}

// describesName reports whether tokens [i, first) are a description of
// the name that starts at first: a noun phrase ("U.S. electronics", "the
// technology", "Apple Inc.") ending in a kind noun just before the name
// ("retailer", "blog", "co-founder").
func (t *actorText) describesName(i, first int, mentionAt []int) bool {
	if first <= i || t.kindWordsBefore(first-1, first) == nil || mentionAt[first-1] >= 0 {
		return false
	}
	for k := i; k < first-1; k++ {
		tok := t.tokens[k]
		switch {
		case mentionAt[k] >= 0, t.isPossessive(k):
		case tok.UPOS == "ADJ", tok.UPOS == "NOUN", tok.UPOS == "NUM", tok.UPOS == "PROPN":
		case strings.HasPrefix(tok.XPOS, "NN"), strings.HasPrefix(tok.XPOS, "JJ"), tok.XPOS == "CD":
		default:
			return false
		}
	}
	return true
}

// isInterlocutor reports whether token k is a first- or second-person
// pronoun: "US" in capitals is the country, not "us".
func (t *actorText) isInterlocutor(k int, mentionAt []int) bool {
	form := t.form(k)
	return interlocutorPronouns[t.tokens[k].lower] && mentionAt[k] < 0 && (form == "I" || strings.ToUpper(form) != form)
}

// referSubject finds what a statement's subject denotes, as refer does,
// and besides the name after a fronted adverbial phrase the parse took
// into the subject ("In 1995, Hale", "Following the election, Hale"): the
// name is the subject. Only a subject: an object's phrase of that shape
// ("under the aegis of Acme Holdings, Inc.") is no fronted phrase.
func (t *actorText) referSubject(arg *annals.Argument, mentions []actorMention, mentionAt []int) argumentRef {
	ref := t.refer(arg, mentions, mentionAt)
	if arg == nil || ref != noReference {
		return ref
	}
	i, j := t.tokensIn(arg.Span)
	if i, j = t.trimArgument(i, j); j <= i {
		return ref
	}
	if mi := t.afterFrontedPhrase(i, t.commaParts(i, j, mentionAt), mentions, mentionAt); mi >= 0 {
		return argumentRef{mention: mi, pronoun: -1}
	}
	return ref
}

// afterFrontedPhrase returns the mention that ends an argument which
// opens with an adverbial phrase set off by a comma ("In 1995, Hale",
// "Subsequently, Hale", "Following the vote, Hale"): the parse took the
// phrase into the argument, and the name alone is what it denotes. parts
// are the argument's comma parts (see commaParts), starting at token i.
// Names joined by "and" are no single mention, and a country or place
// after a comma more likely says where the place before it lies ("the
// state of Goa, India"); -1 for none.
func (t *actorText) afterFrontedPhrase(i int, parts [][2]int, mentions []actorMention, mentionAt []int) int {
	if len(parts) < 2 || mentionAt[i] >= 0 {
		return -1
	}
	switch tok := t.tokens[i]; {
	case tok.UPOS == "ADP" && !t.isPossessive(i), tok.UPOS == "ADV", tok.UPOS == "SCONJ", tok.XPOS == "VBG":
	default:
		return -1
	}
	last := parts[len(parts)-1]
	if t.coordinated(last[0], last[1], mentionAt) {
		return -1
	}
	mi := t.exactMention(last[0], last[1], mentions, mentionAt)
	if mi < 0 || mentions[mi].label {
		return -1
	}
	switch mentions[mi].firm {
	case annals.ActorCountry, annals.ActorPlace:
		return -1 // "previously the minister of Goa, India": the place of a place
	}
	return mi
}
