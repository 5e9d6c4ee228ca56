package extract

import "strings"

// accordingSubjects mends "According to the NCSL, the party is scheduled
// to ...", which the parser reads with the source as the subject and the
// real subject as its apposition: the apposition after the comma becomes
// the subject, and the source goes back under "according to", where the
// clause rules find it as the statement's attribution; so do sources joined
// by "and", the apposition hung on the last of them.
func (t *tree) accordingSubjects() {
	for i := 0; i+2 < len(t.toks); i++ {
		if !strings.EqualFold(t.toks[i].Form, "according") || !strings.EqualFold(t.toks[i+1].Form, "to") {
			continue
		}
		// "According to AFP, other buildings are close to collapse", the
		// source read as a modifier of the subject's noun: it is the
		// clause's source, and the noun alone its subject
		if k := t.head(i); k > i+1 && t.is(k, "compound", "nmod", "amod", "appos") {
			if n := t.head(k); n > k && t.is(n, "nsubj", "nsubj:pass") && t.head(n) >= 0 {
				t.rehang(k, t.head(n), "obl")
				continue
			}
		}
		src := -1
		for k := i + 2; k < len(t.toks); k++ {
			if t.is(k, "nsubj", "nsubj:pass") && (t.firstOf(k) == i+2 || t.firstOf(k) == i && t.head(i) == k) {
				src = k
				break
			}
		}
		if src < 0 {
			continue
		}
		v := t.head(src)
		subj := -1
		// the apposition hangs on the source or, when the sources are
		// coordinated ("According to Reuters and NBC, Ana Ruiz is ..."),
		// on the last of them
		for _, h := range append([]int{src}, t.children(src, "conj")...) {
			for _, a := range t.children(h, "appos") {
				if a > src && a-1 > 0 && t.firstOf(a) > 0 && t.toks[t.firstOf(a)-1].Form == "," && a < v {
					subj = a
					break
				}
			}
		}
		if subj < 0 || v < 0 {
			continue
		}
		rel := t.toks[src].Deprel
		t.rehang(subj, v, rel)
		t.rehang(src, v, "obl")
		t.rehang(i, src, "case")
		t.rehang(i+1, i, "fixed")
	}
}
