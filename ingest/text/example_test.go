package text_test

import (
	"fmt"

	"github.com/annals/annals/ingest/text"
)

func ExampleSentences() {
	doc := "Challenges in Negotiations\n" +
		"Mr. Umerov said Russia’s offer wasn't enough. He cautioned that “the positions are quite distant.” " +
		"Talks resume at 10:30 a.m. on Jan. 5."
	for _, s := range text.Sentences(doc) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, doc[s.Start:s.End])
		for _, tok := range s.Tokens {
			fmt.Printf(" %s", tok.Form)
		}
		fmt.Println()
	}
	// Output:
	// 0-26 Challenges in Negotiations
	//  Challenges in Negotiations
	// 27-74 Mr. Umerov said Russia’s offer wasn't enough.
	//  Mr. Umerov said Russia 's offer was n't enough .
	// 75-131 He cautioned that “the positions are quite distant.”
	//  He cautioned that " the positions are quite distant . "
	// 132-169 Talks resume at 10:30 a.m. on Jan. 5.
	//  Talks resume at 10:30 a.m. on Jan. 5 .
}

func ExampleTokenize() {
	sentence := "They can't exchange 3,000 soldiers' bodies—yet."
	for _, tok := range text.Tokenize(sentence, 100) {
		fmt.Printf("%d:%d %q\n", tok.Start, tok.End, tok.Text)
	}
	// Output:
	// 100:104 "They"
	// 105:107 "ca"
	// 107:110 "n't"
	// 111:119 "exchange"
	// 120:125 "3,000"
	// 126:134 "soldiers"
	// 134:135 "'"
	// 136:142 "bodies"
	// 142:145 "—"
	// 145:148 "yet"
	// 148:149 "."
}
