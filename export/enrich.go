package export

import (
	"strconv"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// Namespaces of the standard vocabularies the derived view uses, beyond the
// store's own (docs/schema.md, "The derived view").
const (
	NSTime      = "http://www.w3.org/2006/time#"          // OWL-Time
	NSOA        = "http://www.w3.org/ns/oa#"              // Web Annotation
	NSRDFS      = "http://www.w3.org/2000/01/rdf-schema#" // RDF Schema
	vocabRDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	vocabXSD    = "http://www.w3.org/2001/XMLSchema#"
	vocabSEM    = "http://semanticweb.cs.vu.nl/2009/11/sem/"
	vocabProv   = "http://www.w3.org/ns/prov#"
	vocabSchema = "https://schema.org/"
	// vocabStore is the store's own vocabulary (graph.NSAnnals).
	vocabStore = "https://github.com/annals/annals/blob/main/docs/schema.md#"
)

// ViewPrefixes maps prefix names to the namespaces that [Enrich] adds, for
// a JSON-LD context: "time", "oa" and "rdfs".
func ViewPrefixes() map[string]string {
	return map[string]string{"time": NSTime, "oa": NSOA, "rdfs": NSRDFS}
}

func iri(ns, name string) quad.IRI { return quad.IRI(ns + name) }

// Terms Enrich reads (the store's schema) and writes (the derived view).
var (
	termType = iri(vocabRDF, "type")

	storeStatement = iri(vocabStore, "Statement")
	storeActor     = iri(vocabSEM, "Actor")
	storeArticle   = iri(vocabSchema, "NewsArticle")
	storeText      = iri(vocabSchema, "text")
	storeDerived   = iri(vocabProv, "wasDerivedFrom")
	storeAgent     = iri(vocabSchema, "agent")
	storeObject    = iri(vocabSchema, "object")
	storeSentStart = iri(vocabStore, "sentenceStart")
	storeSentEnd   = iri(vocabStore, "sentenceEnd")
	storeTimex     = iri(vocabStore, "timexValue")
	storeTimexType = iri(vocabStore, "timexType")
	storeTimeText  = iri(vocabStore, "timeText")
	storeKind      = iri(vocabStore, "timeKind")
	storeFromDoc   = iri(vocabStore, "timeFromDocument")
	storeQualifier = iri(vocabStore, "qualifier")
	storeQualText  = iri(vocabStore, "text")
	storeQualStart = iri(vocabStore, "start")
	storeQualEnd   = iri(vocabStore, "end")
	storeEarliest  = iri(vocabSEM, "hasEarliestBeginTimeStamp")
	storeLatest    = iri(vocabSEM, "hasLatestEndTimeStamp")

	semEvent     = iri(vocabSEM, "Event")
	semTime      = iri(vocabSEM, "Time")
	semHasActor  = iri(vocabSEM, "hasActor")
	semHasTime   = iri(vocabSEM, "hasTime")
	semStamp     = iri(vocabSEM, "hasTimeStamp")
	semBegin     = iri(vocabSEM, "hasBeginTimeStamp")
	semEnd       = iri(vocabSEM, "hasEndTimeStamp")
	provEntity   = iri(vocabProv, "Entity")
	provPrimary  = iri(vocabProv, "hadPrimarySource")
	timeInstant  = iri(NSTime, "Instant")
	timeInterval = iri(NSTime, "ProperInterval")
	timeEntity   = iri(NSTime, "TemporalEntity")
	timeBegins   = iri(NSTime, "hasBeginning")
	timeEnds     = iri(NSTime, "hasEnd")
	timeXSDDate  = iri(NSTime, "inXSDDate")
	rdfsLabel    = iri(NSRDFS, "label")
	oaResource   = iri(NSOA, "SpecificResource")
	oaSource     = iri(NSOA, "hasSource")
	oaSelector   = iri(NSOA, "hasSelector")
	oaPosition   = iri(NSOA, "TextPositionSelector")
	oaQuote      = iri(NSOA, "TextQuoteSelector")
	oaStart      = iri(NSOA, "start")
	oaEnd        = iri(NSOA, "end")
	oaExact      = iri(NSOA, "exact")

	xsdNonNegative = iri(vocabXSD, "nonNegativeInteger")
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
	about := map[quad.Value][]quad.Quad{}
	texts := map[quad.Value]string{}
	actors := map[quad.Value]bool{}
	var statements, documents []quad.Quad
	for _, q := range quads {
		about[q.Subject] = append(about[q.Subject], q)
		switch {
		case q.Predicate == storeText:
			texts[q.Subject] = literal(q.Object)
		case q.Predicate == termType && q.Object == storeActor:
			actors[q.Subject] = true
		case q.Predicate == termType && q.Object == storeStatement:
			statements = append(statements, q)
		case q.Predicate == termType && q.Object == storeArticle:
			documents = append(documents, q)
		}
	}
	var out []quad.Quad
	for _, d := range documents {
		out = append(out, quad.Quad{Subject: d.Subject, Predicate: termType, Object: provEntity, Label: d.Label})
	}
	for _, typ := range statements {
		st, ok := typ.Subject.(quad.IRI)
		if !ok {
			continue
		}
		e := enricher{st: st, label: typ.Label, props: about[st]}
		e.add(st, termType, semEvent)
		for _, q := range e.props {
			if (q.Predicate == storeAgent || q.Predicate == storeObject) && actors[q.Object] {
				e.add(st, semHasActor, q.Object)
			}
		}
		e.spanTexts(texts[e.get(storeDerived)], about)
		e.time()
		e.sentence(texts)
		out = append(out, e.out...)
	}
	return out
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

// spanParts are the parts of a statement whose text the store leaves to the
// document's text when it is the text at the part's offsets.
var spanParts = []string{"subject", "predicate", "object", "attribution", "time"}

// spanTexts states again the texts of the statement's parts and qualifiers
// that the store leaves to the document's text (schema annals-4), as the
// store's reader does; a span whose offsets do not fit the text gets none.
func (e *enricher) spanTexts(text string, about map[quad.Value][]quad.Quad) {
	cut := func(props []quad.Quad, start, end quad.IRI) (quad.Value, bool) {
		s, okStart := property(props, start).(quad.Int)
		t, okEnd := property(props, end).(quad.Int)
		if !okStart || !okEnd || s < 0 || s > t || int(t) > len(text) || !utf8.ValidString(text[s:t]) {
			return nil, false
		}
		return quad.String(text[s:t]), true
	}
	for _, part := range spanParts {
		own := iri(vocabStore, part+"Text")
		if property(e.props, own) != nil {
			continue
		}
		if v, ok := cut(e.props, iri(vocabStore, part+"Start"), iri(vocabStore, part+"End")); ok {
			e.add(e.st, own, v)
			e.props = append(e.props, e.out[len(e.out)-1]) // time() reads timeText
		}
	}
	for _, q := range e.props {
		if q.Predicate != storeQualifier {
			continue
		}
		props := about[q.Object]
		if property(props, storeQualText) != nil {
			continue
		}
		if v, ok := cut(props, storeQualStart, storeQualEnd); ok {
			e.add(q.Object, storeQualText, v)
		}
	}
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
	value, earliest, latest := e.get(storeTimex), e.get(storeEarliest), e.get(storeLatest)
	if value == nil && earliest == nil && latest == nil {
		return
	}
	t := quad.IRI(string(e.st) + "#time")
	e.add(e.st, semHasTime, t)
	e.add(t, termType, semTime)
	typ := e.get(storeTimexType)
	if value == nil && isTrue(e.get(storeFromDoc)) && earliest != nil && literal(earliest) == literal(latest) {
		// The store keeps the article's day as timestamps alone.
		value, typ = quad.String(literal(earliest)), quad.String("DATE")
	}
	if value != nil {
		e.add(t, iri(vocabStore, "timexValue"), value) // TIMEX3 value kept as it is
	}
	if typ != nil {
		e.add(t, iri(vocabStore, "timexType"), typ)
	}
	if text := e.get(storeTimeText); text != nil {
		e.add(t, rdfsLabel, text)
	}
	kind := literal(e.get(storeKind))
	switch {
	case kind == "deadline" || kind == "since" || (earliest == nil) != (latest == nil):
		// Known by one bound (or bounds that are not the time's own):
		// SEM's vague time stamps, not an interval's beginning and end.
		e.add(t, termType, timeInterval)
		if earliest != nil {
			e.add(t, storeEarliest, earliest)
		}
		if latest != nil {
			e.add(t, storeLatest, latest)
		}
	case earliest != nil && literal(earliest) == literal(latest):
		e.add(t, termType, timeInstant)
		e.add(t, timeXSDDate, earliest)
		e.add(t, semStamp, earliest)
	case earliest != nil:
		e.add(t, termType, timeInterval)
		for _, end := range []struct {
			name      string
			link, sem quad.IRI
			day       quad.Value
		}{{"begin", timeBegins, semBegin, earliest}, {"end", timeEnds, semEnd, latest}} {
			instant := quad.IRI(string(t) + "-" + end.name)
			e.add(t, end.link, instant)
			e.add(instant, termType, timeInstant)
			e.add(instant, timeXSDDate, end.day)
			e.add(t, end.sem, end.day)
		}
	default: // a bare duration or "PRESENT_REF": not on the calendar
		e.add(t, termType, timeEntity)
	}
}

// sentence describes the statement's sentence as a Web Annotation
// specific resource of the document, selected by character (code point)
// offsets, as Web Annotation counts them, where the store keeps UTF-8 byte
// offsets.
func (e *enricher) sentence(texts map[quad.Value]string) {
	doc := e.get(storeDerived)
	text, ok := texts[doc]
	start, okStart := e.get(storeSentStart).(quad.Int)
	end, okEnd := e.get(storeSentEnd).(quad.Int)
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
	e.add(e.st, provPrimary, r)
	e.add(r, termType, oaResource)
	e.add(r, termType, provEntity)
	e.add(r, oaSource, doc)
	e.add(r, oaSelector, position)
	e.add(r, oaSelector, quote)
	e.add(position, termType, oaPosition)
	e.add(position, oaStart, nonNegative(charStart))
	e.add(position, oaEnd, nonNegative(charEnd))
	e.add(quote, termType, oaQuote)
	e.add(quote, oaExact, quad.String(exact))
}

func nonNegative(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: xsdNonNegative}
}

// literal is the lexical form of a literal, "" for anything else.
// isTrue reports whether v is the boolean true, native or as a literal.
func isTrue(v quad.Value) bool {
	if b, ok := v.(quad.Bool); ok {
		return bool(b)
	}
	return literal(v) == "true"
}

func literal(v quad.Value) string {
	switch t := v.(type) {
	case quad.String:
		return string(t)
	case quad.TypedString:
		return string(t.Value)
	}
	return ""
}
