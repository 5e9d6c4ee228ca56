package ingest_test

import (
	"context"
	"fmt"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
)

func ExamplePipeline() {
	pipe, err := ingest.Default()
	if err != nil {
		panic(err)
	}
	a := &analysis.Analysis{Document: annals.Document{
		ID:   "example",
		Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC),
		Text: "Russia offered to return the bodies of 3,000 soldiers on Wednesday.",
	}}
	if err := pipe.Run(context.Background(), a); err != nil {
		panic(err)
	}
	for _, st := range a.Statements {
		fmt.Printf("%s · %s · %s (modality %s, %s)\n", st.Subject.Text, st.Predicate.Lemma, st.Object.Label(), st.Modality, st.Time.Value)
	}
	// Output: Russia · return · bodies of 3,000 soldiers (modality offer, 2025-07-23)
}

func ExamplePipeline_Analyse() {
	pipe, err := ingest.Default()
	if err != nil {
		panic(err)
	}
	day := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	docs := func(yield func(annals.Document, error) bool) {
		for i, text := range []string{"Russia offered to return the bodies of 3,000 soldiers.", "Ukraine proposed direct talks with Russia in Istanbul on Wednesday."} {
			if !yield(annals.Document{ID: fmt.Sprint("d", i+1), Date: day, Text: text}, nil) {
				return
			}
		}
	}
	// two workers; the analyses come in the order of the documents
	for a, err := range pipe.Analyse(context.Background(), docs, 2) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		for _, st := range a.Statements {
			fmt.Printf("%s: %s · %s · %s\n", a.Document.ID, st.Subject.Text, st.Predicate.Lemma, st.Object.Label())
		}
	}
	// Output:
	// d1: Russia · return · bodies of 3,000 soldiers
	// d2: Ukraine · propose · direct talks
}
