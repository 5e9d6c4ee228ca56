package extract

// namedBeforePhrase mends a name that opens a clause, set off by a comma
// before a prepositional phrase, which the parse hung on the phrase and
// took the phrase for the subject: in "Ruiz, in remarks to reporters,
// said ..." the name (read as a vocative or a dislocated phrase) is the
// subject, and the phrase qualifies the verb.
func (t *tree) namedBeforePhrase() {
	for k := range t.toks {
		if !t.is(k, "nsubj", "nsubj:pass") {
			continue
		}
		v, p := t.head(k), t.child(k, "case")
		if v < 0 || k > v || !t.finite(v) || p < 0 || p > k || t.toks[p].UPOS != "ADP" || t.toks[p].XPOS == "POS" {
			continue
		}
		name := -1
		for _, x := range t.children(k, "vocative", "dislocated") {
			if x < p && isNominal(t.toks[x]) {
				name = x
			}
		}
		if name < 0 {
			continue
		}
		_, hi := t.span(name, nil)
		if hi >= p || t.toks[hi].Form != "," || hi+1 != p {
			continue // the comma sets the name off, just before the phrase
		}
		rel := t.rel(k)
		t.rehang(name, v, rel)
		t.rehang(k, v, "obl")
	}
}

// nameAfterComma mends a name after a comma that the parse took for a
// second subject of the verb: in "Ana Ruiz of the University of Delmont,
// Eastport said ..." the place completes the name of the first subject's
// prepositional phrase; the first subject is the one who speaks. Only a name that runs up to the verb
// with no comma of its own after it counts: an apposition set off by two
// commas is appositiveSubjects' part.
func (t *tree) nameAfterComma() {
	for v := range t.toks {
		subjects := t.children(v, "nsubj", "nsubj:pass")
		if len(subjects) != 2 {
			continue
		}
		first, second := subjects[0], subjects[1]
		if t.toks[first].UPOS != "PROPN" || t.toks[second].UPOS != "PROPN" || second > v || !t.finite(v) {
			continue
		}
		_, hi := t.span(first, nil)
		lo, shi := t.span(second, nil)
		if hi >= len(t.toks) || t.toks[hi].Form != "," || lo != hi+1 || shi != v && !t.onlyAuxiliariesBetween(shi, v) {
			continue
		}
		// the first subject ends in a prepositional phrase whose name
		// the second goes on: "of the University of Delmont, Eastport"
		m := -1
		for _, c := range t.children(first, "nmod") {
			if _, e := t.span(c, nil); e == hi && t.child(c, "case") >= 0 {
				m = c
			}
		}
		if m < 0 || t.toks[hi-1].UPOS != "PROPN" {
			continue
		}
		t.rehang(second, hi-1, "appos")
	}
}

// onlyAuxiliariesBetween reports whether tokens [i, v) are all auxiliaries
// and adverbs of verb v.
func (t *tree) onlyAuxiliariesBetween(i, v int) bool {
	for k := i; k < v; k++ {
		if t.head(k) != v || !t.is(k, "aux", "aux:pass", "advmod") {
			return false
		}
	}
	return true
}
