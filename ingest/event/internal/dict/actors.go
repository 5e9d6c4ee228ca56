package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Roles is the table of dated roles and country codes, kept apart from the
// coder's Table: only actor-code lookups load it.
type Roles struct {
	People    []Person
	Countries []Country
}

// Person is an actor of the Phoenix country dictionaries that holds roles
// in dated periods: a leader ("VLADIMIR_PUTIN_ [RUSELI 700101-990809]
// [RUSGOV >990809]").
type Person struct {
	Names []string // the primary phrase and its synonyms, lower case
	Roles []Role   // in dictionary order
}

// Country is a country of the Phoenix country dictionary: its names
// (synonyms, demonyms, capitals and big cities, as the dictionary lists
// them) and its codes, dated where the country changed ("UKRAINE_ ...
// [USRUKR <910824] [UKRUNR 910824-911221] [UKR >911221]").
type Country struct {
	Names []string // the primary phrase and its synonyms, lower case
	Codes []Role   // in dictionary order; at least one is a bare three-letter code
}

// Role is an actor code restricted to a period. From and To are
// "YYYY-MM-DD", inclusive; "" leaves the period open at that end, and a
// role with neither is the default when no dated role applies.
type Role struct {
	Code     string // "RUSGOV": country (3 letters) and sector
	From, To string
}

// ReadActors reads a Phoenix actors dictionary and keeps the countries
// (the entries with a bare three-letter code among their codes) and the
// other actors with dated roles (people), skipping undated places and
// groups. Malformed restrictions are skipped and reported in skipped.
func ReadActors(r io.Reader) (people []Person, countries []Country, skipped []error, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var cur *Person
	dated := false
	flush := func() {
		switch {
		case cur == nil:
		case hasCountryCode(cur.Roles):
			countries = append(countries, Country{Names: cur.Names, Codes: cur.Roles})
		case dated && len(cur.Roles) > 0:
			people = append(people, *cur)
		}
		cur, dated = nil, false
	}
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		line := strings.TrimRight(stripComment(stripComment(raw, "#"), ";"), " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		switch {
		case strings.HasPrefix(strings.TrimLeft(line, " \t"), "["):
			if cur == nil {
				continue
			}
			role, err := ParseRole(strings.TrimSpace(line))
			if err != nil {
				skipped = append(skipped, fmt.Errorf("line %d: %w", n, err))
				continue
			}
			dated = dated || role.From != "" || role.To != ""
			cur.Roles = append(cur.Roles, role)
		case strings.HasPrefix(line, "+"):
			if cur != nil {
				if name := actorName(line[1:]); name != "" {
					cur.Names = addUnique(cur.Names, name)
				}
			}
		default:
			flush()
			phrase, rest, _ := strings.Cut(strings.TrimSpace(line), "[")
			name := actorName(phrase)
			if name == "" {
				continue
			}
			cur = &Person{Names: []string{name}}
			if rest != "" {
				if role, err := ParseRole("[" + rest); err == nil {
					cur.Roles = append(cur.Roles, role)
				}
			}
		}
	}
	flush()
	return people, countries, skipped, sc.Err()
}

// hasCountryCode reports whether one of the codes is a country's alone:
// three letters, no sector ("RUS", "UKR").
func hasCountryCode(codes []Role) bool {
	for _, c := range codes {
		if len(c.Code) == 3 {
			return true
		}
	}
	return false
}

// actorName normalises an actor phrase: lower case, words joined by single
// spaces, the trailing "_" (no plural) dropped.
func actorName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", " "))), " ")
}

// ParseRole parses a restriction: "[RUSGOV]", "[RUSGOV 930922-931004]",
// "[UKRGOV >20140607]", "[AFGELI <750101]". Six-digit dates are YYMMDD,
// years up to 30 in this century, the others in the last.
func ParseRole(s string) (Role, error) {
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return Role{}, fmt.Errorf("role %q: want [CODE dates]", s)
	}
	f := strings.Fields(s[1 : len(s)-1])
	if len(f) > 2 { // "[UKRGOV > 20140607]"
		f = []string{f[0], strings.Join(f[1:], "")}
	}
	if len(f) == 0 || strings.Trim(f[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != "" {
		return Role{}, fmt.Errorf("role %q: want [CODE dates]", s)
	}
	role := Role{Code: f[0]}
	if len(f) == 1 {
		return role, nil
	}
	var err error
	d := f[1]
	switch {
	case strings.HasPrefix(d, "<"):
		role.To, err = roleDate(d[1:])
	case strings.HasPrefix(d, ">"):
		role.From, err = roleDate(d[1:])
	default:
		from, to, ok := strings.Cut(d, "-")
		if !ok {
			return Role{}, fmt.Errorf("role %q: want a date range", s)
		}
		if role.From, err = roleDate(from); err == nil {
			role.To, err = roleDate(to)
		}
	}
	if err != nil {
		return Role{}, fmt.Errorf("role %q: %w", s, err)
	}
	return role, nil
}

// roleDate turns YYMMDD or YYYYMMDD into YYYY-MM-DD.
func roleDate(s string) (string, error) {
	if strings.Trim(s, "0123456789") != "" || len(s) != 6 && len(s) != 8 {
		return "", fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
	}
	if len(s) == 6 {
		century := "19"
		if s[:2] <= "30" {
			century = "20"
		}
		s = century + s
	}
	if s[4:6] < "01" || s[4:6] > "12" || s[6:] < "01" || s[6:] > "31" {
		return "", fmt.Errorf("date %q: no such day", s)
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:], nil
}
