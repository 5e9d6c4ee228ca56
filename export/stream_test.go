package export

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"
)

// wholeNQuads is how NQuads wrote its output before it streamed: every
// quad converted, the lines sorted in memory and written once each.
func wholeNQuads(t *testing.T, quads []quad.Quad) string {
	t.Helper()
	var rdf vocab.RDFConverter
	var lines []string
	for _, q := range quads {
		rq, err := rdf.Quad(q)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, rq.NQuad()+"\n")
	}
	slices.Sort(lines)
	return strings.Join(slices.Compact(lines), "")
}

// wholeJSONLD is how JSONLD wrote its document before it streamed:
// json-gold's FromRDF and Compact over the whole dataset at once.
func wholeJSONLD(t *testing.T, quads []quad.Quad, prefixes map[string]string) string {
	t.Helper()
	var rdf vocab.RDFConverter
	type lined struct {
		q    quad.Quad
		line string
	}
	var ls []lined
	for _, q := range quads {
		rq, err := rdf.Quad(q)
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, lined{rq, rq.NQuad()})
	}
	slices.SortFunc(ls, func(a, b lined) int { return cmp.Compare(a.line, b.line) })
	ls = slices.CompactFunc(ls, func(a, b lined) bool { return a.line == b.line })
	sorted := make([]quad.Quad, len(ls))
	for i, l := range ls {
		sorted[i] = l.q
	}
	ldContext, err := jsonldContext(prefixes)
	if err != nil {
		t.Fatal(err)
	}
	opts := jsonldOptions()
	expanded, err := ld.NewJsonLdApi().FromRDF(ldDataset(sorted), opts)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ld.NewJsonLdProcessor().Compact(expanded, ldContext, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := doc["@context"]; !ok && len(ldContext) > 0 {
		doc["@context"] = ldContext
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// withRunBytes makes the writers' sorters, of lines and of statements,
// spill every n bytes.
func withRunBytes(t *testing.T, n int) {
	old, oldStatements := sortRunBytes, statementRunBytes
	sortRunBytes, statementRunBytes = n, n
	t.Cleanup(func() { sortRunBytes, statementRunBytes = old, oldStatements })
}

// TestStreamedAsWhole: the streaming writers write, byte for byte, what
// the writers that held everything wrote, whether their sorters keep the
// quads in memory or spill them in runs of a few quads.
func TestStreamedAsWhole(t *testing.T) {
	b := func(s string) quad.BNode { return quad.BNode(s) }
	store := statementQuads(syntheticTimeline(40))
	shuffled := slices.Clone(store)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	tests := []struct {
		name    string
		quads   []quad.Quad
		context map[string]string
	}{
		{"nothing", nil, testContext()},
		{"nothing, no context", nil, nil},
		{"one node", syntheticQuads()[3:4], testContext()},
		{"one named graph", []quad.Quad{
			{Subject: quad.IRI(nsExample + "a"), Predicate: quad.IRI(nsSchema + "knows"), Object: quad.IRI(nsExample + "b"), Label: quad.IRI(nsExample + "g")},
			{Subject: quad.IRI(nsExample + "b"), Predicate: quad.IRI(nsSchema + "name"), Object: quad.String("B"), Label: quad.IRI(nsExample + "g")},
		}, testContext()},
		{"synthetic quads", syntheticQuads(), testContext()},
		{"no context", syntheticQuads(), nil},
		{"store shape", store, testContext()},
		{"store shape, shuffled and twice", append(shuffled, store...), testContext()},
		{"blank nodes", []quad.Quad{
			{Subject: b("role1"), Predicate: quad.IRI(nsRDF + "type"), Object: quad.IRI(nsSchema + "Role")},
			{Subject: b("role1"), Predicate: quad.IRI(nsSchema + "roleName"), Object: quad.String("UKRGOV"), Label: b("g1")},
			{Subject: quad.IRI(nsExample + "p"), Predicate: quad.IRI(nsSchema + "memberOf"), Object: b("role1")},
		}, testContext()},
	}
	for _, runBytes := range []int{defaultRunBytes, 300} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s, runs of %d bytes", tt.name, runBytes), func(t *testing.T) {
				withRunBytes(t, runBytes)
				var nq, jl bytes.Buffer
				if err := WriteNQuads(context.Background(), &nq, SliceQuads(tt.quads)); err != nil {
					t.Fatal(err)
				}
				if want := wholeNQuads(t, tt.quads); nq.String() != want {
					t.Errorf("N-Quads:\n%s\nwant:\n%s", nq.String(), want)
				}
				if err := WriteJSONLD(context.Background(), &jl, SliceQuads(tt.quads), tt.context); err != nil {
					t.Fatal(err)
				}
				if want := wholeJSONLD(t, tt.quads, tt.context); jl.String() != want {
					t.Errorf("JSON-LD:\n%s\nwant:\n%s", jl.String(), want)
				}
			})
		}
	}
}

// TestLineSorter: lines come out sorted and once each, through runs on
// disk as through memory, and the run files are gone afterwards.
func TestLineSorter(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var lines []string
	for range 5000 {
		lines = append(lines, fmt.Sprintf("<urn:x:%d> \"é %d\" .", r.IntN(2000), r.IntN(3)))
	}
	want := slices.Compact(slices.Sorted(slices.Values(lines)))
	for _, runBytes := range []int{1 << 30, 4096, 512, 64} {
		t.Run(fmt.Sprint(runBytes), func(t *testing.T) {
			s := newLineSorter(runBytes)
			s.dir = t.TempDir()
			for _, l := range lines {
				if err := s.add(l); err != nil {
					t.Fatal(err)
				}
			}
			if runBytes < 1<<30 && len(s.runs) == 0 {
				t.Fatal("no run spilled")
			}
			if len(s.runs) > maxRuns {
				t.Errorf("%d run files open, more than %d", len(s.runs), maxRuns)
			}
			if runBytes == 4096 && len(s.held) > 4096/16 {
				t.Errorf("holds %d lines, more than runs of 4096 bytes allow", len(s.held))
			}
			var got []string
			if err := s.each(func(l string) error { got = append(got, l); return nil }); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %d lines, want %d; first %q", len(got), len(want), got[:min(3, len(got))])
			}
			if err := s.close(); err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(s.dir); len(left) != 0 {
				t.Errorf("%d run files left", len(left))
			}
		})
	}
	if err := newLineSorter(0).add("a\nb"); err == nil {
		t.Error("a line with a line break was taken")
	}
}

// TestJSONLDCheck: the check of each node object before it is written
// finds a quad lost, added or changed, on its fast path and on json-gold's.
func TestJSONLDCheck(t *testing.T) {
	s, p, g := quad.IRI(nsExample+"s"), quad.IRI(nsSchema+"name"), quad.IRI(nsExample+"g")
	want := ldDataset([]quad.Quad{
		{Subject: s, Predicate: p, Object: quad.String("S"), Label: g},
		{Subject: s, Predicate: quad.IRI(nsRDF + "type"), Object: quad.IRI(nsSchema + "Person"), Label: g},
	})
	good := `{"@id": "ex:g", "@graph": [{"@id": "ex:s", "@type": "schema:Person", "schema:name": "S"}]}`
	tests := []struct {
		name, doc string
		ok        bool
	}{
		{"as written", good, true},
		{"with its value in full", `{"@id": "ex:g", "@graph": [{"@id": "ex:s", "@type": "schema:Person", "schema:name": {"@value": "S"}}]}`, true},
		{"value changed", strings.Replace(good, `"S"`, `"T"`, 1), false},
		{"language added", strings.Replace(good, `"S"`, `{"@value": "S", "@language": "en"}`, 1), false},
		{"type lost", strings.Replace(good, `"@type": "schema:Person", `, "", 1), false},
		{"quad added", strings.Replace(good, `"S"`, `["S", "U"]`, 1), false},
		{"unknown prefix", strings.Replace(good, "schema:name", "foaf:name", 1), false},
		{"outside the fast path", strings.Replace(good, `"S"`, `{"@value": 1}`, 1), false},
		{"another graph", strings.Replace(good, `"ex:g"`, `"ex:h"`, 1), false},
	}
	ctx := map[string]interface{}{"ex": nsExample, "schema": nsSchema}
	opts := jsonldOptions()
	active, err := ld.NewContext(nil, opts).Parse(ld.CloneDocument(ctx))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := &jsonldWriter{context: ctx, active: active, opts: opts, valid: map[string]bool{}}
			var doc map[string]interface{}
			if err := json.Unmarshal([]byte(tt.doc), &doc); err != nil {
				t.Fatal(err)
			}
			err := j.check([]byte(tt.doc), doc, want)
			if (err == nil) != tt.ok {
				t.Errorf("check = %v, want ok %v", err, tt.ok)
			}
		})
	}
}
