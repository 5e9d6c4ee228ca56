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
func (Stage) Name() string { return "events/6" }

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
		if !r.ok || !r.hasParty(coder, actors.mentions, st) || r.private ||
			!st.Passive && !r.passive && !r.subjectParty(coder, actors.mentions, st) {
			continue
		}
		if r.opinion(st) || r.asked && !st.Passive {
			continue
		}
		r.markParties(coder, actors.mentions, st)
		ev, ok, kind := coder.code(r.verb)
		reported := false
		if (!ok || ev.PLOVER == "") && r.reported != nil && r.reportedParty(coder, actors.mentions) &&
			((r.reported.pronoun || doVerbs[r.verb.Lemma]) && coder.names(r.reported.verb) ||
				r.reported.verb.Modality == "demand" && !r.reported.pronoun) {
			// "Turkey says it will withdraw its soldiers": what the
			// speaker says they or others will or must do is the event;
			// what a speaker says another did is that other's act, not the
			// speaker's ("police said the gunman surrendered"); a verb that
			// does its object's event takes it from an object read as a
			// clause ("launched 71 drone | strikes")
			ev, ok, kind = coder.code(r.reported.verb)
			reported = true
		}
		if !ok || ev.PLOVER == "" {
			continue // no event, or a public statement (CAMEO 01) that every "said" would be
		}
		if violent(ev.CAMEO) && !r.agentParty(coder, actors.mentions, st) {
			continue
		}
		if (st.Passive || r.passive) && strings.HasPrefix(ev.CAMEO, "04") {
			continue // "the injured were rushed to hospitals": moved, not visiting
		}
		if stanceVerbs[r.verb.Lemma] && !r.verb.ObjectPerson &&
			(st.Object == nil || st.Object.Actor == "") && !r.prepParty() {
			// "supports abortion rights", "backed the policy", "favored
			// diplomacy", "defended his decision": a stance, no one supported
			continue
		}
		if !meetings[r.verb.Lemma] && r.reported == nil && (strings.HasPrefix(ev.CAMEO, "04") || strings.HasPrefix(ev.CAMEO, "13")) &&
			!(r.verb.ObjectParty && !thingPronoun(r.verb.Object)) && !r.partnerParty() {
			// "visited their polling places", "returned from Italy",
			// "issued a flood warning", "hosted it": a visit or a threat is
			// to someone
			continue
		}
		if meetings[r.verb.Lemma] && strings.HasPrefix(ev.CAMEO, "04") && r.reported == nil &&
			!r.verb.Object.IsZero() && !r.verb.ObjectParty {
			continue // "met its sales target", "does not meet the requirement": no one met
		}
		if !reported && stances[r.verb.Lemma] == stanceDemand && strings.HasPrefix(ev.CAMEO, "10") &&
			!r.demandedOf(coder, st, actors.mentions) && r.reported == nil && !r.asked {
			continue // "demanded the protection of family values": a stance; a demand is made of someone
		}
		if kind == byGoverning && strings.HasPrefix(ev.CAMEO, "03") &&
			(!reported && !r.verb.ObjectParty && !r.concernsParty() || reported && !r.reported.verb.ObjectParty) {
			continue // "proposed to lower taxes", "pledged to bring prosperity": a platform, no one to cooperate with
		}
		if (st.Passive || r.passive) && commitments[r.verb.Lemma] {
			continue // "delegates pledged to the senator": the subject is what is promised, no promise of theirs
		}
		if ev.CAMEO == "1724" && forDisaster(&a.Sentences[st.Sentence]) {
			continue // a state of emergency for a storm or an epidemic coerces no one
		}
		if ev.CAMEO == "141" && (r.verb.Object.has("campaign") || r.verb.Object.has("election")) {
			continue // "held campaign rallies": canvassing, no protest
		}
		if r.garbled(&a.Sentences[st.Sentence], st) {
			continue
		}
		if strings.HasPrefix(ev.CAMEO, "175") && !coder.armed(r.verb.Subject) && !statePart(ev.Source) {
			continue // "a man using a knife": repression is what a state's forces do
		}
		sentence := &a.Sentences[st.Sentence]
		day := statementDay(st, &a.Document)
		switch {
		case st.Passive || r.passive:
			// "two men were arrested": the subject is the one acted on,
			// and no one is named as doing it
			ev.Target = actors.code(sentence, &st.Subject, day)
			if st.Object != nil && st.Object.Prep == "by" {
				ev.Source = actors.code(sentence, st.Object, day)
			}
		default:
			ev.Source = actors.code(sentence, &st.Subject, day)
			if st.Object != nil && !noSide(st.Object, r.objectTime) && !r.instrumentObject() {
				ev.Target = actors.code(sentence, st.Object, day)
			}
			if q := r.qualifierParty(); q >= 0 && q < len(r.prepSpans) && r.instrumentObject() && r.prepSpans[q].End > 0 {
				// "granted a pardon to the governor", "filed a lawsuit
				// against the state": the party of the act the object names
				ev.Target = actors.code(sentence, &annals.Argument{Span: r.prepSpans[q]}, day)
			}
		}
		if subj := r.verb.Subject; strings.HasPrefix(ev.CAMEO, "19") && ev.Source == "" && !st.Passive && !r.passive &&
			!eventNouns[subj.Head] && !eventNouns[subj.HeadLemma] && !coder.Participant(subj) {
			// conventional force (FIGHT) is what states' forces use; a
			// person or group that no country's forces stand for and the
			// dictionaries know as no force, who kills or attacks ("a
			// gunman", "the suspect", a person's name), commits
			// unconventional violence (ASSAULT); strikes and weapons keep
			// their code
			ev.CAMEO, ev.PLOVER = "180", PLOVERFor("180")
		}
		ev.Confidence = confidence(ev, kind, r.pronounSubject(st), r.targetParty(st))
		st.Event = &ev
	}
	return nil
}

// pronounSubject reports whether the subject of a statement is only a
// pronoun ("they", "it"), resolved to an actor or not.
func (r *statementReading) pronounSubject(st *annals.Statement) bool {
	return st.Subject.Pronoun || len(r.verb.Subject.Words) == 1 && analysis.IsStandalonePronoun(r.verb.Subject.Words[0])
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
	// subjectCore is the core of the subject's phrase (up to its first
	// preposition, comma or relative pronoun): "a message" of "a message
	// on Twitter blaming Iran"
	subjectCore annals.Span
	// subjectNamed is set when the subject's core has a proper noun
	subjectNamed bool
	// private is set when a side is the speaker or the one spoken to
	// ("I", "me", "you"): what a person tells of their own doings in an
	// interview is no political event
	private bool
	// asked is set when the predicate is the infinitive of a verb of
	// asking with an object before it ("asked Trump to post"), so that
	// the statement's subject is the one asked, not the asker
	asked bool
	// passive is set for a participle that follows its subject with no
	// auxiliary: the subject is the one acted on
	passive bool
	// doubleObject is set when the verb has two objects and verb.Object
	// is the second ("granted the governor a pardon")
	doubleObject bool
	// objectTime is set when the object's head is a time ("Thursday")
	objectTime bool
	// prepSpans are the text spans of the objects of verb.Preps, index for index
	prepSpans []annals.Span
	// prepAfter is the word before each of verb.Preps, lower case
	// ("according" of "according to"), index for index
	prepAfter []string
	ok        bool
}

// reportedClause is what a speech verb's clause object says is done.
type reportedClause struct {
	verb    Verb
	subject annals.Span // the clause's subject in the text
	pronoun bool        // the subject is a personal pronoun: most often the speaker
	object  annals.Span // the clause verb's object in the text, zero when none
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

// subjectParty reports whether the subject of an active statement is a
// party that can act: an actor, an actor's mention in the core of its
// phrase, a party the dictionaries know, or a pronoun other than the
// speaker's. "The milestone came as ...", "Friday night was ...", "a
// message on Twitter blaming Iran" and "her intention to endorse" name
// no one who acts.
func (r *statementReading) subjectParty(c *Coder, mentions *mentionIndex, st *annals.Statement) bool {
	core := r.verb.Subject
	if len(core.Words) > 0 && genericWords[core.Words[0]] && st.Subject.Actor == "" {
		return false // "which company gives permission", "any officials who", "someone who": no one in particular
	}
	if st.Subject.Actor != "" || st.Subject.Pronoun || mentions.overlapsAny(r.subjectCore) {
		return true
	}
	if len(core.Words) == 1 && analysis.IsStandalonePronoun(core.Words[0]) {
		return true
	}
	if r.subjectNamed || bodies[core.HeadLemma] || bodies[core.Head] || c.Participant(core) {
		return true
	}
	// "thousands of students", "members of the council": the party is
	// after the quantity
	return quantities[core.HeadLemma] && c.Participant(r.subject)
}

// bodies are nouns of organised bodies that act as one: "the union
// said", "the court ruled", "the council voted".
var bodies = map[string]bool{"union": true, "company": true, "firm": true, "party": true, "council": true,
	"court": true, "committee": true, "board": true, "association": true, "organization": true,
	"organisation": true, "agency": true, "ministry": true, "department": true, "government": true,
	"parliament": true, "congress": true, "senate": true, "assembly": true, "administration": true,
	"campaign": true, "coalition": true, "alliance": true, "federation": true, "commission": true,
	"authority": true, "authorities": true, "state": true, "country": true, "nation": true, "city": true,
	"opposition": true, "embassy": true, "regime": true, "group": true, "movement": true, "network": true}

// quantities are heads that count the party after them.
var quantities = map[string]bool{"thousand": true, "thousands": true, "hundred": true, "hundreds": true,
	"dozen": true, "dozens": true, "million": true, "millions": true, "score": true, "scores": true,
	"member": true, "members": true, "some": true, "many": true, "most": true, "all": true, "group": true,
	"number": true, "majority": true, "crowd": true, "crowds": true}

// genericWords open a subject that names no one in particular.
var genericWords = map[string]bool{"which": true, "what": true, "whichever": true, "any": true, "every": true,
	"anyone": true, "anybody": true, "everyone": true, "everybody": true, "whoever": true, "someone": true,
	"somebody": true}

// meetings are the verbs whose parties meet one another: "the delegations
// met", "the sides negotiated".
var meetings = map[string]bool{"meet": true, "negotiate": true, "talk": true, "confer": true, "consult": true}

// statePart reports whether an actor code has a sector of a state:
// government, military, police.
func statePart(code string) bool {
	return len(code) == 6 && (code[3:] == "GOV" || code[3:] == "MIL" || code[3:] == "COP" || code[3:] == "JUD")
}

// stanceVerbs are verbs of support whose object may be a cause as well as
// a party: "supported the candidate", but "supports gun rights".
var stanceVerbs = map[string]bool{"support": true, "back": true, "favor": true, "favour": true, "endorse": true,
	"defend": true}

// partnerParty reports whether a phrase of the verb that names whom it
// acts on or goes to ("to Moscow", "with the rebels", "on Ukraine"; not
// "from Italy", "in Ohio") is a party.
func (r *statementReading) partnerParty() bool {
	for _, p := range r.verb.Preps {
		if p.Party && !placePrepositions[p.Prep] && !thingPronoun(p.Object) {
			return true
		}
	}
	return false
}

// demandedOf reports whether a demand names a party it is made of or
// about: an actor or an actor's mention as its object or in one of its
// prepositional phrases ("called for the resignation of the mayor"), an
// agent the dictionaries know as its object ("urged the minister"), or a
// party in a phrase that is no place ("called on the rebels", "demanded
// the release of the hostages"). "Demanded the protection of human
// dignity" names none: a stance.
func (r *statementReading) demandedOf(c *Coder, st *annals.Statement, mentions *mentionIndex) bool {
	if st.Object != nil && (st.Object.Actor != "" || mentions.overlapsAny(st.Object.Span)) {
		return true
	}
	if _, ok := c.phraseAgent(r.verb.Object); ok {
		return true
	}
	for i := range r.verb.Preps {
		if i < len(r.prepSpans) && r.prepSpans[i].End > 0 && mentions.overlapsAny(r.prepSpans[i]) {
			return true
		}
	}
	return r.concernsParty()
}

// concernsParty reports whether a prepositional phrase of the verb that is
// no place names a party: "the bodies of 3,000 soldiers", "talks with the
// rebels"; not "in the Senate".
func (r *statementReading) concernsParty() bool {
	for _, p := range r.verb.Preps {
		if p.Party && (p.Prep == "of" || !placePrepositions[p.Prep]) && !thingPronoun(p.Object) {
			return true
		}
	}
	return false
}

// placePrepositions tell where something is or comes from, not whom it
// goes to: "returned from Italy", "rallied in Ohio".
var placePrepositions = map[string]bool{"from": true, "in": true, "at": true, "near": true, "during": true,
	"outside": true, "inside": true, "across": true, "around": true, "throughout": true, "of": true}

// thingPronoun reports whether a phrase is "it", "this" or "that": most
// often a thing, not a party one visits or threatens.
func thingPronoun(p Phrase) bool {
	return len(p.Words) == 1 && (p.Words[0] == "it" || p.Words[0] == "this" || p.Words[0] == "that")
}

// garbled reports whether the extractor gave the statement a subject that
// cannot be the one its verb tells of: a passive's subject after its predicate ("the
// crash was being investigated by the police", read as the police being
// investigated), or one inside an "according to" phrase ("according to
// witnesses and authorities, a man began to stab people").
func (r *statementReading) garbled(s *analysis.Sentence, st *annals.Statement) bool {
	if (st.Passive || r.passive) && st.Subject.Start > st.Predicate.Start {
		return true
	}
	i, _ := tokenRange(s.Tokens, st.Subject.Span)
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := s.Tokens[k]
		if t.Form == "," || t.Form == ";" || analysis.IsVerbTag(t.XPOS) && t.XPOS != "VBG" {
			return false
		}
		if strings.EqualFold(t.Form, "according") {
			return true
		}
	}
	return false
}

// prepParty reports whether a prepositional phrase of the verb is a party.
func (r *statementReading) prepParty() bool {
	for _, p := range r.verb.Preps {
		if p.Party {
			return true
		}
	}
	return false
}

// privatePronouns are the speaker and the one spoken to.
var privatePronouns = map[string]bool{"i": true, "me": true, "you": true, "myself": true, "yourself": true}

// opinionVerbs are verbs of assent that, with a clause for their object,
// tell what someone thinks, not an act: "agreed that vaccines do good",
// "conceded that the figures were wrong".
var opinionVerbs = map[string]bool{"agree": true, "concede": true, "accept": true, "admit": true,
	"acknowledge": true}

// opinion reports whether the statement is a verb of assent whose object
// is a clause or a question ("agreed that ...", "do not agree on how ...").
func (r *statementReading) opinion(st *annals.Statement) bool {
	if !opinionVerbs[r.verb.Lemma] {
		return false
	}
	if r.reported != nil || st.Object == nil && len(r.verb.Preps) == 0 && r.verb.Lemma == "agree" {
		return true // "agreed that ...", "Carroll agreed and cautioned ..."
	}
	for _, p := range r.verb.Preps {
		if wh := p.Object.Head; wh == "how" || wh == "what" || wh == "whether" || wh == "why" || wh == "who" {
			return true
		}
	}
	return false
}

// askedBefore reports whether the predicate starting at token first is an
// infinitive whose "to" follows an object of the verb before it ("asked
// Trump to post", "urged the council to act"), not the verb itself
// ("asked to leave").
func askedBefore(toks []analysis.Token, first int) bool {
	to := first - 1
	if to < 1 || toks[to].XPOS != "TO" {
		return false
	}
	return !analysis.IsVerbTag(toks[to-1].XPOS) && !analysis.IsAdvTag(toks[to-1].XPOS)
}

// markParties marks the prepositional phrases whose object is a party to
// events (an actor's mention, a party the dictionaries know, a pronoun
// other than the speaker's), for the patterns that are only a preposition.
func (r *statementReading) markParties(c *Coder, mentions *mentionIndex, st *annals.Statement) {
	if st.Object != nil && st.Object.Prep == "" && !r.verb.Object.IsZero() && r.reported == nil {
		r.verb.ObjectParty = st.Object.Actor != "" || mentions.overlapsAny(st.Object.Span) || c.Participant(r.verb.Object) ||
			len(r.verb.Object.Words) == 1 && analysis.IsStandalonePronoun(r.verb.Object.Words[0]) && !privatePronouns[r.verb.Object.Words[0]]
		r.verb.ObjectPerson = c.Participant(r.verb.Object)
	}
	if rc := r.reported; rc != nil && rc.object.End > 0 {
		rc.verb.ObjectParty = mentions.overlapsAny(rc.object) || c.Participant(rc.verb.Object)
		rc.verb.ObjectPerson = c.Participant(rc.verb.Object)
	}
	for i := range r.verb.Preps {
		p := &r.verb.Preps[i]
		if p.Object.IsZero() {
			continue
		}
		if i < len(r.prepSpans) && r.prepSpans[i].End > 0 && mentions.overlapsAny(r.prepSpans[i]) {
			p.Party = true
			continue
		}
		w := p.Object.Words
		p.Party = len(w) == 1 && analysis.IsStandalonePronoun(w[0]) && !privatePronouns[w[0]] || c.Participant(p.Object)
	}
}

// agentParty reports whether the subject of a statement is a party that
// can do violence: an actor, a phrase with an actor's mention, a party the
// dictionaries know, or a personal pronoun. "A fire killed five people"
// and "the storm hit the coast" are no one's acts.
func (r *statementReading) agentParty(c *Coder, mentions *mentionIndex, st *annals.Statement) bool {
	if st.Passive || r.passive {
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
		ce := coreEnd(toks, i, j)
		for k := i + 1; k < ce; k++ {
			if x := toks[k].XPOS; x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" {
				ce = k // "an earthquake struck the island, injuring": the subject is the earthquake
				break
			}
		}
		r.subjectCore = annals.Span{Start: toks[i].Start, End: toks[ce-1].End}
		for k := i; k < ce; k++ {
			r.subjectNamed = r.subjectNamed || analysis.IsProperTag(toks[k].XPOS) && !analysis.IsTimeWord(toks[k])
		}
		r.private = j-i == 1 && privatePronouns[strings.ToLower(toks[i].Form)]
		// "requested Trump declare an emergency", "asked Biden to post":
		// the subject is the one asked, and the demand is the asker's
		r.asked = i > 0 && analysis.IsVerbTag(toks[i-1].XPOS) && stances[strings.ToLower(toks[i-1].Lemma)] == stanceDemand
		// "prisoners arrested during the campaign": a participle right
		// after its subject, with no auxiliary, is passive
		r.passive = j == first && end-first == 1 && toks[main].XPOS == "VBN" && (st.Object == nil || st.Object.Prep != "")
		v.Negated = v.Negated || noneWords[strings.ToLower(toks[i].Form)] // "no troops were hurt"
	}
	var k int
	v.Particles, k = particlesAfter(toks, end)
	for x := end; x < k; x++ {
		if low := strings.ToLower(toks[x].Form); low == "not" || low == "never" {
			v.Negated = true // "was found not guilty": no conviction
		}
	}
	if st.Object != nil {
		if i, j := tokenRange(toks, st.Object.Span); j > i {
			j = compoundEnd(toks, i, j)
			r.private = r.private || j-i == 1 && privatePronouns[strings.ToLower(toks[i].Form)]
			r.object = wordsOf(toks, i, j)
			r.objectTime = analysis.IsTimeWord(toks[headOf(toks, i, j)])
			if rc, ok := reportedVerb(toks, i, j); ok {
				r.reported = &rc
			} else if i == k || i > k && !isPreposition(toks[i-1]) {
				v.Object = themeOf(toks, i, j)
				r.doubleObject = v.Object.Head != phraseOf(toks, i, j).Head
			} else if i < k && k < j {
				v.Object = themeOf(toks, k, j) // "provide nearly 5,000 tons": the adverb is the object's
			}
		}
	}
	v.Preps, r.prepSpans = prepositionalPhrases(toks, k)
	r.prepAfter = wordsBefore(toks, r.prepSpans)
	idiomVerb(toks, first, main, &v)
	r.asked = r.asked || askedBefore(toks, first)
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
	} else if st := strings.ToLower(clause[g.Main].Lemma); g.End+1 < len(clause) && stances[st] != stanceActual &&
		strings.EqualFold(clause[g.End].Form, "to") && clause[g.End+1].XPOS == "VB" {
		// "they attempted to assassinate", "it plans to withdraw": the act
		// is the verb after "to", under the verb before it
		g.Main, g.End = g.End+1, g.End+2
		g.Modality = st
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
	var object annals.Span
	if c, ok := analysis.NounPhraseAt(clause, min(k, len(clause)-1)); ok && k < len(clause) {
		v.Object = themeOf(clause, c.Start, c.End)
		object = annals.Span{Start: clause[c.Start].Start, End: clause[c.End-1].End}
	}
	v.Preps, _ = prepositionalPhrases(clause, k)
	rc := reportedClause{verb: v, subject: annals.Span{Start: clause[0].Start, End: clause[g.Start-1].End}, object: object}
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
func prepositionalPhrases(toks []analysis.Token, k int) ([]Prep, []annals.Span) {
	var out []Prep
	var spans []annals.Span
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
				spans = append(spans, annals.Span{})
			}
			continue
		}
		out = append(out, Prep{Prep: low, Object: phraseOf(toks, c.Start, c.End)})
		spans = append(spans, annals.Span{Start: toks[c.Start].Start, End: toks[c.End-1].End})
		k = c.End - 1
	}
	return out, spans
}
