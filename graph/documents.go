package graph

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/annals/annals"
	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// DocumentByID reads a stored document, its text included; ok is false if
// there is none with that id. Origin is not stored and stays empty.
func (s *Store) DocumentByID(ctx context.Context, id string) (d annals.Document, ok bool, err error) {
	node := s.iri.Document(id)
	qs, err := s.quadsWith(ctx, quad.Subject, node)
	if err != nil {
		return d, false, fmt.Errorf("read document %s: %w", id, err)
	}
	if property(qs, vocab.RDFType) == nil {
		return d, false, nil
	}
	d = annals.Document{
		ID:         id,
		Title:      stringOf(property(qs, vocab.PropHeadline)),
		URL:        stringOf(property(qs, vocab.PropURL)),
		Date:       dateOf(property(qs, vocab.PropPublished)),
		DateSource: annals.DateSource(stringOf(property(qs, vocab.PropDateSource))),
		Text:       stringOf(property(qs, vocab.PropText)),
	}
	if meta := stringOf(property(qs, vocab.PropMeta)); meta != "" {
		_ = json.Unmarshal([]byte(meta), &d.Meta) // written by json.Marshal of the same map type
	}
	return d, true, nil
}

// StatementSentence gives the document a statement was read from and the
// span of its sentence in that document's text; ok is false if there is no
// statement with that id.
func (s *Store) StatementSentence(ctx context.Context, statementID string) (doc string, sentence annals.Span, ok bool, err error) {
	qs, err := s.quadsWith(ctx, quad.Subject, s.iri.Statement(statementID))
	if err != nil {
		return "", sentence, false, fmt.Errorf("read statement %s: %w", statementID, err)
	}
	if property(qs, vocab.PropDerived) == nil {
		return "", sentence, false, nil
	}
	doc = s.iri.DocumentID(property(qs, vocab.PropDerived))
	sentence.Start, sentence.End = intOf(property(qs, vocab.PropSentStart)), intOf(property(qs, vocab.PropSentEnd))
	d, found, err := s.DocumentByID(ctx, doc)
	if err != nil || !found {
		return doc, sentence, true, err
	}
	if 0 <= sentence.Start && sentence.Start <= sentence.End && sentence.End <= len(d.Text) {
		sentence.Text = d.Text[sentence.Start:sentence.End]
	}
	return doc, sentence, true, nil
}
