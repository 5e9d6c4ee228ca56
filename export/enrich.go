package export

import (
	"strconv"
	"unicode/utf8"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// Enrich derives, from quads in the store's schema (docs/schema.md), the
// standard view of them that the store does not keep: statements as
// sem:Event with sem:hasActor; their time as a node STATEMENT#time that is
// an OWL-Time instant or interval with SEM time stamps (only bounds for a
// deadline); their sentence as a Web Annotation STATEMENT#sentence with a
// character-offset selector and the quoted text, linked by
// prov:hadPrimarySource; documents as prov:Entity. docs/schema.md, "The
// derived view", lists every quad.
//
// It also states again what the store leaves to be derived: the texts of
// statement parts and qualifiers that are the document's text at their
// offsets (annals:subjectText and the like, cut out of schema:text).
//
// The derived quads are new: none repeats a quad of the input, and loading
// an export into a store does not change what its statements say (the only
// store predicates among them are those texts, which the store's reader
// derives the same way). Each is in
// the named graph of the statement or document it is about. Quads outside
// the schema pass through Enrich unseen; it returns only the new quads, in
// no particular order (the writers sort).
func Enrich(quads []quad.Quad) []quad.Quad {
	m := memoryLookup{bySubject: map[quad.Value][]quad.Quad{}, texts: map[quad.Value]string{}, actors: map[quad.Value]bool{}}
	var statements, documents []quad.Quad
	for _, q := range quads {
		m.bySubject[q.Subject] = append(m.bySubject[q.Subject], q)
		switch {
		case q.Predicate == vocab.PropText:
			m.texts[q.Subject] = literal(q.Object)
		case q.Predicate == vocab.RDFType && q.Object == vocab.ClassActor:
			m.actors[q.Subject] = true
		case q.Predicate == vocab.RDFType && q.Object == vocab.ClassStatement:
			statements = append(statements, q)
		case q.Predicate == vocab.RDFType && q.Object == vocab.ClassArticle:
			documents = append(documents, q)
		}
	}
	var out []quad.Quad
	for _, d := range documents {
		out = append(out, documentView(d))
	}
	for _, typ := range statements {
		derived, _ := statementView(typ, m) // a memoryLookup never fails
		out = append(out, derived...)
	}
	return out
}

// enrichLookup is what the derived view of a statement reads besides the
// statement's type quad: in memory for [Enrich], in the store for
// [StoreQuads].
type enrichLookup interface {
	// about lists the quads with subject v, in every graph.
	about(v quad.Value) ([]quad.Quad, error)
	// text is the last annals text (vocab.PropText) of doc, and whether
	// it has one.
	text(doc quad.Value) (string, bool, error)
	// isActor reports whether v has type vocab.ClassActor.
	isActor(v quad.Value) (bool, error)
}

// memoryLookup answers an enrichLookup from quads in memory.
type memoryLookup struct {
	bySubject map[quad.Value][]quad.Quad
	texts     map[quad.Value]string
	actors    map[quad.Value]bool
}

func (m memoryLookup) about(v quad.Value) ([]quad.Quad, error) { return m.bySubject[v], nil }
func (m memoryLookup) isActor(v quad.Value) (bool, error)      { return m.actors[v], nil }
func (m memoryLookup) text(doc quad.Value) (string, bool, error) {
	t, ok := m.texts[doc]
	return t, ok, nil
}

// documentView is the derived quad of a document's type quad d.
func documentView(d quad.Quad) quad.Quad {
	return quad.Quad{Subject: d.Subject, Predicate: vocab.RDFType, Object: vocab.ProvEntity, Label: d.Label}
}

// statementView derives the view of the statement typ is the type quad of;
// nothing when its subject is not an IRI.
func statementView(typ quad.Quad, look enrichLookup) ([]quad.Quad, error) {
	st, ok := typ.Subject.(quad.IRI)
	if !ok {
		return nil, nil
	}
	props, err := look.about(st)
	if err != nil {
		return nil, err
	}
	e := enricher{st: st, label: typ.Label, props: props}
	e.add(st, vocab.RDFType, vocab.SEMEvent)
	for _, q := range e.props {
		if q.Predicate != vocab.PropAgent && q.Predicate != vocab.PropObject {
			continue
		}
		actor, err := look.isActor(q.Object)
		if err != nil {
			return nil, err
		}
		if actor {
			e.add(st, vocab.SEMHasActor, q.Object)
		}
	}
	doc := e.get(vocab.PropDerived)
	text, hasText, err := look.text(doc)
	if err != nil {
		return nil, err
	}
	if err := e.spanTexts(text, look); err != nil {
		return nil, err
	}
	e.time()
	e.sentence(doc, text, hasText)
	e.fact(doc)
	return e.out, nil
}

// fact describes the fact the statement reports as a node of its own,
// FACT (vocab.FactNode), stated again in the graph of each of its
// statements: derived from the statement (prov:wasDerivedFrom) and its
// document (prov:hadPrimarySource), so that the fact node gathers one
// of each per source.
func (e *enricher) fact(doc quad.Value) {
	id, ok := e.get(vocab.PropFact).(quad.String)
	if !ok {
		return
	}
	f := vocab.FactNode(e.st, string(id))
	if f == "" {
		return
	}
	e.add(e.st, vocab.PropReports, f)
	e.add(f, vocab.RDFType, vocab.ClassFact)
	e.add(f, vocab.PropDerived, e.st)
	if doc != nil {
		e.add(f, vocab.ProvHadPrimarySource, doc)
	}
}

// enricher derives the view of one statement.
type enricher struct {
	st    quad.IRI
	label quad.Value
	props []quad.Quad // the quads with the statement as subject
	out   []quad.Quad
}

func (e *enricher) add(s quad.Value, p quad.IRI, o quad.Value) {
	e.out = append(e.out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: e.label})
}

func (e *enricher) get(p quad.IRI) quad.Value { return property(e.props, p) }

// spanTexts states again the texts of the statement's parts, qualifiers and references
// that the store leaves to the document's text (schema annals-4), as the
// store's reader does; a span whose offsets do not fit the text gets none.
func (e *enricher) spanTexts(text string, look enrichLookup) error {
	cut := func(props []quad.Quad, start, end quad.IRI) (quad.Value, bool) {
		s, okStart := property(props, start).(quad.Int)
		t, okEnd := property(props, end).(quad.Int)
		if !okStart || !okEnd || s < 0 || s > t || int(t) > len(text) || !utf8.ValidString(text[s:t]) {
			return nil, false
		}
		return quad.String(text[s:t]), true
	}
	for _, part := range vocab.SpanParts() {
		own := vocab.SpanText(part)
		if property(e.props, own) != nil {
			continue
		}
		if v, ok := cut(e.props, vocab.SpanStart(part), vocab.SpanEnd(part)); ok {
			e.add(e.st, own, v)
			e.props = append(e.props, e.out[len(e.out)-1]) // time() reads timeText
		}
	}
	for _, q := range e.props {
		if q.Predicate != vocab.PropQualifier && q.Predicate != vocab.PropReference {
			continue
		}
		props, err := look.about(q.Object)
		if err != nil {
			return err
		}
		if property(props, vocab.PropQualText) != nil {
			continue
		}
		if v, ok := cut(props, vocab.PropQualStart, vocab.PropQualEnd); ok {
			e.add(q.Object, vocab.PropQualText, v)
		}
	}
	return nil
}

func property(qs []quad.Quad, p quad.IRI) quad.Value {
	for _, q := range qs {
		if q.Predicate == p {
			return q.Object
		}
	}
	return nil
}

// time describes the statement's time as STATEMENT#time.
func (e *enricher) time() {
	value, earliest, latest := e.get(vocab.PropTimexValue), e.get(vocab.PropEarliest), e.get(vocab.PropLatest)
	if value == nil && earliest == nil && latest == nil {
		return
	}
	t := quad.IRI(string(e.st) + "#time")
	e.add(e.st, vocab.SEMHasTime, t)
	e.add(t, vocab.RDFType, vocab.SEMTime)
	typ := e.get(vocab.PropTimexType)
	if value == nil && isTrue(e.get(vocab.PropTimeFromDoc)) && earliest != nil && literal(earliest) == literal(latest) {
		// The store keeps the article's day as timestamps alone.
		value, typ = quad.String(literal(earliest)), quad.String("DATE")
	}
	if value != nil {
		e.add(t, vocab.PropTimexValue, value) // TIMEX3 value kept as it is
	}
	if typ != nil {
		e.add(t, vocab.PropTimexType, typ)
	}
	if text := e.get(vocab.SpanText(vocab.PartTime)); text != nil {
		e.add(t, vocab.RDFSLabel, text)
	}
	e.timeSource(t)
	kind := literal(e.get(vocab.PropTimeKind))
	switch {
	case kind == "deadline" || kind == "since" || (earliest == nil) != (latest == nil):
		// Known by one bound (or bounds that are not the time's own):
		// SEM's vague time stamps, not an interval's beginning and end.
		e.add(t, vocab.RDFType, vocab.TimeProperInterval)
		if earliest != nil {
			e.add(t, vocab.PropEarliest, earliest)
		}
		if latest != nil {
			e.add(t, vocab.PropLatest, latest)
		}
	case earliest != nil && literal(earliest) == literal(latest):
		e.add(t, vocab.RDFType, vocab.TimeInstant)
		e.add(t, vocab.TimeInXSDDate, earliest)
		e.add(t, vocab.SEMHasTimeStamp, earliest)
	case earliest != nil:
		e.add(t, vocab.RDFType, vocab.TimeProperInterval)
		for _, end := range []struct {
			name      string
			link, sem quad.IRI
			day       quad.Value
		}{{"begin", vocab.TimeHasBeginning, vocab.SEMHasBeginTimeStamp, earliest}, {"end", vocab.TimeHasEnd, vocab.SEMHasEndTimeStamp, latest}} {
			instant := quad.IRI(string(t) + "-" + end.name)
			e.add(t, end.link, instant)
			e.add(instant, vocab.RDFType, vocab.TimeInstant)
			e.add(instant, vocab.TimeInXSDDate, end.day)
			e.add(t, end.sem, end.day)
		}
	default: // a bare duration or "PRESENT_REF": not on the calendar
		e.add(t, vocab.RDFType, vocab.TimeTemporalEntity)
	}
}

// timeSource states where time t comes from, and for an expression the
// sentence it is in, which the store leaves implied for most times (an
// expression of the statement's own sentence, the article's date): a
// reader of the export need not know the store's shortcuts.
func (e *enricher) timeSource(t quad.IRI) {
	expr := e.get(vocab.SpanStart(vocab.PartTime)) != nil
	source := e.get(vocab.PropTimeSource)
	switch {
	case source != nil:
	case expr:
		source = quad.String("explicit")
	case isTrue(e.get(vocab.PropTimeFromDoc)):
		source = quad.String("document")
	}
	if source != nil {
		e.add(t, vocab.PropTimeSource, source)
	}
	from := e.get(vocab.PropTimeFromSentence)
	if from == nil && expr {
		from = e.get(vocab.PropSentence)
	}
	if from != nil {
		e.add(t, vocab.PropTimeFromSentence, from)
	}
}

// sentence describes the statement's sentence as a Web Annotation
// specific resource of the document, selected by character (code point)
// offsets, as Web Annotation counts them, where the store keeps UTF-8 byte
// offsets.
func (e *enricher) sentence(doc quad.Value, text string, ok bool) {
	start, okStart := e.get(vocab.PropSentStart).(quad.Int)
	end, okEnd := e.get(vocab.PropSentEnd).(quad.Int)
	if !ok || !okStart || !okEnd || start < 0 || start > end || int(end) > len(text) {
		return
	}
	exact := text[start:end]
	if !utf8.ValidString(exact) {
		return // offsets that cut a character: nothing to quote faithfully
	}
	r := quad.IRI(string(e.st) + "#sentence")
	position, quote := quad.IRI(string(r)+"-position"), quad.IRI(string(r)+"-quote")
	charStart := utf8.RuneCountInString(text[:start])
	charEnd := charStart + utf8.RuneCountInString(exact)
	e.add(e.st, vocab.ProvHadPrimarySource, r)
	e.add(r, vocab.RDFType, vocab.OASpecificResource)
	e.add(r, vocab.RDFType, vocab.ProvEntity)
	e.add(r, vocab.OAHasSource, doc)
	e.add(r, vocab.OAHasSelector, position)
	e.add(r, vocab.OAHasSelector, quote)
	e.add(position, vocab.RDFType, vocab.OATextPositionSelector)
	e.add(position, vocab.OAStart, nonNegative(charStart))
	e.add(position, vocab.OAEnd, nonNegative(charEnd))
	e.add(quote, vocab.RDFType, vocab.OATextQuoteSelector)
	e.add(quote, vocab.OAExact, quad.String(exact))
}

func nonNegative(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: vocab.XSDNonNegativeInteger}
}

// isTrue reports whether v is the boolean true, native or as a literal.
func isTrue(v quad.Value) bool {
	if b, ok := v.(quad.Bool); ok {
		return bool(b)
	}
	return literal(v) == "true"
}

// literal is the lexical form of a literal, "" for anything else.
func literal(v quad.Value) string {
	switch t := v.(type) {
	case quad.String:
		return string(t)
	case quad.TypedString:
		return string(t.Value)
	}
	return ""
}
