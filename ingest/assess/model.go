package assess

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"
)

// Model is a logistic model of the probability that a statement is right.
type Model struct {
	// Features names the inputs, in the order of Weights (see Vector).
	Features []string  `json:"features"`
	Weights  []float64 `json:"weights"`
	Bias     float64   `json:"bias"`
	// Source says what the model was fitted on, for the record.
	Source string `json:"source"`
}

// Vector spells features as the model's inputs, named by FeatureNames.
func (f Features) Vector() []float64 {
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	return []float64{
		f.Extractor,
		b(f.Subject == ArgResolvedPronoun),
		b(f.Subject == ArgName),
		b(f.Subject == ArgNoun),
		b(f.Subject == ArgUnresolvedPronoun),
		b(f.Subject == ArgClause),
		b(f.Object == ArgNone),
		b(f.Object == ArgActor || f.Object == ArgResolvedPronoun),
		b(f.Object == ArgUnresolvedPronoun),
		b(f.Object == ArgClause),
		b(f.Copula),
		b(f.LightVerb),
		b(f.Role),
		b(f.Negated),
		b(f.Modal),
		b(f.Attributed),
		b(f.DocumentDate),
		b(f.ReportingVerb),
		math.Min(float64(f.SubjectWords), 20) / 20,
		b(f.PredicateWords > 3),
		b(f.Verb == VerbBase),
		b(f.Verb == VerbParticiple),
		b(f.Verb == VerbGerund),
		b(f.Verb == VerbNone),
		b(f.Quoted),
		b(f.Quoted && !f.Attributed),
		b(f.Passive),
		b(f.FirstPerson),
		b(f.Object == ArgNone && !f.Complemented),
		b(f.SubjectDeictic),
		b(f.ObjectDeictic),
		b(f.ShortObject),
		b(f.ObjectDangles),
		b(f.ObjectFinite),
		b(f.SubjectUnparsed),
		b(f.ObjectLeans),
	}
}

// FeatureNames names the inputs of Vector, in order.
var FeatureNames = []string{
	"extractor", "subject:resolved-pronoun", "subject:name", "subject:noun", "subject:unresolved-pronoun",
	"subject:clause", "object:none", "object:actor", "object:unresolved-pronoun", "object:clause",
	"copula", "light-verb", "role", "negated", "modal", "attributed", "document-date", "reporting-verb",
	"subject-words/20", "long-predicate", "verb:base", "verb:participle", "verb:gerund", "verb:none",
	"quoted", "quoted-unattributed", "passive", "first-person", "bare",
	"subject:deictic", "object:deictic", "object:short", "object:dangles", "object:finite", "subject:unparsed",
	"object:leans",
}

// Probability is the model's probability that a statement with these
// features is right.
func (m *Model) Probability(f Features) float64 {
	z := m.Bias
	for i, x := range f.Vector() {
		z += m.Weights[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// check reports a model that does not fit Vector.
func (m *Model) check() error {
	if len(m.Features) != len(FeatureNames) || len(m.Weights) != len(FeatureNames) {
		return fmt.Errorf("assess model: %d features, %d weights; want %d", len(m.Features), len(m.Weights), len(FeatureNames))
	}
	for i, n := range FeatureNames {
		if m.Features[i] != n {
			return fmt.Errorf("assess model: feature %d is %q, want %q", i, m.Features[i], n)
		}
	}
	return nil
}

// ParseModel reads a model written by cmd/annals-calibrate.
func ParseModel(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("assess model: %w", err)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return &m, nil
}

//go:embed model.json
var embeddedModel []byte

// DefaultModel is the embedded model, read once.
var DefaultModel = sync.OnceValues(func() (*Model, error) { return ParseModel(embeddedModel) })
