package fact

import (
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/event-nouns.txt
var data embed.FS

// Classes maps the nouns that name an act to their event class: the verb
// WordNet derives them from ("acquisition" acquire) or, for a noun with no
// such verb, the first noun of its synset marked "n:" ("n:blizzard").
type Classes struct {
	nouns map[string]string
}

// DefaultClasses returns the classes of the embedded table, made once per
// process from WordNet 3.0 by internal/derivgen.
func DefaultClasses() (*Classes, error) { return defaultClasses() }

var defaultClasses = sync.OnceValues(func() (*Classes, error) {
	raw, err := data.ReadFile("data/event-nouns.txt")
	if err != nil {
		return nil, fmt.Errorf("fact: embedded event nouns: %w", err)
	}
	return ParseClasses(string(raw))
})

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
