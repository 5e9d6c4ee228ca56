package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NameAcrossAnd reports whether the "and" or "&" at token j joins the
// capitalised words around it into one name rather than coordinating two:
// "the Bread and Roses Party", "Pacific Gas and Electric Company", "the
// Department of Health and Human Services", "Procter & Gamble", "Johnson
// and Johnson". hi is the end of the name's words after the "and" (past
// its head word). A name's own head before the "and" ("London Ambulance
// Service and London Fire Brigade"), an acronym ("AP and NBC News") or a
// "both" ("both Tesco and Salling Group") keeps a coordination, and so
// does anything else: two capitalised words alone ("Biden and Harris")
// are two names. lo is the first of the capitalised words before the
// "and" (after any "of" that holds them).
func NameAcrossAnd(toks []Token, j int) (lo, hi int, ok bool) {
	if j <= 0 || j+1 >= len(toks) {
		return 0, 0, false
	}
	and := strings.ToLower(toks[j].Form)
	if and != "and" && and != "&" {
		return 0, 0, false
	}
	// the capitalised words before the "and", at most three
	lo = j
	for lo > 0 && j-lo < 3 && nameWord(toks[lo-1]) {
		lo--
	}
	if lo == j {
		return 0, 0, false
	}
	if lo > 0 {
		switch strings.ToLower(toks[lo-1].Form) {
		case "both", "between", "either", "neither":
			return 0, 0, false // "both Tesco and Salling Group": two
		}
	}
	// the capitalised words after it, at most four
	end := j + 1
	for end < len(toks) && end-j <= 4 && nameWord(toks[end]) {
		end++
	}
	if end == j+1 {
		return 0, 0, false
	}
	if and == "&" {
		// "Procter & Gamble", "Simon & Schuster": news writes "&" inside names
		return lo, end, true
	}
	if j-lo == 1 && end-j == 2 && toks[j-1].Form == toks[j+1].Form {
		return lo, j + 2, true // "Johnson and Johnson": no one is coordinated with himself
	}
	for k := lo; k < end; k++ {
		if k != j && IsAcronym(toks[k].Form) {
			return 0, 0, false
		}
	}
	if nameHeads[strings.ToLower(toks[j-1].Form)] {
		return 0, 0, false // "London Ambulance Service and ...": the first name is whole
	}
	if j+2 < len(toks) && nameHeads[strings.ToLower(toks[j+1].Form)] {
		switch strings.ToLower(toks[j+2].Form) {
		case "of", "for":
			return 0, 0, false // "... and Center for Food Safety": a second name starts
		}
	}
	// "Bread and Roses Party": the words after the "and" end in the head
	// that makes the whole one body; the last head word closes the name
	// ("the Harbour Safety and Rescue Board")
	for k := end - 1; k > j; k-- {
		if nameHeads[strings.ToLower(toks[k].Form)] {
			if j-lo == 1 && k == j+2 && toks[j-1].UPOS == "ADJ" && toks[j+1].UPOS == "ADJ" {
				// "the Democratic and Republican Party's primaries": two
				// parties, the first head left out
				return 0, 0, false
			}
			if k+1 < len(toks) && toks[k+1].UPOS == "NOUN" && !capitalised(toks[k+1].Form) {
				// "Biden and Democratic Party leaders": the head is a
				// modifier, and the "and" may join people
				return 0, 0, false
			}
			if nameOfBefore(toks, lo) && k-j > 2 {
				// "the Union of Montana and Native American Rights Fund":
				// the words before the "and" end another name, unless
				// the words after it are a short topic ("the Department
				// of Health and Human Services")
				return 0, 0, false
			}
			return lo, k + 1, true
		}
	}
	// "the Department of Health and Human Services": a body's name "of"
	// two capitalised topics, when nothing after them is capitalised
	if ofBefore(toks, lo) && (end == len(toks) || !capitalised(toks[end].Form)) {
		return lo, end, true
	}
	return 0, 0, false
}

// ofBefore reports whether the capitalised words from lo follow "of" or
// "for" after a body's head word: "Department of", "Party for".
func ofBefore(toks []Token, lo int) bool {
	if lo < 2 {
		return false
	}
	switch strings.ToLower(toks[lo-1].Form) {
	case "of", "for":
	default:
		return false
	}
	h := toks[lo-2]
	return capitalised(h.Form) && ofHeads[strings.ToLower(h.Form)]
}

// nameOfBefore reports whether the capitalised words from lo follow "of"
// or "for" inside a name: "Union of", "Bank of".
func nameOfBefore(toks []Token, lo int) bool {
	if lo < 2 {
		return false
	}
	switch strings.ToLower(toks[lo-1].Form) {
	case "of", "for":
		return capitalised(toks[lo-2].Form)
	}
	return false
}

// nameWord reports a capitalised noun or adjective that can be part of a
// name.
func nameWord(t Token) bool {
	if !capitalised(t.Form) {
		return false
	}
	return IsNounTag(t.XPOS) || IsAdjTag(t.XPOS) || t.UPOS == "PROPN"
}

func capitalised(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return unicode.IsUpper(r)
}

// IsAcronym reports a word of two or more letters all in capitals ("NBC",
// "AP"): a name of its own, which no longer name coordinates.
func IsAcronym(form string) bool {
	n := 0
	for _, r := range form {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// nameHeads end the name of a body, a prize or a publication that may hold
// an "and": "the Bread and Roses Party", "the House Oversight and Reform
// Committee", "the Rock and Roll Hall of Fame", "Rogaland Fire and Rescue".
var nameHeads = map[string]bool{
	"party": true, "company": true, "co.": true, "corporation": true, "corp.": true, "inc.": true,
	"bank": true, "institute": true, "foundation": true, "committee": true, "council": true,
	"commission": true, "agency": true, "service": true, "services": true, "fund": true,
	"association": true, "society": true, "team": true, "centre": true, "center": true,
	"hall": true, "championship": true, "championships": true, "presidency": true, "league": true,
	"union": true, "trust": true, "federation": true, "alliance": true, "movement": true,
	"academy": true, "museum": true, "review": true, "reports": true, "journal": true,
	"rescue": true, "authority": true, "board": true, "department": true, "ministry": true,
	"office": true, "bureau": true, "institution": true, "laboratory": true, "laboratories": true,
}

// ofHeads name a body by what it is "of" or "for": "the Department of
// Health and Human Services", "the Party for Socialism and Liberation".
var ofHeads = map[string]bool{
	"department": true, "ministry": true, "institute": true, "academy": true, "school": true,
	"college": true, "faculty": true, "commission": true, "committee": true, "council": true,
	"office": true, "bureau": true, "centre": true, "center": true, "party": true, "society": true,
	"federation": true, "association": true, "board": true, "agency": true, "museum": true,
	"division": true, "foundation": true, "league": true,
}
