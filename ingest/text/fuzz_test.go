package text

import "testing"

func FuzzSentences(f *testing.F) {
	for _, seed := range []string{
		"",
		"Mr. Smith met Dr. J. K. Rowling at 10:30 a.m. in the U.S. on Jan. 5.",
		"Russia’s “allies” don't—can't--won't. The soldiers' 3,000 $5 10% 1.5.",
		"Challenges in Negotiations\nThe meeting began.\n\nFriday, January 4, 2019 \n\nText.",
		"see http://example.com/a?b=(1). Mail bob@example.org! full-scale non-stop 713-853-3989",
		"\xff\xfe broken\xc3 utf-8\xe2\x80 here’\xe2. Next",
		"“Why?” he asked. (He left.) Then... what?! ''quoted''",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		sents := Sentences(doc)
		checkSentences(t, doc, sents)
		// Tokenizing a tail with its offset gives document offsets.
		k := len(doc) / 2
		checkTokens(t, doc, Tokenize(doc[k:], k), k, len(doc))
	})
}
