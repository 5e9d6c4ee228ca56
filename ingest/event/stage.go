package event

import (
	"cmp"
	"context"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// Stage types statements as political events (PLOVER category and
// CAMEO code; see Coder). It reads the verb of each statement, its
// particles, object and prepositional phrases off the tagged tokens (no
// parse needed), with the statement's modality and negation, and sets
// Event on the statements the coder codes whose subject or object is a
// party to political events: an actor the actor stage found, or a role,
// force or weapon the dictionaries know ("soldiers", "drone"). The event's
// Source and Target are the CAMEO actor codes of the subject and the
// object on the statement's date (see actorCoder). Run it after
// the actor stage. It has no state and is safe for concurrent use.
type Stage struct {
	// Coder codes the verb phrases; nil means Default().
	Coder *Coder
	// Roles gives countries' codes and people's dated roles; nil means
	// DefaultRoles().
	Roles *Roles
}

// Name identifies the stage and the version of its rules.
func (Stage) Name() string { return "events/4" }

// Run sets Event on the statements that are political events and clears
// it on the others.
func (s Stage) Run(ctx context.Context, a *analysis.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	coder, roles := s.Coder, s.Roles
	var err error
	if coder == nil {
		if coder, err = Default(); err != nil {
			return err
		}
	}
	if roles == nil {
		if roles, err = DefaultRoles(); err != nil {
			return err
		}
	}
	actors := newActorCoder(coder, roles, a)
	for i := range a.Statements {
		st := &a.Statements[i]
		st.Event = nil
		if st.Sentence < 0 || st.Sentence >= len(a.Sentences) {
			continue
		}
		r := readStatement(&a.Sentences[st.Sentence], st)
		if !r.ok || !r.hasParty(coder, actors.mentions, st) {
			continue
		}
		ev, ok := coder.Code(r.verb)
		if (!ok || ev.PLOVER == "") && r.reported != nil && r.reportedParty(coder, actors.mentions) &&
			(coder.names(r.reported.verb) || r.reported.verb.Modality == "demand" && !r.reported.pronoun) {
			// "Turkey says it will withdraw its soldiers": what the
			// speaker says they or others will or must do is the event
			ev, ok = coder.Code(r.reported.verb)
		}
		if !ok || ev.PLOVER == "" {
			continue // no event, or a public statement (CAMEO 01) that every "said" would be
		}
		if violent(ev.CAMEO) && !r.agentParty(coder, actors.mentions, st) {
			continue
		}
		sentence := &a.Sentences[st.Sentence]
		day := statementDay(st, &a.Document)
		ev.Source = actors.code(sentence, &st.Subject, day)
		if st.Object != nil {
			ev.Target = actors.code(sentence, st.Object, day)
		}
		st.Event = &ev
	}
	return nil
}

// statementReading is a statement as the coder reads it.
type statementReading struct {
	verb Verb
	// subject and object are the arguments' words, all of them ("the
	// bodies of 3,000 soldiers"), for telling parties to events
	subject, object Phrase
	// reported is the clause the statement's object is ("said [that] it
	// will withdraw its troops"), nil when it is none
	reported *reportedClause
	ok       bool
}

// reportedClause is what a speech verb's clause object says is done.
type reportedClause struct {
	verb    Verb
	subject annals.Span // the clause's subject in the text
	pronoun bool        // the subject is a personal pronoun: most often the speaker
}

// reportedParty reports whether the clause's subject is a party to events:
// a pronoun, a phrase with an actor's mention, or a party the dictionaries
// know. "Our aim is to end the war" and "talks take place" are no one's
// acts.
func (r *statementReading) reportedParty(c *Coder, mentions *mentionIndex) bool {
	if r.reported.pronoun || mentions.overlapsAny(r.reported.subject) {
		return true
	}
	return c.Participant(r.reported.verb.Subject)
}

// hasParty reports whether the statement's subject or object is a party to
// political events: an argument that denotes an actor or holds an actor's
// mention ("the Ukrainian delegation", "positions of the Palestinian
// security forces"), or a phrase the dictionaries know as a party ("71
// drone strikes").
func (r *statementReading) hasParty(c *Coder, mentions *mentionIndex, st *annals.Statement) bool {
	if st.Subject.Actor != "" || st.Object != nil && st.Object.Actor != "" {
		return true
	}
	if mentions.overlapsAny(st.Subject.Span) || st.Object != nil && mentions.overlapsAny(st.Object.Span) {
		return true
	}
	return c.Participant(r.subject) || c.Participant(r.object)
}

// agentParty reports whether the subject of a statement is a party that
// can do violence: an actor, a phrase with an actor's mention, a party the
// dictionaries know, or a personal pronoun. "A fire killed five people"
// and "the storm hit the coast" are no one's acts.
func (r *statementReading) agentParty(c *Coder, mentions *mentionIndex, st *annals.Statement) bool {
	if st.Passive {
		return false // the subject is the victim ("five people were killed")
	}
	if st.Subject.Actor != "" || st.Subject.Pronoun || mentions.overlapsAny(st.Subject.Span) {
		return true
	}
	return c.Participant(r.subject) || len(r.subject.Words) == 1 && analysis.IsStandalonePronoun(r.subject.Words[0])
}

// readStatement reads the verb phrase of a statement off its sentence.
func readStatement(s *analysis.Sentence, st *annals.Statement) statementReading {
	toks := s.Tokens
	first, end := tokenRange(toks, st.Predicate.Span)
	if end <= first {
		return statementReading{}
	}
	main := end - 1
	v := Verb{
		Lemma:    strings.ToLower(st.Predicate.Lemma),
		Form:     strings.ToLower(toks[main].Form),
		Modality: st.Modality,
		Negated:  st.Negated,
	}
	r := statementReading{ok: true}
	if i, j := tokenRange(toks, st.Subject.Span); j > i {
		v.Subject = phraseOf(toks, i, j)
		r.subject = wordsOf(toks, i, j)
		v.Negated = v.Negated || noneWords[strings.ToLower(toks[i].Form)] // "no troops were hurt"
	}
	var k int
	v.Particles, k = particlesAfter(toks, end)
	if st.Object != nil {
		if i, j := tokenRange(toks, st.Object.Span); j > i {
			j = compoundEnd(toks, i, j)
			r.object = wordsOf(toks, i, j)
			if rc, ok := reportedVerb(toks, i, j); ok {
				r.reported = &rc
			} else if i == k || i > k && !isPreposition(toks[i-1]) {
				v.Object = themeOf(toks, i, j)
			}
		}
	}
	v.Preps = prepositionalPhrases(toks, k)
	idiomVerb(toks, first, main, &v)
	r.verb = v
	return r
}

// idiomVerb reads a predicate of a verb and its noun ("take part",
// "pay tribute", lemma with a space) as the dictionaries write it: the
// verb, with the noun as its object, so that "take part in protests"
// meets the pattern of "take" with "part in".
func idiomVerb(toks []analysis.Token, first, main int, v *Verb) {
	verb, noun, ok := strings.Cut(v.Lemma, " ")
	if !ok {
		return
	}
	if particleWords[noun] && (strings.ToLower(toks[main].Form) == noun || strings.ToLower(toks[main].Lemma) == verb) {
		// a verb with its particle ("gave up", "turn the power off"): the
		// patterns are matched on the verb as before the particle joined
		// the predicate's lemma
		v.Lemma = verb
		return
	}
	if strings.ToLower(toks[main].Lemma) != noun && strings.ToLower(toks[main].Form) != noun {
		return
	}
	v.Lemma = verb
	for i := first; i < main; i++ {
		if strings.ToLower(toks[i].Lemma) == verb {
			v.Form = strings.ToLower(toks[i].Form)
		}
	}
	v.Object = phraseOf(toks, main, main+1)
}

// noneWords open a subject that denies the act of its verb: "No troops
// were hurt", "Nobody from the ministry has reached out".
var noneWords = map[string]bool{"no": true, "nobody": true, "none": true, "neither": true, "nothing": true,
	"noone": true}

// obligations are the modals by which a speaker says what others must do:
// "The union said that the firm must rehire the workers" is a demand.
var obligations = map[string]bool{"must": true, "should": true, "ought": true}

// reportedVerb reads the verb phrase of an object [i, j) that is a clause
// ("that it will withdraw its troops", "they would boycott all contact"):
// its first verb group with the object and prepositional phrases after it.
// A modal of obligation makes it a demand.
func reportedVerb(toks []analysis.Token, i, j int) (reportedClause, bool) {
	if i < j && strings.EqualFold(toks[i].Form, "that") {
		i++
	}
	if i < j && (toks[i].Form == `"` || toks[i].Form == "“") {
		i++
	}
	clause := toks[i:j]
	var g *analysis.VerbGroup
	for _, cand := range analysis.VerbGroups(clause) {
		if cand.Start > 0 { // a subject comes first
			g = &cand
			break
		}
	}
	if g == nil {
		return reportedClause{}, false
	}
	if willing(clause, g) {
		// "it is ready to reopen": the act is the verb after "to"
		g.Main, g.End = g.End+2, g.End+3
		g.Modality = cmp.Or(g.Modality, "intend")
	}
	main := clause[g.Main]
	v := Verb{
		Lemma:    strings.ToLower(cmp.Or(main.Lemma, main.Form)),
		Form:     strings.ToLower(main.Form),
		Subject:  phraseOf(clause, 0, g.Start),
		Modality: g.Modality,
		Negated:  g.Negated,
		Reported: true,
	}
	if obligations[v.Modality] {
		v.Modality = "demand"
	}
	var k int
	v.Particles, k = particlesAfter(clause, g.End)
	if c, ok := analysis.NounPhraseAt(clause, min(k, len(clause)-1)); ok && k < len(clause) {
		v.Object = themeOf(clause, c.Start, c.End)
	}
	v.Preps = prepositionalPhrases(clause, k)
	rc := reportedClause{verb: v, subject: annals.Span{Start: clause[0].Start, End: clause[g.Start-1].End}}
	rc.pronoun = g.Start == 1 && clause[0].XPOS == "PRP" && analysis.IsStandalonePronoun(strings.ToLower(clause[0].Form))
	return rc, true
}

// willingAdjectives say that their subject means to do what follows:
// "is ready to reopen", "is prepared to lift".
var willingAdjectives = map[string]bool{"willing": true, "ready": true, "prepared": true, "determined": true,
	"committed": true, "eager": true}

// willing reports whether a verb group is "be" and a willingness adjective
// with "to" and a verb after it.
func willing(toks []analysis.Token, g *analysis.VerbGroup) bool {
	return toks[g.Main].Lemma == "be" && g.End+2 < len(toks) &&
		willingAdjectives[strings.ToLower(toks[g.End].Form)] && strings.EqualFold(toks[g.End+1].Form, "to") &&
		toks[g.End+2].XPOS == "VB"
}

// particlesAfter reads the particles after a verb that ends before token
// end ("blew up", "handed over"), skipping an adverb or two; it returns them
// and the token after them.
func particlesAfter(toks []analysis.Token, end int) ([]string, int) {
	var out []string
	k := end
	for skipped := 0; k < len(toks); k++ {
		low := strings.ToLower(toks[k].Form)
		if toks[k].XPOS == "RP" || particleWords[low] && !opensPhrase(toks, k+1) {
			out = append(out, low)
			continue
		}
		if analysis.IsAdvTag(toks[k].XPOS) && skipped < 2 {
			skipped++
			continue
		}
		break
	}
	return out, k
}

// themeOf reads the direct object [i, j): the phrase itself, or the second
// of two objects after a name or pronoun ("sent Chile 20 tonnes of grain":
// the first is the recipient, the second what is given).
func themeOf(toks []analysis.Token, i, j int) Phrase {
	if j < len(toks) && (analysis.IsProperTag(toks[j-1].XPOS) || toks[j-1].XPOS == "PRP") {
		if c, ok := analysis.NounPhraseAt(toks, j); ok && !analysis.IsTimeWord(toks[c.Head]) {
			return phraseOf(toks, c.Start, c.End)
		}
	}
	return phraseOf(toks, i, j)
}

// particleWords are the particles of phrasal verbs ("blow up", "hand over").
var particleWords = map[string]bool{"up": true, "down": true, "out": true, "off": true, "away": true, "back": true,
	"over": true, "in": true, "on": true, "forward": true, "aside": true}

// opensPhrase reports whether a noun phrase starts at token k: then a word
// before it is a preposition, not a particle ("over the border").
func opensPhrase(toks []analysis.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	x := toks[k].XPOS
	return x == "DT" || x == "PRP$" || x == "CD" || analysis.IsNounTag(x) || analysis.IsAdjTag(x) || x == "PRP"
}

func isPreposition(t analysis.Token) bool { return t.XPOS == "IN" || t.XPOS == "TO" }

// tokenRange returns the tokens [i, j) that lie inside a span.
func tokenRange(toks []analysis.Token, span annals.Span) (int, int) {
	i := 0
	for i < len(toks) && toks[i].Start < span.Start {
		i++
	}
	j := i
	for j < len(toks) && toks[j].End <= span.End {
		j++
	}
	return i, j
}

// compoundEnd extends a phrase that ends in a noun over a plural the tagger
// took for a verb right after it ("71 drone | strikes"): the plural is the
// head of the compound.
func compoundEnd(toks []analysis.Token, i, j int) int {
	if j < len(toks) && j > i && analysis.IsNounTag(toks[j-1].XPOS) && toks[j].XPOS == "VBZ" &&
		strings.HasSuffix(strings.ToLower(toks[j].Form), "s") && toks[j-1].XPOS == "NN" {
		return j + 1
	}
	return j
}

// phraseOf reads tokens [i, j) (j > i) as a noun phrase: its head is the
// last noun before the first preposition or comma, its words those up to
// there.
func phraseOf(toks []analysis.Token, i, j int) Phrase {
	var p Phrase
	for k := i; k < coreEnd(toks, i, j); k++ {
		p.Words = append(p.Words, strings.ToLower(toks[k].Form))
		p.Lemmas = append(p.Lemmas, strings.ToLower(toks[k].Lemma))
	}
	head := headOf(toks, i, j)
	p.Head, p.HeadLemma = strings.ToLower(toks[head].Form), strings.ToLower(toks[head].Lemma)
	return p
}

// wordsOf reads all the words of tokens [i, j) (j > i), with the head of
// their phrase.
func wordsOf(toks []analysis.Token, i, j int) Phrase {
	p := phraseOf(toks, i, j)
	p.Words, p.Lemmas = nil, nil
	for k := i; k < j; k++ {
		p.Words = append(p.Words, strings.ToLower(toks[k].Form))
		p.Lemmas = append(p.Lemmas, strings.ToLower(toks[k].Lemma))
	}
	return p
}

// coreEnd is where the core of the phrase [i, j) ends: at its first
// preposition, comma or relative pronoun.
func coreEnd(toks []analysis.Token, i, j int) int {
	for k := i + 1; k < j; k++ {
		if t := toks[k]; isPreposition(t) || t.Form == "," || t.XPOS == "WDT" {
			return k
		}
	}
	return j
}

// headOf is the head token of the phrase [i, j) (j > i): the last noun of
// its core, else its last word.
func headOf(toks []analysis.Token, i, j int) int {
	end := coreEnd(toks, i, j)
	for k := end - 1; k >= i; k-- {
		if (analysis.IsNounTag(toks[k].XPOS) || toks[k].XPOS == "VBZ" && k == j-1) && !analysis.IsTimeWord(toks[k]) {
			return k // "the official today": not "today"
		}
	}
	return end - 1
}

// clauseEnds are the words that close the stretch of a sentence a verb's
// prepositional phrases are looked for in.
var clauseEnds = map[string]bool{",": true, ";": true, ":": true, ".": true, "that": true, "which": true, "who": true,
	"while": true, "because": true, "but": true, "after": true, "before": true, "until": true, "unless": true,
	"if": true, "when": true, "where": true}

// prepositionalPhrases reads the prepositional phrases after a verb, up to
// the end of its clause: "to Great Britain", "of 3,000 soldiers".
func prepositionalPhrases(toks []analysis.Token, k int) []Prep {
	var out []Prep
	for n := 0; k < len(toks) && n < 20; k, n = k+1, n+1 {
		t := toks[k]
		low := strings.ToLower(t.Form)
		if clauseEnds[low] || analysis.IsVerbTag(t.XPOS) && t.XPOS != "VBN" && t.XPOS != "VBG" || t.XPOS == "MD" {
			break
		}
		if !isPreposition(t) || k+1 >= len(toks) {
			continue
		}
		if toks[k+1].XPOS == "VB" {
			break // "to" before a verb: another act
		}
		c, ok := analysis.NounPhraseAt(toks, k+1)
		if !ok {
			if t.XPOS == "TO" || low == "for" || low == "against" || low == "with" {
				out = append(out, Prep{Prep: low}) // "rushed to", a preposition alone
			}
			continue
		}
		out = append(out, Prep{Prep: low, Object: phraseOf(toks, c.Start, c.End)})
		k = c.End - 1
	}
	return out
}
