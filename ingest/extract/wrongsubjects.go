package extract

import "strings"

// appositiveConjunct reports a conjunct k of name h that is an apposition
// the parse took for a second name: "Kate Brown, a Democrat, said" or "Ana
// Ruiz, also a judge, said" speak of one person, and "a Democrat" said
// nothing of its own. Set off by a comma, with no "and" or "or" of its
// own, it opens with "a", "an" or "also", which no name in a list does.
func (t *tree) appositiveConjunct(h, k int) bool {
	if t.toks[h].UPOS != "PROPN" || t.timeNoun(h) || k <= h || t.child(k, "cc") >= 0 || !t.described(k) {
		return false
	}
	first := t.firstOf(k)
	return first > 0 && t.toks[first-1].Form == ","
}

// described reports a noun phrase that opens with "a", "an" or "also": a
// description of someone ("a former senator"), not a name.
func (t *tree) described(k int) bool {
	first := t.firstOf(k)
	if first > k || t.head(first) != k || !t.is(first, "det", "advmod") {
		return false
	}
	switch strings.ToLower(t.toks[first].Form) {
	case "a", "an", "also":
		return true
	}
	return false
}

// articled reports a noun phrase that opens with its own article:
// "a former senator", "the third president", but not the "Simpson scale"
// of a name split in two.
func (t *tree) articled(k int) bool {
	if t.described(k) {
		return true
	}
	first := t.firstOf(k)
	return first < k && t.head(first) == k && t.is(first, "det") && strings.EqualFold(t.toks[first].Form, "the")
}

// contrasted reports a conjunct joined by "but" or "yet", which takes no
// "not" from the conjunct before it.
func (t *tree) contrasted(k int) bool {
	for _, c := range t.children(k, "cc") {
		switch strings.ToLower(t.toks[c].Form) {
		case "but", "yet":
			return true
		}
	}
	return false
}

// reportedExistentials mends a verb coordinated with a reported "there
// is" that belongs to the verb reporting it: in "the agency did not
// mention if there were casualties, but said exports were continuing" the
// agency said it, and the casualties neither said nor were reported to
// have said anything. The conjunct, with no subject of its own, moves to
// the reporting verb.
func (t *tree) reportedExistentials() {
	for k := range t.toks {
		h := t.head(k)
		if h < 0 || !t.is(k, "conj") || t.toks[k].UPOS != "VERB" || t.child(k, "nsubj", "nsubj:pass", "expl") >= 0 ||
			t.child(h, "expl") < 0 || !t.is(h, "ccomp") || t.head(h) < 0 || k < h {
			continue
		}
		t.rehang(k, t.head(h), "conj")
	}
}
