package assess

import (
	"context"
	"math"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// Limit is the highest confidence a statement of a kind that a reader
// cannot use gets, whatever the model says: annals.JunkConfidence, below
// what the reader's views show by default; extract keeps it for a feed
// that can resolve more (its pronoun, say), and --min-confidence 0 shows
// every statement.
const Limit = annals.JunkConfidence

// Stage sets each statement's confidence to the model's probability that
// it is right, held under Limit for the kinds a reader cannot use (see
// Unusable). It has no state and is safe for concurrent use.
type Stage struct {
	Model *Model // nil: DefaultModel()
}

// Name identifies the stage and the version of its rules.
func (Stage) Name() string { return "assess/10" }

// Run sets the confidence of every statement of a.
func (s Stage) Run(ctx context.Context, a *analysis.Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m := s.Model
	if m == nil {
		var err error
		if m, err = DefaultModel(); err != nil {
			return err
		}
	}
	doc := NewDocument(a)
	for i := range a.Statements {
		st := &a.Statements[i]
		f := doc.Features(st)
		p := m.Probability(f)
		if Unusable(f) != "" {
			p = min(p, Limit)
		}
		st.Confidence = math.Round(p*1000) / 1000 // three digits say all the model knows
	}
	return nil
}

// Unusable names why a reader cannot use a statement with these features,
// or returns "" when they can:
//   - "unresolved pronoun": its subject is a pronoun no actor was found for
//     ("it · does not happen");
//   - "clause as subject": its subject is a stretch of text, not a phrase;
//   - "copula": a bare "be" whose subject has no name ("the
//     announcement · was long-awaited"); a copula says something of a
//     named actor's or thing's role, identity or attribute only;
//   - "nothing said": a verb of saying with no object ("Police · announce"),
//     only whom it told ("Rajamma · tell · Jaya"), or only where or about
//     whom it was said ("Ana · write on · Instagram");
//   - "time as subject": its subject is a time ("Tuesday · tell"), a
//     misread phrase of time;
//   - "unattributed quotation": words inside quotation marks that no one
//     is said to have said: the article does not state them;
//   - "empty object": its object is a pronoun or a word like "that" or
//     "this" that points elsewhere ("said · that", "post · it");
//   - "subject points elsewhere": a subject like "these tools" or "that
//     team" that names no actor: the reader cannot tell who;
//   - "object is the subject": one actor on both sides ("Ana · say on ·
//     Ana"), which the text hardly ever means;
//   - "object lost its start": an object that opens with a finite verb
//     ("think · is that a lot of people ..."), whose subject the parse lost.
func Unusable(f Features) string {
	switch {
	case f.Subject == ArgUnresolvedPronoun:
		return "unresolved pronoun"
	case f.Subject == ArgTime:
		return "time as subject"
	case f.Quoted && !f.Attributed:
		return "unattributed quotation"
	case f.Subject == ArgClause:
		return "clause as subject"
	case f.Copula && !f.Role && f.Subject != ArgActor && f.Subject != ArgResolvedPronoun && f.Subject != ArgName:
		return "copula"
	case f.ReportingVerb && f.Object == ArgNone, f.RecipientOnly, f.ContentLost:
		return "nothing said"
	case f.Object == ArgUnresolvedPronoun:
		return "empty object"
	case f.SubjectDeictic:
		return "subject points elsewhere"
	case f.ObjectIsSubject:
		return "object is the subject"
	case f.ObjectHeadless:
		return "object lost its start"
	}
	return ""
}
