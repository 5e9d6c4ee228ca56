package fact

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// Stage sets Fact on a document's statements and event mentions
// (analysis.Analysis.Events), with the document as their story: one fact
// per event class and participants in the document ("the talks ... the
// negotiations" are one only when their words are one class). Stories joins the facts of
// documents about one story. Run it after the actor stage, the last but
// for the assessment. It has no state and is safe for concurrent use.
type Stage struct {
	// Classes gives nouns their event class; nil means DefaultClasses().
	Classes *Classes
	// Mentions has the stage find the event mentions first (MentionStage),
	// for a reader of facts rather than of statements. The store keeps no
	// event mention, so the stage's name stays the same.
	Mentions bool
}

// Name identifies the stage and the version of its rules.
func (Stage) Name() string { return "facts/3" }

// Run sets Fact on every statement and event mention of a.
func (s Stage) Run(ctx context.Context, a *analysis.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	classes, err := classesOr(s.Classes)
	if err != nil {
		return err
	}
	if s.Mentions {
		if err := (MentionStage{Classes: classes}).Run(ctx, a); err != nil {
			return err
		}
	}
	assign(classes, &Ledger{}, a, a.Document.ID, len(a.Sentences))
	return nil
}

// assign sets Fact on a's statements and event mentions for the story
// whose facts l holds. The statements of the first lead sentences may join
// any fact of the story; the later ones only a fact of their own document
// (see Ledger.Fact).
func assign(classes *Classes, l *Ledger, a *analysis.Analysis, story string, lead int) {
	where := placeMentions(a)
	for _, list := range [][]annals.Statement{a.Statements, a.Events} {
		for i := range list {
			st := &list[i]
			c := Claim{Key: Key(classes, &l.Synonyms, a, st), Class: classes.Of(st.Predicate.Lemma, nominal(a, st)),
				Doc: st.Doc, Sentence: st.Sentence, Lead: st.Sentence < lead}
			c.Agent, c.Patient, c.Other = participants(a, st)
			c.Earliest, c.Latest = bounds(st.Time)
			c.Named = qualified(a, st)
			c.Places = places(where[st.Sentence], st)
			st.Fact = l.Fact(story, c)
		}
	}
}

// Claim is what the Ledger weighs of a statement to find its fact.
type Claim struct {
	// Key is the statement's key (see Key): only statements of one key
	// may share a fact.
	Key string
	// Class is the statement's own event class, before its story's
	// synonyms: a statement joins a fact of another class (a synonym)
	// only with the same arguments named on both sides.
	Class string
	// Doc and Sentence are where the statement stands; Lead whether that
	// is the document's lead (see Ledger.Fact).
	Doc      string
	Sentence int
	Lead     bool
	// Agent and Patient are who did the act and to whom; Other is the
	// object of a passive ("to A" of "was awarded to A").
	Agent, Patient, Other Part
	// Named are the proper names its qualifiers hold, by preposition,
	// and their numbers (see qualified): two acts with the same
	// preposition naming other names, or with other numbers, are two
	// ("granted a pardon to Ana Ruiz", "... to Ben Ode"; "was moving at
	// 3 mph", "... at 20 mph").
	Named map[string][]string
	// Places are the actors of the places and countries its object and
	// qualifiers name ("won the Dorset primary", "won the primaries in
	// the Orkney Islands"): acts in other places are other acts, so two
	// claims that both name places and share none are two facts.
	Places []string
	// Earliest and Latest bound the statement's date when the text gives
	// one (not the document date standing in); zero when unknown.
	Earliest, Latest time.Time
}

// Part is a participant of an act, as fact identity compares them: the
// actor its words name, else the lemma of their head word. Its zero value
// is no participant named at all ("the arrest", "X was arrested" for the
// agent).
type Part struct {
	Actor string // Actor.ID, "" for none
	Head  string // the lemma of the argument's head word, lower case
	// Opaque marks a pronoun no actor was found for ("it", "they") or
	// some of a group ("one of the candidates", see partitive): it could
	// stand for anyone, so it agrees with no named participant.
	Opaque bool
	// Names are the proper names the argument's words hold, lower case
	// ("a pardon to Ana Ruiz": "ana ruiz"): two arguments with the same
	// head and no name in common are two ("a pardon to Ana Ruiz", "a
	// pardon to Ben Ode").
	Names []string
	// Mods are the lemmas of the words that modify its head word, lower
	// case ("law" of "a law degree"): two arguments with the same head,
	// each modified and no modifier in common, are two ("a law degree",
	// "a bachelor's degree").
	Mods []string
}

func (p Part) none() bool { return p.Actor == "" && p.Head == "" && !p.Opaque }

// agrees reports whether two participants may be one: the same actor;
// when one names no actor, the same head word; or one side names none. A
// pronoun with no actor agrees only with no participant.
func (p Part) agrees(q Part) bool {
	switch {
	case p.none() || q.none():
		return true
	case p.Opaque || q.Opaque:
		return false
	case p.Actor != "" && q.Actor != "":
		return p.Actor == q.Actor
	}
	return p.Head != "" && p.Head == q.Head && share(p.Names, q.Names) && share(p.Mods, q.Mods)
}

// modifier are the relations of the words that tell one thing of a kind
// from another: "orange" warning, "law" degree, "bachelor's" degree.
var modifier = map[string]bool{"amod": true, "compound": true, "nmod:poss": true, "nummod": true}

// share reports whether two lists have a word in common, or either is
// empty.
func share(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// matches is agrees with no wildcard: both sides name a participant, or
// neither does.
func (p Part) matches(q Part) bool {
	if p.none() != q.none() {
		return false
	}
	return p.agrees(q)
}

// Ledger is what a story knows of its facts: the classes it met (its
// Synonyms) and, for each key (see Key), the facts of that key told apart
// by their participants, places and dates. A statement joins the first
// fact of its key whose participants agree with its own (see Part: "X was
// arrested", "police arrested X" and "the arrest" are one fact; "A
// defeated B" and "A defeated C" two, and so are "the club defeated B"
// and "the team defeated B") and whose known dates overlap its own. Its
// zero value is ready to use; it is not safe for concurrent use.
type Ledger struct {
	Synonyms
	facts map[string][]participant
}

// participant is what a fact knows of its statements: the agent and the
// patient, the dates they allow, their own classes, their documents and
// where in them they stand.
type participant struct {
	agent, patient, other Part
	named                 map[string][]string // the claims' Named, merged
	places                []string            // the claims' Places, merged
	earliest, latest      time.Time
	classes               []string
	docs                  []string
	at                    map[string][]int // document -> the sentences of its statements
	lead                  map[string]bool  // document -> a statement of its lead
}

// Near is how many sentences apart two statements of a document past its
// lead may be to be one fact, when the document's lead does not tell of
// it: a body tells the same act again within its paragraph ("was arrested
// ... the arrest"), and the same words further on tell of another time
// ("Biden attacked Trump for ..." twice in a long report).
const Near = 5

// follows reports whether a statement of the document past its lead may
// join the fact: the document's lead tells of it, or a statement near.
func (p *participant) follows(doc string, sentence int) bool {
	if p.lead[doc] {
		return true
	}
	for _, s := range p.at[doc] {
		if d := sentence - s; -Near <= d && d <= Near {
			return true
		}
	}
	return false
}

func (p *participant) add(c Claim) {
	if !slices.Contains(p.docs, c.Doc) {
		p.docs = append(p.docs, c.Doc)
	}
	if !slices.Contains(p.classes, c.Class) {
		p.classes = append(p.classes, c.Class)
	}
	if p.at == nil {
		p.at, p.lead = map[string][]int{}, map[string]bool{}
	}
	if p.named == nil && len(c.Named) > 0 {
		p.named = map[string][]string{}
	}
	for prep, n := range c.Named {
		p.named[prep] = append(p.named[prep], n...)
	}
	for _, pl := range c.Places {
		if !slices.Contains(p.places, pl) {
			p.places = append(p.places, pl)
		}
	}
	p.at[c.Doc] = append(p.at[c.Doc], c.Sentence)
	if c.Lead {
		p.lead[c.Doc] = true
	}
}

// Fact returns the id of the fact of the story for the claim, and adds
// the claim's participants, dates and document to that fact. A statement
// of a document's lead (Claim.Lead: its title and first sentences, where
// news tell what the story is about) may join any fact of the story; a
// later one, where an article tells its own background and details, only
// a fact its own document tells of already, in its lead or at most Near
// sentences away.
func (l *Ledger) Fact(story string, c Claim) string {
	if l.facts == nil {
		l.facts = map[string][]participant{}
	}
	list := l.facts[c.Key]
	i := 0
	for ; i < len(list); i++ {
		p := &list[i]
		if !c.Lead && !p.follows(c.Doc, c.Sentence) {
			continue
		}
		if !p.admits(c) {
			continue
		}
		p.add(c)
		if p.agent.none() {
			p.agent = c.Agent
		}
		if p.patient.none() {
			p.patient = c.Patient
		}
		if p.other.none() {
			p.other = c.Other
		}
		if !c.Earliest.IsZero() && (p.earliest.IsZero() || c.Earliest.After(p.earliest)) {
			p.earliest = c.Earliest
		}
		if !c.Latest.IsZero() && (p.latest.IsZero() || c.Latest.Before(p.latest)) {
			p.latest = c.Latest
		}
		break
	}
	if i == len(list) {
		p := participant{agent: c.Agent, patient: c.Patient, other: c.Other, earliest: c.Earliest, latest: c.Latest}
		p.add(c)
		l.facts[c.Key] = append(list, p)
	}
	if i == 0 {
		return ID(story, c.Key)
	}
	return ID(story, c.Key+"\x00#"+strconv.Itoa(i))
}

// admits reports whether a claim may be a statement of the fact: its
// participants agree (match, for a class the fact has not met: a synonym
// needs its arguments named alike) and its dates overlap the fact's.
func (p *participant) admits(c Claim) bool {
	if slices.Contains(p.classes, c.Class) {
		if !p.agent.agrees(c.Agent) || !p.patient.agrees(c.Patient) || !p.other.agrees(c.Other) {
			return false
		}
	} else if !p.agent.matches(c.Agent) || !p.patient.matches(c.Patient) || !p.other.agrees(c.Other) {
		return false
	}
	for prep, n := range c.Named {
		if !share(p.named[prep], n) {
			return false
		}
	}
	if !share(p.places, c.Places) {
		return false
	}
	if !c.Earliest.IsZero() && !p.latest.IsZero() && c.Earliest.After(p.latest) {
		return false
	}
	if !c.Latest.IsZero() && !p.earliest.IsZero() && c.Latest.Before(p.earliest) {
		return false
	}
	return true
}

// bounds are the calendar bounds of a statement's time when its text
// gives one; the document date standing in bounds nothing, as a report
// may tell of an act days before it.
func bounds(t *annals.Time) (earliest, latest time.Time) {
	if t == nil || t.FromDocument() || t.Generic() {
		return time.Time{}, time.Time{}
	}
	return t.Earliest, t.Latest
}

// ID is the fact id of a statement of the story with the key Key gives: a
// hash of the two, so that the same story and key give the same id in any
// run and any store.
func ID(story, key string) string {
	h := sha256.Sum256([]byte(story + "\x00" + key))
	return "f" + hex.EncodeToString(h[:10])
}

// Key is what a statement says that its fact depends on beyond its story
// and its participants: its event class (the one its story takes it for,
// when syn is not nil) and its mode: a negated act ("did not sign") and
// one not yet done ("will sign", "may sign") are facts apart from the act
// done, and apart from each other when their modal words differ. A verb that tells of no event of its own (see generic and
// Classes.Stative), a role or a statement that holds in general or by
// habit (annals.KindGeneric, or see habitual) makes a fact of the
// statement alone.
func Key(classes *Classes, syn *Synonyms, a *analysis.Analysis, st *annals.Statement) string {
	class := classes.Of(st.Predicate.Lemma, nominal(a, st))
	if !st.Role && !generic[class] && !classes.Stative(class) && !st.Time.Generic() && !habitual(a, st) && !titled(a, st) {
		if syn != nil {
			class = syn.Class(classes, class)
		}
		switch {
		case st.Negated:
			return class + "\x00not"
		case possible[st.Modality]:
			// what can or may be is no event: "life can thrive" twice is
			// no one act
			return class + "\x00" + st.Doc + "\x00" + st.ID
		case st.Modality != "":
			// "expected to" and "will" may tell of one plan, or of two
			return class + "\x00unreal\x00" + st.Modality
		}
		return class
	}
	// what was said, thought or held is the statement's own: "Trump said"
	// twice is two claims, and no other statement's words make them one
	return class + "\x00" + st.Doc + "\x00" + st.ID
}

// titled reports whether a statement's verb stands right before a title:
// the role noun of a role statement of its sentence, or a singular noun
// with no determiner followed by the name it stands before ("reporter Ana
// Vell"). The verb is then a word of the title ("accredited reporter Ana
// Vell", "retired general Omar Sy"), which the parser took for a
// predicate, and tells of no act.
func titled(a *analysis.Analysis, st *annals.Statement) bool {
	if st.Role || st.Sentence < 0 || st.Sentence >= len(a.Sentences) {
		return false
	}
	toks := a.Sentences[st.Sentence].Tokens
	v := verbOf(toks, st)
	if v < 0 || v+1 >= len(toks) {
		return false
	}
	next := toks[v+1]
	if next.UPOS == "NOUN" && next.XPOS == "NN" && v+2 < len(toks) && toks[v+2].UPOS == "PROPN" {
		bare := true
		for _, t := range toks {
			if t.Head-1 == v+1 && (t.Deprel == "det" || t.Deprel == "nmod:poss") {
				bare = false
			}
		}
		h := next.Head - 1
		if bare && (toks[v+2].Head-1 == v+1 || h >= v+2 && h < len(toks) && toks[h].UPOS == "PROPN") {
			return true
		}
	}
	for i := range a.Statements {
		r := &a.Statements[i]
		if r.Role && r.Sentence == st.Sentence && r.Predicate.Start <= next.Start && next.End <= r.Predicate.End {
			return true
		}
	}
	return false
}

// habitual reports whether a statement past a document's first sentence
// (a headline's present tells of an event) is in the simple present,
// active or passive ("people use it", "it is used for"), with no time
// expression of its own: a habit or a state, which tells of no one event.
// The perfect ("has won"), the progressive ("is running") and the past
// are events. An infinitive takes the tense of its clause ("for a party to
// win, 31 votes are needed" is a standing rule, however many articles
// repeat it).
func habitual(a *analysis.Analysis, st *annals.Statement) bool {
	if st.Sentence == 0 || st.Role || st.Time.Explicit() || st.Sentence >= len(a.Sentences) {
		return false
	}
	toks := a.Sentences[st.Sentence].Tokens
	v := verbOf(toks, st)
	if v < 0 {
		return false
	}
	return present(toks, v, 0)
}

// verbOf is the index of the first verb of a statement's predicate among
// the tokens of its sentence, or -1.
func verbOf(toks []analysis.Token, st *annals.Statement) int {
	for i, t := range toks {
		if t.Start >= st.Predicate.Start && t.End <= st.Predicate.End && t.UPOS == "VERB" {
			return i
		}
	}
	return -1
}

// present reports whether the verb toks[v] is in the simple present (see
// habitual). An infinitive ("to win") has the tense of the clause it
// belongs to: "for a party to win, 31 votes are needed" states a rule,
// "the party agreed to merge" tells of an act; depth bounds that climb.
func present(toks []analysis.Token, v, depth int) bool {
	if infinitive(toks, v) {
		h := toks[v].Head - 1
		if depth > 3 || h < 0 || h >= len(toks) || h == v || toks[h].UPOS != "VERB" {
			return false
		}
		return present(toks, h, depth+1)
	}
	switch toks[v].XPOS {
	case "VBZ", "VBP":
		return true
	case "VB":
		// a bare verb with a subject and no auxiliary: a present the
		// tagger took for an infinitive ("farmers use the canal")
		subject := false
		for _, t := range toks {
			if t.Head-1 != v {
				continue
			}
			switch t.Deprel {
			case "aux", "aux:pass", "mark":
				return false
			case "nsubj":
				subject = true
			}
		}
		return subject
	case "VBN":
		now := false
		for _, t := range toks {
			if t.Head-1 != v {
				continue
			}
			switch t.Deprel {
			case "aux":
				return false // "has been used", "will be used"
			case "aux:pass":
				now = t.XPOS == "VBZ" || t.XPOS == "VBP"
			}
		}
		return now
	}
	return false
}

// infinitive reports whether toks[v] is a verb marked by "to".
func infinitive(toks []analysis.Token, v int) bool {
	if toks[v].XPOS != "VB" {
		return false
	}
	for _, t := range toks {
		if t.Head-1 == v && t.Deprel == "mark" && strings.EqualFold(t.Text, "to") {
			return true
		}
	}
	return false
}

// possible are the modal words of an act only possible, needed or
// hypothetical.
var possible = map[string]bool{"can": true, "could": true, "may": true, "might": true,
	"would": true, "should": true, "must": true}

// generic are the verbs that say nothing of an event of their own: a
// report of words or a state.
var generic = map[string]bool{
	"say": true, "tell": true, "add": true, "state": true, "write": true, "ask": true,
	"note": true, "explain": true, "argue": true, "claim": true, "report": true, "believe": true,
	"think": true, "know": true, "want": true, "be": true, "have": true, "do": true,
	"get": true, "go": true, "make": true, "take": true, "come": true, "see": true,
	"give": true, "become": true, "include": true, "seem": true, "remain": true,
}

// nominal reports whether the predicate of st is a noun: its words hold a
// noun and no verb ("the acquisition", a role's "president").
func nominal(a *analysis.Analysis, st *annals.Statement) bool {
	noun := false
	for _, t := range a.TokensBetween(st.Sentence, st.Predicate.Start, st.Predicate.End) {
		switch t.UPOS {
		case "VERB":
			return false
		case "NOUN":
			noun = true
		}
	}
	return noun
}

// participants are who did the act of a statement and to whom (see
// Part): its subject and object, or for a passive no agent, the subject
// as patient and the object as other. A statement or mention with no arguments ("the
// shooting") names none: it is the story's shooting.
func participants(a *analysis.Analysis, st *annals.Statement) (agent, patient, other Part) {
	agent = part(a, st.Sentence, &st.Subject)
	if st.Object != nil {
		patient = part(a, st.Sentence, st.Object)
	}
	if st.Passive {
		// "X was awarded to A": A is neither who did it nor what it was
		// done to, but tells the act apart all the same
		agent, patient, other = Part{}, agent, patient
	}
	return agent, patient, other
}

// part is the participant an argument names: its actor, else the lemma of
// its head word (the word of its span whose head lies outside it); a
// pronoun with no actor is opaque.
func part(a *analysis.Analysis, sentence int, arg *annals.Argument) Part {
	if arg.End <= arg.Start {
		return Part{}
	}
	p := Part{Actor: arg.Actor, Opaque: arg.Pronoun && arg.Actor == ""}
	if sentence < 0 || sentence >= len(a.Sentences) {
		p.Head = strings.ToLower(arg.Label())
		return p
	}
	// the head of a phrase lies outside it (Head is 1-based); with no
	// parse, the phrase's last word stands for its head
	sent := &a.Sentences[sentence]
	toks, parsed := sent.Tokens, sent.Parsed()
	in := func(i int) bool {
		return i >= 0 && i < len(toks) && toks[i].Start >= arg.Start && toks[i].End <= arg.End
	}
	for i, t := range toks {
		if !in(i) || parsed && in(t.Head-1) || !parsed && in(i+1) {
			continue
		}
		p.Head = strings.ToLower(t.Lemma)
		if p.Head == "" {
			p.Head = strings.ToLower(t.Text)
		}
		if t.UPOS == "PROPN" {
			// a name is all its words: "Lok Sabha" is no "Rajya Sabha"
			first := i
			for first > 0 && in(first-1) && toks[first-1].UPOS == "PROPN" {
				first--
			}
			if first < i {
				p.Head = strings.ToLower(a.Document.Text[toks[first].Start:t.End])
			}
		}
		if t.UPOS == "PRON" && p.Actor == "" || partitive(toks, i, in) && p.Actor == "" {
			p.Opaque = true
		}
		for _, m := range toks {
			if m.Head-1 == i && m.Start >= arg.Start && m.End <= arg.End && modifier[m.Deprel] && m.UPOS != "PRON" {
				p.Mods = append(p.Mods, strings.ToLower(m.Lemma))
			}
		}
		break
	}
	if p.Head == "" {
		p.Head = strings.ToLower(arg.Label())
	}
	p.Names = properNames(a, sentence, arg.Span)
	return p
}

// partitive reports whether toks[h], the head of an argument (in tells
// its words), is some of a group: a number or quantifier with an "of"
// phrase ("one of the candidates", "two of the suspects"). Like a pronoun
// it names no one in particular, so it tells two acts apart rather than
// making them one ("spoke to one of the candidates" in two interviews).
func partitive(toks []analysis.Token, h int, in func(int) bool) bool {
	t := toks[h]
	if t.UPOS != "NUM" && !quantifier[strings.ToLower(t.Lemma)] {
		return false
	}
	for i, c := range toks {
		if c.Head-1 != h || !in(i) || !strings.HasPrefix(c.Deprel, "nmod") && c.Deprel != "obl" {
			continue
		}
		for _, k := range toks {
			if k.Head-1 == i && k.Deprel == "case" && strings.EqualFold(k.Text, "of") {
				return true
			}
		}
	}
	return false
}

// quantifier are the words that pick some of a group ("some of them").
var quantifier = map[string]bool{"one": true, "some": true, "any": true, "each": true, "either": true,
	"neither": true, "none": true, "several": true, "many": true, "few": true, "most": true, "all": true, "both": true}

// properNames are the proper names in a span of a sentence, lower case: each
// run of proper nouns.
func properNames(a *analysis.Analysis, sentence int, sp annals.Span) []string {
	var out []string
	toks := a.TokensBetween(sentence, sp.Start, sp.End)
	for i := 0; i < len(toks); i++ {
		if toks[i].UPOS != "PROPN" {
			continue
		}
		j := i
		for j+1 < len(toks) && toks[j+1].UPOS == "PROPN" {
			j++
		}
		out = append(out, strings.ToLower(a.Document.Text[toks[i].Start:toks[j].End]))
		i = j
	}
	return out
}

// placeMentions are the mentions of a's places and countries, by sentence.
func placeMentions(a *analysis.Analysis) map[int][]analysis.Mention {
	place := map[string]bool{}
	for _, ac := range a.Actors {
		if ac.Type == annals.ActorPlace || ac.Type == annals.ActorCountry {
			place[ac.ID] = true
		}
	}
	out := map[int][]analysis.Mention{}
	for _, m := range a.Mentions {
		if place[m.Actor] {
			out[m.Sentence] = append(out[m.Sentence], m)
		}
	}
	return out
}

// places are the actors of the places and countries (of mentions, the
// place mentions of the statement's sentence) that a statement's object
// and qualifiers mention, in text order, each once.
func places(mentions []analysis.Mention, st *annals.Statement) []string {
	if len(mentions) == 0 {
		return nil
	}
	spans := make([]annals.Span, 0, 1+len(st.Qualifiers))
	if st.Object != nil {
		spans = append(spans, st.Object.Span)
	}
	for _, q := range st.Qualifiers {
		spans = append(spans, q.Span)
	}
	var out []string
	for _, m := range mentions {
		if !slices.Contains(out, m.Actor) && within(spans, m.Span) {
			out = append(out, m.Actor)
		}
	}
	return out
}

// within reports whether s lies inside one of spans.
func within(spans []annals.Span, s annals.Span) bool {
	for _, p := range spans {
		if p.Start <= s.Start && s.End <= p.End {
			return true
		}
	}
	return false
}

// qualified are the proper names a statement's qualifiers hold, by
// preposition: "to" ["ana ruiz"] of "granted a pardon to Ana Ruiz"; and
// under "#" the numbers of all its qualifiers but its time expression's
// (the dates compare apart): "#" ["3", "6"] of "was moving at 3 mph (6
// kph)", which "east at 20 mph" tells apart.
func qualified(a *analysis.Analysis, st *annals.Statement) map[string][]string {
	var out map[string][]string
	put := func(key string, words []string) {
		if len(words) == 0 {
			return
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[key] = append(out[key], words...)
	}
	var when annals.Span
	if st.Time != nil && st.Time.Expr != nil {
		when = *st.Time.Expr
	}
	for _, q := range st.Qualifiers {
		var nums []string
		for _, t := range a.TokensBetween(st.Sentence, q.Start, q.End) {
			if t.UPOS == "NUM" && !(when.Start <= t.Start && t.End <= when.End) {
				nums = append(nums, strings.ToLower(t.Text))
			}
		}
		put("#", nums)
		if q.Prep != "" {
			put(q.Prep, properNames(a, st.Sentence, q.Span))
		}
	}
	return out
}

// classesOr is classes, or DefaultClasses when it is nil: the stages'
// Classes field.
func classesOr(classes *Classes) (*Classes, error) {
	if classes != nil {
		return classes, nil
	}
	return DefaultClasses()
}
