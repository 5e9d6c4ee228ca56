package export

import (
	"bytes"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

func TestNQuadsTerms(t *testing.T) {
	s, p := quad.IRI("urn:annals:s"), quad.IRI("https://schema.org/p")
	day := time.Date(2025, 7, 23, 10, 30, 0, 0, time.UTC)
	tests := []struct {
		name   string
		object quad.Value
		label  quad.Value
		want   string
	}{
		{"time", quad.Time(day), nil,
			`<urn:annals:s> <https://schema.org/p> "2025-07-23T10:30:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`},
		{"int", quad.Int(3000), nil,
			`<urn:annals:s> <https://schema.org/p> "3000"^^<http://www.w3.org/2001/XMLSchema#integer> .`},
		{"float", quad.Float(0.82), nil,
			`<urn:annals:s> <https://schema.org/p> "8.2E-01"^^<http://www.w3.org/2001/XMLSchema#double> .`},
		{"float infinity", quad.Float(math.Inf(-1)), nil,
			`<urn:annals:s> <https://schema.org/p> "-INF"^^<http://www.w3.org/2001/XMLSchema#double> .`},
		{"bool is lower case", quad.Bool(true), nil,
			`<urn:annals:s> <https://schema.org/p> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .`},
		{"short datatype", quad.TypedString{Value: "2025-07-23", Type: "xsd:date"}, nil,
			`<urn:annals:s> <https://schema.org/p> "2025-07-23"^^<http://www.w3.org/2001/XMLSchema#date> .`},
		{"xsd:string is a simple literal", quad.TypedString{Value: "x", Type: "xsd:string"}, nil,
			`<urn:annals:s> <https://schema.org/p> "x" .`},
		{"language tag lowered", quad.LangString{Value: "colour", Lang: "en-GB"}, nil,
			`<urn:annals:s> <https://schema.org/p> "colour"@en-gb .`},
		{"escapes", quad.String("a \"b\"\n\\c\td é"), nil,
			`<urn:annals:s> <https://schema.org/p> "a \"b\"\n\\c\td é" .`},
		{"short IRI object", quad.IRI("rdf:type"), quad.IRI("https://example.org/g"),
			`<urn:annals:s> <https://schema.org/p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/g> .`},
		{"blank nodes", quad.BNode("b0"), quad.BNode("g1"),
			`<urn:annals:s> <https://schema.org/p> _:b0 _:g1 .`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := NQuads(&buf, []quad.Quad{{Subject: s, Predicate: p, Object: tt.object, Label: tt.label}}); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(buf.String(), "\n"); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestNQuadsSortedFullAndDeterministic(t *testing.T) {
	qs := syntheticQuads()
	var first bytes.Buffer
	if err := NQuads(&first, qs); err != nil {
		t.Fatal(err)
	}
	out := first.String()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(qs) {
		t.Errorf("%d lines for %d distinct quads", len(lines), len(qs))
	}
	if !slices.IsSorted(lines) {
		t.Errorf("lines not sorted:\n%s", out)
	}
	for _, short := range []string{"<xsd:", "<rdf:", `"True"`, `"False"`} {
		if strings.Contains(out, short) {
			t.Errorf("output contains %s:\n%s", short, out)
		}
	}

	// Shuffled and duplicated input gives the same bytes.
	shuffled := append(slices.Clone(qs), qs[:5]...)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	var second bytes.Buffer
	if err := NQuads(&second, shuffled); err != nil {
		t.Fatal(err)
	}
	if second.String() != out {
		t.Errorf("shuffled input gave different output:\n%s\nvs\n%s", second.String(), out)
	}

	t.Run("rapper", func(t *testing.T) {
		if _, err := exec.LookPath("rapper"); err != nil {
			t.Skip("rapper not on PATH; install raptor2-utils to validate N-Quads syntax")
		}
		path := filepath.Join(t.TempDir(), "out.nq")
		if err := os.WriteFile(path, first.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		msg, err := exec.Command("rapper", "-i", "nquads", "-c", path).CombinedOutput()
		if err != nil || !strings.Contains(string(msg), "returned") {
			t.Fatalf("rapper: %v\n%s", err, msg)
		}
		t.Logf("rapper: %s", strings.TrimSpace(string(msg)))
	})
}

func TestNQuadsRejectsNonRDF(t *testing.T) {
	s, p, o := quad.IRI("urn:annals:s"), quad.IRI("urn:annals:p"), quad.String("o")
	tests := []struct {
		name string
		q    quad.Quad
		want string
	}{
		{"literal subject", quad.Quad{Subject: quad.String("s"), Predicate: p, Object: o}, "subject"},
		{"blank predicate", quad.Quad{Subject: s, Predicate: quad.BNode("p"), Object: o}, "predicate"},
		{"relative IRI", quad.Quad{Subject: quad.IRI("actor/russia"), Predicate: p, Object: o}, "not absolute"},
		{"IRI with a space", quad.Quad{Subject: s, Predicate: p, Object: quad.IRI("urn:a b")}, "character"},
		{"literal graph name", quad.Quad{Subject: s, Predicate: p, Object: o, Label: quad.String("g")}, "label"},
		{"invalid UTF-8", quad.Quad{Subject: s, Predicate: p, Object: quad.String("\xff")}, "UTF-8"},
		{"bad language tag", quad.Quad{Subject: s, Predicate: p, Object: quad.LangString{Value: "x", Lang: "en GB"}}, "language"},
		{"missing object", quad.Quad{Subject: s, Predicate: p}, "missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := NQuads(&buf, []quad.Quad{{Subject: s, Predicate: p, Object: o}, tt.q})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %q before failing", buf.String())
			}
		})
	}
}
