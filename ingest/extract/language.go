package extract

import (
	"strings"
	"unicode"

	"github.com/annals/annals/ingest/analysis"
)

// foreign reports a sentence not written in English: an original quotation
// a news article gives beside its translation ("Le bilan est lourd ...",
// a line in Devanagari). The English parser reads such words as nonsense,
// so such a sentence states nothing. It is foreign when most of its
// letters are of another script than the Latin, or when at least three of
// its words are function words of French, Spanish, Italian, Portuguese or
// German and they outnumber English function words two to one (a Spanish
// name, "De La Fuente", is not enough).
func foreign(s *analysis.Sentence) bool {
	letters, latin := 0, 0
	for _, r := range s.Text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	if letters > 0 && 2*latin < letters {
		return true
	}
	english, other := 0, 0
	for _, t := range s.Tokens {
		w := strings.ToLower(t.Form)
		switch {
		case englishFunctionWords[w]:
			english++
		case otherFunctionWords[w]:
			other++
		}
	}
	return other >= 3 && other > 2*english
}

// englishFunctionWords are common English words no other language above
// shares in spelling.
var englishFunctionWords = setOf("the", "of", "to", "and", "is", "was", "for", "on", "that", "with", "by",
	"at", "from", "it", "this", "be", "are", "were", "has", "have", "not", "but", "or", "he", "she",
	"they", "we", "i", "you", "his", "her", "their", "will", "would", "which", "who", "an", "its")

// otherFunctionWords are function words of French, Spanish, Italian,
// Portuguese and German that English text does not use as words of its
// own ("la" and "de", frequent in names, are left out).
var otherFunctionWords = setOf(
	"le", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "avec", "qui", "pas", "nous", "vous",
	"ils", "mes", "mon", "aux", "au", "sont", "ont", "été", "cette", "leurs", "à",
	"el", "los", "las", "que", "del", "por", "una", "para", "como", "más", "pero",
	"di", "che", "è", "sono", "gli", "della",
	"não", "uma",
	"der", "das", "und", "ist", "nicht", "ein", "eine", "zu", "mit", "sich", "auf", "für", "dem", "von")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
