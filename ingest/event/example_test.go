package event_test

import (
	"fmt"

	"github.com/annals/annals/ingest/event"
)

// An offer to return prisoners is no return (CAMEO 0841, PLOVER RETREAT):
// CAMEO codes it as an intent to release (0353), under PLOVER's AGREE.
func ExampleCoder_Code() {
	c, err := event.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	offer := event.Verb{
		Lemma:    "return",
		Object:   event.Phrase{Head: "prisoners", Words: []string{"the", "prisoners"}},
		Modality: "offer",
	}
	ev, _ := c.Code(offer)
	fmt.Println(ev.PLOVER, ev.CAMEO)

	shelling := event.Verb{Lemma: "shell", Form: "shelled",
		Subject: event.Phrase{Head: "troops", Words: []string{"troops"}},
		Object:  event.Phrase{Head: "town", Words: []string{"the", "town"}}}
	ev, _ = c.Code(shelling)
	fmt.Println(ev.PLOVER, ev.CAMEO)
	// Output:
	// AGREE 0353
	// FIGHT 190
}

func ExamplePLOVERFor() {
	fmt.Println(event.PLOVERFor("036"), event.PLOVERFor("0874"), event.PLOVERFor("1823"), event.PLOVERFor("010") == "")
	// Output: AGREE RETREAT ASSAULT true
}
