package vocab

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// DefaultBase is the base of data IRIs when none is given.
const DefaultBase = "urn:annals:"

// IRIs mints the IRIs of data nodes under one base, and reads ids back from
// them.
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

// Predicate is the IRI of the edge for a predicate lemma.
func (b IRIs) Predicate(lemma string) quad.IRI { return b.mint("predicate", lemma) }

// ActorID is the id of the actor whose IRI v is; "" if v is none.
func (b IRIs) ActorID(v quad.Value) string { return b.local("actor", v) }

// StatementID is the id of the statement whose IRI v is; "" if v is none.
func (b IRIs) StatementID(v quad.Value) string { return b.local("statement", v) }

// DocumentID is the id of the document whose IRI v is; "" if v is none.
func (b IRIs) DocumentID(v quad.Value) string { return b.local("doc", v) }

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

// FactNode is the node of a fact (annals.Statement.Fact) that the
// statement st reports, FACT under the base of st's IRI: BASE/fact/ID;
// "" when st is no statement IRI.
func FactNode(st quad.IRI, fact string) quad.IRI {
	at := strings.LastIndex(string(st), "statement/")
	if at < 0 || fact == "" {
		return ""
	}
	return IRIs{Base: string(st[:at])}.mint("fact", fact)
}

// PartNode is the node of a statement's own that stands for one of its
// parts, STATEMENT#subject or STATEMENT#object: the store gives one to a
// pronoun no actor was found for, which names nothing beyond its statement.
func PartNode(st quad.IRI, p Part) quad.IRI {
	return quad.IRI(string(st) + "#" + string(p)) // string(st): IRI.String adds <>
}

// QualifierNode is the node of a statement's i-th qualifier, STATEMENT#qN.
func QualifierNode(st quad.IRI, i int) quad.IRI {
	return quad.IRI(string(st) + "#q" + strconv.Itoa(i))
}

// QualifierIndex is N of a qualifier node STATEMENT#qN; false if v is none.
func QualifierIndex(v quad.Value) (int, bool) {
	iri, _ := v.(quad.IRI)
	_, n, ok := strings.Cut(string(iri), "#q")
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(n)
	return i, err == nil
}

// ReferenceNode is the node of a statement's i-th reference (a pronoun
// inside one of its phrases and the actor it stands for), STATEMENT#rN.
func ReferenceNode(st quad.IRI, i int) quad.IRI {
	return quad.IRI(string(st) + "#r" + strconv.Itoa(i))
}

// ReferenceIndex is N of a reference node STATEMENT#rN; false if v is none.
func ReferenceIndex(v quad.Value) (int, bool) {
	iri, _ := v.(quad.IRI)
	at := strings.LastIndex(string(iri), "#r")
	if at < 0 {
		return 0, false
	}
	i, err := strconv.Atoi(string(iri[at+2:]))
	return i, err == nil
}
