package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/annals/annals"
)

func TestActorDebugPipeline(t *testing.T) {
	raw, _ := os.ReadFile("../testdata/istanbul-talks.jsonl")
	var rec struct{ Text string }
	json.Unmarshal(raw, &rec)
	p, err := Default()
	if err != nil {
		t.Skip(err)
	}
	a := &Analysis{Document: annals.Document{ID: "x", Text: rec.Text}}
	if err := p.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, act := range a.Actors {
		fmt.Printf("%-28s %-13s %q\n", act.ID, act.Type, act.Aliases)
	}
	for _, st := range a.Statements {
		o, at := "", ""
		if st.Object != nil {
			o = st.Object.Text + "=" + st.Object.Actor
		}
		if st.Attribution != nil {
			at = st.Attribution.Text + "=" + st.Attribution.Actor
		}
		fmt.Printf("[%s=%s] %s [%s] {%s}\n", st.Subject.Text, st.Subject.Actor, st.Predicate.Lemma, o, at)
	}
	for _, s := range a.Sentences[:3] {
		for _, tok := range s.Tokens {
			fmt.Printf("%s/%s/%s ", tok.Form, tok.UPOS, tok.XPOS)
		}
		fmt.Println()
	}
}
