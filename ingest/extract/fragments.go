package extract

import "strings"

// withoutFragments leaves out the clauses that state nothing a reader can
// take as a fact of its own (see fragment). It runs after assert, so that
// a hedge still gives the clause it hedges its modality and speaker.
func (t *tree) withoutFragments(clauses []*clause) []*clause {
	out := clauses[:0]
	for _, c := range clauses {
		if t.fragment(c) == "" {
			out = append(out, c)
		}
	}
	return out
}

// fragment names why clause c is a piece of another clause that asserts
// nothing on its own, or returns "":
//   - "comparison": a than-clause ("more than they need"), an elliptical
//     as-clause ("play it as they do", "as it was"), one after a measure
//     ("as much as they can", "as long as it fits"), and "as if";
//   - "condition": an if-, unless- or even-if clause ("if the party wins
//     the vote"): the clause it conditions keeps the mark as its modality
//     (but for "even if", which leaves it asserted);
//     The same for a condition that inverts its auxiliary ("had I
//     known", "should talks fail");
//   - "concession": "whether ... or not";
//   - "time reference": a clause that only dates another by an earlier
//     occasion, misread as a copula ("since it was last in session");
//   - "generic": a present-tense when-clause of I, you, we or one ("when
//     you heat it", "when I say X"; not "at a time when we face a
//     crisis", which says what the time is), and what generic "you" would, could
//     or might do, or does under a condition ("if ..., you have control");
//   - "filler": "you know", "I mean", "I guess" said in passing: the
//     clause they hedge is the statement, with "guess" as its modality.
func (t *tree) fragment(c *clause) string {
	n := t.subordinated(c)
	mark, m := t.subordinator(n)
	switch {
	case mark == "than":
		return "comparison"
	case mark == "as" && (t.comparative(c, m) || t.asIf(m)):
		return "comparison"
	case (mark == "if" || mark == "though") && t.asIf(m-1):
		return "comparison" // "as if they had won"
	case (t.conditionMark(n) != "" || t.concessiveIf(n)) && !t.embeddedQuestion(n):
		return "condition"
	case t.invertedHead(c):
		return "condition" // "Had I known, ..."
	case mark == "whether" && t.is(n, "advcl"):
		return "concession"
	case t.earlierOccasion(c, mark):
		return "time reference"
	case (mark == "when" || mark == "whenever") && !t.is(n, "acl") && t.present(c) && t.personalSubject(c, "i", "you", "we", "one"):
		return "generic"
	case t.genericYou(c):
		return "generic"
	case t.filler(c):
		return "filler"
	}
	return ""
}

// subordinated is the node of the clause that a subordinator would hang
// on: its top, or, for a verb coordinated with it, the first conjunct's
// ("if they win and keep the seat"). A conjunct with a subject of its own
// shares the subordinator only when it stands before the verb the first
// conjunct hangs on ("if you have a copy and a friend asks for it, you
// share it"); after it, it is often a main clause the parse hung on a
// subordinate one ("as they do every year, and they need more").
func (t *tree) subordinated(c *clause) int {
	n, own := c.top, false
	for steps := 0; steps < len(t.toks) && t.is(n, "conj"); steps++ {
		h := t.head(n)
		if h < 0 || t.toks[h].UPOS != "VERB" && t.child(h, "cop") < 0 {
			break
		}
		own = own || t.subjectChild(n) >= 0
		n = h
	}
	if own {
		if g := t.head(n); g < 0 || c.top > g {
			return c.top
		}
	}
	return n
}

// subordinator is the lower-case word that makes clause n subordinate
// (its mark, or a "when" or "whenever" before it) and where it stands, or
// "" and -1. A clausal complement or subject has none here: "asked
// whether" and "said that" are embedding, which assert handles.
func (t *tree) subordinator(n int) (string, int) {
	if t.is(n, "ccomp", "csubj", "root", "parataxis") {
		return "", -1
	}
	if m := t.child(n, "mark"); m >= 0 && m < n {
		return strings.ToLower(t.toks[m].Form), m
	}
	for _, k := range t.children(n, "advmod") {
		if low := strings.ToLower(t.toks[k].Form); k < n && (low == "when" || low == "whenever") {
			return low, k
		}
	}
	return "", -1
}

// comparative reports an as-clause that compares or measures rather than
// states an act: one after "as much", "so long", "the same" ("as much as
// they need", "as long as it fits": a measure or a condition), and one
// whose verb stands in for another ("play it as they do", "as it was").
// "As the storm neared, residents fled" states the storm's approach, and
// "as soon as they landed" their landing.
func (t *tree) comparative(c *clause, m int) bool {
	if m >= 2 {
		prev, before := strings.ToLower(t.toks[m-1].Form), strings.ToLower(t.toks[m-2].Form)
		if prev == "same" || (before == "as" || before == "so") && prev != "soon" &&
			(t.toks[m-1].UPOS == "ADJ" || t.toks[m-1].UPOS == "ADV") {
			return true
		}
	}
	return t.elliptical(c)
}

// asIf reports "as if" or "as though" from the "as" at m.
func (t *tree) asIf(m int) bool {
	if m < 0 || m+1 >= len(t.toks) || !strings.EqualFold(t.toks[m].Form, "as") {
		return false
	}
	next := strings.ToLower(t.toks[m+1].Form)
	return next == "if" || next == "though"
}

// elliptical reports a clause whose verb stands in for a verb said
// before: "do" with nothing done, or a bare "be" or "have" ("as they
// are"); its statement would be "they · do".
func (t *tree) elliptical(c *clause) bool {
	if c.cop >= 0 || len(c.objects) > 0 || c.objRange[1] > c.objRange[0] {
		return false
	}
	if t.child(c.verb, "xcomp", "ccomp", "obj", "iobj") >= 0 {
		return false
	}
	switch t.lemma(c.verb) {
	case "do", "be", "have":
		return true
	}
	return false
}

// timeMarks introduce a clause that dates another.
var timeMarks = map[string]bool{"since": true, "when": true, "whenever": true, "until": true,
	"till": true, "before": true, "after": true}

// earlierOccasion reports a clause that names an occasion only to date
// another by it, read as saying what its subject is: "since Parliament
// was last in session" makes "Parliament · be · last", which nobody
// said (the parse may take "since" for the subject's preposition). "He
// was last in the race" says where he finished; "when the device was
// first sold" reads right, and states a fact.
func (t *tree) earlierOccasion(c *clause, mark string) bool {
	if c.cop < 0 || len(c.subjects) == 0 || c.subjChunk != nil {
		return false
	}
	if low := strings.ToLower(t.toks[c.verb].Form); low != "last" && low != "first" {
		return false
	}
	if timeMarks[mark] {
		return true
	}
	if k := t.firstOf(c.subjects[0]); k > 0 {
		return timeMarks[strings.ToLower(t.toks[k].Form)] || timeMarks[strings.ToLower(t.toks[k-1].Form)]
	}
	return false
}

// personalSubject reports whether the clause's subject is one of the
// pronouns given, in lower case.
func (t *tree) personalSubject(c *clause, pronouns ...string) bool {
	if c.subjChunk != nil || len(c.subjects) == 0 {
		return false
	}
	s := t.toks[c.subjects[0]]
	if s.UPOS != "PRON" && !strings.EqualFold(s.Form, "one") {
		return false
	}
	low := strings.ToLower(s.Form)
	for _, p := range pronouns {
		if low == p {
			return true
		}
	}
	return false
}

// genericYou reports the "you" of anyone: what "you" would, could or
// might do, or do under a condition or whenever something happens ("if
// you add salt, you get a crust"). An addressee's own acts are in the past
// or stated plainly ("you won the prize", "you have a new book").
func (t *tree) genericYou(c *clause) bool {
	if !t.personalSubject(c, "you") {
		return false
	}
	switch c.modality {
	case "would", "could", "might":
		l := t.lemma(c.verb)
		return l != "like" && l != "love" && l != "prefer" // "you would like to": you want to
	case "if", "unless", "when", "whenever":
		return t.present(c)
	}
	return false
}

// filler reports a speaker's filler said in passing: "you know" and "you
// see" with nothing known or seen ("it was, you know, hard"; "you know,
// it's a process"), and "I mean", "I guess", "I suppose" in the present.
// They hedge or rephrase another clause and state no act; "you know that
// he lied" and "you know the answer" do.
func (t *tree) filler(c *clause) bool {
	if c.negated || c.modality != "" || c.verb != c.top || t.child(c.verb, "aux", "aux:pass", "cop") >= 0 || t.toks[c.verb].XPOS != "VBP" {
		return false
	}
	switch t.lemma(c.verb) {
	case "mean", "guess", "suppose", "reckon", "gather":
		return t.personalSubject(c, "i")
	case "know", "see":
		if !t.personalSubject(c, "you") || t.child(c.verb, "obj", "iobj") >= 0 {
			return false
		}
		for _, k := range t.children(c.verb, "ccomp") {
			if m := t.child(k, "mark"); m >= 0 && m < k {
				return false // "you know that ...", "you see whether ..."
			}
		}
		return true
	}
	return false
}
