package vocab

import "github.com/cayleygraph/quad"

// Part names a part of a statement that is a span of the document's text.
// Its span is stored as the properties SpanStart, SpanEnd and, when needed,
// SpanText and SpanNorm of the part.
type Part string

// The parts of a statement with a span.
const (
	PartSubject     Part = "subject"
	PartPredicate   Part = "predicate"
	PartObject      Part = "object"
	PartAttribution Part = "attribution"
	PartTime        Part = "time" // the time expression
)

// SpanParts lists every part with a span, in the order the derived view
// states their texts again.
func SpanParts() []Part {
	return []Part{PartSubject, PartPredicate, PartObject, PartAttribution, PartTime}
}

// SpanStart is the property of a part's start offset (annals:subjectStart).
func SpanStart(p Part) quad.IRI { return spanTerm(p, "Start") }

// SpanEnd is the property of a part's end offset (annals:subjectEnd).
func SpanEnd(p Part) quad.IRI { return spanTerm(p, "End") }

// SpanText is the property of a part's text, written only when the text is
// not the document's text at the part's offsets (annals:subjectText).
func SpanText(p Part) quad.IRI { return spanTerm(p, "Text") }

// SpanNorm is the property of a part's compact form, when it differs from
// its text (annals:subjectNorm).
func SpanNorm(p Part) quad.IRI { return spanTerm(p, "Norm") }

func spanTerm(p Part, field string) quad.IRI { return quad.IRI(NSAnnals + string(p) + field) }
