package actor

import (
	"context"
	"fmt"
	"strings"

	"github.com/annals/annals"
)

func ExampleStage() {
	const text = "Moscow's chief negotiator, Vladimir Medinsky, met the Ukrainian delegation in Istanbul. " +
		"He said Medinsky would return."
	// Sentences and tagged tokens, as the split and annotate stages make
	// them, and one statement of the extractor: "He · say".
	a := fixtureAnalysis(text)
	he := strings.Index(text, "He ")
	a.Statements = []annals.Statement{{
		Sentence:  1,
		Subject:   annals.Argument{Span: annals.Span{Text: "He", Start: he, End: he + len("He")}},
		Predicate: annals.Predicate{Lemma: "say"},
	}}

	if err := (Stage{}).Run(context.Background(), a); err != nil {
		fmt.Println(err)
		return
	}
	for _, act := range a.Actors {
		fmt.Println(act.ID, act.Type, act.Aliases)
	}
	fmt.Println("He →", a.Statements[0].Subject.Actor)
	// Output:
	// moscow PLACE []
	// vladimir-medinsky PERSON [Medinsky]
	// ukrainian-delegation ORGANIZATION []
	// istanbul PLACE []
	// ukraine COUNTRY []
	// He → vladimir-medinsky
}
