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
