package fact

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// Stage sets Fact on a document's statements and event mentions
// (analysis.Analysis.Events), with the document as their story: one fact
// per event class in the document ("the talks ... the negotiations" are
// one only when their words are one class). Stories joins the facts of
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
func (Stage) Name() string { return "facts/1" }

// Run sets Fact on every statement and event mention of a.
func (s Stage) Run(ctx context.Context, a *analysis.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	classes := s.Classes
	if classes == nil {
		var err error
		if classes, err = DefaultClasses(); err != nil {
			return err
		}
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
	for _, list := range [][]annals.Statement{a.Statements, a.Events} {
		for i := range list {
			st := &list[i]
			agent, patient := participants(st)
			st.Fact = l.Fact(story, Key(classes, &l.Synonyms, a, st), agent, patient, st.Doc, st.Sentence < lead)
		}
	}
}

// Ledger is what a story knows of its facts: the classes it met (its
// Synonyms) and, for each key (see Key), the facts of that key told apart
// by their participants. A statement joins the first fact of its key whose
// participants agree with its own: the same actor as agent, or none named
// on one side, and the same for the patient ("X was arrested", "police
// arrested X" and "the arrest" are one fact; "A defeated B" and "A
// defeated C" two). Its zero value is ready to use; it is not safe for
// concurrent use.
type Ledger struct {
	Synonyms
	facts map[string][]participant
}

// participant is the agent and patient actors a fact has, "" for none,
// and the documents that tell of it.
type participant struct {
	agent, patient string
	docs           []string
}

// Fact returns the id of the fact of the story, for a statement of the
// key with the agent and patient actors given ("" for none), told by the
// document doc, and adds the participants and the document to that fact.
// A statement of a document's lead (lead true: its title and first
// sentences, where news tell what the story is about) may join any fact
// of the story; a later one, where an article tells its own background
// and details, only a fact its own document tells of already.
func (l *Ledger) Fact(story, key, agent, patient, doc string, lead bool) string {
	if l.facts == nil {
		l.facts = map[string][]participant{}
	}
	list := l.facts[key]
	i := 0
	for ; i < len(list); i++ {
		p := &list[i]
		if !lead && !slices.Contains(p.docs, doc) {
			continue
		}
		if agree(p.agent, agent) && agree(p.patient, patient) {
			if !slices.Contains(p.docs, doc) {
				p.docs = append(p.docs, doc)
			}
			if p.agent == "" {
				p.agent = agent
			}
			if p.patient == "" {
				p.patient = patient
			}
			break
		}
	}
	if i == len(list) {
		l.facts[key] = append(list, participant{agent, patient, []string{doc}})
	}
	if i == 0 {
		return ID(story, key)
	}
	return ID(story, key+"\x00#"+strconv.Itoa(i))
}

func agree(a, b string) bool { return a == "" || b == "" || a == b }

// ID is the fact id of a statement of the story with the key Key gives: a
// hash of the two, so that the same story and key give the same id in any
// run and any store.
func ID(story, key string) string {
	h := sha256.Sum256([]byte(story + "\x00" + key))
	return "f" + hex.EncodeToString(h[:10])
}

// Key is what a statement says that its fact depends on beyond its story:
// its event class (the one its story takes it for, when syn is not nil);
// a verb that tells of no event of its own (see generic and
// Classes.Stative) or a role makes a fact of the statement alone.
func Key(classes *Classes, syn *Synonyms, a *analysis.Analysis, st *annals.Statement) string {
	class := classes.Of(st.Predicate.Lemma, nominal(a, st))
	if !st.Role && !generic[class] && !classes.Stative(class) {
		if syn != nil {
			class = syn.Class(classes, class)
		}
		return class
	}
	// what was said, thought or held is the statement's own: "Trump said"
	// twice is two claims, and no other statement's words make them one
	return class + "\x00" + st.Doc + "\x00" + st.ID
}

// generic are the verbs that say nothing of an event of their own: a
// report of words or a state.
var generic = map[string]bool{
	"say": true, "tell": true, "add": true, "state": true, "write": true, "ask": true,
	"note": true, "explain": true, "claim": true, "report": true, "believe": true,
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

// participants are the actors a statement names as who did the act and
// to whom ("" when the text names no actor there): the same act by or to
// other actors is another fact. An argument that names no actor ("the
// deal", "him" unresolved) sets no bound, nor does a statement or mention
// with no arguments: "the shooting" is the story's shooting.
func participants(st *annals.Statement) (agent, patient string) {
	agent = st.Subject.Actor
	if st.Object != nil {
		patient = st.Object.Actor
	}
	if st.Passive {
		agent, patient = "", st.Subject.Actor
	}
	return agent, patient
}
