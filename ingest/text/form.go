package text

import "strings"

// treebankQuotes maps typographic quotes to the ASCII a treebank uses.
var treebankQuotes = strings.NewReplacer(
	"’", "'", "‘", "'", "ʼ", "'", "‚", "'",
	"“", `"`, "”", `"`, "„", `"`,
)

// curlyQuotes are the characters that treebankQuotes replaces.
const curlyQuotes = "’‘ʼ‚“”„"

// formOf returns text with curly quotes and apostrophes made ASCII. It
// returns text itself (no allocation) when there is nothing to change.
func formOf(text string) string {
	for k := 0; k < len(text); k++ {
		// Every curly quote starts with byte 0xE2 or 0xCA; dashes and
		// other punctuation share the 0xE2 lead byte, hence the recheck.
		if c := text[k]; (c == 0xE2 || c == 0xCA) && strings.ContainsAny(text[k:], curlyQuotes) {
			return treebankQuotes.Replace(text)
		}
	}
	return text
}
