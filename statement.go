package annals

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"time"
)

// Statement is one subject–predicate–object claim read from a sentence:
// "Russia · return · 3,000 bodies", with where it stands in the text, when it
// happened and how sure the extractor is.
type Statement struct {
	ID        string // stable for the same document, sentence and spans; see StatementID
	Doc       string // Document.ID
	Sentence  int    // index of the sentence in the document, from 0
	Subject   Argument
	Predicate Predicate
	Object    *Argument // nil for intransitive statements ("the invasion began")
	Time      *Time     // nil when nothing dates the statement, not even the document
	// Confidence ranks statements, from 0 (doubtful) to 1 (sure).
	Confidence float64
	Negated    bool // "has not shown willingness"
	// Passive marks a subject that is what the act was done to, with no
	// one named as doing it ("Navalny was transferred"): a reader must see
	// "be transferred", not "transfer".
	Passive bool
	// Modality is the lemma of the verb or auxiliary that keeps the act from
	// having happened yet ("offer", "propose", "will", "may"); empty when it happened.
	Modality string
	// Attribution is who said so ("according to the Ukrainian air force",
	// "Zelensky said ..."); nil when the text states it itself.
	Attribution *Argument
	// Qualifiers are the phrases that say where, when, how or why, as they
	// stand in the sentence: "in Istanbul", "on Wednesday", "by reiterating".
	Qualifiers []Qualifier
	// Role marks a role read off a title or an apposition ("President
	// Zelensky", "Umerov, Ukraine's lead negotiator"): no verb states it, and
	// its predicate is the role's words.
	Role bool
	// Event is the statement's type in the event schemes analysts count
	// (PLOVER, CAMEO); nil when the statement is no political event.
	Event *Event
	// Fact identifies the real-world event the statement reports: equal
	// for statements judged to report the same event, within a document
	// and across the documents of one story (package ingest/fact); ""
	// when no fact stage ran.
	Fact string
}

// Qualifier is a prepositional or adverbial phrase of a statement.
type Qualifier struct {
	Span
	// Prep is its preposition, lower case ("in", "by"); "" for none. A
	// recipient of a verb of giving has the one its role implies ("to" of
	// "granted Ana a pardon"), which its text does not hold.
	Prep string
	// Refs are the pronouns inside the phrase and the actors they stand
	// for ("for his [Julian Assange] arrest"), as in Argument.Refs.
	Refs []Reference
}

// Reference is a personal pronoun inside a longer phrase (an argument or
// a qualifier) and the actor ingest resolved it to: "him" in "sanctions
// against him", standing for Qasem Soleimani. A reader sees it the way a
// journalist clarifies a quotation: "sanctions against him [Qasem
// Soleimani]". Only pronouns whose resolution ingest trusts get one.
type Reference struct {
	Span         // the pronoun, inside its phrase's span
	Actor string // Actor.ID of what it stands for
}

// Event is the type of a statement as a political event.
type Event struct {
	PLOVER string // PLOVER 2016 category: AGREE, CONSULT, ..., FIGHT; "" for CAMEO 01 and 02
	CAMEO  string // CAMEO code, 2 to 4 digits ("036"); "" when only the PLOVER type is known
	// Source and Target are the CAMEO actor codes of the subject and the
	// object on the statement's date: country and sector, such as "RUSGOV"
	// or "UKRMIL"; "" when unknown.
	Source, Target string
	// Unreal marks an act the text does not tell as done: negated ("did
	// not attack", "no troops were hurt"), predicted ("will attack"),
	// hoped or planned for, or only possible or needed ("may attack",
	// "must withdraw"). The type is the act's all the same. An act that
	// did happen instead (the refusal, the demand, the threat, the
	// promise) is typed as that act and is not unreal.
	Unreal bool
	// Confidence is how sure the type is, from 0 to 1: what typed it (a
	// verb and its complement, a verb that names an event by itself, an
	// event noun) and how sure its sides are parties. The statement's own
	// confidence is not in it: see Statement.EventConfidence.
	Confidence float64
}

// DefaultEventConfidence is the event confidence (Statement.EventConfidence)
// below which the views that count or show event types (annals events,
// the event field of JSON and CSV) leave an event type out unless asked:
// of the typed statements of the judged draws, three in four at or above
// it are right (see docs/event-sample.md).
const DefaultEventConfidence = 0.5

// EventConfidence is how sure the statement's event type is, from 0 to 1:
// the type's own confidence (Event.Confidence) weighed by the statement's,
// which says how sure its sides and verb are read (from ×0.75 for a
// statement of confidence 0 to ×1.05 for one of 1). It is 0 when the
// statement has no event.
func (s *Statement) EventConfidence() float64 {
	if s.Event == nil {
		return 0
	}
	return min(1, s.Event.Confidence*(0.75+0.3*min(max(s.Confidence, 0), 1)))
}

// Argument is a subject or object: its span in the text, the compact form
// people read ("3,000 bodies") and the actor it denotes, if any.
type Argument struct {
	Span
	Norm  string // compact head phrase; defaults to Span.Text
	Actor string // Actor.ID, or "" when the argument is not an actor
	// Pronoun marks a subject or object that is a pronoun ("it", "they",
	// "someone") no actor was found for, as ingest decides: it names
	// nothing beyond its own statement, so the store gives it a node of
	// that statement's own.
	Pronoun bool
	// Prep is the preposition that ties an object to its verb ("to" in
	// "was born to Shyamala Gopalan", "against" in "voted against the
	// bill"), lower case; "" for a direct object. The argument's text
	// leaves it out.
	Prep string
	// Refs are the personal pronouns the argument's span holds besides
	// the argument itself, in text order, with the actors they stand for:
	// "him" of "sanctions against him", "I" of "to fight for what I
	// want". An argument that is a pronoun has its actor in Actor instead.
	Refs []Reference
}

// Predicate is the verb of a statement: its span and its lemma ("return").
type Predicate struct {
	Span
	Lemma string
}

// Label returns the compact form of the argument.
func (a Argument) Label() string {
	if a.Norm != "" {
		return a.Norm
	}
	return a.Text
}

// RoleConfidence is the confidence of role statements, which no verb
// states: they are read off titles ("President Zelensky") and appositions
// ("Umerov, Ukraine's lead negotiator"). Reliable as they usually are, they
// rank below what a clause says outright.
const RoleConfidence = 0.35

// Confidence is calibrated to be the probability that a statement is right
// (package ingest/assess), so the thresholds below are precisions.
const (
	// DefaultMinConfidence is the confidence below which the reader's
	// views (timeline, relations, the drawings and tables of selected
	// statements, the server) leave a statement out unless asked:
	// --min-confidence 0 shows every statement.
	DefaultMinConfidence = 0.6
	// JunkConfidence is the confidence below which a statement is junk:
	// right less than one time in five. annals extract leaves junk out by
	// default and keeps the rest, for whoever it feeds to choose their own
	// threshold; statements of the kinds a reader cannot use (an
	// unresolved pronoun as subject, say) are held at it, so extract keeps
	// them and the reader's views do not show them.
	JunkConfidence = 0.2
)

// StatementID derives a statement's stable id from its document, sentence
// and the byte offsets of its parts, so that the same extraction of the same
// text always gets the same id.
func StatementID(s *Statement) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%d:%d\x00%d:%d", s.Doc, s.Sentence,
		s.Subject.Start, s.Subject.End, s.Predicate.Start, s.Predicate.End)
	if s.Object != nil {
		fmt.Fprintf(h, "\x00%d:%d", s.Object.Start, s.Object.End)
	}
	fmt.Fprintf(h, "\x00%s", s.Predicate.Lemma)
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// TimexType is the TIMEX3 type of a time expression.
type TimexType string

// TIMEX3 types.
const (
	TimexDate     TimexType = "DATE"
	TimexTime     TimexType = "TIME"
	TimexDuration TimexType = "DURATION"
	TimexSet      TimexType = "SET"
)

// Precision is how finely a time is known.
type Precision string

// Precisions, finest first.
const (
	PrecisionDay     Precision = "day"
	PrecisionWeek    Precision = "week"
	PrecisionMonth   Precision = "month"
	PrecisionQuarter Precision = "quarter"
	PrecisionYear    Precision = "year"
	PrecisionVague   Precision = "vague" // "recently", "in the past"
)

// TimeKind says how a time bounds its statement.
type TimeKind string

// Time kinds.
const (
	KindEvent    TimeKind = "event"    // it happened (or will) then
	KindDeadline TimeKind = "deadline" // by then at the latest ("by the end of August")
	KindSince    TimeKind = "since"    // from then on ("since 2014")
	// KindGeneric marks a statement that holds in general or by habit
	// ("black holes form when stars collapse"): it has no day on the
	// calendar, so its Time carries no value and no bounds.
	KindGeneric TimeKind = "generic"
)

// TimeSource says where a statement's time comes from, so that a reader
// can see why it sits where it does on the timeline.
type TimeSource string

// Time sources.
const (
	// SourceExplicit is a time expression of the statement's own clause.
	SourceExplicit TimeSource = "explicit"
	// SourceInherited is the narrative's reference time: an expression of
	// an earlier sentence ("Yesterday, the House passed ..."), which the
	// past-tense statements after it share until the text moves on.
	SourceInherited TimeSource = "inherited"
	// SourceDocument is the article's date, standing in because nothing in
	// the text dates the statement.
	SourceDocument TimeSource = "document"
	// SourceTitle is the period the article's title names and the article
	// covers ("On the campaign trail, May 2020"), which dates what it tells
	// as done with no time of its own.
	SourceTitle TimeSource = "title"
)

// Time places a statement on the timeline.
type Time struct {
	Value string    // TIMEX3 value: "2025-07-23", "2025-08", "2025-W30", "2019", "P2D", "PRESENT_REF"
	Type  TimexType // TIMEX3 type
	// Expr is the time expression in the text that dates the statement:
	// its clause's own, or for an inherited time the earlier sentence's;
	// nil when the document date stands in, the title dates it or the
	// statement is generic.
	Expr *Span
	// Source says whether Expr is the clause's own expression, the
	// narrative's reference time, or whether the document date stands in.
	// Empty only for a generic statement.
	Source TimeSource
	// From is the index of the sentence that holds Expr: the statement's
	// own for an explicit time, an earlier one for an inherited time; 0
	// without Expr.
	From int
	// Earliest and Latest bound the time on the calendar, inclusive, as UTC
	// midnights; either is zero when unknown (a deadline has only Latest).
	Earliest, Latest time.Time
	Precision        Precision
	Kind             TimeKind
}

// FromDocument reports whether the time is the document date standing in
// for a time the text does not give.
func (t *Time) FromDocument() bool {
	return t != nil && t.Expr == nil && t.Kind != KindGeneric && t.Source != SourceTitle
}

// Explicit reports whether the statement's own clause dates it (a time
// with an expression and no source counts, as stores written before
// sources were kept have them).
func (t *Time) Explicit() bool { return t != nil && t.Expr != nil && t.Source != SourceInherited }

// Generic reports whether the statement holds in general, on no day.
func (t *Time) Generic() bool { return t != nil && t.Kind == KindGeneric }

// Sort returns the day a timeline orders t by: Earliest, else Latest.
// It is zero for a time with neither (a bare duration).
func (t *Time) Sort() time.Time {
	if t == nil {
		return time.Time{}
	}
	if !t.Earliest.IsZero() {
		return t.Earliest
	}
	return t.Latest
}

// ActorIDs returns the ids of the actors a statement names, each once, in
// order: its subject's, object's and source's, then those its references
// stand for (Argument.Refs, Qualifier.Refs), which a view needs the names
// of to show them.
func (s *Statement) ActorIDs() []string {
	var ids []string
	add := func(id string) {
		if id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	args := []*Argument{&s.Subject, s.Object, s.Attribution}
	for _, a := range args {
		if a != nil {
			add(a.Actor)
		}
	}
	for _, a := range args {
		if a != nil {
			for _, r := range a.Refs {
				add(r.Actor)
			}
		}
	}
	for _, q := range s.Qualifiers {
		for _, r := range q.Refs {
			add(r.Actor)
		}
	}
	return ids
}
