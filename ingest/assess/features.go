package assess

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// ArgKind is what a subject or object is, as a reader sees it.
type ArgKind int

// Kinds of argument, from the most to the least useful to a reader.
const (
	ArgActor             ArgKind = iota // names an actor of the document
	ArgResolvedPronoun                  // a pronoun resolved to an actor
	ArgName                             // a proper name that is no actor (a product, an event)
	ArgNoun                             // a common noun phrase
	ArgUnresolvedPronoun                // a pronoun no actor was found for
	ArgClause                           // a clause or a long stretch, not a phrase
	ArgTime                             // a time ("Tuesday", "last year"): no one who acts
	ArgNone                             // no object
)

// longArgument is how many words make an argument a stretch of text rather
// than a phrase: a parse gone wrong, as a rule ("An apartment building
// collapsed on Monday in Magnitogorsk, a city in ..." as a subject).
const longArgument = 12

// Features are what the model reads of one statement.
type Features struct {
	Extractor      float64 // the extractor's own confidence, 0..1
	Subject        ArgKind
	Object         ArgKind
	Copula         bool // the predicate is "be"
	LightVerb      bool // have, do, make, get, take, give, go: little act of their own
	Role           bool // a role read off a title or an apposition
	Negated        bool
	Modal          bool // a modality keeps the act from having happened
	Attributed     bool
	DocumentDate   bool // dated by the article date alone
	ReportingVerb  bool // say, tell, announce, ...: the act is the saying
	SubjectWords   int
	PredicateWords int
	// Verb is the tag class of the predicate's last word: a finite verb
	// states an act; a gerund, a bare participle or a noun rarely does
	// ("opening · keynote", "Steve Jobs · CEO").
	Verb VerbForm
	// Quoted is whether the predicate stands inside a quotation: words
	// someone said, not the article's own.
	Quoted bool
	// Passive: the subject is what was done to ("six were killed").
	Passive bool
	// FirstPerson: the subject is "I" or "we" resolved to an actor, an
	// interviewee's or a speaker's own account.
	FirstPerson bool
	// Complemented: a phrase after the verb, not of time, completes an act
	// with no object ("acted in soap operas"), or the act has a time of its
	// own ("began in February 2022").
	Complemented bool
	// SubjectDeictic, ObjectDeictic: the argument is a phrase that points
	// elsewhere for what it means ("this seat", "such an arrangement",
	// "these tools") and names no actor.
	SubjectDeictic, ObjectDeictic bool
	// ShortObject: an object of one or two words that names no actor
	// ("chance", "the report"), often what is left of a clipped phrase.
	ShortObject bool
	// ObjectIsSubject: subject and object are the same actor ("Ana · say
	// on · Ana"), a misread.
	ObjectIsSubject bool
	// RecipientOnly: a verb of telling whose object is only whom it told.
	RecipientOnly bool
	// ContentLost: a verb of saying or thinking whose only argument is a
	// phrase of where, to whom or about whom it was said ("Ana · say on ·
	// Twitter"): what was said is not in the statement. The model does
	// not read it; Unusable does.
	ContentLost bool
	// SubjectUnparsed: no word of the subject is a subject, agent or
	// passive subject in the parse, nor the head of one: the subject was
	// guessed from the words before the verb ("Goa · die" from "D'Souza,
	// minister of the state of Goa, India, died").
	SubjectUnparsed bool
	// ObjectHeadless: the object opens with a finite verb or a modal ("say
	// · would be that ...", "think · is that ..."): its subject was lost.
	ObjectHeadless bool
	// ObjectDangles: the object ends in a word that cannot end a phrase
	// ("a terse", "the right to"), a phrase cut off.
	ObjectDangles bool
	// ObjectFinite: the object holds a finite verb though the predicate is
	// no verb of saying or thinking ("be · personality X was on hand"), a
	// clause the parse ran into the object.
	ObjectFinite bool
	// ObjectLeans: an object of more than one word that names no actor
	// holds a pronoun or a pointing word ("sanctions against him", "to
	// study more about it", "by that date"): a reader must go back to the
	// text to know what it is about.
	ObjectLeans bool
}

// VerbForm is the form of a predicate's main word.
type VerbForm int

// Forms of the predicate's main word.
const (
	VerbFinite     VerbForm = iota // VBD, VBZ, VBP, or after an auxiliary or modal
	VerbBase                       // VB: an infinitive or imperative
	VerbParticiple                 // VBN with no auxiliary before it
	VerbGerund                     // VBG with no auxiliary before it
	VerbNone                       // not a verb: a noun, an adjective
)

// lightVerbs say little of their own without their complement.
var lightVerbs = map[string]bool{"have": true, "do": true, "make": true, "get": true, "take": true,
	"give": true, "go": true, "come": true, "put": true, "keep": true}

// personalPronouns are the pronouns a resolved argument may be written as.
var personalPronouns = map[string]bool{"i": true, "me": true, "you": true, "he": true, "him": true,
	"she": true, "her": true, "it": true, "we": true, "us": true, "they": true, "them": true,
	"his": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// firstPerson are the subjects that speak of themselves.
var firstPerson = map[string]bool{"i": true, "we": true, "me": true, "us": true}

// emptyWords are the one-word arguments that point elsewhere and say
// nothing on their own: demonstratives, relatives, indefinites.
var emptyWords = map[string]bool{"that": true, "this": true, "these": true, "those": true, "which": true,
	"what": true, "who": true, "whom": true, "something": true, "anything": true, "everything": true,
	"nothing": true, "one": true, "there": true, "here": true}

// thinking are verbs whose object may well be a clause, beside the verbs
// of saying.
var thinking = map[string]bool{"think": true, "believe": true, "know": true, "find": true, "show": true,
	"hope": true, "expect": true, "fear": true, "suggest": true, "argue": true, "feel": true, "guess": true,
	"suspect": true, "learn": true, "realize": true, "realise": true, "mean": true, "ensure": true,
	"hear": true, "see": true, "indicate": true, "reveal": true, "decide": true, "agree": true, "wonder": true,
	"ask": true, "want": true, "understand": true, "remember": true, "doubt": true, "deny": true, "predict": true}

// parsedSubject reports whether a word of the statement's subject is a
// subject or an agent in the parse (or the sentence has no parse).
func parsedSubject(a *analysis.Analysis, st *annals.Statement) bool {
	if st.Sentence < 0 || st.Sentence >= len(a.Sentences) || !a.Sentences[st.Sentence].Parsed() {
		return true
	}
	toks := a.TokensBetween(st.Sentence, st.Subject.Start, st.Subject.End)
	for _, t := range toks {
		switch rel, _, _ := strings.Cut(t.Deprel, ":"); rel {
		case "nsubj", "csubj", "expl":
			return true
		}
		if t.Deprel == "obl:agent" {
			return true
		}
	}
	// a subject the rules took from elsewhere in the parse (an antecedent,
	// a pronoun's actor, an apposition's name) is not guessed
	return st.Subject.Actor != "" && len(toks) == 0
}

// deicticWords open phrases that point elsewhere for what they mean.
var deicticWords = map[string]bool{"this": true, "that": true, "these": true, "those": true, "such": true}

// deictic reports a phrase of more than one word that a deictic word opens
// and that names no actor ("this seat"; "this" alone is a pronoun).
func deictic(a *annals.Argument) bool {
	words := strings.Fields(strings.ToLower(a.Text))
	return a.Actor == "" && len(words) > 1 && deicticWords[words[0]]
}

// recipientVerbs are verbs of saying whose object is whom they tell;
// what is said comes as a clause. With an actor alone as object, nothing
// is said ("Rajamma · tell · Jaya").
var recipientVerbs = map[string]bool{"tell": true, "inform": true, "assure": true, "remind": true,
	"notify": true, "brief": true, "warn": true, "advise": true}

// contentVerbs are the verbs of saying and thinking that state nothing
// without what is said or thought, with the prepositions whose phrase can
// still be that content ("wrote about feminism", "believes in ghosts",
// "insisted on a recount"). Any other phrase alone says only where, to
// whom, about whom or when it was said ("said on Twitter", "wrote on
// Instagram", "said about the suspect", "told on one occasion").
var contentVerbs = map[string][]string{
	"say": nil, "state": nil, "tell": {"of"}, "add": nil, "note": nil, "claim": nil, "declare": nil,
	"assert": nil, "allege": nil, "mention": nil, "indicate": nil, "suggest": nil, "explain": nil,
	"announce": nil, "stress": nil, "emphasize": nil, "emphasise": nil, "acknowledge": nil,
	"concede": nil, "deny": nil, "confirm": nil, "reveal": nil, "recall": nil, "conclude": nil,
	"tweet": {"about"}, "post": {"about"}, "write": {"about", "to", "for", "of"},
	"remark": {"on", "upon", "about"}, "insist": {"on", "upon"}, "think": {"about", "of"},
	"believe": {"in"}, "feel": {"about", "for"}, "suppose": nil, "assume": nil, "reckon": nil, "guess": nil,
}

// contentLost reports a statement of a verb of contentVerbs whose object
// is a prepositional phrase that cannot be what is said, and holds no
// verb (a clause the parse ran into it may say what): the content is
// lost ("Ana · say on · Twitter").
func contentLost(a *analysis.Analysis, st *annals.Statement) bool {
	o := st.Object
	preps, ok := contentVerbs[st.Predicate.Lemma]
	if o != nil && o.Prep == "" && ok && !st.Passive {
		switch circumstance(o.Text) {
		case 2:
			return true // "announced following employee concerns that ...": the concerns are no content
		case 1:
			if !holdsVerb(a, st.Sentence, o.Span) {
				return true // "denied in some way", "added regarding Iran's request"
			}
		}
	}
	if o == nil || o.Prep == "" || !ok || st.Passive || slices.Contains(preps, o.Prep) {
		return false
	}
	// "confirmed with the firm that the files leaked": what was confirmed is there
	return !holdsVerb(a, st.Sentence, o.Span)
}

// circumstance tells whether an object opens, in lower case, with a word
// of circumstance the parse took for what was said: 2 for a preposition
// that never opens a clause ("following employee concerns", "regarding
// Iran's request"), 1 for one that may ("in remarks to CNN", but "in May
// the fund said ..."; "about 20 buildings collapsed"), 0 for neither. A
// quotation opens with a capital.
func circumstance(text string) int {
	f := strings.Fields(text)
	if len(f) == 0 {
		return 0
	}
	switch f[0] {
	case "following", "regarding", "concerning", "despite", "amid":
		return 2
	case "in", "on", "at", "with", "for", "about", "after", "during", "before", "since", "via":
		return 1
	}
	return 0
}

// holdsVerb reports whether a span of a sentence holds a verb, an
// auxiliary or a finite tag (a misread verb): a clause, not a phrase alone.
func holdsVerb(a *analysis.Analysis, sentence int, sp annals.Span) bool {
	for _, t := range a.TokensBetween(sentence, sp.Start, sp.End) {
		if t.UPOS == "VERB" || t.UPOS == "AUX" || t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "MD" {
			return true
		}
	}
	return false
}

// Document reads the features of the statements of one analysed document.
type Document struct {
	a      *analysis.Analysis
	quotes [][2]int // the quoted stretches of the text
}

// NewDocument prepares the reading of a's statements.
func NewDocument(a *analysis.Analysis) *Document {
	return &Document{a: a, quotes: analysis.Quotations(a.Document.Text)}
}

// Features reads the features of statement st of the document.
func (d *Document) Features(st *annals.Statement) Features {
	f := FeaturesOf(d.a, st)
	for _, q := range d.quotes {
		if q[0] <= st.Predicate.Start && st.Predicate.End <= q[1] {
			f.Quoted = true
			break
		}
	}
	return f
}

// FeaturesOf reads the features of statement st of analysis a that need no
// more than the statement and its sentence (all but Quoted).
func FeaturesOf(a *analysis.Analysis, st *annals.Statement) Features {
	f := Features{
		Extractor:      st.Confidence,
		Subject:        argKind(a, &st.Subject),
		Object:         ArgNone,
		Copula:         st.Predicate.Lemma == "be",
		LightVerb:      lightVerbs[st.Predicate.Lemma],
		Role:           st.Role,
		Negated:        st.Negated,
		Modal:          st.Modality != "",
		Attributed:     st.Attribution != nil,
		DocumentDate:   !st.Time.Explicit(),
		ReportingVerb:  analysis.IsReportingVerb(st.Predicate.Lemma),
		SubjectWords:   len(strings.Fields(st.Subject.Text)),
		Passive:        st.Passive,
		FirstPerson:    st.Subject.Actor != "" && firstPerson[strings.ToLower(strings.TrimSpace(st.Subject.Text))],
		SubjectDeictic: deictic(&st.Subject),
	}
	f.SubjectUnparsed = !parsedSubject(a, st)
	if o := st.Object; o != nil {
		f.ObjectDeictic = deictic(o)
		f.ShortObject = o.Actor == "" && len(strings.Fields(o.Text)) <= 2
		f.ObjectIsSubject = o.Actor != "" && o.Actor == st.Subject.Actor
		f.RecipientOnly = recipientVerbs[st.Predicate.Lemma] && o.Actor != ""
		f.ContentLost = contentLost(a, st) || sourcingOnly(st)
		toks := a.TokensBetween(st.Sentence, o.Span.Start, o.Span.End)
		f.ObjectLeans = o.Actor == "" && leans(toks, o.Refs)
		if n := len(toks); n > 0 {
			switch toks[n-1].XPOS {
			case "DT", "JJ", "IN", "CC", "TO", "PRP$", "WDT", "WP":
				f.ObjectDangles = true
			}
			switch toks[0].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				f.ObjectHeadless = true // "see · was that when we ...": the object has lost its start
			}
		}
		if !f.ReportingVerb && !thinking[st.Predicate.Lemma] {
			for _, t := range toks {
				if t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "MD" {
					f.ObjectFinite = true
				}
			}
		}
	}
	// "take place", "follow suit": a verb with its noun needs no object;
	// "the invasion began in February 2022", "Day died on Monday": an act
	// with a time of its own is an event on the timeline
	f.Complemented = strings.Contains(st.Predicate.Lemma, " ") || st.Time.Explicit()
	for _, q := range st.Qualifiers {
		if q.Prep != "" && q.Prep != "according" && q.Start >= st.Predicate.End && !timeWords(a, q.Span) {
			f.Complemented = true
		}
	}
	if st.Object != nil {
		f.Object = argKind(a, st.Object)
	}
	f.PredicateWords = len(strings.Fields(st.Predicate.Text))
	f.Verb = verbForm(a, st)
	return f
}

// leans reports a phrase of more than one word that holds a personal
// pronoun or a demonstrative, other than the pronouns refs resolve ("a
// letter from her [Ruth Alder]" says whose).
func leans(toks []analysis.Token, refs []annals.Reference) bool {
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		w := strings.ToLower(t.Form)
		if !(personalPronouns[w] || t.XPOS == "DT" && deicticWords[w]) {
			continue
		}
		resolved := false
		for _, r := range refs {
			if r.Start <= t.Start && t.End <= r.End {
				resolved = true
			}
		}
		if !resolved {
			return true
		}
	}
	return false
}

// verbForm reads the form of the predicate's last word, and whether an
// auxiliary stands before it in the predicate.
func verbForm(a *analysis.Analysis, st *annals.Statement) VerbForm {
	var tags []string
	for _, t := range a.TokensBetween(st.Sentence, st.Predicate.Start, st.Predicate.End) {
		tags = append(tags, t.XPOS)
	}
	if len(tags) == 0 {
		return VerbNone
	}
	last := tags[len(tags)-1]
	helped := len(tags) > 1 // an auxiliary, a modal or "to" before it
	switch {
	case last == "VBD" || last == "VBZ" || last == "VBP" || last == "MD":
		return VerbFinite
	case (last == "VBN" || last == "VBG" || last == "VB") && helped:
		return VerbFinite
	case last == "VB":
		return VerbBase
	case last == "VBN":
		return VerbParticiple
	case last == "VBG":
		return VerbGerund
	}
	return VerbNone
}

// argKind tells what an argument is.
func argKind(a *analysis.Analysis, arg *annals.Argument) ArgKind {
	words := strings.Fields(arg.Text)
	switch {
	case arg.Pronoun && arg.Actor == "":
		return ArgUnresolvedPronoun
	case arg.Actor == "" && len(words) == 1 && (emptyWords[strings.ToLower(strings.Trim(words[0], ".,;:"))] ||
		personalPronouns[strings.ToLower(strings.Trim(words[0], ".,;:"))]):
		return ArgUnresolvedPronoun // "said that", "do this", "post it"
	case arg.Actor != "" && len(words) == 1 && personalPronouns[strings.ToLower(words[0])]:
		return ArgResolvedPronoun
	case arg.Actor != "":
		return ArgActor
	case len(words) >= longArgument:
		return ArgClause
	case timeWords(a, arg.Span):
		return ArgTime
	case properName(a, arg.Span):
		return ArgName
	}
	return ArgNoun
}

// timeWords reports whether an argument is made of words of time only
// ("Tuesday", "last year", "2019"), as a misread "on Tuesday told" gives.
func timeWords(a *analysis.Analysis, sp annals.Span) bool {
	words, times, numbers, dated := 0, 0, 0, false
	for _, s := range overlapping(a, sp) {
		for _, t := range s.Tokens {
			if t.Start < sp.Start || t.End > sp.End || t.UPOS == "PUNCT" || t.UPOS == "DET" || t.UPOS == "ADP" {
				continue
			}
			words++
			if analysis.IsTimeWord(t) || timeModifiers[strings.ToLower(t.Form)] {
				times++
				dated = true
			} else if t.XPOS == "CD" {
				numbers++ // "June 15": a day of a month
			}
		}
	}
	if dated {
		times += numbers
	}
	return words > 0 && times == words
}

// timeModifiers go with a word of time in a phrase of time.
var timeModifiers = map[string]bool{"last": true, "next": true, "this": true, "early": true, "late": true, "earlier": true, "later": true}

// overlapping returns the sentences that overlap a span, found by binary
// search: the sentences are in text order, and a statement's features are
// read many times a document.
func overlapping(a *analysis.Analysis, sp annals.Span) []analysis.Sentence {
	lo := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > sp.Start })
	hi := lo
	for hi < len(a.Sentences) && a.Sentences[hi].Start < sp.End {
		hi++
	}
	return a.Sentences[lo:hi]
}

// properName reports whether the argument's head words are proper nouns.
func properName(a *analysis.Analysis, sp annals.Span) bool {
	proper, words := 0, 0
	for _, s := range overlapping(a, sp) {
		for _, t := range s.Tokens {
			if t.Start >= sp.Start && t.End <= sp.End && t.UPOS != "PUNCT" {
				words++
				if analysis.IsProperTag(t.XPOS) {
					proper++
				}
			}
		}
	}
	return words > 0 && 2*proper >= words
}

// sourcingOnly reports a statement that tells only where a report comes
// from, not what it says: "AFP · cite · sources close to the
// investigation", "The Telegraph · cite · a security source", "Politico ·
// quote · an aide". What the source said is a statement of its own.
func sourcingOnly(st *annals.Statement) bool {
	switch st.Predicate.Lemma {
	case "cite", "quote":
	default:
		return false
	}
	o := st.Object
	if o == nil || st.Passive {
		return false
	}
	fields := strings.Fields(strings.Trim(o.Text, " .,;:\"'"))
	if len(fields) == 0 {
		return false
	}
	for _, w := range fields[:min(len(fields), 4)] { // "sources close to ...", "a security source"
		if sourceNouns[strings.ToLower(strings.Trim(w, ",;:"))] {
			return true
		}
	}
	// a news outlet quoting or citing a named person, body or data set:
	// its source
	first := []rune(fields[0])
	return newsOutlet(st.Subject.Actor) && (o.Actor != "" || unicode.IsUpper(first[0]) && !strings.EqualFold(fields[0], "the"))
}

// sourceNouns are the heads of phrases that name a report's source.
var sourceNouns = map[string]bool{"source": true, "sources": true, "official": true, "officials": true,
	"insider": true, "insiders": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "aide": true, "aides": true}

// newsOutlet reports an actor id that names a news outlet by a word of
// its trade ("bbc-news", "the-daily-telegraph", "agence-france-presse").
func newsOutlet(id string) bool {
	for _, w := range strings.Split(id, "-") {
		switch w {
		case "news", "press", "presse", "bbc", "cnn", "reuters", "politico", "telegraph", "times", "post", "tribune",
			"herald", "journal", "gazette", "guardian", "agency", "radio", "television", "tv":
			return true
		}
	}
	return false
}
