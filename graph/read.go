package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// Filter selects statements. Zero fields select everything.
type Filter struct {
	// Actors are actor ids: statements whose subject or object is one of
	// them or, unless ActorOnly, one of their parts (see Store.WithParts),
	// so that Russia's statements include those of Russian forces.
	Actors []string
	// ActorOnly keeps Actors to the actors themselves, without their parts.
	ActorOnly     bool
	From, To      time.Time // statements whose time overlaps [From, To]; undated ones are left out when either is set
	Doc           string    // one document's statements
	MinConfidence float64
	EventType     string // statements of this PLOVER type ("FIGHT"), any case
	// HideGeneric leaves out generic statements ("stars collapse"), which
	// hold on no day: the reader's views do by default.
	HideGeneric bool
}

// Statements lists the statements the filter selects, in timeline order:
// by time, then by document and position; undated statements last.
func (s *Store) Statements(ctx context.Context, f Filter) ([]annals.Statement, error) {
	var out []annals.Statement
	err := s.EachStatement(ctx, f, func(st *annals.Statement) error {
		out = append(out, *st)
		return nil
	})
	if err != nil {
		return nil, err
	}
	SortTimeline(out)
	return out, nil
}

// EachStatement calls yield with each statement the filter selects, one at
// a time in no particular order, and stops at the first error yield
// returns: what Statements lists, without holding it. Each statement is
// read anew, so yield may keep it. The ids of the statements of a whole
// store wait in a temporary file (see [os.TempDir]) while they are read,
// so that memory stays bounded whatever the store's size and no store
// iterator is open while another reads.
func (s *Store) EachStatement(ctx context.Context, f Filter, yield func(*annals.Statement) error) error {
	var ids func(func(quad.Value) error) error
	switch {
	case f.Doc != "":
		list, err := s.subjectsOf(ctx, vocab.PropDerived, s.iri.Document(f.Doc))
		if err != nil {
			return fmt.Errorf("list statements: %w", err)
		}
		ids = eachValue(list)
	case len(f.Actors) > 0:
		actors := f.Actors
		var err error
		if !f.ActorOnly {
			if actors, err = s.WithParts(ctx, actors); err != nil {
				return err
			}
		}
		list, err := s.statementsOfActors(ctx, actors)
		if err != nil {
			return fmt.Errorf("list statements: %w", err)
		}
		ids = eachValue(list)
	default:
		spool, err := s.spoolSubjectsOf(ctx, vocab.RDFType, vocab.ClassStatement)
		if err != nil {
			return fmt.Errorf("list statements: %w", err)
		}
		defer spool.close()
		ids = spool.each
	}
	texts := documentTexts{}
	return ids(func(id quad.Value) error {
		st, err := s.readStatement(ctx, id, texts)
		if err != nil {
			return err
		}
		if !f.keeps(&st) {
			return nil
		}
		return yield(&st)
	})
}

func eachValue(vs []quad.Value) func(func(quad.Value) error) error {
	return func(yield func(quad.Value) error) error {
		for _, v := range vs {
			if err := yield(v); err != nil {
				return err
			}
		}
		return nil
	}
}

// readStatement reads the statement whose IRI is id, whole.
func (s *Store) readStatement(ctx context.Context, id quad.Value, texts documentTexts) (annals.Statement, error) {
	meta, err := s.quadsWith(ctx, quad.Subject, id)
	if err != nil {
		return annals.Statement{}, fmt.Errorf("read statement %v: %w", id, err)
	}
	text, err := texts.of(ctx, s, property(meta, vocab.PropDerived))
	if err != nil {
		return annals.Statement{}, err
	}
	st := s.decodeStatement(id, meta, text)
	if err := s.decodeQualifiers(ctx, &st, meta, text); err != nil {
		return annals.Statement{}, err
	}
	if err := s.decodeReferences(ctx, &st, id, meta, text); err != nil {
		return annals.Statement{}, err
	}
	return st, nil
}

// documentTexts caches the texts of the documents statements come from: the
// store keeps a span's text only when the document's text at the span's
// offsets is not it. It holds at most maxCachedTexts texts, so that listing a
// whole store does not hold every article in memory.
type documentTexts map[quad.Value]string

const maxCachedTexts = 256

func (t documentTexts) of(ctx context.Context, s *Store, doc quad.Value) (string, error) {
	if doc == nil {
		return "", nil
	}
	if text, ok := t[doc]; ok {
		return text, nil
	}
	qs, err := s.quadsWith(ctx, quad.Subject, doc)
	if err != nil {
		return "", fmt.Errorf("read document %v: %w", doc, err)
	}
	text := stringOf(property(qs, vocab.PropText))
	if len(t) >= maxCachedTexts {
		clear(t)
	}
	t[doc] = text
	return text, nil
}

func (s *Store) statementsOfActors(ctx context.Context, actors []string) ([]quad.Value, error) {
	seen := map[quad.Value]bool{}
	var ids []quad.Value
	for _, a := range actors {
		qs, err := s.quadsWith(ctx, quad.Object, s.iri.Actor(a))
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			if (q.Predicate == vocab.PropAgent || q.Predicate == vocab.PropObject) && !seen[q.Subject] {
				seen[q.Subject] = true
				ids = append(ids, q.Subject)
			}
		}
	}
	return ids, nil
}

// Keeps reports whether the filter selects a statement, leaving out Actors
// and Doc, which choose the statements to look at: the server filters a
// statement list it holds in memory with it, as Statements filters the store's.
func (f *Filter) Keeps(st *annals.Statement) bool { return f.keeps(st) }

func (f *Filter) keeps(st *annals.Statement) bool {
	if st.Confidence < f.MinConfidence {
		return false
	}
	if f.HideGeneric && st.Time.Generic() {
		return false
	}
	if f.EventType != "" && (st.Event == nil || !strings.EqualFold(st.Event.PLOVER, f.EventType)) {
		return false
	}
	if f.From.IsZero() && f.To.IsZero() {
		return true
	}
	if st.Time == nil || st.Time.Sort().IsZero() {
		return false
	}
	first, last := st.Time.Earliest, st.Time.Latest
	if first.IsZero() {
		first = last
	}
	if last.IsZero() {
		last = first
	}
	return (f.To.IsZero() || !first.After(f.To)) && (f.From.IsZero() || !last.Before(f.From))
}

// SortTimeline orders statements by the time each means (see
// [annals.CompareTimes]: the last day it can have happened), then document,
// sentence and position; undated statements come last.
func SortTimeline(sts []annals.Statement) {
	slices.SortStableFunc(sts, func(a, b annals.Statement) int {
		return cmp.Or(annals.CompareTimes(a.Time, b.Time), strings.Compare(a.Doc, b.Doc), cmp.Compare(a.Sentence, b.Sentence),
			cmp.Compare(a.Predicate.Start, b.Predicate.Start), strings.Compare(a.ID, b.ID))
	})
}

// decodeStatement rebuilds a statement from the quads about its IRI and the
// text of its document.
func (s *Store) decodeStatement(id quad.Value, qs []quad.Quad, text string) annals.Statement {
	get := func(p quad.IRI) quad.Value { return property(qs, p) }
	st := annals.Statement{
		ID:         s.iri.StatementID(id),
		Doc:        s.iri.DocumentID(get(vocab.PropDerived)),
		Sentence:   intOf(get(vocab.PropSentence)),
		Confidence: floatOf(get(vocab.PropConfidence)),
		Negated:    boolOf(get(vocab.PropNegated)),
		Passive:    boolOf(get(vocab.PropPassive)),
		Role:       boolOf(get(vocab.PropRole)),
		Modality:   stringOf(get(vocab.PropModality)),
		Fact:       stringOf(get(vocab.PropFact)),
	}
	st.Subject = s.decodeArgument(id, qs, vocab.PartSubject, get(vocab.PropAgent), text)
	st.Predicate = annals.Predicate{Span: decodeSpan(qs, vocab.PartPredicate, text), Lemma: stringOf(get(vocab.PropLemma))}
	if obj := get(vocab.PropObject); obj != nil {
		a := s.decodeArgument(id, qs, vocab.PartObject, obj, text)
		a.Prep = stringOf(get(vocab.PropObjectPrep))
		st.Object = &a
	}
	if get(vocab.SpanStart(vocab.PartAttribution)) != nil {
		a := s.decodeArgument(id, qs, vocab.PartAttribution, get(vocab.PropAttributed), text)
		st.Attribution = &a
	}
	for _, q := range qs {
		if q.Predicate != vocab.PropEventType && q.Predicate != vocab.PropEventSource && q.Predicate != vocab.PropEventTarget &&
			q.Predicate != vocab.PropEventUnreal && q.Predicate != vocab.PropEventConfidence {
			continue
		}
		if st.Event == nil {
			st.Event = &annals.Event{}
		}
		switch q.Predicate {
		case vocab.PropEventSource:
			st.Event.Source = stringOf(q.Object)
		case vocab.PropEventTarget:
			st.Event.Target = stringOf(q.Object)
		case vocab.PropEventUnreal:
			st.Event.Unreal = boolOf(q.Object)
		case vocab.PropEventConfidence:
			st.Event.Confidence = floatOf(q.Object)
		default:
			iri, _ := q.Object.(quad.IRI)
			if code, ok := strings.CutPrefix(string(iri), vocab.NSPLOVER); ok {
				st.Event.PLOVER = code
			} else if code, ok := strings.CutPrefix(string(iri), vocab.NSCAMEO); ok {
				st.Event.CAMEO = code
			}
		}
	}
	if get(vocab.PropTimexValue) != nil || get(vocab.PropTimeFromDoc) != nil || get(vocab.PropEarliest) != nil ||
		get(vocab.PropLatest) != nil || get(vocab.PropTimeKind) != nil { // a generic time has only its kind
		st.Time = decodeTime(qs, st.Sentence, text)
	}
	return st
}

// decodeTime rebuilds a statement's time from the quads timeQuads wrote.
// A store written before sources were stored reads back as explicit (with
// an expression) or document (without).
func decodeTime(qs []quad.Quad, sentence int, text string) *annals.Time {
	get := func(p quad.IRI) quad.Value { return property(qs, p) }
	t := &annals.Time{
		Value:     stringOf(get(vocab.PropTimexValue)),
		Type:      annals.TimexType(stringOf(get(vocab.PropTimexType))),
		Earliest:  dateOf(get(vocab.PropEarliest)),
		Latest:    dateOf(get(vocab.PropLatest)),
		Precision: annals.Precision(stringOf(get(vocab.PropTimePrecision))),
		Kind:      annals.TimeKind(stringOf(get(vocab.PropTimeKind))),
	}
	fromDoc := boolOf(get(vocab.PropTimeFromDoc))
	if !fromDoc && get(vocab.SpanStart(vocab.PartTime)) != nil {
		sp := decodeSpan(qs, vocab.PartTime, text)
		t.Expr = &sp
	}
	if fromDoc {
		restoreDocumentDay(t)
	}
	t.Source = impliedSource(t.Expr != nil, fromDoc)
	if v := get(vocab.PropTimeSource); v != nil {
		t.Source = annals.TimeSource(stringOf(v))
	}
	t.From = impliedFrom(t.Expr != nil, sentence)
	if v := get(vocab.PropTimeFromSentence); v != nil {
		t.From = intOf(v)
	}
	return t
}

// decodeQualifiers reads the qualifier nodes a statement points to, in order.
func (s *Store) decodeQualifiers(ctx context.Context, st *annals.Statement, meta []quad.Quad, text string) error {
	var nodes []quad.Value
	for _, q := range meta {
		if q.Predicate == vocab.PropQualifier {
			nodes = append(nodes, q.Object)
		}
	}
	slices.SortFunc(nodes, func(a, b quad.Value) int {
		ia, _ := vocab.QualifierIndex(a)
		ib, _ := vocab.QualifierIndex(b)
		return cmp.Compare(ia, ib)
	})
	for _, n := range nodes {
		qs, err := s.quadsWith(ctx, quad.Subject, n)
		if err != nil {
			return fmt.Errorf("read qualifier %v: %w", n, err)
		}
		st.Qualifiers = append(st.Qualifiers, annals.Qualifier{
			Span: spanOf(property(qs, vocab.PropQualText), property(qs, vocab.PropQualStart), property(qs, vocab.PropQualEnd), text),
			Prep: stringOf(property(qs, vocab.PropQualPrep)),
		})
	}
	return nil
}

// decodeReferences reads the reference nodes a statement (IRI id) points
// to, in order, into the phrases they are within; a reference within a
// phrase the statement does not have is dropped. The qualifiers must be
// read first.
func (s *Store) decodeReferences(ctx context.Context, st *annals.Statement, id quad.Value, meta []quad.Quad, text string) error {
	var nodes []quad.Value
	for _, q := range meta {
		if q.Predicate == vocab.PropReference {
			nodes = append(nodes, q.Object)
		}
	}
	if len(nodes) == 0 {
		return nil
	}
	slices.SortFunc(nodes, func(a, b quad.Value) int {
		ia, _ := vocab.ReferenceIndex(a)
		ib, _ := vocab.ReferenceIndex(b)
		return cmp.Compare(ia, ib)
	})
	iri, _ := id.(quad.IRI)
	for _, n := range nodes {
		qs, err := s.quadsWith(ctx, quad.Subject, n)
		if err != nil {
			return fmt.Errorf("read reference %v: %w", n, err)
		}
		r := annals.Reference{
			Span:  spanOf(property(qs, vocab.PropQualText), property(qs, vocab.PropQualStart), property(qs, vocab.PropQualEnd), text),
			Actor: s.iri.ActorID(property(qs, vocab.PropRefersTo)),
		}
		within := property(qs, vocab.PropRefWithin)
		var refs *[]annals.Reference
		switch {
		case within == vocab.PartNode(iri, vocab.PartSubject):
			refs = &st.Subject.Refs
		case within == vocab.PartNode(iri, vocab.PartObject) && st.Object != nil:
			refs = &st.Object.Refs
		case within == vocab.PartNode(iri, vocab.PartAttribution) && st.Attribution != nil:
			refs = &st.Attribution.Refs
		default:
			if i, ok := vocab.QualifierIndex(within); ok && i >= 0 && i < len(st.Qualifiers) {
				refs = &st.Qualifiers[i].Refs
			}
		}
		if refs != nil && r.Actor != "" {
			*refs = append(*refs, r)
		}
	}
	return nil
}

// decodeArgument rebuilds the part of statement st that stands for node.
// An argument whose node is one of its statement's own was a pronoun (see
// argumentNode), so that a statement read and written again keeps its
// node; a source is stored without a node unless it is an actor, so the
// mark is not kept for one.
func (s *Store) decodeArgument(st quad.Value, qs []quad.Quad, part vocab.Part, node quad.Value, text string) annals.Argument {
	iri, _ := st.(quad.IRI)
	return annals.Argument{
		Span:    decodeSpan(qs, part, text),
		Norm:    stringOf(property(qs, vocab.SpanNorm(part))),
		Actor:   s.iri.ActorID(node),
		Pronoun: node != nil && node == vocab.PartNode(iri, part),
	}
}

func decodeSpan(qs []quad.Quad, part vocab.Part, text string) annals.Span {
	return spanOf(property(qs, vocab.SpanText(part)), property(qs, vocab.SpanStart(part)),
		property(qs, vocab.SpanEnd(part)), text)
}

// spanOf rebuilds a span: its own text when the store has one (every span
// written before schema annals-4 does), else the document's text at its
// offsets.
func spanOf(own, start, end quad.Value, text string) annals.Span {
	sp := annals.Span{Text: stringOf(own), Start: intOf(start), End: intOf(end)}
	if own == nil && sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(text) {
		sp.Text = text[sp.Start:sp.End]
	}
	return sp
}

func stringOf(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case nil:
		return ""
	}
	return v.String()
}

func intOf(v quad.Value) int {
	if i, ok := v.(quad.Int); ok {
		return int(i)
	}
	return 0
}

func floatOf(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Float:
		return float64(v)
	case quad.Int:
		return float64(v)
	}
	return 0
}

func boolOf(v quad.Value) bool {
	b, ok := v.(quad.Bool)
	return ok && bool(b)
}

func dateOf(v quad.Value) time.Time {
	t, err := time.Parse("2006-01-02", stringOf(v))
	if err != nil {
		return time.Time{}
	}
	return t
}
