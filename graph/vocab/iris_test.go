package vocab

import (
	"testing"

	"github.com/cayleygraph/quad"
)

// TestIRIsRoundTrip wants every id read back from the IRI minted for it,
// escaped characters included, and no id from another kind's IRI.
func TestIRIsRoundTrip(t *testing.T) {
	b := IRIs{Base: DefaultBase}
	tests := []struct {
		name string
		mint func(string) quad.IRI
		read func(quad.Value) string
		id   string
		iri  quad.IRI
	}{
		{"actor", b.Actor, b.ActorID, "volodymyr-zelensky", "urn:annals:actor/volodymyr-zelensky"},
		{"actor escaped", b.Actor, b.ActorID, "a b/c", "urn:annals:actor/a%20b%2Fc"},
		{"statement", b.Statement, b.StatementID, "ab12", "urn:annals:statement/ab12"},
		{"document", b.Document, b.DocumentID, "doc:1", "urn:annals:doc/doc:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iri := tt.mint(tt.id)
			if iri != tt.iri {
				t.Errorf("minted %s, want %s", iri, tt.iri)
			}
			if got := tt.read(iri); got != tt.id {
				t.Errorf("read back %q, want %q", got, tt.id)
			}
		})
	}
	for _, v := range []quad.Value{b.Thing("x"), b.Predicate("x"), quad.String("urn:annals:actor/x"), IRIs{Base: "urn:other:"}.Actor("x"), nil} {
		if got := b.ActorID(v); got != "" {
			t.Errorf("ActorID(%v) = %q, want none", v, got)
		}
	}
}

func TestStatementNodes(t *testing.T) {
	st := IRIs{Base: DefaultBase}.Statement("ab12")
	if got, want := PartNode(st, PartSubject), quad.IRI("urn:annals:statement/ab12#subject"); got != want {
		t.Errorf("PartNode = %s, want %s", got, want)
	}
	tests := []struct {
		v    quad.Value
		want int
		ok   bool
	}{
		{QualifierNode(st, 0), 0, true},
		{QualifierNode(st, 12), 12, true},
		{PartNode(st, PartObject), 0, false},
		{st, 0, false},
		{quad.String("x#q1"), 0, false}, // a literal is no node
	}
	for _, tt := range tests {
		if got, ok := QualifierIndex(tt.v); got != tt.want || ok != tt.ok {
			t.Errorf("QualifierIndex(%v) = %d, %v; want %d, %v", tt.v, got, ok, tt.want, tt.ok)
		}
	}
}

func TestReferenceNode(t *testing.T) {
	st := IRIs{Base: "https://example.org/#records/"}.Statement("ab12")
	tests := []struct {
		v    quad.Value
		want int
		ok   bool
	}{
		{ReferenceNode(st, 0), 0, true},
		{ReferenceNode(st, 7), 7, true},
		{QualifierNode(st, 3), 0, false},
		{PartNode(st, PartSubject), 0, false},
		{st, 0, false}, // "#records/" in the base is no reference
		{quad.String("x#r1"), 0, false},
	}
	for _, tt := range tests {
		if got, ok := ReferenceIndex(tt.v); got != tt.want || ok != tt.ok {
			t.Errorf("ReferenceIndex(%v) = %d, %v; want %d, %v", tt.v, got, ok, tt.want, tt.ok)
		}
	}
}
