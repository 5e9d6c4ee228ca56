package export

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"
)

// canonicalNQuads is the URDNA2015 canonical form of N-Quads text.
func canonicalNQuads(t *testing.T, nq string) string {
	t.Helper()
	opts := ld.NewJsonLdOptions("")
	opts.Algorithm = ld.AlgorithmURDNA2015
	opts.InputFormat = "application/n-quads"
	opts.Format = "application/n-quads"
	out, err := ld.NewJsonLdProcessor().Normalize(nq, opts)
	if err != nil {
		t.Fatalf("normalising N-Quads: %v", err)
	}
	return out.(string)
}

// canonicalJSONLD expands a JSON-LD document to RDF (json-gold ToRDF) and
// returns the URDNA2015 canonical form of the quads.
func canonicalJSONLD(t *testing.T, doc []byte) string {
	t.Helper()
	var parsed interface{}
	if err := json.Unmarshal(doc, &parsed); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, doc)
	}
	opts := ld.NewJsonLdOptions("")
	opts.Format = "application/n-quads"
	nq, err := ld.NewJsonLdProcessor().ToRDF(parsed, opts)
	if err != nil {
		t.Fatalf("ToRDF: %v", err)
	}
	return canonicalNQuads(t, nq.(string))
}

func TestJSONLDRoundTrip(t *testing.T) {
	b := func(s string) quad.BNode { return quad.BNode(s) }
	tests := []struct {
		name    string
		quads   []quad.Quad
		context map[string]string
	}{
		{"synthetic quads", syntheticQuads(), testContext()},
		{"no context", syntheticQuads(), nil},
		{"context matching nothing", syntheticQuads(), map[string]string{"foaf": "http://xmlns.com/foaf/0.1/"}},
		{"one node", syntheticQuads()[3:4], testContext()},
		{"store shape", statementQuads(syntheticTimeline(30)), testContext()},
		{"blank nodes", []quad.Quad{
			{Subject: b("role1"), Predicate: quad.IRI(nsRDF + "type"), Object: quad.IRI(nsSchema + "Role")},
			{Subject: b("role1"), Predicate: quad.IRI(nsSchema + "roleName"), Object: quad.String("UKRGOV")},
			{Subject: quad.IRI(nsAnnals + "actor/poroshenko"), Predicate: quad.IRI(nsSchema + "memberOf"), Object: b("role1")},
			{Subject: b("role1"), Predicate: quad.IRI(nsSchema + "startDate"), Object: quad.TypedString{Value: "2014-06-07", Type: "xsd:date"}, Label: b("g1")},
		}, testContext()},
		{"empty", nil, testContext()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var nq, doc bytes.Buffer
			if err := NQuads(&nq, tt.quads); err != nil {
				t.Fatal(err)
			}
			if err := JSONLD(&doc, tt.quads, tt.context); err != nil {
				t.Fatal(err)
			}
			want := canonicalNQuads(t, nq.String())
			if got := canonicalJSONLD(t, doc.Bytes()); got != want {
				t.Errorf("JSON-LD expands to\n%s\nwant\n%s\ndocument:\n%s", got, want, doc.String())
			}

			var again bytes.Buffer
			shuffled := slices.Clone(tt.quads)
			rand.New(rand.NewPCG(3, 4)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if err := JSONLD(&again, shuffled, tt.context); err != nil {
				t.Fatal(err)
			}
			if again.String() != doc.String() {
				t.Errorf("not deterministic:\n%s\nvs\n%s", again.String(), doc.String())
			}
		})
	}
}

func TestJSONLDShape(t *testing.T) {
	var buf bytes.Buffer
	if err := JSONLD(&buf, syntheticQuads(), testContext()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	var doc struct {
		Context map[string]string `json:"@context"`
		Graph   []map[string]any  `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if !mapsEqual(doc.Context, testContext()) {
		t.Errorf("@context = %v, want %v", doc.Context, testContext())
	}
	named := map[string]bool{}
	for _, node := range doc.Graph {
		if _, ok := node["@graph"]; ok {
			named[node["@id"].(string)] = true
		}
	}
	for _, g := range []string{"tl:fact/3f2a", "ex:graph/fact-2"} {
		if !named[g] {
			t.Errorf("no @graph object with @id %q; named graphs: %v", g, named)
		}
	}
	for _, want := range []string{
		`"@type": "schema:Person"`,                // rdf:type as @type, compacted
		`"@type": "xsd:dateTime"`,                 // full datatype IRI, compacted by the context
		`"@value": "8.2E-01"`,                     // lexical form kept, not a JSON number
		`"@language": "en-gb"`,                    // language tag kept (lowered)
		`"Rustem \"Rusty\" Umerov <{MoD}> émigré`, // no \u003c escapes
		"\n  \"@graph\": [\n",                     // pretty-printed
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, `"_:`) {
		t.Errorf("blank node introduced:\n%s", out)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestJSONLDErrors(t *testing.T) {
	ok := []quad.Quad{{Subject: quad.IRI("urn:annals:s"), Predicate: quad.IRI("urn:annals:p"), Object: quad.String("o")}}
	tests := []struct {
		name    string
		quads   []quad.Quad
		context map[string]string
		want    string
	}{
		{"relative IRI", []quad.Quad{{Subject: quad.IRI("s"), Predicate: quad.IRI("urn:annals:p"), Object: quad.String("o")}}, nil, "not absolute"},
		{"keyword as prefix", ok, map[string]string{"@import": "https://example.org/ctx.jsonld"}, "not a prefix name"},
		{"relative namespace", ok, map[string]string{"ex": "example/"}, "not absolute"},
		// "ex" would compact https://example.org///x to "ex://x", which
		// expands as the absolute IRI ex://x: the check must catch it.
		{"ambiguous compact IRI", []quad.Quad{{Subject: quad.IRI(nsExample + "//x"), Predicate: quad.IRI("urn:annals:p"), Object: quad.String("o")}},
			map[string]string{"ex": nsExample}, "json-ld check"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := JSONLD(&buf, tt.quads, tt.context)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one mentioning %q; output:\n%s", err, tt.want, buf.String())
			}
			if buf.Len() != 0 {
				t.Errorf("wrote output before failing:\n%s", buf.String())
			}
		})
	}
}
