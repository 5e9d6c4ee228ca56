package text

import (
	"reflect"
	"testing"
)

// sentenceTexts returns doc[Start:End] of each sentence.
func sentenceTexts(doc string, sents []Sentence) []string {
	out := make([]string, len(sents))
	for k, s := range sents {
		out[k] = doc[s.Start:s.End]
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "The talks ended. Both sides left.",
			[]string{"The talks ended.", "Both sides left."}},
		{"question and exclamation", "Is it over? Yes! It is.",
			[]string{"Is it over?", "Yes!", "It is."}},
		{"closing quote stays", "He cautioned that “the positions are quite distant.” Both nations agreed.",
			[]string{"He cautioned that “the positions are quite distant.”", "Both nations agreed."}},
		{"closing bracket stays", "(He left early.) Then it rained.",
			[]string{"(He left early.)", "Then it rained."}},
		{"quoted question inside a sentence", "“Why?” he asked. Nobody knew.",
			[]string{"“Why?” he asked.", "Nobody knew."}},
		{"next sentence opens with a quote", `They met. "We agree," he said.`,
			[]string{"They met.", `"We agree," he said.`}},
		{"next sentence opens with a digit", "They met in May. 1,200 prisoners were freed.",
			[]string{"They met in May.", "1,200 prisoners were freed."}},
		{"title abbreviations", "Mr. Smith met Dr. Jones and Gen. Lee.",
			[]string{"Mr. Smith met Dr. Jones and Gen. Lee."}},
		{"initials", "He met J. K. Rowling today. She smiled.",
			[]string{"He met J. K. Rowling today.", "She smiled."}},
		{"month abbreviation before a date", "It began on Jan. 5. It ended.",
			[]string{"It began on Jan. 5.", "It ended."}},
		{"a.m. inside a sentence", "At 9 a.m. Monday the talks began.",
			[]string{"At 9 a.m. Monday the talks began."}},
		{"p.m. ending a sentence", "It began at 10 p.m. Police said nothing.",
			[]string{"It began at 10 p.m.", "Police said nothing."}},
		{"a.m. before a weekday and a time zone", "It began at 9 a.m. Monday and ended at 5 p.m. EDT on Friday.",
			[]string{"It began at 9 a.m. Monday and ended at 5 p.m. EDT on Friday."}},
		{"St. as saint and as street", "St. Louis lies far from Main St. The bus is slow.",
			[]string{"St. Louis lies far from Main St.", "The bus is slow."}},
		{"U.S. ending a sentence", "He lives in the U.S. The rest live abroad.",
			[]string{"He lives in the U.S.", "The rest live abroad."}},
		{"U.S. inside a sentence", "The U.S. Congress voted.",
			[]string{"The U.S. Congress voted."}},
		{"e.g. inside a sentence", "Some cities, e.g. Kyiv, were hit.",
			[]string{"Some cities, e.g. Kyiv, were hit."}},
		{"decimal and time are not ends", "Growth was 1.5 percent at 10:30 today.",
			[]string{"Growth was 1.5 percent at 10:30 today."}},
		{"ellipsis before a capital", "He paused... Then he spoke.",
			[]string{"He paused...", "Then he spoke."}},
		{"ellipsis before lowercase", "He paused... and then spoke.",
			[]string{"He paused... and then spoke."}},
		{"heading line", "Challenges in Negotiations\nThe meeting in Istanbul follows previous rounds.",
			[]string{"Challenges in Negotiations", "The meeting in Istanbul follows previous rounds."}},
		{"blank line always ends", "no punctuation here\n\nnext paragraph starts lowercase",
			[]string{"no punctuation here", "next paragraph starts lowercase"}},
		{"hard-wrapped paragraph", "The talks were held in\nIstanbul and they ended\nlate on Wednesday.",
			[]string{"The talks were held in\nIstanbul and they ended\nlate on Wednesday."}},
		{"dateline", "Friday, January 4, 2019 \n\nAn apartment building collapsed on Monday.",
			[]string{"Friday, January 4, 2019", "An apartment building collapsed on Monday."}},
		{"windows line ends", "Heading\r\nThe text.\r\n\r\nMore text.",
			[]string{"Heading", "The text.", "More text."}},
		{"paragraph per line", "First paragraph ends.\nSecond paragraph ends.",
			[]string{"First paragraph ends.", "Second paragraph ends."}},
		{"surrounding space trimmed", "  \n Hello there.  \n\n  ",
			[]string{"Hello there."}},
		{"lowercase after a full stop in web text", "i am going out. jill is coming too.",
			[]string{"i am going out.", "jill is coming too."}},
		{"lowercase after a lone lowercase letter continues", "See p. iv for details.",
			[]string{"See p. iv for details."}},
		{"abbreviation inside brackets before a new sentence", "Meet at the hall (220 Main Ave.) Does that work?",
			[]string{"Meet at the hall (220 Main Ave.)", "Does that work?"}},
		{"list numbers", "1. Call him. 2. Wait.",
			[]string{"1. Call him.", "2. Wait."}},
		{"separator lines stand alone", "***** The text follows.",
			[]string{"*****", "The text follows."}},
		{"emoticon ends a sentence", "Love it :) See you soon.",
			[]string{"Love it :)", "See you soon."}},
		{"missing space after a full stop", "The talks ended.Both sides left.",
			[]string{"The talks ended.Both sides left."}},
		{"empty", "", nil},
		{"only space", " \n\n\t", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := Sentences(tt.in)
			checkSentences(t, tt.in, sents)
			got := sentenceTexts(tt.in, sents)
			if len(got) == 0 {
				got = nil
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSentenceOffsets(t *testing.T) {
	const doc = "Heading\n\n  It works. “Yes.”  "
	sents := Sentences(doc)
	checkSentences(t, doc, sents)
	var got [][2]int
	for _, s := range sents {
		got = append(got, [2]int{s.Start, s.End})
	}
	want := [][2]int{{0, 7}, {11, 20}, {21, 31}} // “ and ” are 3 bytes each
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v, want %v (%q)", got, want, sentenceTexts(doc, sents))
	}
}

// TestSentenceTokensIndependent checks that appending to one sentence's
// tokens cannot overwrite the next sentence's.
func TestSentenceTokensIndependent(t *testing.T) {
	sents := Sentences("One. Two.")
	if len(sents) != 2 {
		t.Fatalf("got %d sentences", len(sents))
	}
	_ = append(sents[0].Tokens, Token{Text: "x"})
	if sents[1].Tokens[0].Text != "Two" {
		t.Errorf("second sentence starts with %q after appending to the first", sents[1].Tokens[0].Text)
	}
}
