package actor

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/event"
)

// data holds the gazetteers the actor stage knows names from, one entry a
// line, fields separated by "|", lists within a field by commas:
//
//   - countries.txt: the UN member states and the few other countries news
//     names as such: canonical name | other names | demonyms. A demonym
//     ending in -an, -i or -o also matches its plural ("Russians",
//     "Israelis"); irregular plurals are listed. Ambiguous adjectives
//     ("Korean", "Congolese") are left out rather than guessed.
//   - places.txt: cities and regions that news names often: canonical name
//     | other spellings | "region" for a place that is no city. It is
//     deliberately modest: capitals, large cities and regions in the news;
//     anything else is found by its context ("in", "the village of", "the
//     Sumy region"). "The city" may take up a city of the table.
//   - organisations.txt: bodies and companies known by a name that has no
//     organisation cue in it ("the Kremlin", "NATO", "Boeing"): canonical
//     name | other names | kinds ("company, airline"), which definite
//     descriptions ("the company", "the airline") take up.
//   - names.txt: first names nearly always given to one sex: name | m or f,
//     lines starting with "#" are comments (its header says where the
//     names come from). A first name is the weakest evidence of a person's
//     gender (see gender.go).
//   - wordnet-things.txt: the nouns and names of things WordNet 3.0 has
//     (no person, group or place), made by internal/thinggen (its doc says
//     which); see things.go.
//   - wordnet-places.txt: the names of places WordNet 3.0 has as instances
//     ("Sardinia", "Manitoba"), one a line, made by internal/wordnetgen (its
//     doc says which names it leaves out; the WordNet licence is
//     WORDNET-LICENSE). The weakest evidence of a type: it types a name
//     only when nothing in the text does (see describe).
//
//go:embed data/*.txt
var data embed.FS

// Tables are the gazetteers of the actor stage and the lookups made from
// them. They are only read once made, so one value serves any number of
// stages at once.
type Tables struct {
	// countryByName maps a country's name, other names and demonyms (as
	// written, capitalised) to its canonical name.
	countryByName map[string]string
	// demonymCountry maps a demonym ("Ukrainian", "Russians", "South
	// Korean") to the canonical name of its country.
	demonymCountry map[string]string
	// placeByName and organisationByName map names as written to the
	// canonical name of well-known places and organisations.
	placeByName        map[string]string
	organisationByName map[string]string
	// organisationKinds maps an organisation's canonical name to the
	// kinds the table gives it ("company"); regions holds the canonical
	// names of the places that are no city.
	organisationKinds map[string][]string
	regions           map[string]bool
	// firstNames maps a first name as written ("Stephanie") to the
	// gender nearly everyone who bears it has, 'm' or 'f'; nil when no
	// names are known.
	firstNames map[string]byte
	// wordnetPlaces holds the names of places WordNet knows, as written
	// ("Sardinia"); nil when none are known.
	wordnetPlaces map[string]bool
	// thingNouns holds the lower-case nouns that make what they describe
	// a thing ("software", "game"), and thingNames the names of things
	// with their tag: "text" for a text or software's ("Linux"), "life"
	// for a species' or disease's ("HIV"), else "" (see things.go); nil
	// when none are known.
	thingNouns map[string]bool
	thingNames map[string]string
	// knownNamePrefixes holds every proper prefix of a multi-word known
	// name ("United States of", "Bosnia and"), so that a name run may go on
	// over "of", "the" and "and" when they are part of a known name.
	knownNamePrefixes map[string]bool
	// known are the name tables with the type they give, countries first.
	known []knownTable
	// codes holds, for each roles table, the canonical name of each country
	// by its CAMEO code (see countryOfCode): *event.Roles → map[string]string.
	codes sync.Map
}

// knownTable is a name table and the actor type its names have.
type knownTable struct {
	names map[string]string
	typ   annals.ActorType
}

// DefaultTables returns the tables of the embedded gazetteers (data/*.txt),
// made once per process; the error says an embedded file is missing or
// corrupt.
func DefaultTables() (*Tables, error) { return defaultTables() }

var defaultTables = sync.OnceValues(func() (*Tables, error) {
	var text [3]string
	for i, name := range []string{"countries", "places", "organisations"} {
		raw, err := data.ReadFile("data/" + name + ".txt")
		if err != nil {
			return nil, fmt.Errorf("actor: embedded %s: %w", name, err)
		}
		text[i] = string(raw)
	}
	t, err := ParseTables(text[0], text[1], text[2])
	if err != nil {
		return nil, fmt.Errorf("actor: embedded tables: %w", err)
	}
	raw, err := data.ReadFile("data/names.txt")
	if err != nil {
		return nil, fmt.Errorf("actor: embedded names: %w", err)
	}
	if t.firstNames, err = parseFirstNames(string(raw)); err != nil {
		return nil, fmt.Errorf("actor: embedded names: %w", err)
	}
	if raw, err = data.ReadFile("data/wordnet-places.txt"); err != nil {
		return nil, fmt.Errorf("actor: embedded WordNet places: %w", err)
	}
	t.wordnetPlaces = parseNameList(string(raw))
	if raw, err = data.ReadFile("data/wordnet-things.txt"); err != nil {
		return nil, fmt.Errorf("actor: embedded WordNet things: %w", err)
	}
	t.thingNouns, t.thingNames = parseThings(string(raw))
	return t, nil
})

// parseFirstNames reads a table of first names: "name | m" or "name | f"
// a line; blank lines and lines starting with "#" are skipped.
func parseFirstNames(text string) (map[string]byte, error) {
	out := map[string]byte{}
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		n++
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, g, ok := strings.Cut(line, "|")
		name, g = strings.TrimSpace(name), strings.TrimSpace(g)
		if !ok || name == "" || g != "m" && g != "f" {
			return nil, fmt.Errorf("line %d: %q: want \"name | m\" or \"name | f\"", n, line)
		}
		out[name] = g[0]
	}
	return out, nil
}

// parseThings reads the table of things: a lower-case noun a line, or a
// name, with its tag after a "|" ("Linux|text", "HIV|life").
func parseThings(text string) (nouns map[string]bool, names map[string]string) {
	nouns, names = map[string]bool{}, map[string]string{}
	for word := range parseNameList(text) {
		name, kind, _ := strings.Cut(word, "|")
		if name == strings.ToLower(name) {
			nouns[name] = true
		} else {
			names[name] = kind
		}
	}
	return nouns, names
}

// parseNameList reads a list of names, one a line; blank lines and lines
// starting with "#" are skipped.
func parseNameList(text string) map[string]bool {
	out := map[string]bool{}
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}

// ParseTables makes tables from the text of the three gazetteers, in the
// format of the embedded ones: countries as "name | other names |
// demonyms", places and organisations as "name | other names", one a line;
// blank lines are skipped. Tests make small tables with it.
func ParseTables(countries, places, organisations string) (*Tables, error) {
	t := &Tables{
		countryByName:      map[string]string{},
		demonymCountry:     map[string]string{},
		placeByName:        map[string]string{},
		organisationByName: map[string]string{},
		organisationKinds:  map[string][]string{},
		regions:            map[string]bool{},
		knownNamePrefixes:  map[string]bool{},
	}
	t.known = []knownTable{
		{t.countryByName, annals.ActorCountry},
		{t.organisationByName, annals.ActorOrganization},
		{t.placeByName, annals.ActorPlace},
	}
	lines, err := tableLines("countries", countries)
	if err != nil {
		return nil, err
	}
	for _, fields := range lines {
		name := fields[0]
		t.addKnownName(t.countryByName, name, name)
		for _, alias := range splitList(fields[1]) {
			t.addKnownName(t.countryByName, alias, name)
		}
		for _, demonym := range splitList(fields[2]) {
			t.demonymCountry[demonym] = name
			if regularPlural(demonym) {
				t.demonymCountry[demonym+"s"] = name
			}
			if strings.Contains(demonym, " ") {
				t.addPrefixes(demonym)
			}
		}
	}
	for _, table := range []struct {
		what  string
		text  string
		names map[string]string
	}{{"places", places, t.placeByName}, {"organisations", organisations, t.organisationByName}} {
		lines, err := tableLines(table.what, table.text)
		if err != nil {
			return nil, err
		}
		for _, fields := range lines {
			t.addKnownName(table.names, fields[0], fields[0])
			for _, alias := range splitList(fields[1]) {
				t.addKnownName(table.names, alias, fields[0])
			}
			switch table.what {
			case "places":
				t.regions[fields[0]] = fields[2] == "region"
			case "organisations":
				if kinds := splitList(fields[2]); len(kinds) > 0 {
					t.organisationKinds[fields[0]] = kinds
				}
			}
		}
	}
	return t, nil
}

// tableLines splits a data table into lines of three "|"-separated fields;
// a line needs a name in its first.
func tableLines(what, data string) ([][3]string, error) {
	var out [][3]string
	n := 0
	for line := range strings.SplitSeq(data, "\n") {
		n++
		if strings.TrimSpace(line) == "" {
			continue
		}
		var fields [3]string
		for k, field := range strings.SplitN(line, "|", 3) {
			fields[k] = strings.TrimSpace(field)
		}
		if fields[0] == "" {
			return nil, fmt.Errorf("%s line %d: %q: no name before the first |", what, n, line)
		}
		out = append(out, fields)
	}
	return out, nil
}

// splitList splits a comma-separated field, dropping empty items.
func splitList(field string) []string {
	var out []string
	for item := range strings.SplitSeq(field, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// addKnownName records a name and, when it has several words, its
// prefixes. A name that starts with "The" is also recorded without it,
// because the name run never includes a leading determiner.
func (t *Tables) addKnownName(m map[string]string, name, canonical string) {
	m[name] = canonical
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		name = rest
		m[name] = canonical
	}
	t.addPrefixes(name)
}

// addPrefixes records the proper word prefixes of a multi-word name.
func (t *Tables) addPrefixes(name string) {
	words := strings.Fields(name)
	for k := 1; k < len(words); k++ {
		t.knownNamePrefixes[strings.Join(words[:k], " ")] = true
	}
}

// regularPlural reports whether a demonym forms its plural with -s
// ("Russians", "Israelis", "Filipinos"), unlike "Chinese" or "British".
func regularPlural(demonym string) bool {
	return strings.HasSuffix(demonym, "n") || strings.HasSuffix(demonym, "i") || strings.HasSuffix(demonym, "o")
}

// countryOfCode maps the CAMEO code of each country of the countries table
// (its undated code in roles) to the country's canonical name, made once
// for each roles table.
func (t *Tables) countryOfCode(roles *event.Roles) map[string]string {
	if m, ok := t.codes.Load(roles); ok {
		return m.(map[string]string)
	}
	out := map[string]string{}
	for _, name := range t.countryByName {
		if code, ok := roles.Country(name, time.Time{}); ok {
			out[code] = name
		}
	}
	m, _ := t.codes.LoadOrStore(roles, out)
	return m.(map[string]string)
}
