package dict

import "strings"

// Plural is the regular plural of a word, as PETRARCH makes it: "ies" after
// a consonant and "y", "es" after "ss", else "s".
func Plural(w string) string { return plural(w) }

func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "ss"):
		return w + "es"
	}
	return w + "s"
}

// verbForms are the regular forms of an English verb: the base, third
// person singular, past and present participle ("hurry", "hurries",
// "hurried", "hurrying"). Doubled consonants are not guessed: the
// dictionary lists those verbs' forms in braces.
func verbForms(v string) []string {
	if v == "" {
		return nil
	}
	last := v[len(v)-1]
	var s, ed, ing string
	switch {
	case last == 'y' && len(v) > 1 && !isVowel(v[len(v)-2]):
		stem := v[:len(v)-1]
		s, ed, ing = stem+"ies", stem+"ied", v+"ing"
	case last == 'e' && strings.HasSuffix(v, "ee"):
		s, ed, ing = v+"s", v+"d", v+"ing"
	case last == 'e':
		s, ed, ing = v+"s", v+"d", v[:len(v)-1]+"ing"
	case strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || last == 'x' || last == 'z':
		s, ed, ing = v+"es", v+"ed", v+"ing"
	default:
		s, ed, ing = v+"s", v+"ed", v+"ing"
	}
	return []string{v, s, ed, ing}
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// addUnique appends the words of add that are not yet in list.
func addUnique(list []string, add ...string) []string {
	for _, w := range add {
		if w == "" {
			continue
		}
		found := false
		for _, x := range list {
			if x == w {
				found = true
				break
			}
		}
		if !found {
			list = append(list, w)
		}
	}
	return list
}
