package graph

import (
	"context"
	"testing"

	"github.com/annals/annals/graph/vocab"
	"github.com/annals/annals/ingest/actor"
)

func TestDocumentAndSentence(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "memory")
	x := sample()
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	if _, err := w.Write(ctx, x); err != nil {
		t.Fatal(err)
	}
	w.Close(ctx)

	d, ok, err := s.DocumentByID(ctx, "doc:1")
	if err != nil || !ok {
		t.Fatalf("DocumentByID = %v, %v", ok, err)
	}
	if d.Text != x.Document.Text || d.Title != "Talks" || !d.Date.Equal(x.Document.Date) || d.Meta["source"] != "test" {
		t.Errorf("document read back: %+v", d)
	}
	if _, ok, err := s.DocumentByID(ctx, "nope"); ok || err != nil {
		t.Errorf("a missing document: %v, %v", ok, err)
	}

	doc, sentence, ok, err := s.StatementSentence(ctx, x.Statements[1].ID)
	if err != nil || !ok || doc != "doc:1" || sentence != x.Sentences[1] {
		t.Errorf("StatementSentence = %q, %+v, %v, %v; want %+v", doc, sentence, ok, err, x.Sentences[1])
	}
	if _, _, ok, err := s.StatementSentence(ctx, "nope"); ok || err != nil {
		t.Errorf("a missing statement: %v, %v", ok, err)
	}
}

func TestQualifierNodesAreIRIs(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "memory")
	w := s.NewWriter("test")
	w.JoinActors(actor.NewJoiner(nil))
	if _, err := w.Write(ctx, sample()); err != nil {
		t.Fatal(err)
	}
	w.Close(ctx)
	quads, _ := s.AllQuads(ctx)
	for _, q := range quads {
		if q.Predicate == vocab.PropQualifier && q.Object.String()[1] == '<' {
			t.Errorf("qualifier node %s is not an absolute IRI", q.Object)
		}
	}
}
