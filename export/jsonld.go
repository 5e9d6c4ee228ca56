package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"
)

// JSONLD writes quads as one JSON-LD 1.1 document, compacted with context,
// a map from prefix to namespace IRI such as "schema": "https://schema.org/".
//
// Expanding the document (json-gold ToRDF, or any JSON-LD processor) gives
// back exactly the quads that [NQuads] writes for the same input: named
// graphs become node objects with "@id" (the graph name) and "@graph";
// typed literals are kept as {"@value", "@type"} with their lexical form
// (never turned into JSON numbers or booleans, which would change "1.0E0"
// into 1); language-tagged strings keep their tag (lower-cased); rdf:type
// becomes "@type". No blank node is introduced: a blank node in the output
// is one that was in the input.
//
// JSONLD checks that promise before writing: it expands its own output and
// compares the quads with the input, and returns an error instead of a
// document that would not round-trip (for example an IRI the context's
// prefixes would make ambiguous).
//
// The output is deterministic and indented by two spaces; "<", ">" and "&"
// are written as themselves, not as \u escapes. Quads that are not RDF are
// rejected as by [NQuads].
func JSONLD(w io.Writer, quads []quad.Quad, context map[string]string) error {
	sorted, err := rdfDataset(quads)
	if err != nil {
		return err
	}
	ldContext, err := jsonldContext(context)
	if err != nil {
		return err
	}
	dataset := ldDataset(sorted)
	opts := jsonldOptions()

	// FromRDF sorts subjects and graph names; the values of one property
	// keep the order of the (sorted) quads. Hence deterministic output.
	expanded, err := ld.NewJsonLdApi().FromRDF(dataset, opts)
	if err != nil {
		return fmt.Errorf("export: json-ld from rdf: %w", err)
	}
	doc, err := ld.NewJsonLdProcessor().Compact(expanded, ldContext, opts)
	if err != nil {
		return fmt.Errorf("export: json-ld compaction: %w", err)
	}
	if _, ok := doc["@context"]; !ok && len(ldContext) > 0 {
		doc["@context"] = ldContext // Compact leaves it out of an empty document
	}

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export: json-ld encoding: %w", err)
	}
	if err := checkRoundTrip(buf.Bytes(), dataset, opts); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// jsonldContext checks the prefixes and turns them into the map json-gold
// takes. A key starting with "@" would be a keyword ("@import" would even
// make json-gold fetch a remote context), so only plain prefix names pass.
func jsonldContext(prefixes map[string]string) (map[string]interface{}, error) {
	ctx := make(map[string]interface{}, len(prefixes))
	for prefix, ns := range prefixes {
		if prefix == "" || strings.HasPrefix(prefix, "@") || strings.ContainsAny(prefix, ":/#") {
			return nil, fmt.Errorf("export: json-ld context: %q is not a prefix name", prefix)
		}
		if err := vocab.CheckIRI(quad.IRI(ns)); err != nil {
			return nil, fmt.Errorf("export: json-ld context: prefix %q: %w", prefix, err)
		}
		ctx[prefix] = ns
	}
	return ctx, nil
}

func jsonldOptions() *ld.JsonLdOptions {
	opts := ld.NewJsonLdOptions("")
	opts.ProcessingMode = ld.JsonLd_1_1
	opts.UseNativeTypes = false // keep lexical forms exactly
	opts.UseRdfType = false     // rdf:type with an IRI object becomes "@type"
	opts.DocumentLoader = noDocumentLoader{}
	return opts
}

// noDocumentLoader refuses every remote document: an export never needs
// one, since the context is given inline, and must not touch the network.
type noDocumentLoader struct{}

func (noDocumentLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, fmt.Errorf("export: json-ld: remote document %q not loaded", u)
}

// ldDataset builds json-gold's dataset from quads already in RDF form
// (see vocab.RDFTerm). Unlike quad/jsonld's writer it keeps blank nodes as blank
// nodes ("_:b0"), where that writer makes them relative IRIs ("b0").
func ldDataset(quads []quad.Quad) *ld.RDFDataset {
	ds := ld.NewRDFDataset()
	for _, q := range quads {
		graph := "@default"
		if q.Label != nil {
			graph = ldNode(q.Label).GetValue()
		}
		ds.Graphs[graph] = append(ds.Graphs[graph],
			ld.NewQuad(ldNode(q.Subject), ldNode(q.Predicate), ldNode(q.Object), graph))
	}
	return ds
}

func ldNode(v quad.Value) ld.Node {
	switch t := v.(type) {
	case quad.IRI:
		return ld.NewIRI(string(t))
	case quad.BNode:
		return ld.NewBlankNode(t.String()) // with its "_:"
	case quad.LangString:
		return ld.NewLiteral(string(t.Value), ld.RDFLangString, t.Lang)
	case quad.TypedString:
		return ld.NewLiteral(string(t.Value), string(t.Type), "")
	case quad.String:
		return ld.NewLiteral(string(t), "", "")
	}
	panic(fmt.Sprintf("export: %T is not an RDF term; vocab.RDFTerm should have refused it", v))
}

// checkRoundTrip expands the encoded document and compares its quads with
// want. Without blank nodes the quads must be equal term for term; with
// them, json-gold relabels blank nodes, so the canonical (URDNA2015) forms
// are compared instead.
func checkRoundTrip(doc []byte, want *ld.RDFDataset, opts *ld.JsonLdOptions) error {
	var parsed interface{}
	if err := json.Unmarshal(doc, &parsed); err != nil {
		return fmt.Errorf("export: json-ld check: %w", err)
	}
	got, err := ld.NewJsonLdProcessor().ToRDF(parsed, opts)
	if err != nil {
		return fmt.Errorf("export: json-ld check: expanding the output: %w", err)
	}
	gotSet, wantSet := quadKeys(got.(*ld.RDFDataset)), quadKeys(want)
	if hasBlankNodes(want) {
		canonOpts := jsonldOptions()
		canonOpts.Algorithm = ld.AlgorithmURDNA2015
		canonOpts.Format = "application/n-quads"
		g, err1 := ld.NewJsonLdApi().Normalize(got.(*ld.RDFDataset), canonOpts)
		w, err2 := ld.NewJsonLdApi().Normalize(want, canonOpts)
		if err := errors.Join(err1, err2); err != nil {
			return fmt.Errorf("export: json-ld check: canonicalising: %w", err)
		}
		if g != w {
			return errors.New("export: json-ld check: the document does not expand to the input quads")
		}
		return nil
	}
	for k := range wantSet {
		if _, ok := gotSet[k]; !ok {
			return fmt.Errorf("export: json-ld check: quad lost or changed in the document: %s", k)
		}
	}
	for k := range gotSet {
		if _, ok := wantSet[k]; !ok {
			return fmt.Errorf("export: json-ld check: quad not in the input: %s", k)
		}
	}
	return nil
}

// quadKeys gives each quad of ds a string that differs exactly when the
// quads differ as RDF.
func quadKeys(ds *ld.RDFDataset) map[string]struct{} {
	keys := make(map[string]struct{})
	for graph, quads := range ds.Graphs {
		for _, q := range quads {
			k := termKey(q.Subject) + " " + termKey(q.Predicate) + " " + termKey(q.Object) + " " + graph
			keys[k] = struct{}{}
		}
	}
	return keys
}

func termKey(n ld.Node) string {
	switch t := n.(type) {
	case *ld.IRI:
		return "<" + t.Value + ">"
	case *ld.BlankNode:
		return t.Attribute
	case *ld.Literal:
		datatype := t.Datatype
		if datatype == "" {
			datatype = ld.XSDString
		}
		return fmt.Sprintf("%q^^<%s>@%s", t.Value, datatype, t.Language)
	}
	return fmt.Sprintf("%#v", n)
}

func hasBlankNodes(ds *ld.RDFDataset) bool {
	for graph, quads := range ds.Graphs {
		if strings.HasPrefix(graph, "_:") {
			return true
		}
		for _, q := range quads {
			if ld.IsBlankNode(q.Subject) || ld.IsBlankNode(q.Object) {
				return true
			}
		}
	}
	return false
}
