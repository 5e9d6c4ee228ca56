package event

import (
	"cmp"
	"strings"
)

// Agent is what the Phoenix agents dictionary says of a role noun.
type Agent struct {
	Phrase string // the dictionary phrase found: "foreign minister"
	Code   string // Phoenix agent code: "GOVFRM"
	Sector string // its first three letters: GOV, MIL, REB, OPP, BUS, MED, ...
}

// Sector names of the Phoenix agent codes the event view cares about most.
const (
	SectorGovernment = "GOV"
	SectorMilitary   = "MIL"
	SectorPolice     = "COP"
	SectorRebels     = "REB"
	SectorOpposition = "OPP"
	SectorInsurgents = "INS"
)

// Agent finds the agent a phrase names: the longest dictionary phrase
// among its words, the one nearest the end (the head) when several are
// as long. words are lower case, in text order ("the", "foreign",
// "minister").
func (c *Coder) Agent(words []string) (Agent, bool) {
	best := Agent{}
	bestLen := 0
	for end := len(words); end > 0; end-- {
		for n := min(c.agentWords, end); n > bestLen; n-- {
			phrase := strings.Join(words[end-n:end], " ")
			if code, ok := c.agents[phrase]; ok {
				best, bestLen = Agent{Phrase: phrase, Code: code, Sector: sectorOf(code)}, n
				break
			}
		}
	}
	return best, bestLen > 0
}

func sectorOf(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// Participant reports whether a phrase names a party to political events:
// an agent of the Phoenix dictionary (minister, soldiers, rebels, police)
// or a word of the CAMEO dictionary's sets of armed forces, weapons and
// aircraft, security forces, peacekeepers, negotiators, leaders,
// opposition, refugees, hostages and suspects ("drone", "troops").
func (c *Coder) Participant(p Phrase) bool {
	if _, ok := c.phraseAgent(p); ok {
		return true
	}
	for _, name := range participantSets {
		set := c.synsets[name]
		for _, w := range append(p.Words[:len(p.Words):len(p.Words)], p.Lemmas...) {
			if set[w] {
				return true
			}
		}
	}
	return false
}

// phraseAgent is the agent a phrase names, read by its words or, failing
// that, by their lemmas ("militiamen", "forces" → "force").
func (c *Coder) phraseAgent(p Phrase) (Agent, bool) {
	if a, ok := c.Agent(p.Words); ok {
		return a, true
	}
	if len(p.Lemmas) != len(p.Words) {
		return Agent{}, false
	}
	lemmas := make([]string, len(p.Lemmas))
	for i, l := range p.Lemmas {
		lemmas[i] = cmp.Or(l, p.Words[i])
	}
	return c.Agent(lemmas)
}

// participantSets are the CAMEO synsets whose words name parties to events.
var participantSets = []string{"military", "security", "aircraft", "weapon", "wmd", "pko", "negotiator",
	"leader", "opposition", "refugee", "hostage", "suspect"}
