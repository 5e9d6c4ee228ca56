package timex_test

import (
	"fmt"
	"time"

	"github.com/annals/annals/ingest/timex"
)

func ExampleFind() {
	published := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC) // a Wednesday
	text := "Ukraine proposed talks on Wednesday, to take place by the end of August."
	for _, e := range timex.Find(text, published) {
		fmt.Printf("%d-%d %q %s %s %s latest %s\n", e.Start, e.End, e.Text, e.Type, e.Value, e.Kind,
			e.Latest.Format(time.DateOnly))
	}
	// Output:
	// 26-35 "Wednesday" DATE 2025-07-23 event latest 2025-07-23
	// 54-71 "the end of August" DATE 2025-08 deadline latest 2025-08-31
}
