package event

import (
	"cmp"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/event/internal/dict"
)

// Coder codes verb phrases as political events with the CAMEO verb
// patterns. It is read-only once made and safe for concurrent use.
type Coder struct {
	t          *dict.Table
	forms      map[string][]verbRef       // every form of every verb → its entries
	synsets    map[string]map[string]bool // synset name → its phrases
	agents     map[string]string          // agent phrase → Phoenix agent code
	agentWords int                        // words of the longest agent phrase
}

// Verb is what the coder reads of a statement: the verb and the words
// around it, all lower case.
type Verb struct {
	Lemma     string   // "return"
	Form      string   // the verb as written ("returned"); looked up when the lemma is not known
	Particles []string // particles after the verb: "up" in "blew up"
	Subject   Phrase   // for the few patterns that look at the subject ("troops", "aircraft")
	Object    Phrase   // the direct object; empty when there is none
	// ObjectParty marks a direct object that is a party to events: an
	// actor, a role or force the dictionaries know ("released the
	// prime minister", not "released an album")
	ObjectParty bool
	// ObjectPerson marks a direct object that is a person, role or force
	// the dictionaries know ("the prime minister", "hostages")
	ObjectPerson bool
	Preps        []Prep // prepositional phrases after the verb, in order: "to Great Britain", "against Russia"
	// Modality is the lemma of the verb or auxiliary that governs the act
	// ("offer", "threaten", "demand", "will"); "" when the act happened.
	Modality string
	Negated  bool // "did not attack", "refused to withdraw"
	// Reported is set for the act of a clause a speaker reports ("said
	// they would boycott the talks"): what they would do is their intent.
	Reported bool
}

// Phrase is a noun phrase as the coder reads it, lower case.
type Phrase struct {
	Head      string   // the head noun: "bodies" in "the bodies of 3,000 soldiers"
	HeadLemma string   // its lemma ("body"), or ""
	Words     []string // the words of the phrase in text order, head included
	Lemmas    []string // their lemmas, index for index; nil or "" where unknown
}

// Prep is a prepositional phrase: "(for) financial aid".
type Prep struct {
	Prep   string
	Object Phrase
	// Party marks an object that is a party to events: an actor, a role
	// or force the dictionaries know ("to Moscow", "with the rebels"). A
	// pattern that is only a preposition ("COME (TO)") codes only with one.
	Party bool
}

// IsZero reports whether the phrase is empty.
func (p Phrase) IsZero() bool { return p.Head == "" && len(p.Words) == 0 }

// has reports whether the phrase has the word w, as written or as a lemma.
func (p Phrase) has(w string) bool { return contains(p.Words, w) || contains(p.Lemmas, w) }

// Code returns the event a verb phrase denotes, or false when it denotes
// none: no verb pattern, no code of the verb that it may give alone, or a
// null code. An act the phrase does not tell as done ("may attack", "did
// not attack", "will attack") keeps its type and is marked Unreal.
//
// The event's Confidence is how often its type, given by such evidence
// (a pattern, a verb alone, an event noun, ...), was right in the judged
// draws (see typeConfidence); the stage weighs it by its sides too.
func (c *Coder) Code(v Verb) (annals.Event, bool) {
	ev, ok, _ := c.code(v)
	return ev, ok
}

// code is Code, with the kind of evidence that typed the event.
func (c *Coder) code(v Verb) (annals.Event, bool, evidence) {
	m := c.act(v)
	act := m.code
	kind := byVerb
	if m.pattern {
		kind = byPattern
	}
	if !m.pattern && act == "" {
		act, kind = c.lightVerb(v), byNoun
	}
	if !m.pattern && act == "" && v.ObjectParty && !thingPronoun(v.Object) && (v.ObjectPerson || !personOnly[v.Lemma]) {
		act, kind = onParty[v.Lemma], byParty // "released the hostages", "sued the city"
	}
	if m.pattern && doneIntent(act) && !intends(v) && !commitments[v.Lemma] {
		// "held primary elections" (0341), "flew to Ohio" (036), "is said
		// to fly arms to the rebels": a pattern that reads an intent into
		// an act told as done or reported, by a verb that commits no one,
		// tells of no intent
		act = ""
	}
	if act != "" && ((hasPartner(v, pressWords) || pressWords[v.Subject.Head]) && (act[:2] == "04" || act[:2] == "02" || act[:2] == "10") ||
		v.Lemma == "hail" && v.Object.IsZero() || safetyNotices[cmp.Or(v.Object.HeadLemma, v.Object.Head)] &&
		(act[:2] == "08" || act[:2] == "13" || act[:2] == "17")) {
		// "spoke with Wikinews", "talked to reporters", "Wikinews reached
		// out to the candidate": an interview, no meeting of parties and
		// no demand; "hails from Ohio": no praise; "issued a flood
		// warning", "withdrew its storm warnings", "lifted the
		// flood alert": a public notice, no threat, concession or coercion
		act = ""
	}
	if violent(act) && killVerbs[v.Lemma] && !v.Object.IsZero() && !v.ObjectParty && !counted(v.Object) {
		// "we have killed the old version", "killed the bill": nothing
		// that lives was killed
		act = ""
	}
	if violent(act) && accident(v) {
		act = "" // "the plane struck a building", "a truck hit the bridge": a crash, no attack
	}
	act = bombing(v, act)
	if commitments[v.Lemma] && act != "" && !hostile(act) {
		act = intent(act) // "agreed on a pact", "proposed talks": commitments, not the acts
	}
	if (v.Lemma == "surrender" || v.Lemma == "capitulate") && strings.HasPrefix(act, "08") && c.armed(v.Subject) {
		act = "0874" // armed men who surrender yield militarily (RETREAT), not a concession
	}
	if violent(act) && tellingVerbs[v.Lemma] {
		act = "" // "reported the attack", "described the strike as ...": telling of violence is none
	}
	act = c.verbal(v, act)
	act = c.unconventional(v, act)
	code, unreal := c.withModality(v, act)
	if code == "" {
		return annals.Event{}, false, 0
	}
	if act == "" || strings.HasPrefix(act, "01") {
		kind = byGoverning // "offered to ...", "threatened to ...": the act itself has no code
	}
	ev := annals.Event{PLOVER: PLOVERFor(code), CAMEO: code, Unreal: unreal}
	ev.Confidence = confidence(ev, kind, false, true)
	return ev, true, kind
}

// names reports whether the verb phrase names an act the dictionary codes,
// whatever governs it: a reported clause whose act has no code ("said he
// would be there", "says you should have the freedom") is no event.
func (c *Coder) names(v Verb) bool {
	return c.act(v).code != "" || c.lightVerb(v) != "" ||
		v.ObjectParty && !thingPronoun(v.Object) && (v.ObjectPerson || !personOnly[v.Lemma]) && onParty[v.Lemma] != ""
}

// act reads the verb phrase itself, as if it had happened: its code is ""
// when the dictionary gives none.
func (c *Coder) act(v Verb) match {
	m := c.match(v.Lemma, v)
	if !m.found && v.Form != "" && v.Form != v.Lemma {
		m = c.match(v.Form, v)
	}
	if len(m.code) >= 2 && m.code[:2] == "02" && !m.pattern && stances[v.Lemma] != stanceDemand {
		// an appeal only by the default of a broad block ("comments
		// suggest ...", "hopes"): too vague to count as a request
		m.code = ""
	}
	return m
}

// lightVerb codes a verb that codes nothing itself by its object, when the
// object's head is a verb of the dictionary: "launched 71 drone strikes"
// is striking, "held talks with" talking, "held a meeting" meeting.
func (c *Coder) lightVerb(v Verb) string {
	if v.Object.IsZero() || !doVerbs[v.Lemma] {
		return "" // "reported the attack", "survived the attack": the noun's event is not this act
	}
	obj, preps := v.Object, v.Preps
	if measures[cmp.Or(obj.HeadLemma, obj.Head)] && len(preps) > 0 && preps[0].Prep == "of" {
		obj, preps = preps[0].Object, preps[1:] // "sent 800 tonnes of medical aid to the region"
	}
	noun := Verb{Lemma: cmp.Or(obj.HeadLemma, obj.Head), Form: obj.Head, Subject: v.Subject, Preps: preps}
	if !eventNouns[noun.Lemma] && !eventNouns[noun.Form] {
		return "" // "took part", "held a debate", "made a study": no event the noun names
	}
	if len(c.forms[noun.Lemma]) == 0 && len(c.forms[noun.Form]) == 0 {
		return ""
	}
	m := c.match(noun.Lemma, noun)
	if !m.found && noun.Form != noun.Lemma {
		m = c.match(noun.Form, noun)
	}
	if m.code == "" && m.found {
		m.code = c.nounCode(noun)
	}
	return m.code
}

// onParty are verbs that name a political event only when what they act
// on is a party (an actor, a role or force): "released the prime
// minister" (a release, 0841), not "released an album"; "sued the state"
// (a lawsuit, 115), "ordered the newspaper to close" (an order, 100),
// "blockaded the port city" (191); "ordered it" names no party.
//
// "release" and "free" need a person or role the dictionaries know (see
// Verb.ObjectPerson): products and records are released too.
var onParty = map[string]string{"release": "0841", "free": "0841", "sue": "115", "order": "100",
	"blockade": "191"}

// tellingVerbs are verbs of telling, whose patterns with a word of
// violence ("reported an attack") name the violence told of, not an act of
// the teller.
var tellingVerbs = map[string]bool{"report": true, "say": true, "describe": true, "characterize": true,
	"characterise": true, "claim": true, "confirm": true, "label": true, "term": true, "deny": true,
	"announce": true, "note": true, "recall": true, "document": true, "film": true, "witness": true}

// doVerbs are the verbs that do the event their object names ("launched
// strikes", "held talks", "imposed sanctions", "began an offensive"), as
// against verbs that tell of it ("reported", "described", "survived",
// "justified" an attack).
var doVerbs = map[string]bool{"launch": true, "carry": true, "conduct": true, "hold": true, "stage": true,
	"mount": true, "make": true, "take": true, "give": true, "begin": true, "start": true, "open": true,
	"impose": true, "lift": true, "provide": true, "send": true, "deliver": true, "resume": true,
	"continue": true, "have": true, "call": true, "organize": true, "organise": true, "lead": true,
	"wage": true, "unleash": true, "issue": true, "extend": true, "offer": true, "grant": true,
	"pay": true, "order": true, "announce": true, "initiate": true, "escalate": true, "end": true,
	"stop": true, "halt": true, "suspend": true, "enter": true, "join": true, "break": true, "seek": true,
	"request": true, "demand": true, "propose": true, "accept": true, "reject": true, "agree": true}

// eventNouns are the nouns that name a political event of the verb they
// share a form with, so that a light verb with one as its object is that
// event: "launched strikes", "held talks", "imposed sanctions".
var eventNouns = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"raid": true, "raids": true, "bombing": true, "bombings": true, "invasion": true, "offensive": true,
	"talk": true, "talks": true, "meeting": true, "meetings": true, "negotiation": true, "negotiations": true,
	"visit": true, "sanction": true, "sanctions": true, "embargo": true, "aid": true, "protest": true,
	"protests": true, "boycott": true, "investigation": true, "probe": true, "inquiry": true,
	"arrest": true, "arrests": true, "ban": true, "threat": true, "threats": true, "demand": true, "demands": true,
	"apology": true, "crackdown": true, "blockade": true, "ceasefire": true, "truce": true,
}

// personOnly are the verbs of onParty that need a person or role.
var personOnly = map[string]bool{"release": true, "free": true}

// doneIntent reports whether a code is an intent that only a promise
// makes: to reform or change leaders (034), to yield (035), to meet (036).
func doneIntent(code string) bool {
	return len(code) >= 3 && code[:2] == "03" && code[2] >= '4' && code[2] <= '6'
}

// measures are heads that measure the noun after them.
var measures = map[string]bool{"ton": true, "tonne": true, "tons": true, "tonnes": true, "amount": true,
	"shipment": true, "package": true, "round": true, "series": true, "wave": true, "number": true}

// nounCode is the code an event noun's own verb gives without a pattern,
// whether or not that verb codes alone: the noun names the event.
func (c *Coder) nounCode(noun Verb) string {
	for _, w := range []string{noun.Lemma, noun.Form} {
		for _, r := range c.forms[w] {
			block := &c.t.Blocks[r.block]
			verb := &block.Verbs[r.verb]
			if len(verb.After) > 0 || len(verb.Before) > 0 || verb.Null {
				continue
			}
			if code := cmp.Or(verb.Code, block.Code, verb.Usual); code != "" {
				return code
			}
		}
	}
	return ""
}

// commitments are the verbs that code, as the verb of a statement, as the
// intent they express (CAMEO 03): "agreed on a pact", "proposed talks".
var commitments = map[string]bool{"offer": true, "propose": true, "promise": true, "pledge": true, "vow": true,
	"agree": true, "volunteer": true, "commit": true}

// match is the best reading of a verb phrase by one verb word.
type match struct {
	found   bool // the word is a verb of the dictionary
	pattern bool // a pattern gave the code, not a verb's or block's default
	code    string
}

// candidate is one dictionary verb a word may be, with how well its
// particles fit.
type candidate struct {
	ref       verbRef
	particles int // particles of the verb found after it ("ask for")
}

// match reads a verb phrase with every dictionary verb the word can be and
// keeps the most specific pattern; failing any, the code of the verb that
// fits best.
func (c *Coder) match(word string, v Verb) match {
	refs := c.forms[word]
	if len(refs) == 0 {
		return match{}
	}
	var cands []candidate
	for _, r := range refs {
		verb := &c.t.Blocks[r.block].Verbs[r.verb]
		n, ok := c.particlesFit(verb.After, v)
		if ok {
			cands = append(cands, candidate{r, n})
		}
	}
	if len(cands) == 0 {
		return match{}
	}
	best, bestScore, found := "", 0, false
	for _, cand := range cands {
		block := &c.t.Blocks[cand.ref.block]
		verb := &block.Verbs[cand.ref.verb]
		for i := range block.Patterns {
			p := &block.Patterns[i]
			if !appliesTo(p, verb) {
				continue
			}
			s, ok := c.patternScore(p, v)
			if !ok {
				continue
			}
			s += cand.particles
			if !found || s > bestScore {
				best, bestScore, found = p.Code, s, true
			}
		}
	}
	if found {
		return match{found: true, pattern: true, code: best}
	}
	// no pattern: the verb's own code, its block's, or its usual one; a
	// verb whose particles fit beats one without ("call off" over "call")
	top := cands[0]
	for _, cand := range cands[1:] {
		if cand.particles > top.particles || cand.particles == top.particles && c.ownCode(cand) && !c.ownCode(top) {
			top = cand // "BEAT [182]" over a plain "BEAT" in the same block
		}
	}
	block := &c.t.Blocks[top.ref.block]
	verb := &block.Verbs[top.ref.verb]
	switch {
	case verb.Null || !verb.Alone || verb.Intransitive && !v.Object.IsZero():
		// a verb that does not name an event by itself ("called",
		// "took", "served") codes only with a pattern for its complement
		return match{found: true}
	case verb.Code != "":
		return match{found: true, code: verb.Code}
	case !v.hasTarget() && (!names(block, verb) || violent(block.Code)):
		// a synonym of a broad block with nobody acted on ("he served",
		// "they went", "he thought"): the block's code is a guess; and
		// violence with no target names its victims, not its authors
		// ("two soldiers died", "were killed")
		return match{found: true}
	case block.Code != "":
		return match{found: true, code: block.Code}
	}
	return match{found: true, code: verb.Usual}
}

// appliesTo reports whether a pattern of a block applies to one of its
// verbs. Patterns apply to every verb of their block, except that a verb
// with a code of its own ("ACCUSE [112]" among "BLAME" verbs) does not take
// a pattern written for another verb that would move it to another root
// ("CONVICT" someone "of crimes" is 173, "accuse" someone of them is not).
//
// A pattern that is only a bare preposition ("BREAK (WITH)", "RUSH (TO)")
// is a phrasal sense of the verb it was written for and applies to that
// verb alone.
func appliesTo(p *dict.Pattern, v *dict.Verb) bool {
	if p.Verb == "" || v.Names(p.Verb) {
		return true
	}
	if barePreposition(p) {
		return false
	}
	if v.Code == "" || p.Code == "" {
		return true
	}
	return p.Code[:2] == v.Code[:2]
}

// barePreposition reports whether a pattern is prepositions without objects.
func barePreposition(p *dict.Pattern) bool {
	if len(p.Subject) > 0 || len(p.Object) > 0 || len(p.Preps) == 0 {
		return false
	}
	for _, pp := range p.Preps {
		if len(pp.Object) > 0 {
			return false
		}
	}
	return true
}

// hasTarget reports whether the verb acts on something: an object, or a
// phrase of a preposition that marks one ("went to Ankara", "fought
// against"; not "improved in Kyiv").
func (v *Verb) hasTarget() bool {
	if !v.Object.IsZero() {
		return true
	}
	for _, p := range v.Preps {
		if !p.Object.IsZero() && targetPrepositions[p.Prep] {
			return true
		}
	}
	return false
}

// targetPrepositions mark the one a verb acts on or moves to, as against
// place and time ("in", "at", "during").
var targetPrepositions = map[string]bool{"to": true, "with": true, "against": true, "into": true, "toward": true,
	"towards": true, "upon": true, "onto": true, "from": true, "for": true}

// violent reports whether a code is one of violence (CAMEO 18 to 20).
func violent(code string) bool { return len(code) >= 2 && code[:2] >= "18" && code[:2] <= "20" }

// names reports whether a verb is the one its block is named for ("KILL"
// in "--- KILL [190] ---"), whose code the block's is.
func names(b *dict.Block, v *dict.Verb) bool {
	return strings.EqualFold(b.Name, v.Head)
}

// ownCode reports whether a candidate verb has a code of its own.
func (c *Coder) ownCode(cand candidate) bool {
	return c.t.Blocks[cand.ref.block].Verbs[cand.ref.verb].Code != ""
}

// particlesFit checks that the words a multi-word verb needs after it
// ("ask for", "call off") come after it, as particles, the first word of a
// prepositional phrase or of the object; it returns how many there are.
func (c *Coder) particlesFit(after []string, v Verb) (int, bool) {
	for _, w := range after {
		if !contains(v.Particles, w) && !hasPrep(v.Preps, w) && !v.Object.has(w) {
			return 0, false
		}
	}
	return len(after), true
}

// patternScore reports whether a pattern fits the verb phrase and how
// specific the fit is: one point per word it matched, one more per head.
func (c *Coder) patternScore(p *dict.Pattern, v Verb) (int, bool) {
	if len(p.Subject) == 0 && len(p.Object) == 0 && len(p.Preps) == 0 {
		return 0, false
	}
	score := 0
	for _, ph := range p.Subject {
		s, ok := c.phraseScore(ph, v.Subject)
		if !ok {
			return 0, false
		}
		score += s
	}
	for _, ph := range p.Object {
		if len(ph) == 1 && contains(v.Particles, ph[0]) {
			score++
			continue
		}
		s, ok := c.phraseScore(ph, v.Object)
		if !ok {
			return 0, false
		}
		score += s
	}
	for _, pp := range p.Preps {
		s, ok := c.prepScore(pp, v.Preps)
		if !ok {
			return 0, false
		}
		score += s
	}
	return score, true
}

// prepScore finds the best prepositional phrase of the verb for a pattern's.
func (c *Coder) prepScore(pp dict.Prep, preps []Prep) (int, bool) {
	best, found := 0, false
	for _, q := range preps {
		if q.Prep != pp.Prep {
			continue
		}
		if len(pp.Object) == 0 {
			if !found && q.Party {
				best, found = 1, true // "came to Moscow", not "came to me", "came to an end"
			}
			continue
		}
		if s, ok := c.phraseScore(pp.Object, q.Object); ok && (!found || s+1 > best) {
			best, found = s+1, true
		}
	}
	return best, found
}

// phraseScore matches a pattern phrase against a noun phrase: its head
// word must be the phrase's head or one of its words, each other word one
// of its words.
func (c *Coder) phraseScore(ph dict.Phrase, np Phrase) (int, bool) {
	if len(ph) == 0 {
		return 0, true
	}
	if np.IsZero() {
		return 0, false
	}
	head := ph[len(ph)-1]
	score := 0
	switch {
	case c.wordIs(head, np.Head, np.Words) || c.wordIs(head, np.HeadLemma, np.Lemmas):
		score += 2
	case c.inPhrase(head, np.Words) || c.inPhrase(head, np.Lemmas):
		score++
	default:
		return 0, false
	}
	for _, w := range ph[:len(ph)-1] {
		if !c.inPhrase(w, np.Words) && !c.inPhrase(w, np.Lemmas) {
			return 0, false
		}
		score++
	}
	return score, true
}

// wordIs reports whether a pattern word names the word w ("&WEAPON" names
// "missile" and, with the word before it, "guided missile").
func (c *Coder) wordIs(pattern, w string, words []string) bool {
	if w == "" {
		return false
	}
	if !strings.HasPrefix(pattern, "&") {
		// patterns name nouns in the singular; their regular plurals match too
		return pattern == w || len(w) > len(pattern) && dict.Plural(pattern) == w
	}
	set := c.synsets[pattern[1:]]
	if set[w] {
		return true
	}
	for i := 1; i < len(words); i++ {
		if words[i] == w && set[words[i-1]+" "+w] {
			return true
		}
	}
	return false
}

// inPhrase reports whether a pattern word names one of the words.
func (c *Coder) inPhrase(pattern string, words []string) bool {
	for _, w := range words {
		if c.wordIs(pattern, w, words) {
			return true
		}
	}
	return false
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

func hasPrep(preps []Prep, w string) bool {
	for _, p := range preps {
		if p.Prep == w {
			return true
		}
	}
	return false
}

// verbal recodes violence that a verb of attack names in words, not arms,
// as criticism (CAMEO 111, DISAPPROVE): "blasted Biden as a career
// politician", "attacked Trump over his taxes", "slammed the decision".
// Neither side may be an armed force, and the verb must be one that news
// uses for words ("blast", "slam", "lash out": always; "attack", "hit",
// "target": with a complement of words, "as", "for", "over", "on" a matter, or
// an object that is a statement or a policy).
func (c *Coder) verbal(v Verb, act string) string {
	if !violent(act) || c.armed(v.Subject) || c.armed(v.Object) {
		return act
	}
	lemma := strings.Fields(v.Lemma + " x")[0]
	switch {
	case verbalAlways[lemma]:
	case verbalSometimes[lemma]:
		if !hasPrep(v.Preps, "as") && !hasPrep(v.Preps, "for") && !hasPrep(v.Preps, "over") && !hasPrep(v.Preps, "on") &&
			!wordsOfSpeech[v.Object.Head] && !wordsOfSpeech[v.Object.HeadLemma] {
			return act
		}
	default:
		return act
	}
	if v.Object.IsZero() && !v.hasTarget() {
		return ""
	}
	return "111"
}

// armed reports whether a phrase names an armed force or a weapon.
func (c *Coder) armed(p Phrase) bool {
	if a, ok := c.phraseAgent(p); ok && armedSectors[a.Sector] {
		return true
	}
	for _, w := range append(p.Words[:len(p.Words):len(p.Words)], p.Lemmas...) {
		if c.synsets["weapon"][w] {
			return true
		}
	}
	return false
}

// armedSectors are Phoenix sectors of people who bear arms.
var armedSectors = map[string]bool{"MIL": true, "COP": true, "REB": true, "UAF": true, "INS": true, "SPY": true}

// verbalAlways are verbs of violence that news uses for words unless an
// armed force is a party; verbalSometimes are those it uses for both.
var (
	verbalAlways    = map[string]bool{"blast": true, "slam": true, "lash": true, "lambaste": true, "bash": true, "assail": true, "savage": true}
	verbalSometimes = map[string]bool{"attack": true, "hit": true, "target": true, "strike": true, "fire": true}
)

// wordsOfSpeech are objects of a verb of attack that make the attack one
// of words: "attacked his remarks", "hit out at the policy".
var wordsOfSpeech = map[string]bool{"remark": true, "remarks": true, "comment": true, "comments": true,
	"statement": true, "statements": true, "policy": true, "policies": true, "decision": true, "plan": true,
	"proposal": true, "record": true, "tweet": true, "tweets": true, "speech": true, "claim": true, "claims": true,
	"report": true, "ruling": true, "bill": true, "law": true, "media": true, "press": true, "inquiry": true,
	"investigation": true, "impeachment": true, "process": true, "culture": true, "agenda": true, "ideology": true,
	"system": true, "handling": true, "response": true, "rhetoric": true, "stance": true, "position": true,
	"views": true, "idea": true, "ideas": true, "approach": true}
