package nlp_test

import (
	"fmt"
	"strings"

	"github.com/annals/annals/ingest/nlp"
)

func Example() {
	m, err := nlp.Default()
	if err != nil {
		panic(err)
	}
	var words []nlp.Word
	for _, f := range strings.Fields("Russia offered to return the bodies of 3,000 soldiers .") {
		words = append(words, nlp.Word{Form: f})
	}
	m.Tag(words)
	m.Parse(words)
	for _, w := range words[:2] {
		fmt.Println(w.Form, w.Lemma, w.UPOS, w.XPOS)
	}
	// Output:
	// Russia Russia PROPN NNP
	// offered offer VERB VBD
}
