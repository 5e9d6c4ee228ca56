package export

import (
	"bufio"
	"bytes"
	contextpkg "context"
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
	var buf bytes.Buffer
	if err := WriteJSONLD(contextpkg.Background(), &buf, SliceQuads(quads), context); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// jsonldWriter writes a JSON-LD document node object by node object.
//
// The document json-gold compacts from a whole dataset is
// {"@context": C, "@graph": [N1, N2, ...]} when it has two node objects or
// more, the node object itself with "@context" added when it has one, and
// {"@context": C} when it has none. FromRDF sorts the node objects by
// "@id"; compacting each alone gives what compacting them together does.
// So the writer holds the first node object until a second one shows which
// of the forms to write, and writes them as encoding/json would write the
// whole document (keys sorted, indented by two spaces).
type jsonldWriter struct {
	w       *bufio.Writer
	context map[string]interface{}
	active  *ld.Context     // context, processed once
	valid   map[string]bool // IRIs json-gold holds valid, or not
	opts    *ld.JsonLdOptions
	first   map[string]interface{} // compacted, with its "@context"
	n       int
	buf     bytes.Buffer
}

// node builds, compacts, checks and writes the node object of lines, the
// N-Quads lines of one graph name (or default-graph subject), sorted.
func (j *jsonldWriter) node(lines []string) error {
	quads, err := parseLines(lines)
	if err != nil {
		return err
	}
	dataset := ldDataset(quads)
	// FromRDF sorts subjects and graph names; the values of one property
	// keep the order of the (sorted) quads. Hence deterministic output.
	expanded, err := ld.NewJsonLdApi().FromRDF(dataset, j.opts)
	if err != nil {
		return fmt.Errorf("export: json-ld from rdf: %w", err)
	}
	// What JsonLdProcessor.Compact does, without expanding again what
	// FromRDF gave in expanded form or processing the context each time.
	compacted, err := ld.NewJsonLdApi().Compact(j.active, "", expanded, true)
	if err != nil {
		return fmt.Errorf("export: json-ld compaction: %w", err)
	}
	doc, ok := compacted.(map[string]interface{})
	if _, hasID := doc["@id"]; !ok || !hasID {
		return fmt.Errorf("export: json-ld: the quads of %s do not make one node object", lines[0])
	}
	j.n++
	if j.n == 1 {
		j.first = doc
	}
	indent := "    "
	encoded, err := j.encode(doc, indent)
	if err != nil {
		return err
	}
	if err := j.check(encoded, doc, dataset); err != nil {
		return err
	}
	ctx, hasContext := j.context, len(j.context) > 0
	switch j.n {
	case 1:
		if hasContext {
			doc["@context"] = ctx
		}
		return nil
	case 2:
		encoded = bytes.Clone(encoded) // j.buf is needed for the ones before
		j.w.WriteString("{\n")
		if hasContext {
			j.w.WriteString(`  "@context": `)
			c, err := j.encode(ctx, "  ")
			if err != nil {
				return err
			}
			j.w.Write(c)
			j.w.WriteString(",\n")
		}
		j.w.WriteString(`  "@graph": [` + "\n" + indent)
		delete(j.first, "@context")
		f, err := j.encode(j.first, indent)
		if err != nil {
			return err
		}
		j.w.Write(f)
		j.first = nil
	}
	j.w.WriteString(",\n" + indent)
	_, err = j.w.Write(encoded)
	return err
}

// encode is v as JSON, its lines after the first indented by prefix, without
// the final line break. The bytes are valid until the next call.
func (j *jsonldWriter) encode(v interface{}, prefix string) ([]byte, error) {
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("export: json-ld encoding: %w", err)
	}
	return bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")), nil
}

// close ends the document and flushes it.
func (j *jsonldWriter) close() error {
	switch j.n {
	case 0, 1:
		doc := j.first
		if j.n == 0 {
			doc = map[string]interface{}{}
			if len(j.context) > 0 {
				doc["@context"] = j.context // Compact leaves it out of an empty document
			}
		}
		b, err := j.encode(doc, "")
		if err != nil {
			return err
		}
		j.w.Write(b)
		j.w.WriteString("\n")
	default:
		j.w.WriteString("\n  ]\n}\n")
	}
	return j.w.Flush()
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

// checkRoundTrip expands the encoded node object, in context, and compares its quads with
// want. Without blank nodes the quads must be equal term for term; with
// them, json-gold relabels blank nodes, so the canonical (URDNA2015) forms
// are compared instead.
func checkRoundTrip(doc []byte, context map[string]interface{}, want *ld.RDFDataset, opts *ld.JsonLdOptions) error {
	var parsed map[string]interface{}
	if err := json.Unmarshal(doc, &parsed); err != nil {
		return fmt.Errorf("export: json-ld check: %w", err)
	}
	if len(context) > 0 {
		parsed["@context"] = context
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

// check makes sure that the node object doc, encoded as encoded,
// expands to the quads of want. A node object of the shape this writer makes of quads without
// blank nodes (node objects with "@id", "@type", "@graph" and properties
// whose values are strings, {"@id"} or {"@value"} with "@type" or
// "@language") is read back here, every IRI expanded by json-gold's own
// Context.ExpandIri as expansion would; anything else goes through
// json-gold's full expansion (checkRoundTrip), which costs some ten times
// more.
func (j *jsonldWriter) check(encoded []byte, doc map[string]interface{}, want *ld.RDFDataset) error {
	got := map[string]struct{}{}
	if hasBlankNodes(want) || !j.readBack(doc, "@default", got) {
		return checkRoundTrip(encoded, j.context, want, j.opts)
	}
	wantSet := make(map[string]struct{}, len(got))
	for graph, quads := range want.Graphs {
		for _, q := range quads {
			wantSet[fastKey(q.Subject.GetValue(), q.Predicate.GetValue(), ldObjectKey(q.Object), graph)] = struct{}{}
		}
	}
	for k := range wantSet {
		if _, ok := got[k]; !ok {
			return fmt.Errorf("export: json-ld check: quad lost or changed in the document: %q", k)
		}
	}
	for k := range got {
		if _, ok := wantSet[k]; !ok {
			return fmt.Errorf("export: json-ld check: quad not in the input: %q", k)
		}
	}
	return nil
}

// fastKey is a quad's key for check: it differs exactly when the quads
// differ as RDF (no blank nodes). object is as objectKey writes it.
func fastKey(subject, predicate, object, graph string) string {
	return subject + "\x00" + predicate + "\x00" + object + "\x00" + graph
}

// objectKey is an object's part of fastKey: "<" and the IRI, or the
// literal's value, datatype and language tag.
func objectKey(iri string, value, datatype, lang string, isIRI bool) string {
	if isIRI {
		return "<" + iri
	}
	if datatype == "" {
		datatype = ld.XSDString
	}
	return "\"" + value + "\x01" + datatype + "\x01" + lang
}

func ldObjectKey(n ld.Node) string {
	if l, ok := n.(*ld.Literal); ok {
		return objectKey("", l.Value, l.Datatype, l.Language, false)
	}
	return objectKey(n.GetValue(), "", "", "", true)
}

// readBack adds to keys (as quadKeys makes them) the quads of node object n
// in graph, and reports false for a shape it does not read.
func (j *jsonldWriter) readBack(n map[string]interface{}, graph string, keys map[string]struct{}) bool {
	idValue, ok := n["@id"].(string)
	if !ok {
		return false
	}
	id, ok := j.iri(idValue, false)
	if !ok {
		return false
	}
	for key, v := range n {
		switch key {
		case "@id":
		case "@type":
			for _, t := range asList(v) {
				ts, ok := t.(string)
				if !ok {
					return false
				}
				typ, ok := j.iri(ts, true)
				if !ok {
					return false
				}
				keys[fastKey(id, ld.RDFType, objectKey(typ, "", "", "", true), graph)] = struct{}{}
			}
		case "@graph":
			if graph != "@default" {
				return false // a graph within a graph
			}
			for _, inner := range asList(v) {
				m, ok := inner.(map[string]interface{})
				if !ok || !j.readBack(m, id, keys) {
					return false
				}
			}
		default:
			if strings.HasPrefix(key, "@") {
				return false
			}
			p, ok := j.iri(key, true)
			if !ok {
				return false
			}
			for _, value := range asList(v) {
				object, ok := j.object(value)
				if !ok {
					return false
				}
				keys[fastKey(id, p, object, graph)] = struct{}{}
			}
		}
	}
	return true
}

// object is a property value as objectKey writes it.
func (j *jsonldWriter) object(v interface{}) (string, bool) {
	switch t := v.(type) {
	case string:
		return objectKey("", t, ld.XSDString, "", false), true
	case map[string]interface{}:
		if id, ok := t["@id"].(string); ok && len(t) == 1 {
			iri, ok := j.iri(id, false)
			return objectKey(iri, "", "", "", true), ok
		}
		value, ok := t["@value"].(string)
		if !ok {
			return "", false
		}
		typ, lang := ld.XSDString, ""
		for k, x := range t {
			xs, ok := x.(string)
			switch {
			case k == "@value":
			case k == "@type" && ok:
				if typ, ok = j.iri(xs, true); !ok {
					return "", false
				}
			case k == "@language" && ok:
				typ, lang = ld.RDFLangString, strings.ToLower(xs)
			default:
				return "", false
			}
		}
		return objectKey("", value, typ, lang, false), true
	}
	return "", false
}

// iri expands a compacted IRI as JSON-LD expansion does (vocab for
// properties and types, document-relative for "@id"), and reports whether
// the result is an absolute IRI json-gold would keep.
func (j *jsonldWriter) iri(v string, vocab bool) (string, bool) {
	iri, err := j.active.ExpandIri(v, !vocab, vocab, nil, nil)
	if err != nil || strings.HasPrefix(iri, "_:") {
		return "", false
	}
	valid, ok := j.valid[iri]
	if !ok {
		// json-gold's test of the IRIs it writes (a regular expression,
		// hence the cache); ToRDF drops a quad that fails it.
		valid = ld.IsAbsoluteIri(iri) && !ld.InvalidNode(ld.NewIRI(iri))
		if len(j.valid) >= 1<<16 {
			clear(j.valid)
		}
		j.valid[iri] = valid
	}
	return iri, valid
}

func asList(v interface{}) []interface{} {
	if l, ok := v.([]interface{}); ok {
		return l
	}
	return []interface{}{v}
}
