// Package text splits raw English news text into sentences and tokens,
// keeping UTF-8 byte offsets into the document for every piece.
//
// Tokens follow Universal Dependencies (English EWT) conventions:
// contractions are split ("don't" → "do" "n't"), hyphenated compounds are
// split except after bound prefixes ("full-scale" → "full" "-" "scale",
// "non-stop" stays whole), and numbers, times, abbreviations, URLs and
// e-mail addresses stay whole. Every token's Text is exactly the slice of
// the document at its offsets; Form is the spelling a treebank would use.
package text
