package vocab

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc/rdf"
	"github.com/cayleygraph/quad/voc/xsd"
)

// An RDFConverter checks each position of a quad against what RDF allows
// there and gives the quad with every term in its RDF form (see RDFTerm).
// Both N-Quads writers (graph's document blocks, export's sorted datasets)
// and the JSON-LD writer go through one, so that all write the same terms.
//
// It rejects, rather than drops or mangles, quads that RDF cannot express:
// a literal subject or graph name, a predicate that is not an IRI, a relative
// or malformed IRI, text that is not UTF-8.
//
// It converts each distinct IRI once: a writer meets the same ones quad
// after quad (a statement is the subject and the graph of most of its
// quads, and the schema's properties recur), and converting one costs
// more than looking it up. The zero value is ready to use; a converter is
// not safe for concurrent use.
type RDFConverter struct {
	iris map[quad.IRI]quad.IRI // the valid IRIs met so far, in full
}

// Quad returns q in RDF form, or why it has none.
func (c *RDFConverter) Quad(q quad.Quad) (quad.Quad, error) {
	var err error
	if q.Subject, err = c.term(q.Subject); err != nil {
		return q, fmt.Errorf("subject: %w", err)
	}
	if !isResource(q.Subject) {
		return q, errors.New("subject: must be an IRI or a blank node")
	}
	if q.Predicate, err = c.term(q.Predicate); err != nil {
		return q, fmt.Errorf("predicate: %w", err)
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return q, errors.New("predicate: must be an IRI")
	}
	if q.Object, err = c.term(q.Object); err != nil {
		return q, fmt.Errorf("object: %w", err)
	}
	if q.Label == nil {
		return q, nil
	}
	if q.Label, err = c.term(q.Label); err != nil {
		return q, fmt.Errorf("label: %w", err)
	}
	if !isResource(q.Label) {
		return q, errors.New("label (graph name): must be an IRI or a blank node")
	}
	return q, nil
}

// iri is the full form of an IRI, checked; remembered if c is not nil.
func (c *RDFConverter) iri(iri quad.IRI) (quad.IRI, error) {
	if c != nil {
		if full, ok := c.iris[iri]; ok {
			return full, nil
		}
	}
	full := iri.Full()
	if err := CheckIRI(full); err != nil {
		return full, err
	}
	if c != nil {
		if c.iris == nil {
			c.iris = map[quad.IRI]quad.IRI{}
		}
		c.iris[iri] = full
	}
	return full, nil
}

func isResource(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}

// RDFTerm returns v as one of quad.IRI (full), quad.BNode, quad.String,
// quad.LangString or quad.TypedString (with a full datatype IRI), which are
// the values whose String method is N-Quads syntax.
//
// quad's native values are converted here instead of through their own
// TypedString because two of those are not valid RDF: every one of them
// names its datatype as "xsd:…" (a CURIE, not an IRI), and quad.Bool writes
// "True"/"False", which is outside xsd:boolean's lexical space.
func RDFTerm(v quad.Value) (quad.Value, error) {
	var c *RDFConverter // nil: remembers nothing
	return c.term(v)
}

// term is RDFTerm, with the IRIs (datatypes included) c has met before.
func (c *RDFConverter) term(v quad.Value) (quad.Value, error) {
	switch t := v.(type) {
	case nil:
		return nil, errors.New("missing")
	case quad.IRI:
		return c.iri(t)
	case quad.BNode:
		return t, checkBlankNodeLabel(string(t))
	case quad.String:
		return t, checkText(string(t))
	case quad.LangString:
		if err := checkText(string(t.Value)); err != nil {
			return nil, err
		}
		if !langTag.MatchString(t.Lang) {
			return nil, fmt.Errorf("language tag %q is malformed", t.Lang)
		}
		// Language tags are case-insensitive and JSON-LD expansion lowers
		// them, so both writers lower them to agree with each other.
		t.Lang = strings.ToLower(t.Lang)
		return t, nil
	case quad.TypedString:
		return c.typedLiteral(string(t.Value), t.Type)
	case quad.Bool:
		return c.typedLiteral(strconv.FormatBool(bool(t)), xsd.Boolean)
	case quad.Float:
		return c.typedLiteral(xsdDouble(float64(t)), xsd.Double)
	case quad.TypedStringer: // quad.Int, quad.Time and any other native type
		ts := t.TypedString()
		return c.typedLiteral(string(ts.Value), ts.Type)
	}
	return nil, fmt.Errorf("value of type %T has no RDF form", v)
}

func (c *RDFConverter) typedLiteral(lexical string, datatype quad.IRI) (quad.Value, error) {
	if err := checkText(lexical); err != nil {
		return nil, err
	}
	datatype, err := c.iri(datatype)
	if err != nil {
		return nil, fmt.Errorf("datatype: %w", err)
	}
	switch string(datatype) {
	case xsdString:
		// RDF 1.1: "x"^^xsd:string is the simple literal "x"; writing it
		// plainly keeps one spelling for one term.
		return quad.String(lexical), nil
	case rdfLangString:
		return nil, errors.New("rdf:langString literal without a language tag")
	}
	return quad.TypedString{Value: quad.String(lexical), Type: datatype}, nil
}

var (
	xsdString     = string(quad.IRI(xsd.String).Full())
	rdfLangString = string(quad.IRI(rdf.LangString).Full())
)

// xsdDouble writes f in xsd:double's lexical space. It keeps quad.Float's
// spelling for finite numbers ("1.5E+00", which is valid) so that values
// read back into Cayley hash the same, and spells the specials the XSD way
// rather than Go's "+Inf".
func xsdDouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "INF"
	case math.IsInf(f, -1):
		return "-INF"
	}
	return strconv.FormatFloat(f, 'E', -1, 64)
}

// BCP 47 in the shape N-Quads' LANGTAG production accepts.
var langTag = regexp.MustCompile(`^[A-Za-z]+(-[A-Za-z0-9]+)*$`)

// CheckIRI accepts absolute IRIs made only of characters N-Quads' IRIREF
// allows unescaped, which quad's writer relies on since it does not escape.
//
// Every quad of an N-Quads output passes here, three or four IRIs each, so
// it reads bytes rather than runes or regular expressions: the characters
// it refuses are all ASCII, and in valid UTF-8 no byte of another character
// is.
func CheckIRI(iri quad.IRI) error {
	s := string(iri)
	if !utf8.ValidString(s) {
		return fmt.Errorf("IRI %q is not UTF-8", s)
	}
	if !hasScheme(s) {
		return fmt.Errorf("IRI %q is not absolute (no scheme)", s)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf && notInIRI[s[i]] {
			return fmt.Errorf("IRI %q has a character IRIs cannot hold at byte %d", s, i)
		}
	}
	return nil
}

// notInIRI marks the ASCII characters IRIREF does not allow unescaped:
// controls, space and <>"{}|^`\.
var notInIRI = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c <= ' '; c++ {
		t[c] = true
	}
	for _, c := range `<>"{}|^` + "`\\" {
		t[c] = true
	}
	return t
}()

// hasScheme reports whether s starts with a URI scheme and its colon: a
// letter, then letters, digits, '+', '.' or '-'.
func hasScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '.' || c == '-'):
		case i > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// checkBlankNodeLabel accepts the labels N-Quads' BLANK_NODE_LABEL accepts,
// narrowed to ASCII letters, digits, '_', '-' and inner '.'.
func checkBlankNodeLabel(label string) error {
	ok := label != "" && !strings.HasPrefix(label, "-") && !strings.HasPrefix(label, ".") &&
		!strings.HasSuffix(label, ".") &&
		strings.IndexFunc(label, func(r rune) bool {
			return !(r == '_' || r == '-' || r == '.' || '0' <= r && r <= '9' ||
				'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')
		}) < 0
	if !ok {
		return fmt.Errorf("blank node label %q is malformed", label)
	}
	return nil
}

// checkText refuses what is not UTF-8: N-Quads and JSON are UTF-8, and
// encoding/json would silently replace the bad bytes.
func checkText(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("literal %q is not UTF-8", s)
	}
	return nil
}
