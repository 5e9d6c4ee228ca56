package main

import (
	"bufio"
	"fmt"

	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/openie"
)

// writeCaRBDocument prints a document's statements in the CaRB benchmark's
// format (openie.Tuples): the sentence, the confidence, then the
// subject, relation, object and qualifiers, a tab between each.
func writeCaRBDocument(w *bufio.Writer, opts *extractOptions, a *analysis.Analysis) error {
	for _, t := range openie.Tuples(a) {
		if t.Confidence < opts.MinConfidence {
			continue
		}
		fmt.Fprintf(w, "%s\t%.4f\t%s\t%s\t%s", cell(t.Sentence), t.Confidence, cell(t.Arg1), cell(t.Rel), cell(t.Arg2))
		for _, q := range t.Args {
			fmt.Fprintf(w, "\t%s", cell(q))
		}
		if err := w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}
