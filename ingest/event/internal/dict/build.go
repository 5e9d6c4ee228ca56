package dict

import "slices"

// Build makes the Table of read dictionaries, deriving each verb's Usual
// code (see Verb.Usual) and marking the verbs that code alone (see Alone).
// A verb that is not alone keeps no default: its Usual code is left
// empty, and the coder ignores its own and its block's code unless a
// pattern gives one.
func Build(synsets []Synset, blocks []Block, agents []Agent) *Table {
	for b := range blocks {
		block := &blocks[b]
		for v := range block.Verbs {
			verb := &block.Verbs[v]
			simple := len(verb.Before) == 0 && len(verb.After) == 0 && !verb.Null
			verb.Intransitive = simple && AloneIntransitive[verb.Head]
			verb.Alone = simple && Alone[verb.Head] || verb.Intransitive
			if verb.Alone && block.Code == "" && verb.Code == "" {
				verb.Usual = usualCode(verb, block.Patterns)
			}
		}
	}
	return &Table{Synsets: synsets, Blocks: blocks, Agents: agents}
}

// Thresholds for a usual code: at least usualMin patterns of the verb carry
// a code, and at least usualShare of them share its root.
const (
	usualMin   = 5
	usualShare = 0.7
)

// usualCode is the root code ("120") most of the coded patterns written for
// a verb share, or "" when too few patterns agree.
func usualCode(v *Verb, patterns []Pattern) string {
	counts := map[string]int{}
	total := 0
	for _, p := range patterns {
		if p.Code == "" || len(p.Subject) > 0 || !v.Names(p.Verb) {
			continue
		}
		counts[p.Code[:2]]++
		total++
	}
	if total < usualMin {
		return ""
	}
	roots := make([]string, 0, len(counts))
	for r := range counts {
		roots = append(roots, r)
	}
	slices.Sort(roots)
	best := ""
	for _, r := range roots {
		if best == "" || counts[r] > counts[best] {
			best = r
		}
	}
	if float64(counts[best]) < usualShare*float64(total) {
		return ""
	}
	return best + "0"
}

// Names reports whether a pattern's comment names the verb: the pattern was
// written for it ("reject"; "ruled_out" for RULE_OUT; "asked_for").
func (v *Verb) Names(comment string) bool {
	if comment == "" {
		return false
	}
	for _, f := range v.Forms {
		if comment == f {
			return true
		}
		if len(comment) > len(f) && comment[:len(f)] == f && comment[len(f)] == '_' {
			return true
		}
	}
	return false
}
