// Package assess judges each statement as a reader would, after the other
// stages have done their work: whether it is something a reader can use at
// all, and how likely it is to be right.
//
// Its confidence is a probability: a logistic model over a statement's
// features (Features), fitted to the verdicts of the fact scorer on the
// MEANTIME development articles (see Model and cmd/annals-calibrate), so
// that statements at 0.8 are right about 80 % of the time by that scorer's
// strict standard. On top of the model, a few kinds of statement never
// reach a reader's default view whatever the model says (Limits): an
// unresolved pronoun as subject, a bare copula that is not about a named
// actor, a verb of saying with nothing said.
package assess
