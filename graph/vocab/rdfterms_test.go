package vocab

import (
	"math"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestRDFTerm covers the spellings both N-Quads writers rely on.
func TestRDFTerm(t *testing.T) {
	tests := []struct {
		name string
		in   quad.Value
		want string // N-Quads form, or the start of the error
		err  bool
	}{
		{"bool is lower case", quad.Bool(true), `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`, false},
		{"int", quad.Int(7), `"7"^^<http://www.w3.org/2001/XMLSchema#integer>`, false},
		{"float keeps quad's spelling", quad.Float(0.5), `"5E-01"^^<http://www.w3.org/2001/XMLSchema#double>`, false},
		{"infinity the XSD way", quad.Float(math.Inf(1)), `"INF"^^<http://www.w3.org/2001/XMLSchema#double>`, false},
		{"date", quad.TypedString{Value: "2025-07-23", Type: XSDDate}, `"2025-07-23"^^<http://www.w3.org/2001/XMLSchema#date>`, false},
		{"short datatype", quad.TypedString{Value: "2025-07-23", Type: "xsd:date"}, `"2025-07-23"^^<http://www.w3.org/2001/XMLSchema#date>`, false},
		{"xsd:string is plain", quad.TypedString{Value: "x", Type: "xsd:string"}, `"x"`, false},
		{"IRI", ClassStatement, "<" + NSAnnals + "Statement>", false},
		{"relative IRI", quad.IRI("actor/x"), "IRI", true},
		{"not UTF-8", quad.String("\xff"), "literal", true},
		{"missing", nil, "missing", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RDFTerm(tt.in)
			switch {
			case tt.err && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
				t.Errorf("error %v, want one starting %q", err, tt.want)
			case !tt.err && err != nil:
				t.Errorf("error %v", err)
			case !tt.err && got.String() != tt.want:
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestRDFConverter checks the positions of quads, and wants a converter
// that has met an IRI before to give it the same form again.
func TestRDFConverter(t *testing.T) {
	s, p, o := quad.IRI("urn:annals:s"), PropName, quad.String("x")
	tests := []struct {
		name string
		q    quad.Quad
		want string // N-Quads line, "" for an error
	}{
		{"plain", quad.Quad{Subject: s, Predicate: p, Object: o}, `<urn:annals:s> <https://schema.org/name> "x" .`},
		{"in a graph", quad.Quad{Subject: s, Predicate: p, Object: o, Label: s}, `<urn:annals:s> <https://schema.org/name> "x" <urn:annals:s> .`},
		{"short IRIs", quad.Quad{Subject: s, Predicate: quad.IRI("rdf:type"), Object: quad.IRI("rdf:Statement")},
			`<urn:annals:s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .`},
		{"literal subject", quad.Quad{Subject: o, Predicate: p, Object: o}, ""},
		{"blank predicate", quad.Quad{Subject: s, Predicate: quad.BNode("b"), Object: o}, ""},
		{"literal graph", quad.Quad{Subject: s, Predicate: p, Object: o, Label: o}, ""},
		{"relative object", quad.Quad{Subject: s, Predicate: p, Object: quad.IRI("actor/x")}, ""},
	}
	var c RDFConverter
	for _, tt := range tests {
		for round := range 2 { // the second time from the converter's memory
			q, err := c.Quad(tt.q)
			switch {
			case tt.want == "" && err == nil:
				t.Errorf("%s, round %d: converted to %s, want an error", tt.name, round, q.NQuad())
			case tt.want != "" && err != nil:
				t.Errorf("%s, round %d: %v", tt.name, round, err)
			case tt.want != "" && q.NQuad() != tt.want:
				t.Errorf("%s, round %d:\n got %s\nwant %s", tt.name, round, q.NQuad(), tt.want)
			}
		}
	}
}

// TestCheckIRI holds CheckIRI to the rules it states: a scheme, then no
// character IRIREF refuses, the offending byte named.
func TestCheckIRI(t *testing.T) {
	tests := []struct {
		iri  quad.IRI
		want string // "" for accepted, else the end of the error
	}{
		{"urn:annals:actor/russia", ""},
		{"https://schema.org/name", ""},
		{"a+b.c-d:x", ""},
		{"urn:annals:actor/kyïv", ""}, // not ASCII, and allowed
		{"x:\u00a0", ""},              // a no-break space is no control
		{"actor/russia", "not absolute (no scheme)"},
		{":x", "not absolute (no scheme)"},
		{"1a:x", "not absolute (no scheme)"},
		{"é:x", "not absolute (no scheme)"},
		{"", "not absolute (no scheme)"},
		{"urn:a b", "at byte 5"},
		{"urn:kyïv<", "at byte 9"},
		{"urn:\t", "at byte 4"},
		{"urn:a\\b", "at byte 5"},
		{"urn:a`b", "at byte 5"},
		{"urn:\xff", "not UTF-8"},
	}
	for _, tt := range tests {
		err := CheckIRI(tt.iri)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckIRI(%q) = %v, want nil", tt.iri, err)
		case tt.want != "" && (err == nil || !strings.HasSuffix(err.Error(), tt.want)):
			t.Errorf("CheckIRI(%q) = %v, want an error ending %q", tt.iri, err, tt.want)
		}
	}
}
