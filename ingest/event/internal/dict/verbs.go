package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// LineKind says what a line of the verb dictionary is.
type LineKind int

// Kinds of verb dictionary lines.
const (
	LineBlank     LineKind = iota // empty or only a comment
	LineSynset                    // "&NAME": starts a synonym set
	LineSynonym                   // "+WORD": a phrase of a synset, or in a verb block a multi-word verb (Verb is set)
	LineBlock                     // "--- NAME [CODE] ---": starts a verb block
	LineVerb                      // "VERB {FORMS} [CODE]"
	LinePattern                   // "- NOUNS * WORDS (PREP NOUN) [CODE] # VERB"
	LineTransform                 // "~ a (a b ATTACK) SAY = a b 015": verb-verb transformations, unused here
)

// Line is one parsed line of the verb dictionary; which fields are set
// depends on Kind.
type Line struct {
	Kind    LineKind
	Name    string // LineSynset and LineBlock: the name; LineSynonym: the phrase as written
	Code    string // LineBlock: the block's code
	Verb    Verb
	Pattern Pattern
}

// ParseVerbLine parses one line of the verb dictionary. It never panics;
// malformed lines give an error.
func ParseVerbLine(raw string) (Line, error) {
	line := stripComment(raw, "#")
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		return Line{Kind: LineBlank}, nil
	case strings.HasPrefix(trimmed, "---"):
		return parseBlockHeader(trimmed)
	case strings.HasPrefix(trimmed, "-"):
		p, err := parsePattern(trimmed[1:], commentOf(raw))
		return Line{Kind: LinePattern, Pattern: p}, err
	case strings.HasPrefix(trimmed, "~"):
		return Line{Kind: LineTransform}, nil
	case strings.HasPrefix(trimmed, "&"):
		name := strings.ToLower(strings.Fields(trimmed)[0][1:])
		if name == "" {
			return Line{}, fmt.Errorf("synset without a name")
		}
		return Line{Kind: LineSynset, Name: name}, nil
	}
	v, err := parseVerb(stripComment(trimmed, ";"))
	if strings.HasPrefix(trimmed, "+") {
		// a phrase of a synset, or in a verb block a multi-word verb
		// ("+CORDON_OFF"): the reader knows which
		return Line{Kind: LineSynonym, Name: strings.ToLower(strings.TrimLeft(strings.Fields(trimmed)[0], "+")), Verb: v}, err
	}
	if err != nil {
		return Line{}, err
	}
	return Line{Kind: LineVerb, Verb: v}, nil
}

// stripComment cuts a line at the first comment marker.
func stripComment(s, marker string) string {
	if i := strings.Index(s, marker); i >= 0 {
		return s[:i]
	}
	return s
}

// commentOf is the first word of a pattern line's comment: the verb it was
// written for ("# RUSH" → "rush").
func commentOf(raw string) string {
	i := strings.Index(raw, "#")
	if i < 0 {
		return ""
	}
	f := strings.Fields(raw[i+1:])
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[0], "+_,;"))
}

func parseBlockHeader(s string) (Line, error) {
	s = strings.Trim(s, "- \t")
	name, code := s, ""
	if i := strings.Index(s, "["); i >= 0 {
		name = strings.TrimSpace(s[:i])
		c, _, err := parseCode(s[i:])
		if err != nil {
			return Line{}, err
		}
		code = c
	}
	if name == "" {
		return Line{}, fmt.Errorf("verb block without a name")
	}
	return Line{Kind: LineBlock, Name: name, Code: code}, nil
}

// parseCode reads "[042:043]", "[---]", "[:173]" at the start of s and
// returns the primary and reverse codes ("" for null).
func parseCode(s string) (code, reverse string, err error) {
	if !strings.HasPrefix(s, "[") {
		return "", "", fmt.Errorf("code %q: want [CODE]", s)
	}
	end := strings.IndexAny(s, "]}")
	if end < 0 {
		return "", "", fmt.Errorf("code %q: no closing bracket", s)
	}
	body := strings.TrimSpace(s[1:end])
	first, second, _ := strings.Cut(body, ":")
	if code, err = cameoCode(first); err != nil {
		return "", "", err
	}
	if reverse, err = cameoCode(second); err != nil {
		return "", "", err
	}
	return code, reverse, nil
}

// cameoCode checks one code: digits, or "---" / "" for the null code.
func cameoCode(s string) (string, error) {
	s = strings.TrimRight(strings.TrimSpace(s), "!")
	if s == "" || strings.Trim(s, "-") == "" {
		return "", nil
	}
	if len(s) < 2 || len(s) > 4 || strings.Trim(s, "0123456789") != "" {
		return "", fmt.Errorf("code %q: want 2 to 4 digits", s)
	}
	return s, nil
}

// parseVerb reads "HURRY {HURRIES HURRYING HURRIED } [020]",
// "+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]" or "WIRE_+TAP".
func parseVerb(s string) (Verb, error) {
	var v Verb
	rest := strings.TrimSpace(s)
	f := strings.Fields(rest)
	if len(f) == 0 {
		return v, fmt.Errorf("empty verb line")
	}
	phrase := f[0]
	rest = strings.TrimSpace(rest[len(phrase):])
	var err error
	v.Head, v.Before, v.After, err = splitVerbPhrase(phrase)
	if err != nil {
		return v, err
	}
	v.Forms = []string{v.Head}
	if strings.HasPrefix(rest, "{") {
		end := strings.Index(rest, "}")
		if end < 0 {
			return v, fmt.Errorf("verb %q: unclosed {", phrase)
		}
		for _, form := range strings.Fields(rest[1:end]) {
			head, _, _, err := splitVerbPhrase(form)
			if err != nil {
				return v, err
			}
			v.Forms = addUnique(v.Forms, head)
		}
		rest = strings.TrimSpace(rest[end+1:])
	} else {
		v.Forms = addUnique(v.Forms, verbForms(v.Head)...)
	}
	if strings.HasPrefix(rest, "[") {
		if v.Code, _, err = parseCode(rest); err != nil {
			return v, err
		}
		v.Null = v.Code == ""
	}
	return v, nil
}

// splitVerbPhrase splits "+CORDON_OFF" or "WIRE_+TAP" into the verb and the
// words around it; a single word is the verb.
func splitVerbPhrase(p string) (head string, before, after []string, err error) {
	words := strings.Split(strings.ToLower(p), "_")
	at := -1
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			at = i
			break
		}
	}
	if at < 0 {
		at = 0
	}
	for i, w := range words {
		w = strings.Trim(w, "+")
		switch {
		case w == "":
		case i < at:
			before = append(before, w)
		case i == at:
			head = w
		default:
			after = append(after, w)
		}
	}
	if head == "" {
		return "", nil, nil, fmt.Errorf("verb %q: no verb word", p)
	}
	return head, before, after, nil
}

// parsePattern reads the part of a pattern line after its "-".
func parsePattern(s, verb string) (Pattern, error) {
	p := Pattern{Verb: verb}
	i := strings.LastIndex(s, "[")
	if i < 0 {
		return p, fmt.Errorf("pattern %q: no [code]", strings.TrimSpace(s))
	}
	var err error
	if p.Code, p.Reverse, err = parseCode(s[i:]); err != nil {
		return p, err
	}
	toks, err := tokenize(s[:i])
	if err != nil {
		return p, err
	}
	star := -1
	for k, t := range toks {
		if t == "*" {
			star = k
			break
		}
	}
	if star < 0 {
		return p, fmt.Errorf("pattern %q: no * for the verb", strings.TrimSpace(s))
	}
	for k, t := range toks {
		if k == star || t == "*" {
			continue
		}
		switch {
		case strings.HasPrefix(t, "("):
			pp, ok := parsePrep(t)
			if !ok {
				continue
			}
			if k < star {
				continue // prepositions before the verb: the coder does not look there
			}
			p.Preps = append(p.Preps, pp)
		default:
			ph := parsePhrase(t)
			if len(ph) == 0 {
				continue
			}
			if k < star {
				p.Subject = append(p.Subject, ph)
			} else {
				p.Object = append(p.Object, ph)
			}
		}
	}
	return p, nil
}

// tokenize splits pattern text into words, {braced phrases} and
// (parenthesised prepositional phrases), which may hold braces.
func tokenize(s string) ([]string, error) {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '{' || c == '(':
			closer := byte('}')
			if c == '(' {
				closer = ')'
			}
			depth, j := 0, i
			for ; j < len(s); j++ {
				if s[j] == c {
					depth++
				} else if s[j] == closer {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if j >= len(s) {
				return nil, fmt.Errorf("pattern %q: unclosed %c", strings.TrimSpace(s), c)
			}
			out = append(out, s[i:j+1])
			i = j + 1
		default:
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '{' && s[j] != '(' {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out, nil
}

// parsePhrase reads a word or a {braced phrase}; actor markers ($ + % ^)
// are dropped.
func parsePhrase(t string) Phrase {
	t = strings.Trim(t, "{}")
	var ph Phrase
	for _, w := range strings.Fields(strings.ReplaceAll(t, "_", " ")) {
		w = strings.ToLower(strings.Trim(w, "{}"))
		switch w {
		case "", "$", "+", "%", "^", "*":
			continue
		}
		ph = append(ph, w)
	}
	return ph
}

// parsePrep reads "(FOR {FINANCIAL AID})" or "(TO)".
func parsePrep(t string) (Prep, bool) {
	inner := strings.TrimSpace(t[1 : len(t)-1])
	f := strings.Fields(inner)
	if len(f) == 0 {
		return Prep{}, false
	}
	prep := strings.ToLower(f[0])
	if strings.ContainsAny(prep, "{&$+%^") {
		return Prep{}, false
	}
	return Prep{Prep: prep, Object: parsePhrase(strings.TrimSpace(inner[len(f[0]):]))}, true
}

// ReadVerbs reads a verb dictionary: its synsets and verb blocks. Malformed
// lines are skipped and reported in skipped, with their line numbers, as
// PETRARCH skips them.
func ReadVerbs(r io.Reader) (synsets []Synset, blocks []Block, skipped []error, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var set *Synset
	var block *Block
	noPlural := false
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		l, perr := ParseVerbLine(raw)
		if perr != nil && !(l.Kind == LineSynonym && set != nil) {
			skipped = append(skipped, fmt.Errorf("line %d: %w", n, perr))
			continue
		}
		switch l.Kind {
		case LineSynset:
			synsets = append(synsets, Synset{Name: strings.TrimSuffix(l.Name, "_")})
			set, block = &synsets[len(synsets)-1], nil
			noPlural = strings.HasSuffix(l.Name, "_")
		case LineSynonym:
			if set == nil {
				if block != nil {
					block.Verbs = append(block.Verbs, l.Verb)
				}
				continue
			}
			set.Phrases = addUnique(set.Phrases, synonymForms(l.Name, noPlural)...)
		case LineBlock:
			blocks = append(blocks, Block{Name: l.Name, Code: l.Code})
			block, set = &blocks[len(blocks)-1], nil
		case LineVerb:
			if set != nil && block == nil {
				skipped = append(skipped, fmt.Errorf("line %d: verb %q outside a verb block", n, l.Verb.Head))
				continue
			}
			if block != nil {
				block.Verbs = append(block.Verbs, l.Verb)
			}
		case LinePattern:
			if block != nil {
				block.Patterns = append(block.Patterns, l.Pattern)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, skipped, err
	}
	return synsets, blocks, skipped, nil
}

// synonymForms is a synset phrase and, unless it or its set ends in "_",
// its regular plural (of the last word).
func synonymForms(phrase string, noPlural bool) []string {
	stop := strings.HasSuffix(phrase, "_")
	words := strings.Fields(strings.ReplaceAll(strings.TrimSuffix(phrase, "_"), "_", " "))
	if len(words) == 0 {
		return nil
	}
	base := strings.Join(words, " ")
	if stop || noPlural {
		return []string{base}
	}
	words[len(words)-1] = plural(words[len(words)-1])
	return []string{base, strings.Join(words, " ")}
}
