package dict

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// ParseAgentLine parses one record of the agents dictionary,
// "PHRASE {PLURAL} [~CODE] # comment", into its agents: the phrase and its
// plural. Substitution markers (!PERSON!) must have been expanded. A blank
// or comment line gives no agents and no error.
func ParseAgentLine(raw string) ([]Agent, error) { return parseAgent(raw, true) }

// parseAgent parses a record, with its regular plural when plurals is set.
func parseAgent(raw string, plurals bool) ([]Agent, error) {
	line := strings.TrimSpace(stripComment(raw, "#"))
	if line == "" || strings.HasPrefix(line, "<!--") {
		return nil, nil
	}
	open := strings.Index(line, "[")
	if open < 0 {
		return nil, fmt.Errorf("agent %q: no [code]", line)
	}
	end := strings.IndexAny(line[open:], "]}")
	if end < 0 {
		return nil, fmt.Errorf("agent %q: no closing bracket", line)
	}
	rawCode := strings.TrimSpace(line[open+1 : open+end])
	prefix := strings.HasSuffix(rawCode, "~")
	code := strings.ToUpper(strings.Trim(rawCode, "~ "))
	if code == "" || strings.ContainsAny(code, " []{}") {
		return nil, fmt.Errorf("agent %q: bad code %q", line, rawCode)
	}
	head := strings.TrimSpace(line[:open])
	var forms []string
	explicit := false
	if i := strings.Index(head, "{"); i >= 0 {
		j := strings.Index(head[i:], "}")
		if j < 0 {
			return nil, fmt.Errorf("agent %q: unclosed {", line)
		}
		explicit = true
		forms = strings.Fields(head[i+1 : i+j])
		head = strings.TrimSpace(head[:i])
	}
	phrase := agentPhrase(head)
	if phrase == "" {
		return nil, fmt.Errorf("agent %q: no phrase", line)
	}
	out := []Agent{{Phrase: phrase, Code: code, Prefix: prefix}}
	if plurals && !explicit && !strings.HasSuffix(strings.TrimSpace(head), "_") {
		words := strings.Fields(phrase)
		words[len(words)-1] = plural(words[len(words)-1])
		forms = []string{strings.Join(words, " ")}
	}
	for _, p := range forms {
		if p = agentPhrase(p); p != "" && p != phrase {
			out = append(out, Agent{Phrase: p, Code: code, Prefix: prefix})
		}
	}
	return out, nil
}

// agentPhrase normalises a phrase string: lower case, words separated by
// single spaces (underscores and blanks alike).
func agentPhrase(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "_", " "))), " ")
}

// ReadAgents reads an agents dictionary. Substitution sets
// ("!PERSON! = MAN, MEN, WOMAN") are expanded in the records that use
// them. Malformed records are skipped and reported in skipped.
func ReadAgents(r io.Reader) (agents []Agent, skipped []error, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	subs := map[string][]string{}
	seen := map[string]bool{}
	for n := 1; sc.Scan(); n++ {
		line := stripComment(sc.Text(), "#")
		if name, list, ok := substitution(line); ok {
			subs[name] = list
			continue
		}
		lines := expand(line, subs)
		for _, expanded := range lines {
			// substituted items are used as they are, without plurals
			as, perr := parseAgent(expanded, expanded == line)
			if perr != nil {
				skipped = append(skipped, fmt.Errorf("line %d: %w", n, perr))
				continue
			}
			for _, a := range as {
				if !seen[a.Phrase] { // the first record of a phrase wins, as in a trie
					seen[a.Phrase] = true
					agents = append(agents, a)
				}
			}
		}
	}
	return agents, skipped, sc.Err()
}

// substitution reads "!NAME! = A, B, C".
func substitution(line string) (name string, list []string, ok bool) {
	l := strings.TrimSpace(line)
	if !strings.HasPrefix(l, "!") {
		return "", nil, false
	}
	before, after, found := strings.Cut(l, "=")
	before = strings.TrimSpace(before)
	if !found || strings.Count(before, "!") != 2 || !strings.HasSuffix(before, "!") {
		return "", nil, false
	}
	for _, item := range strings.Split(after, ",") {
		if item = strings.TrimSpace(item); item != "" {
			list = append(list, item)
		}
	}
	return before, list, len(list) > 0
}

// expand substitutes every marker of a line with each item of its set
// (several markers multiply); a line without markers is itself.
func expand(line string, subs map[string][]string) []string {
	names := make([]string, 0, len(subs))
	for name := range subs {
		names = append(names, name)
	}
	slices.Sort(names) // the same order every run
	for _, name := range names {
		list := subs[name]
		if !strings.Contains(line, name) {
			continue
		}
		var out []string
		for _, item := range list {
			out = append(out, expand(strings.ReplaceAll(line, name, item), subs)...)
		}
		return out
	}
	return []string{line}
}
