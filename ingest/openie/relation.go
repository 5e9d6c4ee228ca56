package openie

import (
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// governingStart is where the relation of a statement begins when its verb
// is the complement of a verb that shares its subject: "were said to have
// made", "is expected to announce", "were able to reach", "has yet to
// concede". The statement speaks of the last verb, but a reader needs the
// verbs that govern it, with their auxiliaries and negation, as the
// sentence writes them. ok is false when nothing governs the verb, when the
// governing verb has an object of its own that is the doer ("asked Ana to
// leave"), or when words other than adverbs, particles and prepositions
// stand between the verbs.
func governingStart(a *analysis.Analysis, i int, pred, subj annals.Span) (start int, ok bool) {
	if i >= len(a.Sentences) || !a.Sentences[i].Parsed() || pred.Start >= pred.End {
		return 0, false
	}
	toks := a.Sentences[i].Tokens
	top := -1
	for k, tok := range toks {
		if tok.Start >= pred.Start && tok.End <= pred.End && tok.UPOS != "PUNCT" {
			if h := tok.Head - 1; h < 0 || toks[h].Start < pred.Start || toks[h].End > pred.End {
				top = k
				break
			}
		}
	}
	first := -1
	for steps := 0; top >= 0 && steps < 4 && toks[top].Deprel == "xcomp"; steps++ {
		h := toks[top].Head - 1
		if h < 0 || h >= top || toks[h].Start < subj.End {
			break
		}
		switch toks[h].UPOS {
		case "VERB", "ADJ", "AUX":
		default:
			return start, first >= 0
		}
		g := h
		for k, tok := range toks {
			if tok.Head-1 != h {
				continue
			}
			switch {
			case tok.Deprel == "obj" || tok.Deprel == "iobj":
				return start, first >= 0
			case k < h && (tok.Deprel == "aux" || tok.Deprel == "aux:pass" || tok.Deprel == "cop" || tok.Deprel == "advmod" && negationWord(tok.Form)):
				g = min(g, k)
			}
		}
		if toks[g].Start < subj.End || !linking(toks[h+1:top]) {
			break
		}
		first, start, top = g, toks[g].Start, h
	}
	return start, first >= 0
}

// linking reports whether the words between a governing verb and the verb
// it governs may stand in a relation: "to", adverbs, auxiliaries,
// prepositions ("agreed at last to pay"), at most six.
func linking(toks []analysis.Token) bool {
	if len(toks) > 6 {
		return false
	}
	for _, tok := range toks {
		switch tok.UPOS {
		case "PART", "ADV", "AUX", "ADP", "NOUN", "DET":
		default:
			return false
		}
	}
	return true
}

// negationWord reports whether a word negates its verb.
func negationWord(form string) bool {
	switch strings.ToLower(form) {
	case "not", "n't", "never":
		return true
	}
	return false
}

// sharedAuxiliaries are the auxiliaries a coordinated verb takes from the
// verb it is coordinated with: "the portion is cut and flushed" → is
// flushed. Empty when the verb has auxiliaries of its own, or when the
// first verb has none, or when the two are not the same form of a verb
// (negation is left to the first: "did not build and repair" does not deny
// the repair for sure).
func sharedAuxiliaries(a *analysis.Analysis, i int, pred annals.Span) string {
	if i >= len(a.Sentences) || !a.Sentences[i].Parsed() || pred.Start >= pred.End {
		return ""
	}
	toks := a.Sentences[i].Tokens
	v := -1
	for k, tok := range toks {
		if tok.Start >= pred.Start && tok.End <= pred.End && tok.UPOS == "VERB" {
			v = k
		}
	}
	if v < 0 || toks[v].Deprel != "conj" || toks[v].Head < 1 {
		return ""
	}
	first := toks[v].Head - 1
	if first >= v || toks[first].UPOS != "VERB" || toks[first].XPOS != toks[v].XPOS ||
		toks[v].XPOS != "VBN" && toks[v].XPOS != "VB" && toks[v].XPOS != "VBG" {
		return "" // "was re-elected ... but died": a finite verb takes no auxiliary
	}
	var aux []string
	for k, tok := range toks {
		switch {
		case tok.Head-1 == v && (tok.Deprel == "aux" || tok.Deprel == "aux:pass" || tok.Deprel == "nsubj" || tok.Deprel == "nsubj:pass"):
			return "" // its own auxiliaries, or its own clause
		case tok.Head-1 == first && k < first && (tok.Deprel == "aux" || tok.Deprel == "aux:pass"):
			aux = append(aux, tok.Form)
		}
	}
	return strings.Join(aux, " ")
}

// firstConjunct is the span of the first of the coordinated phrases when
// span sp of sentence i is a later one ("adverts, sketches and elements":
// adverts for sketches), from its first word that is no preposition or
// adverb; the empty span when sp is no later conjunct.
func firstConjunct(a *analysis.Analysis, i int, sp annals.Span) annals.Span {
	if i >= len(a.Sentences) || !a.Sentences[i].Parsed() {
		return annals.Span{}
	}
	toks := a.Sentences[i].Tokens
	h := headOf(a, i, sp)
	for steps := 0; h >= 0 && toks[h].Deprel == "conj" && steps < len(toks); steps++ {
		h = toks[h].Head - 1
	}
	if h < 0 || h >= len(toks) || toks[h].Start >= sp.Start {
		return annals.Span{}
	}
	lo := h
	for k := h - 1; k >= 0 && within(toks, k, h); k-- {
		if toks[k].Head-1 == h {
			switch rel, _, _ := strings.Cut(toks[k].Deprel, ":"); rel {
			case "case", "mark", "cop", "aux", "nsubj", "csubj", "advmod", "punct", "cc", "expl":
				return annals.Span{Start: toks[lo].Start, End: toks[h].End}
			}
		}
		lo = k
	}
	return annals.Span{Start: toks[lo].Start, End: toks[h].End}
}

// within reports whether token k lies in the subtree of token h.
func within(toks []analysis.Token, k, h int) bool {
	for steps := 0; k >= 0 && k < len(toks) && steps <= len(toks); steps++ {
		if k == h {
			return true
		}
		k = toks[k].Head - 1
	}
	return false
}
