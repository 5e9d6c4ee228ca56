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

func TestRDFQuadPositions(t *testing.T) {
	s, p, o := quad.IRI("urn:annals:s"), PropName, quad.String("x")
	tests := []struct {
		name string
		q    quad.Quad
		ok   bool
	}{
		{"plain", quad.Quad{Subject: s, Predicate: p, Object: o}, true},
		{"in a graph", quad.Quad{Subject: s, Predicate: p, Object: o, Label: s}, true},
		{"literal subject", quad.Quad{Subject: o, Predicate: p, Object: o}, false},
		{"blank predicate", quad.Quad{Subject: s, Predicate: quad.BNode("b"), Object: o}, false},
		{"literal graph", quad.Quad{Subject: s, Predicate: p, Object: o, Label: o}, false},
	}
	for _, tt := range tests {
		if _, err := RDFQuad(tt.q); (err == nil) != tt.ok {
			t.Errorf("%s: error %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}
