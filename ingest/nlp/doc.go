// Package nlp is a pure-Go English tagger, lemmatizer and labelled
// dependency parser producing Universal Dependencies analyses, trained on UD
// English EWT (the model, CC BY-SA 4.0, is embedded; see model/README.md).
//
// The tagger is a chain of two greedy averaged-perceptron passes (Penn XPOS,
// then UPOS with the XPOS tags around each word as features). The lemmatizer
// looks words up in a table learnt from the treebank and undoes regular
// inflection with learnt suffix rules. The parser is an arc-hybrid
// transition parser with an averaged perceptron, searching with a small beam
// and trained globally (max-violation updates) on jackknifed tags, or greedy
// and trained with a dynamic oracle; each arc is labelled as it is made.
//
// Use Default for the embedded model, then Tag and Parse on the words of one
// sentence:
//
//	m, err := nlp.Default()
//	...
//	m.Tag(words)   // UPOS, XPOS, Lemma
//	m.Parse(words) // Head, Deprel
//
// ReadCoNLLU and WriteCoNLLU read and write CoNLL-U; Train (used by
// cmd/annals-train) rebuilds the model bit for bit from the treebank.
package nlp
