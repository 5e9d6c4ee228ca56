package fact

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// MentionStage adds an event mention (analysis.Analysis.Events) for each
// word that names an act and that no statement's predicate covers (but a
// junk one, annals.JunkConfidence, which extract leaves out): a verb
// ("agreed to host", "after hosting") or a noun whose first WordNet sense
// is an act or an event ("the earthquake", "the acquisition"). A mention
// has a predicate, its lemma and the document's date, no subject, and the
// junk confidence (annals.JunkConfidence): it is there for the fact
// identity (Stage, run after it), not for a reader. It has no state and is
// safe for concurrent use.
type MentionStage struct {
	// Classes tells the event nouns; nil means DefaultClasses().
	Classes *Classes
}

// Name identifies the stage and the version of its rules.
func (MentionStage) Name() string { return "event-mentions/1" }

// Run sets a.Events.
func (s MentionStage) Run(ctx context.Context, a *analysis.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	classes, err := classesOr(s.Classes)
	if err != nil {
		return err
	}
	a.Events = a.Events[:0]
	covered := make(map[int][]annals.Span, len(a.Sentences))
	for _, st := range a.Statements {
		if st.Confidence < annals.JunkConfidence {
			continue // left out of extract's output: the word needs a mention
		}
		covered[st.Sentence] = append(covered[st.Sentence], st.Predicate.Span)
	}
	when := analysis.DocumentTime(a.Document.Date)
	for si := range a.Sentences {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		for _, t := range a.Sentences[si].Tokens {
			if !names(classes, t) || overlaps(covered[si], t.Span) {
				continue
			}
			m := annals.Statement{Doc: a.Document.ID, Sentence: si,
				Predicate:  annals.Predicate{Span: t.Span, Lemma: t.Lemma},
				Time:       when,
				Confidence: annals.JunkConfidence}
			m.ID = mentionID(&m)
			a.Events = append(a.Events, m)
		}
	}
	return nil
}

// names reports whether a word names an act: a verb that is no auxiliary,
// or an event noun.
func names(classes *Classes, t analysis.Token) bool {
	switch t.UPOS {
	case "VERB":
		return t.Lemma != "" && !generic[t.Lemma]
	case "NOUN":
		_, ok := classes.Noun(t.Lemma)
		return ok
	}
	return false
}

func overlaps(spans []annals.Span, s annals.Span) bool {
	for _, p := range spans {
		if p.Start < s.End && s.Start < p.End {
			return true
		}
	}
	return false
}

// mentionID is an event mention's stable id, from its document, sentence
// and predicate, marked apart from statements' ids by its "m" prefix.
func mentionID(m *annals.Statement) string {
	h := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d\x00%d:%d\x00mention", m.Doc, m.Sentence, m.Predicate.Start, m.Predicate.End))
	return "m" + hex.EncodeToString(h[:12])
}
