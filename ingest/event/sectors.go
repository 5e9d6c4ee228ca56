package event

import "cmp"

// Sector returns the Phoenix sector a phrase names (GOV, MIL, COP, REB,
// ...), or "" when it names none. The agents dictionary comes first
// ("foreign minister" → GOV, "air force" → MIL, "police" → COP); then the
// CAMEO dictionary's sets of armed forces ("marines", "special forces" →
// MIL) and of leaders ("president", "prime minister" → GOV); then the
// few words news uses for a state's parties that the 2014 dictionaries
// leave out (newsSectors: "forces", "officials", "leaders", "delegation",
// "negotiator").
func (c *Coder) Sector(p Phrase) string {
	if a, ok := c.phraseAgent(p); ok {
		return a.Sector
	}
	words := make([]string, len(p.Words))
	for i, w := range p.Words {
		words[i] = w
		if i < len(p.Lemmas) {
			words[i] = cmp.Or(p.Lemmas[i], w)
		}
	}
	for _, set := range sectorSets {
		if c.inSet(set.synset, p.Words) || c.inSet(set.synset, words) {
			return set.sector
		}
	}
	for _, list := range [][]string{p.Words, words} {
		for _, w := range list {
			if s, ok := newsSectors[w]; ok {
				return s
			}
		}
	}
	return ""
}

// sectorSets are the CAMEO synsets that name the parties of one sector.
var sectorSets = []struct{ synset, sector string }{
	{"military", SectorMilitary},
	{"leader", SectorGovernment},
}

// newsSectors are the nouns by which news names a state's parties that
// neither the agents dictionary nor the CAMEO sets code: "Russian forces"
// are the military; "Romanian officials", "Palestinian leaders", "the
// Ukrainian delegation" at talks and "a Russian negotiator" act for the
// government.
var newsSectors = map[string]string{
	"forces":   SectorMilitary,
	"official": SectorGovernment, "officials": SectorGovernment,
	"leader": SectorGovernment, "leaders": SectorGovernment,
	"delegation": SectorGovernment, "delegations": SectorGovernment,
	"negotiator": SectorGovernment, "negotiators": SectorGovernment,
}

// inSet reports whether a word, or two words in a row, is a phrase of the
// synset ("troops", "armed forces").
func (c *Coder) inSet(synset string, words []string) bool {
	set := c.synsets[synset]
	for i, w := range words {
		if set[w] || i > 0 && set[words[i-1]+" "+w] {
			return true
		}
	}
	return false
}
