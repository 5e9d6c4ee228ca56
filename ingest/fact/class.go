package fact

import (
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/event-nouns.txt data/verb-senses.txt
var data embed.FS

// Classes maps the nouns that name an act to their event class: the verb
// WordNet derives them from ("acquisition" acquire) or, for a noun with no
// such verb, the first noun of its synset marked "n:" ("n:blizzard").
// It also knows the WordNet senses of verbs, which tell two verbs of one
// story synonyms (see Synonyms).
type Classes struct {
	nouns  map[string]string
	senses map[string][]int32 // verb -> synsets of its first senses
	files  map[string]int     // verb -> lexicographer file of its first sense
}

// DefaultClasses returns the classes of the embedded table, made once per
// process from WordNet 3.0 by internal/derivgen.
func DefaultClasses() (*Classes, error) { return defaultClasses() }

var defaultClasses = sync.OnceValues(func() (*Classes, error) {
	raw, err := data.ReadFile("data/event-nouns.txt")
	if err != nil {
		return nil, fmt.Errorf("fact: embedded event nouns: %w", err)
	}
	c, err := ParseClasses(string(raw))
	if err != nil {
		return nil, err
	}
	if raw, err = data.ReadFile("data/verb-senses.txt"); err != nil {
		return nil, fmt.Errorf("fact: embedded verb senses: %w", err)
	}
	if err := c.ParseSenses(string(raw)); err != nil {
		return nil, err
	}
	return c, nil
})

// ParseSenses reads a table of "verb file synset..." lines (the WordNet
// lexicographer file of the verb's first sense, then synsets, all decimal
// numbers) into c; lines starting with "#" and blank lines are skipped.
func (c *Classes) ParseSenses(text string) error {
	if c.senses == nil {
		c.senses, c.files = map[string][]int32{}, map[string]int{}
	}
	for n, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 3 {
			return fmt.Errorf("fact: verb senses line %d: want \"verb file synset...\", got %q", n+1, line)
		}
		file, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("fact: verb senses line %d: %w", n+1, err)
		}
		c.files[f[0]] = file
		ids := make([]int32, len(f)-2)
		for i, x := range f[2:] {
			v, err := strconv.ParseInt(x, 10, 32)
			if err != nil {
				return fmt.Errorf("fact: verb senses line %d: %w", n+1, err)
			}
			ids[i] = int32(v)
		}
		c.senses[f[0]] = ids
	}
	return nil
}

// Synonyms are the event classes of one story, in the order it met them,
// with their verbs' senses: a new class that shares a sense with one met
// before is taken for it ("struck" after "hit", "died" after "killed",
// "nabbed" after "arrested"), in that story only, where the context has
// already chosen the sense. Its zero value is ready to use; it is not safe
// for concurrent use.
type Synonyms struct {
	classOf map[string]string
	order   []string           // the classes, in the order met
	senses  map[string][]int32 // class -> the senses of its verbs
}

// Class returns the class a story takes class for: the first class met
// that shares a sense with it, else class itself.
func (s *Synonyms) Class(c *Classes, class string) string {
	if got, ok := s.classOf[class]; ok {
		return got
	}
	if s.classOf == nil {
		s.classOf, s.senses = map[string]string{}, map[string][]int32{}
	}
	mine := c.senses[class]
	got := class
	if len(mine) > 0 {
	search:
		for _, other := range s.order {
			for _, x := range s.senses[other] {
				if slices.Contains(mine, x) {
					got = other
					break search
				}
			}
		}
	}
	s.classOf[class] = got
	if got == class {
		s.order = append(s.order, class)
	}
	s.senses[got] = append(s.senses[got], mine...)
	return got
}

// ParseClasses reads a table of "noun class" lines; lines starting with
// "#" and blank lines are skipped.
func ParseClasses(text string) (*Classes, error) {
	c := &Classes{nouns: map[string]string{}}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		noun, class, ok := strings.Cut(line, " ")
		if !ok || noun == "" || class == "" || strings.Contains(class, " ") {
			return nil, fmt.Errorf("fact: event nouns line %d: want \"noun class\", got %q", n+1, line)
		}
		c.nouns[noun] = class
	}
	return c, nil
}

// Noun returns the event class of a noun's lemma, lower case, and whether
// the noun names an act at all ("earthquake" quake, true; "table" "",
// false).
func (c *Classes) Noun(lemma string) (string, bool) {
	if c == nil {
		return "", false
	}
	class, ok := c.nouns[strings.ToLower(lemma)]
	return class, ok
}

// Of returns the event class of a predicate's lemma, lower case: for a
// noun (noun true) its class when the table knows it ("acquisition"
// acquire), else the lemma itself ("acquire", "rope in").
func (c *Classes) Of(lemma string, noun bool) string {
	lemma = strings.ToLower(strings.TrimSpace(lemma))
	if noun {
		if class, ok := c.Noun(lemma); ok {
			return class
		}
	}
	return lemma
}

// WordNet's lexicographer files of verbs that tell of no event of their
// own, but of a state of mind or of things.
const (
	fileCognition  = 31 // "know", "expect", "learn"
	fileEmotion    = 37 // "fear", "inspire"
	filePerception = 39 // "see", "witness"
	fileStative    = 42 // "need", "involve", "remain"
)

// Stative reports whether a verb's first WordNet sense is a state of mind
// or of things rather than an event: cognition ("expect"), emotion,
// perception ("witness") or a state ("require").
func (c *Classes) Stative(verb string) bool {
	switch c.files[verb] {
	case fileCognition, fileEmotion, filePerception, fileStative:
		return true
	}
	return false
}
