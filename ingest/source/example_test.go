package source_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/annals/annals/ingest/source"
)

func ExampleDocuments() {
	news := strings.NewReader(`{"id":"talks","date":"2025-07-23","text":"Ukraine proposed talks on Wednesday."}
{"text":"Friday, January 4, 2019\n\nA building collapsed on Monday."}
["not", "an", "object"]
`)
	opts := source.Options{Stdin: news, StdinName: "news"}
	for doc, err := range source.Documents(context.Background(), []string{"-"}, opts) {
		if err != nil {
			fmt.Println("skipped:", err)
			continue
		}
		fmt.Println(doc.ID, doc.Date.Format("2006-01-02"), doc.DateSource, doc.Origin)
	}
	// Output:
	// talks 2025-07-23 field news:1
	// doc-ec26833cecb40805 2019-01-04 dateline news:2
	// skipped: news:3: not a JSON object but an array
}
