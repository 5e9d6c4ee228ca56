package graph

import (
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"
)

// Namespaces of the vocabularies the store uses. The same IRIs appear in every
// export, so a consumer reads the store's own terms.
const (
	NSRDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	NSXSD    = "http://www.w3.org/2001/XMLSchema#"
	NSSchema = "https://schema.org/"
	NSSEM    = "http://semanticweb.cs.vu.nl/2009/11/sem/"
	NSProv   = "http://www.w3.org/ns/prov#"
	// NSAnnals is the small vocabulary of terms no standard one has
	// (spans in bytes, TIMEX3 values, confidence, modality). It is fixed, unlike
	// the base of data IRIs, so that consumers can rely on it.
	NSAnnals = "https://github.com/annals/annals/blob/main/docs/schema.md#"
)

// Prefixes maps the short names used in JSON-LD contexts and docs to the
// namespaces above.
func Prefixes() map[string]string {
	return map[string]string{
		"rdf":    NSRDF,
		"xsd":    NSXSD,
		"schema": NSSchema,
		"sem":    NSSEM,
		"prov":   NSProv,
		"annals": NSAnnals,
	}
}

func term(ns, name string) quad.IRI { return quad.IRI(ns + name) }

// Terms of the schema; docs/schema.md explains each.
var (
	rdfType = term(NSRDF, "type")

	classStatement = term(NSAnnals, "Statement")
	classThing     = term(NSAnnals, "Thing")
	classActor     = term(NSSEM, "Actor")
	classArticle   = term(NSSchema, "NewsArticle")

	// statement → its parts
	propAgent      = term(NSSchema, "agent")  // the subject's node
	propObject     = term(NSSchema, "object") // the object's node
	propLemma      = term(NSAnnals, "lemma")
	propDerived    = term(NSProv, "wasDerivedFrom") // the document
	propSentence   = term(NSAnnals, "sentence")     // index in the document
	propSentStart  = term(NSAnnals, "sentenceStart")
	propSentEnd    = term(NSAnnals, "sentenceEnd")
	propConfidence = term(NSAnnals, "confidence")
	propNegated    = term(NSAnnals, "negated")
	propRole       = term(NSAnnals, "role")
	propModality   = term(NSAnnals, "modality")
	propAttributed = term(NSProv, "wasAttributedTo")

	// spans: <part>Text, <part>Start, <part>End, and the compact form <part>Norm
	spanParts = [...]string{"subject", "predicate", "object", "time", "attribution"}

	// qualifiers of a statement: nodes <statement#qN> in its graph
	propQualifier = term(NSAnnals, "qualifier")
	propQualText  = term(NSAnnals, "text")
	propQualStart = term(NSAnnals, "start")
	propQualEnd   = term(NSAnnals, "end")
	propQualPrep  = term(NSAnnals, "preposition")

	// event type of a statement, and its actors' codes on the day
	propEventType   = term(NSSEM, "eventType")
	propEventSource = term(NSAnnals, "sourceActorCode")
	propEventTarget = term(NSAnnals, "targetActorCode")

	// time of a statement
	propTimexValue    = term(NSAnnals, "timexValue")
	propTimexType     = term(NSAnnals, "timexType")
	propTimeFromDoc   = term(NSAnnals, "timeFromDocument")
	propTimePrecision = term(NSAnnals, "timePrecision")
	propTimeKind      = term(NSAnnals, "timeKind")
	propEarliest      = term(NSSEM, "hasEarliestBeginTimeStamp")
	propLatest        = term(NSSEM, "hasLatestEndTimeStamp")

	// actors and things
	propName      = term(NSSchema, "name")
	propAlias     = term(NSSchema, "alternateName")
	propActorType = term(NSAnnals, "actorType")
	propPartOf    = term(NSAnnals, "partOf")      // a group → its country
	propNation    = term(NSSchema, "nationality") // a person → the country they serve
	propStandsFor = term(NSAnnals, "metonymFor")  // a capital or seat → the country it names

	// documents
	propIdentifier = term(NSSchema, "identifier")
	propHeadline   = term(NSSchema, "headline")
	propURL        = term(NSSchema, "url")
	propPublished  = term(NSSchema, "datePublished")
	propDateSource = term(NSAnnals, "dateSource")
	propText       = term(NSSchema, "text")
	propContent    = term(NSAnnals, "contentHash")
	propMeta       = term(NSAnnals, "metadata")
)

// schemaClass gives the schema.org class of each actor type.
var schemaClass = map[string]quad.IRI{
	"PERSON":       term(NSSchema, "Person"),
	"ORGANIZATION": term(NSSchema, "Organization"),
	"COUNTRY":      term(NSSchema, "Country"),
	"PLACE":        term(NSSchema, "Place"),
}

func spanTerm(part, field string) quad.IRI { return term(NSAnnals, part+field) }

// IRIs mints the IRIs of data nodes under one base.
type IRIs struct{ Base string }

func (b IRIs) mint(kind, id string) quad.IRI {
	return quad.IRI(b.Base + kind + "/" + url.PathEscape(id))
}

// Actor is the IRI of an actor.
func (b IRIs) Actor(id string) quad.IRI { return b.mint("actor", id) }

// Thing is the IRI of a subject or object that is not an actor.
func (b IRIs) Thing(slug string) quad.IRI { return b.mint("thing", slug) }

// Statement is the IRI of a statement, and the label of its named graph.
func (b IRIs) Statement(id string) quad.IRI { return b.mint("statement", id) }

// Document is the IRI of a document, and the label of its named graph.
func (b IRIs) Document(id string) quad.IRI { return b.mint("doc", id) }

// PLOVER and CAMEO are the namespaces of event type codes: PLOVER's
// categories and CAMEO's codes as IRIs.
const (
	NSPLOVER = "https://github.com/openeventdata/PLOVER#"
	NSCAMEO  = "http://eventdata.parusanalytics.com/cameo#"
)

// Predicate is the IRI of the edge for a predicate lemma.
func (b IRIs) Predicate(lemma string) quad.IRI { return b.mint("predicate", lemma) }

// local returns the id part of an IRI minted as kind, or "" if it is not one.
func (b IRIs) local(kind string, v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok {
		return ""
	}
	rest, ok := strings.CutPrefix(string(iri), b.Base+kind+"/")
	if !ok {
		return ""
	}
	id, err := url.PathUnescape(rest)
	if err != nil {
		return ""
	}
	return id
}
