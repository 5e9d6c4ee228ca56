package export

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"
)

// storeQuads mimics the store's schema (docs/schema.md) for one document
// with three statements: a day, an interval and a deadline. The text has
// multi-byte characters before the sentences, so byte and character
// offsets differ.
func storeQuads() (quads []quad.Quad, text string) {
	text = "Erdoğan spoke. Ушаков met Umerov in Istanbul."
	doc := quad.IRI("urn:annals:doc/d1")
	q := func(s quad.Value, p quad.IRI, o quad.Value, g quad.Value) {
		quads = append(quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: g})
	}
	date := func(d string) quad.Value { return quad.TypedString{Value: quad.String(d), Type: vocab.XSDDate} }
	q(doc, vocab.RDFType, vocab.ClassArticle, doc)
	q(doc, vocab.PropText, quad.String(text), doc)
	ushakov, umerov := quad.IRI("urn:annals:actor/ushakov"), quad.IRI("urn:annals:actor/umerov")
	for _, a := range []quad.IRI{ushakov, umerov} {
		q(a, vocab.RDFType, vocab.ClassActor, nil)
	}
	start := strings.Index(text, "Ушаков")
	statements := []struct {
		id, kind, value, earliest, latest string
	}{
		{"day", "event", "2025-07-23", "2025-07-23", "2025-07-23"},
		{"span", "event", "2025-07", "2025-07-01", "2025-07-31"},
		{"deadline", "deadline", "2025-08", "", "2025-08-31"},
		{"article", "", "", "2025-07-23", "2025-07-23"}, // the article's day, stored in short
	}
	for _, s := range statements {
		st := quad.IRI("urn:annals:statement/" + s.id)
		q(st, vocab.RDFType, vocab.ClassStatement, st)
		q(st, vocab.PropDerived, doc, st)
		q(st, vocab.PropSentStart, quad.Int(start), st)
		q(st, vocab.PropSentEnd, quad.Int(len(text)), st)
		q(st, vocab.PropAgent, ushakov, st)
		q(st, vocab.PropObject, umerov, st)
		if s.value == "" {
			q(st, vocab.PropTimeFromDoc, quad.Bool(true), st)
		} else {
			q(st, vocab.PropTimexValue, quad.String(s.value), st)
			q(st, vocab.PropTimeKind, quad.String(s.kind), st)
		}
		if s.earliest != "" {
			q(st, vocab.PropEarliest, date(s.earliest), st)
		}
		q(st, vocab.PropLatest, date(s.latest), st)
		switch s.id { // part texts: left to the document's text, or the store's own
		case "day":
			q(st, vocab.SpanStart(vocab.PartSubject), quad.Int(start), st)
			q(st, vocab.SpanEnd(vocab.PartSubject), quad.Int(start+len("Ушаков")), st)
			qual := quad.IRI(string(st) + "#q0")
			q(st, vocab.PropQualifier, qual, st)
			q(qual, vocab.PropQualStart, quad.Int(strings.Index(text, "in Istanbul")), st)
			q(qual, vocab.PropQualEnd, quad.Int(len(text)-1), st)
		case "span": // dated by its own expression ("in Istanbul", say)
			q(st, vocab.PropSentence, quad.Int(2), st)
			q(st, vocab.SpanStart(vocab.PartTime), quad.Int(start), st)
			q(st, vocab.SpanEnd(vocab.PartTime), quad.Int(start+len("Ушаков")), st)
			q(st, vocab.SpanText(vocab.PartSubject), quad.String("Ushakov"), st)
			q(st, vocab.SpanStart(vocab.PartSubject), quad.Int(start), st)
			q(st, vocab.SpanEnd(vocab.PartSubject), quad.Int(start+len("Ушаков")), st)
		case "deadline": // dated by an earlier sentence's expression
			q(st, vocab.PropSentence, quad.Int(2), st)
			q(st, vocab.SpanStart(vocab.PartTime), quad.Int(0), st)
			q(st, vocab.SpanEnd(vocab.PartTime), quad.Int(len("Erdoğan")), st)
			q(st, vocab.PropTimeSource, quad.String("inherited"), st)
			q(st, vocab.PropTimeFromSentence, quad.Int(0), st)
			q(st, vocab.SpanStart(vocab.PartSubject), quad.Int(start), st)
			q(st, vocab.SpanEnd(vocab.PartSubject), quad.Int(len(text)+5), st) // past the end
		}
	}
	return quads, text
}

func TestEnrich(t *testing.T) {
	in, _ := storeQuads()
	derived := Enrich(in)
	lines := map[string]bool{}
	var rdf vocab.RDFConverter
	for _, q := range derived {
		rq, err := rdf.Quad(q)
		if err != nil {
			t.Fatalf("derived quad %v: %v", q, err)
		}
		lines[rq.NQuad()] = true
	}
	for _, q := range in {
		rq, _ := rdf.Quad(q)
		if lines[rq.NQuad()] {
			t.Errorf("Enrich repeats an input quad: %s", rq.NQuad())
		}
	}
	g := func(id string) string { return " <urn:annals:statement/" + id + "> ." }
	xsdDate := "^^<http://www.w3.org/2001/XMLSchema#date>"
	for _, want := range []string{
		`<urn:annals:doc/d1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Entity> <urn:annals:doc/d1> .`,
		`<urn:annals:statement/day> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://semanticweb.cs.vu.nl/2009/11/sem/Event>` + g("day"),
		`<urn:annals:statement/day> <http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> <urn:annals:actor/umerov>` + g("day"),
		// a day is an instant
		`<urn:annals:statement/day#time> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2006/time#Instant>` + g("day"),
		`<urn:annals:statement/day#time> <http://www.w3.org/2006/time#inXSDDate> "2025-07-23"` + xsdDate + g("day"),
		`<urn:annals:statement/day#time> <http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp> "2025-07-23"` + xsdDate + g("day"),
		`<urn:annals:statement/day#time> <https://github.com/annals/annals/blob/main/docs/schema.md#timexValue> "2025-07-23"` + g("day"),
		// the article's day gets its TIMEX3 value back
		`<urn:annals:statement/article#time> <https://github.com/annals/annals/blob/main/docs/schema.md#timexValue> "2025-07-23"` + g("article"),
		`<urn:annals:statement/article#time> <https://github.com/annals/annals/blob/main/docs/schema.md#timexType> "DATE"` + g("article"),
		`<urn:annals:statement/article#time> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2006/time#Instant>` + g("article"),
		// where each time comes from, stated whether the store implies it or not
		`<urn:annals:statement/article#time> <https://github.com/annals/annals/blob/main/docs/schema.md#timeSource> "document"` + g("article"),
		`<urn:annals:statement/span#time> <https://github.com/annals/annals/blob/main/docs/schema.md#timeSource> "explicit"` + g("span"),
		`<urn:annals:statement/span#time> <https://github.com/annals/annals/blob/main/docs/schema.md#timeFromSentence> "2"^^<http://www.w3.org/2001/XMLSchema#integer>` + g("span"),
		`<urn:annals:statement/deadline#time> <https://github.com/annals/annals/blob/main/docs/schema.md#timeSource> "inherited"` + g("deadline"),
		`<urn:annals:statement/deadline#time> <https://github.com/annals/annals/blob/main/docs/schema.md#timeFromSentence> "0"^^<http://www.w3.org/2001/XMLSchema#integer>` + g("deadline"),
		// a month is an interval with a beginning and an end
		`<urn:annals:statement/span#time> <http://www.w3.org/2006/time#hasBeginning> <urn:annals:statement/span#time-begin>` + g("span"),
		`<urn:annals:statement/span#time-end> <http://www.w3.org/2006/time#inXSDDate> "2025-07-31"` + xsdDate + g("span"),
		`<urn:annals:statement/span#time> <http://semanticweb.cs.vu.nl/2009/11/sem/hasBeginTimeStamp> "2025-07-01"` + xsdDate + g("span"),
		// a deadline has only SEM's latest end
		`<urn:annals:statement/deadline#time> <http://semanticweb.cs.vu.nl/2009/11/sem/hasLatestEndTimeStamp> "2025-08-31"` + xsdDate + g("deadline"),
		`<urn:annals:statement/deadline#time> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2006/time#ProperInterval>` + g("deadline"),
		// the sentence, in characters: "Erdoğan spoke. " is 15 characters, 16 bytes
		`<urn:annals:statement/day> <http://www.w3.org/ns/prov#hadPrimarySource> <urn:annals:statement/day#sentence>` + g("day"),
		`<urn:annals:statement/day#sentence> <http://www.w3.org/ns/oa#hasSource> <urn:annals:doc/d1>` + g("day"),
		`<urn:annals:statement/day#sentence-position> <http://www.w3.org/ns/oa#start> "15"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>` + g("day"),
		`<urn:annals:statement/day#sentence-position> <http://www.w3.org/ns/oa#end> "45"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>` + g("day"),
		`<urn:annals:statement/day#sentence-quote> <http://www.w3.org/ns/oa#exact> "Ушаков met Umerov in Istanbul."` + g("day"),
		// texts the store leaves to the document's text
		`<urn:annals:statement/day> <https://github.com/annals/annals/blob/main/docs/schema.md#subjectText> "Ушаков"` + g("day"),
		`<urn:annals:statement/day#q0> <https://github.com/annals/annals/blob/main/docs/schema.md#text> "in Istanbul"` + g("day"),
	} {
		if !lines[want] {
			t.Errorf("derived view lacks\n%s", want)
		}
	}
	for line := range lines {
		if strings.Contains(line, "#subjectText>") && !strings.HasPrefix(line, "<urn:annals:statement/day>") {
			t.Errorf("a text the store keeps, or one the offsets cannot cut, stated: %s", line)
		}
		if strings.Contains(line, "deadline#time-begin") || strings.Contains(line, "deadline#time> <http://www.w3.org/2006/time#hasBeginning") {
			t.Errorf("a deadline has no beginning: %s", line)
		}
	}
}

// TestEnrichedExportRoundTrips checks the promise of the exports with the
// derived view: the JSON-LD expands to the N-Quads, term for term, and
// Debian's rapper reads the N-Quads.
func TestEnrichedExportRoundTrips(t *testing.T) {
	in, _ := storeQuads()
	all := append(in, Enrich(in)...)
	ctx := map[string]string{"time": vocab.NSTime, "oa": vocab.NSOA, "rdfs": vocab.NSRDFS, "sem": vocab.NSSEM}
	var jsonld, nq bytes.Buffer
	if err := JSONLD(&jsonld, all, ctx); err != nil {
		t.Fatal(err)
	}
	if err := NQuads(&nq, all); err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(jsonld.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.Format = "application/n-quads"
	opts.Algorithm = "URDNA2015"
	fromJSONLD, err := ld.NewJsonLdProcessor().Normalize(doc, opts)
	if err != nil {
		t.Fatal(err)
	}
	opts.InputFormat = "application/n-quads"
	fromNQuads, err := ld.NewJsonLdProcessor().Normalize(nq.String(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if fromJSONLD != fromNQuads {
		t.Errorf("JSON-LD and N-Quads differ:\n%s\nvs\n%s", fromJSONLD, fromNQuads)
	}
	if !strings.Contains(jsonld.String(), `"time:inXSDDate"`) || !strings.Contains(jsonld.String(), `"oa:exact"`) {
		t.Errorf("the context's prefixes are not used:\n%.2000s", jsonld.String())
	}

	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Skip("rapper not on PATH (apt-get install raptor2-utils); N-Quads not checked with it")
	}
	path := filepath.Join(t.TempDir(), "enriched.nq")
	if err := os.WriteFile(path, nq.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(rapper, "-i", "nquads", "-c", path).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "returned") {
		t.Fatalf("rapper: %v\n%s", err, out)
	}
	if n := strings.Count(nq.String(), "\n"); !strings.Contains(string(out), "returned "+strconv.Itoa(n)+" triples") {
		t.Errorf("rapper read a different count than the %d lines:\n%s", n, out)
	}
}
