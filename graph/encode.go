package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// schemaVersion is part of every document's content hash, so that a change of
// the schema or the extractor makes a re-ingest replace old statements.
const schemaVersion = "annals-4"

// encoder turns domain values into quads.
type encoder struct {
	iri vocab.IRIs
}

// contentHash fingerprints what a document's statements were made from.
func contentHash(d *annals.Document, pipeline string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s", schemaVersion, pipeline,
		d.Title, d.URL, dateString(d.Date), d.DateSource, d.Text)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// date is an xsd:date literal.
func date(t time.Time) quad.Value {
	return quad.TypedString{Value: quad.String(t.Format("2006-01-02")), Type: vocab.XSDDate}
}

// documentQuads describes a document in its own named graph.
func (e encoder) documentQuads(d *annals.Document, hash string) []quad.Quad {
	doc := e.iri.Document(d.ID)
	q := []quad.Quad{
		quad.Make(doc, vocab.RDFType, vocab.ClassArticle, doc),
		quad.Make(doc, vocab.PropIdentifier, quad.String(d.ID), doc),
		quad.Make(doc, vocab.PropText, quad.String(d.Text), doc),
		quad.Make(doc, vocab.PropContent, quad.String(hash), doc),
	}
	if d.Title != "" {
		q = append(q, quad.Make(doc, vocab.PropHeadline, quad.String(d.Title), doc))
	}
	if d.URL != "" {
		q = append(q, quad.Make(doc, vocab.PropURL, quad.String(d.URL), doc))
	}
	if !d.Date.IsZero() {
		q = append(q, quad.Make(doc, vocab.PropPublished, date(d.Date), doc),
			quad.Make(doc, vocab.PropDateSource, quad.String(string(d.DateSource)), doc))
	}
	if len(d.Meta) > 0 {
		meta, _ := json.Marshal(d.Meta) // a map of strings always marshals; keys come out sorted
		q = append(q, quad.Make(doc, vocab.PropMeta, quad.String(meta), doc))
	}
	return q
}

// actorQuads describes an actor in the default graph.
func (e encoder) actorQuads(a *annals.Actor) []quad.Quad {
	node := e.iri.Actor(a.ID)
	q := []quad.Quad{
		quad.Make(node, vocab.RDFType, vocab.ClassActor, nil),
		quad.Make(node, vocab.PropName, quad.String(a.Name), nil),
		quad.Make(node, vocab.PropActorType, quad.String(string(a.Type)), nil),
	}
	if class, ok := vocab.ActorClass(a.Type); ok {
		q = append(q, quad.Make(node, vocab.RDFType, class, nil))
	}
	if a.Country != "" && a.Country != a.ID {
		link := vocab.PropPartOf
		if a.Type == annals.ActorPerson {
			link = vocab.PropNation
		}
		q = append(q, quad.Make(node, link, e.iri.Actor(a.Country), nil))
	}
	if a.StandsFor != "" && a.StandsFor != a.ID {
		q = append(q, quad.Make(node, vocab.PropStandsFor, e.iri.Actor(a.StandsFor), nil))
	}
	for _, alias := range a.Aliases {
		if alias != a.Name {
			q = append(q, quad.Make(node, vocab.PropAlias, quad.String(alias), nil))
		}
	}
	return q
}

// argumentNode is the node the subject or object (part) of statement st
// stands for: its actor, or a thing named by its compact form, or, for a
// pronoun no actor was found for (as ingest marks it), a thing of the
// statement's own (STATEMENT#subject): one "thing/it" for every unresolved
// "it" would link statements of all documents that have nothing to do with
// each other.
func (e encoder) argumentNode(a *annals.Argument, st quad.IRI, part vocab.Part) (node quad.IRI, thing []quad.Quad) {
	if a.Actor != "" {
		return e.iri.Actor(a.Actor), nil
	}
	if a.Pronoun {
		node = vocab.PartNode(st, part)
	} else {
		slug := annals.Slug(a.Label())
		if slug == "" {
			sum := sha256.Sum256([]byte(a.Label()))
			slug = "x-" + hex.EncodeToString(sum[:6])
		}
		node = e.iri.Thing(slug)
	}
	return node, []quad.Quad{
		quad.Make(node, vocab.RDFType, vocab.ClassThing, nil),
		quad.Make(node, vocab.PropName, quad.String(a.Label()), nil),
	}
}

// span writes the offsets, the text when the document's text at those
// offsets is not it, and the compact form when it differs.
func span(st quad.IRI, part vocab.Part, s annals.Span, norm, text string) []quad.Quad {
	q := []quad.Quad{
		quad.Make(st, vocab.SpanStart(part), quad.Int(s.Start), st),
		quad.Make(st, vocab.SpanEnd(part), quad.Int(s.End), st),
	}
	if !inText(s, text) {
		q = append(q, quad.Make(st, vocab.SpanText(part), quad.String(s.Text), st))
	}
	if norm != "" && norm != s.Text {
		q = append(q, quad.Make(st, vocab.SpanNorm(part), quad.String(norm), st))
	}
	return q
}

// inText reports whether a span's text is the document's text at its
// offsets. The store keeps the text of such a span once, in the document,
// and the reader cuts it out again (most spans are; a joined coordination
// is not).
func inText(s annals.Span, text string) bool {
	return s.Start >= 0 && s.Start <= s.End && s.End <= len(text) && text[s.Start:s.End] == s.Text
}

// statementQuads describes a statement in its own named graph; the extra
// quads name the things it mentions.
func (e encoder) statementQuads(s *annals.Statement, sentence annals.Span, text string) (graph, extra []quad.Quad) {
	st := e.iri.Statement(s.ID)
	subj, things := e.argumentNode(&s.Subject, st, vocab.PartSubject)
	extra = append(extra, things...)
	graph = []quad.Quad{
		quad.Make(st, vocab.RDFType, vocab.ClassStatement, st),
		quad.Make(st, vocab.PropDerived, e.iri.Document(s.Doc), st),
		quad.Make(st, vocab.PropSentence, quad.Int(s.Sentence), st),
		quad.Make(st, vocab.PropSentStart, quad.Int(sentence.Start), st),
		quad.Make(st, vocab.PropSentEnd, quad.Int(sentence.End), st),
		quad.Make(st, vocab.PropAgent, subj, st),
		quad.Make(st, vocab.PropLemma, quad.String(s.Predicate.Lemma), st),
		quad.Make(st, vocab.PropConfidence, quad.Float(s.Confidence), st),
	}
	graph = append(graph, span(st, vocab.PartSubject, s.Subject.Span, s.Subject.Norm, text)...)
	graph = append(graph, span(st, vocab.PartPredicate, s.Predicate.Span, "", text)...)
	if s.Object != nil {
		obj, things := e.argumentNode(s.Object, st, vocab.PartObject)
		extra = append(extra, things...)
		graph = append(graph,
			quad.Make(subj, e.iri.Predicate(s.Predicate.Lemma), obj, st), // the edge itself
			quad.Make(st, vocab.PropObject, obj, st))
		graph = append(graph, span(st, vocab.PartObject, s.Object.Span, s.Object.Norm, text)...)
		if s.Object.Prep != "" {
			graph = append(graph, quad.Make(st, vocab.PropObjectPrep, quad.String(s.Object.Prep), st))
		}
	}
	if s.Negated {
		graph = append(graph, quad.Make(st, vocab.PropNegated, quad.Bool(true), st))
	}
	if s.Passive {
		graph = append(graph, quad.Make(st, vocab.PropPassive, quad.Bool(true), st))
	}
	if s.Role {
		graph = append(graph, quad.Make(st, vocab.PropRole, quad.Bool(true), st))
	}
	if s.Modality != "" {
		graph = append(graph, quad.Make(st, vocab.PropModality, quad.String(s.Modality), st))
	}
	if s.Fact != "" {
		graph = append(graph, quad.Make(st, vocab.PropFact, quad.String(s.Fact), st))
	}
	if a := s.Attribution; a != nil {
		if a.Actor != "" {
			graph = append(graph, quad.Make(st, vocab.PropAttributed, e.iri.Actor(a.Actor), st))
		}
		graph = append(graph, span(st, vocab.PartAttribution, a.Span, a.Norm, text)...)
	}
	if t := s.Time; t != nil {
		graph = append(graph, timeQuads(st, t, s.Sentence, text)...)
	}
	for i, ql := range s.Qualifiers {
		node := vocab.QualifierNode(st, i)
		graph = append(graph,
			quad.Make(st, vocab.PropQualifier, node, st),
			quad.Make(node, vocab.PropQualStart, quad.Int(ql.Start), st),
			quad.Make(node, vocab.PropQualEnd, quad.Int(ql.End), st))
		if !inText(ql.Span, text) {
			graph = append(graph, quad.Make(node, vocab.PropQualText, quad.String(ql.Text), st))
		}
		if ql.Prep != "" {
			graph = append(graph, quad.Make(node, vocab.PropQualPrep, quad.String(ql.Prep), st))
		}
	}
	graph = append(graph, e.referenceQuads(s, st, text)...)
	if ev := s.Event; ev != nil {
		if ev.PLOVER != "" {
			graph = append(graph, quad.Make(st, vocab.PropEventType, quad.IRI(vocab.NSPLOVER+ev.PLOVER), st))
		}
		if ev.CAMEO != "" {
			graph = append(graph, quad.Make(st, vocab.PropEventType, quad.IRI(vocab.NSCAMEO+ev.CAMEO), st))
		}
		if ev.Source != "" {
			graph = append(graph, quad.Make(st, vocab.PropEventSource, quad.String(ev.Source), st))
		}
		if ev.Target != "" {
			graph = append(graph, quad.Make(st, vocab.PropEventTarget, quad.String(ev.Target), st))
		}
		if ev.Unreal {
			graph = append(graph, quad.Make(st, vocab.PropEventUnreal, quad.Bool(true), st))
		}
		if ev.Confidence != 0 {
			graph = append(graph, quad.Make(st, vocab.PropEventConfidence, quad.Float(ev.Confidence), st))
		}
	}
	return graph, extra
}

// referenceQuads describes the references of statement s (IRI st): one
// node STATEMENT#rN each, numbered through the subject's, the object's,
// the source's and the qualifiers' in turn, with the phrase it is within.
func (e encoder) referenceQuads(s *annals.Statement, st quad.IRI, text string) []quad.Quad {
	var q []quad.Quad
	n := 0
	add := func(within quad.IRI, refs []annals.Reference) {
		for _, r := range refs {
			node := vocab.ReferenceNode(st, n)
			n++
			q = append(q,
				quad.Make(st, vocab.PropReference, node, st),
				quad.Make(node, vocab.PropRefWithin, within, st),
				quad.Make(node, vocab.PropQualStart, quad.Int(r.Start), st),
				quad.Make(node, vocab.PropQualEnd, quad.Int(r.End), st),
				quad.Make(node, vocab.PropRefersTo, e.iri.Actor(r.Actor), st))
			if !inText(r.Span, text) {
				q = append(q, quad.Make(node, vocab.PropQualText, quad.String(r.Text), st))
			}
		}
	}
	add(vocab.PartNode(st, vocab.PartSubject), s.Subject.Refs)
	if s.Object != nil {
		add(vocab.PartNode(st, vocab.PartObject), s.Object.Refs)
	}
	if s.Attribution != nil {
		add(vocab.PartNode(st, vocab.PartAttribution), s.Attribution.Refs)
	}
	for i, ql := range s.Qualifiers {
		add(vocab.QualifierNode(st, i), ql.Refs)
	}
	return q
}

// timeQuads describes the time of statement st of sentence sentence. The
// source and the sentence the expression is in are written only where the
// rest does not imply them (impliedSource, impliedFrom): most times are a
// clause's own expression or the article's date.
func timeQuads(st quad.IRI, t *annals.Time, sentence int, text string) []quad.Quad {
	if documentDay(t) {
		// Most statements (over 90 % on news) are dated by their article: the
		// timestamps say it all, and the reader restores the rest. An eighth
		// of the quads of a store less to write and to keep.
		return []quad.Quad{
			quad.Make(st, vocab.PropTimeFromDoc, quad.Bool(true), st),
			quad.Make(st, vocab.PropEarliest, date(t.Earliest), st),
			quad.Make(st, vocab.PropLatest, date(t.Latest), st),
		}
	}
	var q []quad.Quad
	if t.Value != "" {
		q = append(q, quad.Make(st, vocab.PropTimexValue, quad.String(t.Value), st))
	}
	if t.Type != "" {
		q = append(q, quad.Make(st, vocab.PropTimexType, quad.String(string(t.Type)), st))
	}
	switch {
	case t.Expr != nil:
		q = append(q, span(st, vocab.PartTime, *t.Expr, "", text)...)
	case t.FromDocument(): // a generic time is on no day, the article's neither; a title's is its own
		q = append(q, quad.Make(st, vocab.PropTimeFromDoc, quad.Bool(true), st))
	}
	if t.Source != "" && t.Source != impliedSource(t.Expr != nil, !t.Generic() && t.Expr == nil) {
		q = append(q, quad.Make(st, vocab.PropTimeSource, quad.String(string(t.Source)), st))
	}
	if t.From != impliedFrom(t.Expr != nil, sentence) {
		q = append(q, quad.Make(st, vocab.PropTimeFromSentence, quad.Int(t.From), st))
	}
	if !t.Earliest.IsZero() {
		q = append(q, quad.Make(st, vocab.PropEarliest, date(t.Earliest), st))
	}
	if !t.Latest.IsZero() {
		q = append(q, quad.Make(st, vocab.PropLatest, date(t.Latest), st))
	}
	if t.Precision != "" {
		q = append(q, quad.Make(st, vocab.PropTimePrecision, quad.String(string(t.Precision)), st))
	}
	if t.Kind != "" {
		q = append(q, quad.Make(st, vocab.PropTimeKind, quad.String(string(t.Kind)), st))
	}
	return q
}

// impliedSource is the source a time without an annals:timeSource quad
// has: explicit with an expression (every time with one was, before
// sources were stored), document with timeFromDocument, else none (generic).
func impliedSource(expr, fromDocument bool) annals.TimeSource {
	switch {
	case expr:
		return annals.SourceExplicit
	case fromDocument:
		return annals.SourceDocument
	}
	return ""
}

// impliedFrom is the sentence a time without an annals:timeFromSentence
// quad has its expression in: the statement's own, or 0 with no expression.
func impliedFrom(expr bool, sentence int) int {
	if expr {
		return sentence
	}
	return 0
}

// documentDay reports whether t is the plain date of the statement's
// document: no expression of its own, one day, an event.
func documentDay(t *annals.Time) bool {
	return t.Expr == nil && (t.Source == annals.SourceDocument || t.Source == "") && t.From == 0 &&
		t.Type == annals.TimexDate && t.Precision == annals.PrecisionDay &&
		t.Kind == annals.KindEvent && !t.Earliest.IsZero() && t.Earliest.Equal(t.Latest) &&
		t.Value == t.Earliest.Format("2006-01-02")
}

// restoreDocumentDay fills in what timeQuads leaves out of a document day.
// A time with a kind of its own (a generic one, say) was written whole.
func restoreDocumentDay(t *annals.Time) {
	if t.Expr != nil || t.Value != "" || t.Type != "" || t.Kind != "" || t.Earliest.IsZero() || !t.Earliest.Equal(t.Latest) {
		return
	}
	t.Value = t.Earliest.Format("2006-01-02")
	t.Type, t.Precision, t.Kind = annals.TimexDate, annals.PrecisionDay, annals.KindEvent
}

// extractionQuads is every quad of one document's extraction, without
// duplicates, in the order the extraction gives them (document, actors,
// statements), which is stable.
func (e encoder) extractionQuads(x *annals.Extraction, hash string) []quad.Quad {
	all := e.documentQuads(&x.Document, hash)
	for i := range x.Actors {
		all = append(all, e.actorQuads(&x.Actors[i])...)
	}
	for i := range x.Statements {
		s := &x.Statements[i]
		var sentence annals.Span
		if s.Sentence >= 0 && s.Sentence < len(x.Sentences) {
			sentence = x.Sentences[s.Sentence]
		}
		g, extra := e.statementQuads(s, sentence, x.Document.Text)
		all = append(all, g...)
		all = append(all, extra...)
	}
	return unique(all)
}

// unique removes repeated quads, keeping the first of each in place.
func unique(qs []quad.Quad) []quad.Quad {
	seen := make(map[quad.Quad]struct{}, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if _, ok := seen[q]; !ok {
			seen[q] = struct{}{}
			out = append(out, q)
		}
	}
	return out
}

// dedupe removes repeated quads, then sorts them so that writes are
// reproducible. Quad values are comparable, so a quad is its own map key.
func dedupe(qs []quad.Quad) []quad.Quad {
	type keyed struct {
		q   quad.Quad
		key string
	}
	seen := make(map[quad.Quad]struct{}, len(qs))
	list := make([]keyed, 0, len(qs))
	for _, q := range qs {
		if _, ok := seen[q]; ok {
			continue
		}
		seen[q] = struct{}{}
		list = append(list, keyed{q, q.NQuad()})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].key < list[j].key })
	out := qs[:0]
	for _, k := range list {
		out = append(out, k.q)
	}
	return out
}
