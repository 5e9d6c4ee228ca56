package export

import (
	"math"
	"strings"
	"time"

	"github.com/annals/annals"
)

// StatementJSON is the JSON form of a statement, shared by `annals extract
// --format jsonl`, `annals timeline --json` and the HTTP API. Its core is
// the statement contract the evaluation scorers read (doc, sentence,
// subject, predicate, object, time, confidence, negated, event); offsets are
// UTF-8 byte offsets into the document's text, end exclusive.
type StatementJSON struct {
	ID          string          `json:"id"`
	Doc         string          `json:"doc"`
	Sentence    int             `json:"sentence"`
	Subject     ArgumentJSON    `json:"subject"`
	Predicate   PredicateJSON   `json:"predicate"`
	Object      *ArgumentJSON   `json:"object"`
	Time        *TimeJSON       `json:"time"`
	Confidence  float64         `json:"confidence"`
	Negated     bool            `json:"negated"`
	Passive     bool            `json:"passive,omitempty"` // the subject is what was done to, by no one named
	Role        bool            `json:"role,omitempty"`    // read off a title or an apposition, not a verb
	Modality    string          `json:"modality,omitempty"`
	Attribution *ArgumentJSON   `json:"attribution,omitempty"`
	Qualifiers  []QualifierJSON `json:"qualifiers,omitempty"`
	Event       *EventJSON      `json:"event,omitempty"`
	// Reading is the statement in one line as the views show it (Reading).
	Reading string `json:"reading"`
	// Fact identifies the event the statement reports (annals.Statement.Fact).
	Fact string `json:"fact,omitempty"`
	// Sources is how many documents state the fact, in a view of a store
	// (see AddSupport); absent where no store was asked (extract).
	Sources int `json:"sources,omitempty"`
	// Support tells what the store holds of the fact (see Support).
	Support *SupportJSON `json:"support,omitempty"`
}

// SupportJSON is the JSON form of a fact's Support: the documents that
// state it, those that only attribute it to someone, its statements (best
// first) and the statements that contradict it.
type SupportJSON struct {
	Docs           []string `json:"docs"`
	Attributed     []string `json:"attributed,omitempty"`
	Statements     []Source `json:"statements"`
	Contradictions []Source `json:"contradicted_by,omitempty"`
}

// AddSupport sets Sources and Support from sup, the support of the
// statement's fact; a nil sup (no fact, or one the store does not hold)
// is one source, the statement's own document.
func (j *StatementJSON) AddSupport(sup *Support) {
	if sup == nil {
		j.Sources = 1
		j.Support = &SupportJSON{Docs: []string{j.Doc}, Statements: []Source{{ID: j.ID, Doc: j.Doc, Sentence: j.Sentence}}}
		return
	}
	j.Sources = sup.Sources()
	j.Support = &SupportJSON{Docs: sup.Docs, Attributed: sup.Attributed, Statements: sup.Statements, Contradictions: sup.Contradictions}
}

// ArgumentJSON is a subject, object or source: its span, compact form and
// actor (entity is the actor id, or null for "not an actor").
type ArgumentJSON struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Norm   string `json:"norm"`
	Entity any    `json:"entity"`
	Name   string `json:"name,omitempty"` // the actor's canonical name
	Prep   string `json:"prep,omitempty"` // an object's preposition ("to" of "was born to")
	// Refs are the pronouns inside the phrase and the actors they stand
	// for (annals.Argument.Refs).
	Refs []ReferenceJSON `json:"refs,omitempty"`
}

// ReferenceJSON is a pronoun inside a phrase ("him" of "sanctions against
// him") and the actor it stands for: entity is the actor id, name its
// canonical name.
type ReferenceJSON struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Entity string `json:"entity"`
	Name   string `json:"name,omitempty"`
}

func referencesJSON(refs []annals.Reference, names map[string]string) []ReferenceJSON {
	var out []ReferenceJSON
	for _, r := range refs {
		out = append(out, ReferenceJSON{Text: r.Text, Start: r.Start, End: r.End, Entity: r.Actor, Name: names[r.Actor]})
	}
	return out
}

// PredicateJSON is the verb group and its lemma.
type PredicateJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Lemma string `json:"lemma"`
}

// TimeJSON places a statement on the timeline; start and end are the time
// expression's offsets (an earlier sentence's for an inherited time), both
// null when the document date stands in or the statement is generic. A
// generic statement keeps a time object, kind "generic" and value "", so
// that readers of the contract (the scorers) find a string value and can
// tell "holds in general" from "undated" (null).
type TimeJSON struct {
	Value string `json:"value"`
	// Source is where the time comes from: "explicit", "inherited",
	// "document" or "title"; absent for a generic statement.
	Source string `json:"source,omitempty"`
	// FromSentence is the sentence an inherited time's expression is in.
	FromSentence *int   `json:"from_sentence,omitempty"`
	Type         string `json:"type,omitempty"`
	Text         string `json:"text,omitempty"`
	Start        *int   `json:"start"`
	End          *int   `json:"end"`
	Earliest     string `json:"earliest,omitempty"`
	Latest       string `json:"latest,omitempty"`
	Precision    string `json:"precision,omitempty"`
	Kind         string `json:"kind,omitempty"`
	FromDocument bool   `json:"from_document"`
}

// QualifierJSON is a prepositional or adverbial phrase of a statement.
type QualifierJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Prep  string `json:"preposition,omitempty"`
	// Refs are the pronouns inside the phrase and the actors they stand for.
	Refs []ReferenceJSON `json:"refs,omitempty"`
}

// EventJSON is a statement's event type as the contract spells it: PLOVER
// upper case or null, CAMEO a digit string or null, and the CAMEO actor
// codes of subject and object on the statement's date.
type EventJSON struct {
	PLOVER *string `json:"plover"`
	CAMEO  *string `json:"cameo"`
	Source string  `json:"source,omitempty"`
	Target string  `json:"target,omitempty"`
	// Happened is false for an act the text does not tell as done
	// (annals.Event.Unreal: "did not attack", "may attack"); absent
	// otherwise.
	Happened *bool `json:"happened,omitempty"`
	// Confidence is how sure the type is (annals.Statement.EventConfidence).
	Confidence float64 `json:"confidence"`
}

// NewStatementJSON gives the JSON form of s; names maps actor ids to their
// canonical names.
func NewStatementJSON(s annals.Statement, names map[string]string) StatementJSON {
	j := StatementJSON{
		ID: s.ID, Doc: s.Doc, Sentence: s.Sentence,
		Subject:     *argumentJSON(&s.Subject, names),
		Predicate:   PredicateJSON{Text: s.Predicate.Text, Start: s.Predicate.Start, End: s.Predicate.End, Lemma: s.Predicate.Lemma},
		Object:      argumentJSON(s.Object, names),
		Confidence:  s.Confidence,
		Negated:     s.Negated,
		Passive:     s.Passive,
		Role:        s.Role,
		Modality:    s.Modality,
		Attribution: argumentJSON(s.Attribution, names),
		Reading:     Reading(s, names),
		Fact:        s.Fact,
	}
	for _, q := range s.Qualifiers {
		j.Qualifiers = append(j.Qualifiers, QualifierJSON{Text: q.Text, Start: q.Start, End: q.End, Prep: q.Prep,
			Refs: referencesJSON(q.Refs, names)})
	}
	if ev := s.Event; ev != nil {
		j.Event = &EventJSON{Source: ev.Source, Target: ev.Target, Confidence: math.Round(s.EventConfidence()*1000) / 1000}
		if ev.PLOVER != "" {
			j.Event.PLOVER = &ev.PLOVER
		}
		if ev.CAMEO != "" {
			j.Event.CAMEO = &ev.CAMEO
		}
		if ev.Unreal {
			j.Event.Happened = new(bool)
		}
	}
	if t := s.Time; t != nil {
		tj := &TimeJSON{Value: t.Value, Type: string(t.Type), Precision: string(t.Precision), Kind: string(t.Kind),
			FromDocument: t.FromDocument(), Earliest: isoDay(t.Earliest), Latest: isoDay(t.Latest),
			Source: string(SourceOf(t))}
		if t.Expr != nil {
			tj.Text, tj.Start, tj.End = t.Expr.Text, &t.Expr.Start, &t.Expr.End
		}
		if t.Source == annals.SourceInherited {
			tj.FromSentence = &t.From
		}
		j.Time = tj
	}
	return j
}

func argumentJSON(a *annals.Argument, names map[string]string) *ArgumentJSON {
	if a == nil {
		return nil
	}
	j := &ArgumentJSON{Text: a.Text, Start: a.Start, End: a.End, Norm: a.Label(), Prep: a.Prep, Refs: referencesJSON(a.Refs, names)}
	if a.Actor != "" {
		j.Entity, j.Name = a.Actor, names[a.Actor]
	}
	return j
}

// SourceOf is where t comes from: its Source, or for a time made before
// sources were kept, explicit with an expression and document without;
// "" for a generic time or none.
func SourceOf(t *annals.Time) annals.TimeSource {
	switch {
	case t == nil || t.Generic():
		return ""
	case t.Source != "":
		return t.Source
	case t.Expr != nil:
		return annals.SourceExplicit
	}
	return annals.SourceDocument
}

// When is a statement's time for people, at the precision it has: the day,
// "by" a deadline's last day (a day, since "by 2025-08" could mean its
// start), "since" a start ("since 2014"), "before" a vague past, a coarser
// time as its period ("2019", "2019-05", "2025-W30") or else its bounds;
// "generic" for a statement that holds in general, which no day could date;
// "undated" without any.
func When(t *annals.Time) string {
	if t.Generic() {
		return "generic"
	}
	if t == nil || t.Sort().IsZero() {
		return "undated"
	}
	first, last := isoDay(t.Earliest), isoDay(t.Latest)
	p := t.Precision
	if p == annals.PrecisionVague {
		p = annals.PrecisionDay // a vague time's bounds are days the text did not name
	}
	switch {
	case t.Kind == annals.KindDeadline && last != "":
		return "by " + last
	case t.Kind == annals.KindSince && first != "":
		return "since " + AtPrecision(t.Earliest, p)
	case first == "" && last != "": // "recently": some time up to the article's day
		return "before " + last
	case last == "" || first == last:
		return AtPrecision(t.Sort(), p)
	case AtPrecision(t.Earliest, p) == AtPrecision(t.Latest, p):
		return AtPrecision(t.Earliest, p)
	case t.Type == annals.TimexDate && t.Value != "" && t.Value[0] >= '0' && t.Value[0] <= '9':
		return t.Value
	}
	return first + ".." + last
}

func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// Verb is the predicate as people read it on a timeline: its lemma
// ("return"), or for an agentless passive "be" and the words the text
// writes after its last auxiliary ("be transferred", "be picked up",
// "be first elected"), so that the subject does not read as the one who
// acted; then the preposition of a prepositional object ("vote against",
// "be born to"). Negation is left to the statement's flag.
func Verb(s annals.Statement) string {
	v := verbOnly(s)
	if s.Object != nil && s.Object.Prep != "" {
		v += " " + s.Object.Prep
	}
	return v
}

func verbOnly(s annals.Statement) string {
	lemma := s.Predicate.Lemma
	if lemma == "" {
		return s.Predicate.Text
	}
	if !s.Passive {
		return lemma
	}
	words := strings.Fields(strings.ToLower(s.Predicate.Text))
	last := -1
	for i, w := range words {
		if passiveAuxiliaries[w] {
			last = i
		}
	}
	var rest []string
	for _, w := range words[last+1:] {
		if w != "not" && w != "n't" && w != "never" {
			rest = append(rest, w)
		}
	}
	if len(rest) == 0 {
		return "be " + lemma
	}
	return "be " + strings.Join(rest, " ")
}

// passiveAuxiliaries are the forms of be and get that carry a passive.
var passiveAuxiliaries = map[string]bool{"be": true, "is": true, "are": true, "am": true, "was": true,
	"were": true, "been": true, "being": true, "'s": true, "'re": true, "get": true, "gets": true,
	"got": true, "gotten": true, "getting": true}

// FactJSON is a fact as `annals timeline --json --by-fact` gives it: its
// id ("" for a statement with no fact), how many documents state it, what
// supports it, and the statement a view shows for it (see ByFact).
type FactJSON struct {
	Fact      string        `json:"fact"`
	Sources   int           `json:"sources"`
	Support   *SupportJSON  `json:"support"`
	Statement StatementJSON `json:"statement"`
}

// NewFactJSON gives the JSON form of the fact s stands for, sup its
// support (nil: s's own document alone).
func NewFactJSON(s annals.Statement, names map[string]string, sup *Support) FactJSON {
	j := NewStatementJSON(s, names)
	j.AddSupport(sup)
	f := FactJSON{Fact: s.Fact, Sources: j.Sources, Support: j.Support, Statement: j}
	f.Statement.Sources, f.Statement.Support = 0, nil // said once, on the fact
	return f
}
