package text

import (
	"strings"
	"unicode"
)

// abbrevKind says how an abbreviation's period behaves.
type abbrevKind uint8

const (
	// abbrevTitle precedes a name ("Mr.", "Dr.") and never ends a sentence.
	abbrevTitle abbrevKind = iota + 1
	// abbrevGeneral ("Inc.", "etc.", "vs.") may end a sentence.
	abbrevGeneral
	// abbrevCapital is an abbreviation only when capitalised, because
	// the lowercase spelling is a common word ("Wed.", "Mar.").
	abbrevCapital
	// abbrevNumber is an abbreviation only before a number ("No. 5").
	abbrevNumber
)

// abbreviations are common English abbreviations written with a final
// period, keyed in lowercase without it.
var abbreviations = map[string]abbrevKind{
	// Titles and ranks.
	"mr": abbrevTitle, "mrs": abbrevTitle, "ms": abbrevTitle, "messrs": abbrevTitle,
	"dr": abbrevTitle, "drs": abbrevTitle, "ps": abbrevTitle, "prof": abbrevTitle, "rev": abbrevTitle, "hon": abbrevTitle,
	"gen": abbrevTitle, "col": abbrevTitle, "lt": abbrevTitle, "sgt": abbrevTitle,
	"capt": abbrevTitle, "cmdr": abbrevTitle, "adm": abbrevTitle, "maj": abbrevTitle,
	"cpl": abbrevTitle, "pvt": abbrevTitle, "brig": abbrevTitle, "cmdt": abbrevTitle,
	"rep": abbrevTitle, "reps": abbrevTitle, "sen": abbrevTitle, "sens": abbrevTitle,
	"gov": abbrevTitle, "pres": abbrevTitle, "supt": abbrevTitle, "insp": abbrevTitle,
	"det": abbrevTitle, "fr": abbrevTitle, "atty": abbrevTitle, "amb": abbrevTitle,
	// Street, saint, mount, fort: "St. Louis" but also "on Main St. The …".
	"st": abbrevGeneral, "mt": abbrevGeneral, "ft": abbrevGeneral,
	// Name suffixes and company forms.
	"jr": abbrevGeneral, "sr": abbrevGeneral, "inc": abbrevGeneral, "corp": abbrevGeneral,
	"ltd": abbrevGeneral, "co": abbrevGeneral, "bros": abbrevGeneral, "plc": abbrevGeneral,
	"llc": abbrevGeneral, "dept": abbrevGeneral, "univ": abbrevGeneral, "assn": abbrevGeneral,
	"govt": abbrevGeneral, "intl": abbrevGeneral,
	// Latin and reference abbreviations.
	"etc": abbrevGeneral, "vs": abbrevGeneral, "viz": abbrevGeneral, "cf": abbrevGeneral,
	"al": abbrevGeneral, "approx": abbrevGeneral, "est": abbrevGeneral, "ca": abbrevGeneral,
	"eg": abbrevGeneral, "ie": abbrevGeneral, "attn": abbrevGeneral, "ext": abbrevGeneral,
	"dist": abbrevGeneral, "ave": abbrevGeneral, "blvd": abbrevGeneral, "rd": abbrevGeneral,
	"hwy": abbrevGeneral, "apt": abbrevGeneral, "eds": abbrevGeneral,
	"yrs": abbrevGeneral, "hrs": abbrevGeneral, "mins": abbrevGeneral, "esp": abbrevGeneral,
	"lb": abbrevGeneral, "lbs": abbrevGeneral, "oz": abbrevGeneral, "sq": abbrevGeneral,
	"km": abbrevNumber, "kg": abbrevNumber, "mph": abbrevNumber,
	"no": abbrevNumber, "nos": abbrevNumber, "vol": abbrevNumber, "pp": abbrevNumber,
	"fig": abbrevNumber, "art": abbrevNumber, "sec": abbrevNumber, "ch": abbrevNumber,
	"op": abbrevNumber,
	// Months and weekdays.
	"jan": abbrevCapital, "feb": abbrevCapital, "mar": abbrevCapital, "apr": abbrevCapital,
	"jun": abbrevCapital, "jul": abbrevCapital, "aug": abbrevCapital, "sep": abbrevCapital,
	"sept": abbrevCapital, "oct": abbrevCapital, "nov": abbrevCapital, "dec": abbrevCapital,
	"mon": abbrevCapital, "tue": abbrevCapital, "tues": abbrevCapital, "wed": abbrevCapital,
	"thu": abbrevCapital, "thur": abbrevCapital, "thurs": abbrevCapital, "fri": abbrevCapital,
	// "Sat." and "Sun." are left out: "the Sun." ends far more sentences.
	// US states as written in news datelines.
	"ala": abbrevCapital, "ariz": abbrevCapital, "ark": abbrevCapital, "calif": abbrevCapital,
	"colo": abbrevCapital, "conn": abbrevCapital, "del": abbrevCapital, "fla": abbrevCapital,
	"ga": abbrevCapital, "ill": abbrevCapital, "ind": abbrevCapital, "kan": abbrevCapital,
	"ky": abbrevCapital, "la": abbrevCapital, "md": abbrevCapital,
	"mich": abbrevCapital, "minn": abbrevCapital,
	"mont": abbrevCapital, "neb": abbrevCapital, "nev": abbrevCapital, "okla": abbrevCapital,
	"ore": abbrevCapital, "pa": abbrevCapital, "tenn": abbrevCapital, "tex": abbrevCapital,
	"va": abbrevCapital, "vt": abbrevCapital, "wis": abbrevCapital,
	"wyo": abbrevCapital,
}

// isAbbreviation reports whether the word s[a:b], followed by a period at
// s[b], is an abbreviation that keeps the period: a listed abbreviation,
// an initial ("J."), or a dotted short form ("U.S.", "a.m.", "e.g.").
func isAbbreviation(s string, a, b int) bool {
	w := s[a:b]
	if w == "" {
		return false
	}
	first, n := decodeRune(w, 0)
	if n == len(w) {
		// A single capital letter is an initial.
		return unicode.IsUpper(first)
	}
	if isDottedShortForm(w) {
		return true
	}
	if len(w) > 6 {
		return false
	}
	switch abbreviations[strings.ToLower(w)] {
	case abbrevTitle, abbrevGeneral:
		return true
	case abbrevCapital:
		return unicode.IsUpper(first)
	case abbrevNumber:
		return digitFollows(s, b+1)
	}
	return false
}

// isDottedShortForm reports whether w is made of letter groups of one or
// two letters joined by periods ("U.S", "a.m", "Ph.D"), as opposed to a
// domain name ("amazon.com") or a number ("1.5").
func isDottedShortForm(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	group := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '.':
			if group == 0 {
				return false
			}
			group = 0
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			group++
			if group > 2 {
				return false
			}
		default:
			return false
		}
	}
	return group > 0
}

// digitFollows reports whether the first non-space character at or after
// s[i] is a digit.
func digitFollows(s string, i int) bool {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i < len(s) && isASCIIDigit(s[i])
}

// isTitleAbbreviation reports whether an abbreviation token (with its
// period) is one that stands before a name and so never ends a sentence.
func isTitleAbbreviation(w string) bool {
	w = strings.ReplaceAll(w, ".", "") // "P.S." is "ps"
	if len(w) > 6 {
		return false
	}
	return abbreviations[strings.ToLower(w)] == abbrevTitle
}

// boundPrefixes are the prefixes after which UD EWT keeps a hyphenated
// word whole ("non-stop", "e-mail", "anti-war", "mid-August").
var boundPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "anti": true, "mid": true, "re": true,
	"post": true, "co": true, "over": true, "pro": true, "multi": true, "ex": true,
	"sub": true, "semi": true, "cross": true, "neo": true, "psycho": true, "socio": true,
	"arch": true, "counter": true, "intra": true, "inter": true, "micro": true, "macro": true,
	"un": true, "super": true, "ultra": true, "trans": true, "bi": true, "tri": true,
	"de": true, "mis": true, "pan": true, "quasi": true, "pseudo": true,
	"infra": true, "extra": true, "mega": true, "mini": true, "hyper": true, "uni": true,
}

// isBoundPrefix reports whether w (any case) is a bound prefix.
func isBoundPrefix(w string) bool {
	if len(w) > 7 {
		return false
	}
	return boundPrefixes[strings.ToLower(w)]
}

// isClockAbbreviation reports whether w is "a.m." or "p.m." (any case).
func isClockAbbreviation(w string) bool {
	return strings.EqualFold(w, "a.m.") || strings.EqualFold(w, "p.m.")
}

// isAllCapitals reports whether w has letters and all are capitals, as in
// time zones ("EDT") and acronyms.
func isAllCapitals(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}
