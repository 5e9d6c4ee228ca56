// Package openie writes statements as Open IE systems and their benchmarks
// (CaRB) write tuples: the words of the sentence as they stand, not the
// nodes of a graph.
package openie

import (
	"slices"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/extract"
)

// Tuple is a statement as Open IE systems and their benchmarks (CaRB) write
// it: words of the sentence, not nodes of a graph.
type Tuple struct {
	Sentence   string   // the sentence it comes from
	Confidence float64  // the statement's; scaled down for a prepositional phrase's own tuple
	Arg1       string   // the subject
	Rel        string   // the relation
	Arg2       string   // the object, one noun phrase or clause, or ""
	Args       []string // what the parse hung after the object's head, then the qualifiers: phrases of time, place, manner, ...
}

// Tuples gives the statements of a as Open IE systems write tuples
// (role statements are left out, see below, and so are statements whose
// subject the parse broke: brokenSubject), in the order of a's
// statements, then the implied ones, then the tuples of the statements'
// prepositional phrases:
//
//   - arguments and relations are words of the sentence as they stand; a
//     coordinated object after the first has the first one's preposition
//     and negation ("is not about ships and crews": is not about · crews);
//     the relation takes in the verbs that govern the statement's verb and
//     share its subject, with their auxiliaries and negation ("were said
//     to have made", "has yet to concede"), the auxiliaries a coordinated
//     verb shares with the first ("is cut and flushed": is flushed), up
//     to three adverbs right before the verb group ("no longer makes"), the
//     prepositions, particles and adverbs between verb and object, the verb
//     that opens a clausal object ("trained to repair"), a copula's
//     preposition ("is in"), and with no object, the preposition of the
//     phrase right after the verb ("works at"); a one-word object or
//     complement takes the preposition after it ("took part in", "is n't
//     aware of");
//   - the object is one noun phrase (coreOf): the phrases the parse hangs
//     after it, but for "of", follow as arguments of their own, as the
//     statement's qualifiers do;
//   - a passive with its agent keeps its order (patient · was sold by ·
//     agent); coordinated subjects and objects stay split, one fact a
//     tuple, as the statements have them; a tuple said twice is said once;
//   - asides set off by commas (extract.Asides) leave the arguments, and what
//     the syntax states without a verb (extract.ImpliedStatements:
//     appositions, titles) comes with the relation "be", the implied
//     copula of OpenIE-4 and OpenIE-5, in place of the role statements; so
//     is the copula a participle on its noun leaves out ("the firm, based
//     in Denver" → the firm · be based in · Denver);
//   - each prepositional phrase of a statement whose object is a noun
//     phrase (or that has none) is also a fact of its own, as ClausIE and
//     MinIE write it: "They opened the studio in 1975" → They · opened the
//     studio in · 1975, ranked below every statement.
//
// "Ana Ruiz, a chemist, moved to Lyon in 1990" → Ana Ruiz · moved to ·
// Lyon · in 1990, Ana Ruiz · be · a chemist and Ana Ruiz · moved to Lyon in
// · 1990.
func Tuples(a *analysis.Analysis) []Tuple {
	var implied []annals.Statement
	var cuts [][2]int
	for i := range a.Sentences {
		implied = append(implied, extract.ImpliedStatements(a.Document.ID, &a.Sentences[i])...)
		cuts = append(cuts, extract.Asides(&a.Sentences[i])...)
	}
	slices.SortFunc(cuts, func(x, y [2]int) int { return x[0] - y[0] })
	var out, more []Tuple
	for _, st := range a.Statements {
		if !st.Role && !brokenSubject(a, st) {
			t, nary := openIETuple(a, st, cuts)
			out = append(out, t)
			more = append(more, nary...)
		}
	}
	for _, st := range implied {
		t, _ := openIETuple(a, st, nil)
		out = append(out, t)
	}
	return dedupe(append(out, more...))
}

// dedupe drops a tuple that repeats an earlier one of the same sentence
// word for word, which then takes the higher confidence: "were able to
// reach the summit" is one fact, whether read off "able" or off "reach".
func dedupe(ts []Tuple) []Tuple {
	type key struct{ sentence, arg1, rel, arg2 string }
	seen := map[key]int{}
	var out []Tuple
	for _, t := range ts {
		k := key{t.Sentence, t.Arg1, t.Rel, t.Arg2}
		if j, ok := seen[k]; ok {
			out[j].Confidence = max(out[j].Confidence, t.Confidence)
			continue
		}
		seen[k] = len(out)
		out = append(out, t)
	}
	return out
}

// prepositionOf splits a prepositional phrase into its preposition, with
// the adverbs before it ("mainly for") and the words that make one
// preposition with it ("because of", "due to", "in front of", "on behalf
// of"), and the rest.
func prepositionOf(a *analysis.Analysis, i int, q annals.Qualifier) (lead string, rest annals.Span, ok bool) {
	toks := a.TokensBetween(i, q.Start, q.End)
	k := 0
	for k < len(toks)-1 && k < 2 && toks[k].UPOS == "ADV" {
		k++
	}
	if k >= len(toks)-1 || !strings.EqualFold(toks[k].Form, q.Prep) && (q.Prep != "" || toks[k].UPOS != "ADP") {
		return "", annals.Span{}, false
	}
	for k+2 < len(toks) && toks[k+1].Deprel == "fixed" {
		k++
	}
	// "in front of the crowd": a bare noun between two prepositions
	if k+3 < len(toks) && toks[k+1].XPOS == "NN" && toks[k+1].Form == strings.ToLower(toks[k+1].Form) &&
		toks[k+2].UPOS == "ADP" && (strings.EqualFold(toks[k+2].Form, "of") || strings.EqualFold(toks[k+2].Form, "to")) {
		k += 2
	}
	return a.Document.Text[q.Start:toks[k].End], spanOf(a.Document.Text, toks[k+1].Start, q.End), true
}

// spanOf is the span of doc from start to end.
func spanOf(doc string, start, end int) annals.Span {
	return annals.Span{Start: start, End: end, Text: doc[start:end]}
}

// timePhrase reports whether span sp of sentence i holds a word that
// names a time ("Monday", "1990"): a phrase that dates the act, not one
// that completes a noun.
func timePhrase(a *analysis.Analysis, i int, sp annals.Span) bool {
	for _, tok := range a.TokensBetween(i, sp.Start, sp.End) {
		if analysis.IsTimeWord(tok) {
			return true
		}
	}
	return false
}

// commonWord reports whether span sp of sentence i is one common noun or
// adjective, or an adjective after its adverbs ("very ill").
func commonWord(a *analysis.Analysis, i int, sp annals.Span) bool {
	toks := a.TokensBetween(i, sp.Start, sp.End)
	n := len(toks)
	if n == 0 || n > 3 || toks[n-1].UPOS != "NOUN" && toks[n-1].UPOS != "ADJ" || n > 1 && toks[n-1].UPOS != "ADJ" {
		return false
	}
	return particles(toks[:n-1])
}

// mistaggedVerb reports whether the head of participle tok is the root of
// sentence i, or a subject whose verb has another subject: then the
// participle tok is rather the noun's own verb, mistagged ("Both teams
// agreed to terms, and Ana signed").
func mistaggedVerb(a *analysis.Analysis, i int, tok analysis.Token) bool {
	toks := a.Sentences[i].Tokens
	if tok.Head < 1 || tok.Head > len(toks) {
		return false
	}
	noun := toks[tok.Head-1]
	if noun.Head == 0 {
		return true
	}
	if !strings.HasPrefix(noun.Deprel, "nsubj") {
		return false
	}
	subjects := 0
	for _, t := range toks {
		if t.Head == noun.Head && strings.HasPrefix(t.Deprel, "nsubj") {
			subjects++
		}
	}
	return subjects > 1
}

// hasMark reports whether token tok of sentence i has a subordinating
// word ("when", "if", "as").
func hasMark(a *analysis.Analysis, i int, tok analysis.Token) bool {
	toks := a.Sentences[i].Tokens
	for _, t := range toks {
		if t.Head >= 1 && toks[t.Head-1].Start == tok.Start && t.Deprel == "mark" {
			return true
		}
	}
	return false
}

// balanceQuotes takes in the closing quote right after a span that opens
// one, and the opening quote right before a span that closes one: a
// phrase's edges leave punctuation out, but a quotation is one.
func balanceQuotes(doc string, sp annals.Span) annals.Span {
	opens := strings.Count(sp.Text, "``") + strings.Count(sp.Text, "“")
	closes := strings.Count(sp.Text, "''") + strings.Count(sp.Text, "”")
	switch {
	case opens > closes:
		rest := doc[sp.End:]
		trimmed := strings.TrimLeft(rest, " ")
		for _, q := range []string{"''", "”"} {
			if strings.HasPrefix(trimmed, q) {
				sp.End += len(rest) - len(trimmed) + len(q)
				break
			}
		}
	case closes > opens:
		before := doc[:sp.Start]
		trimmed := strings.TrimRight(before, " ")
		for _, q := range []string{"``", "“"} {
			if strings.HasSuffix(trimmed, q) {
				sp.Start = len(trimmed) - len(q)
				break
			}
		}
	}
	sp.Text = doc[sp.Start:sp.End]
	return sp
}

// particles reports whether tokens are adverbs, particles and prepositions
// only, which a relation takes in.
func particles(toks []analysis.Token) bool {
	for _, tok := range toks {
		switch tok.UPOS {
		case "ADV", "ADP", "PART":
		default:
			return false
		}
	}
	return true
}

// cutText is the text of span sp without the ranges of cuts that lie
// inside it, and without a comma that closed a cut range.
func cutText(doc string, sp annals.Span, cuts [][2]int) string {
	text, end := "", sp.Start
	for _, c := range cuts {
		if c[0] < end || c[0] <= sp.Start || c[1] > sp.End {
			continue
		}
		text += doc[end:c[0]]
		end = c[1]
		if rest := strings.TrimLeft(doc[end:sp.End], " "); strings.HasPrefix(rest, ",") {
			end = sp.End - len(rest) + 1
		}
	}
	if text == "" {
		return sp.Text
	}
	return strings.Join(strings.Fields(text+doc[end:sp.End]), " ")
}

// openIETuple gives statement st of a as Open IE writes it: the words of
// the subject, relation and object as they stand in the sentence, with cuts
// (comma asides) left out of the arguments.
func openIETuple(a *analysis.Analysis, st annals.Statement, cuts [][2]int) (Tuple, []Tuple) {
	sentence := a.Document.Text
	if st.Sentence < len(a.Sentences) {
		sentence = a.Sentences[st.Sentence].Text
	}
	if st.Object != nil && st.Object.End <= st.Predicate.Start && st.Subject.Start >= st.Predicate.End {
		// "the boat was sold by a dealer": the statement makes the agent its
		// subject; Open IE keeps the passive as it stands, agent last
		patient, agent := *st.Object, st.Subject
		st.Subject, st.Object = patient, &agent
	}
	st.Subject.Span = balanceQuotes(a.Document.Text, st.Subject.Span)
	if st.Object != nil {
		o := *st.Object
		o.Span = balanceQuotes(a.Document.Text, o.Span)
		st.Object = &o
	}
	rel := st.Predicate.Text
	if st.Predicate.Start == st.Predicate.End { // implied: no word states it
		rel = st.Predicate.Lemma
	}
	// "the firm, based in Denver": a participle that modifies its subject
	// is a passive without its copula, which the relation gets back as "be"
	// (unless the parse shows the participle is rather the noun's verb)
	if toks := a.TokensBetween(st.Sentence, st.Predicate.Start, st.Predicate.End); len(toks) == 1 && toks[0].XPOS == "VBN" &&
		(toks[0].Deprel == "acl" && st.Predicate.Start > st.Subject.Start && !mistaggedVerb(a, st.Sentence, toks[0]) ||
			toks[0].Deprel == "advcl" && !hasMark(a, st.Sentence, toks[0])) {
		rel = "be " + rel
	}
	doc := a.Document.Text
	// "was said to have built": the verbs that govern the statement's verb
	// and share its subject open the relation
	relStart := st.Predicate.Start
	if start, ok := governingStart(a, st.Sentence, st.Predicate.Span, st.Subject.Span); ok && strings.HasPrefix(rel, st.Predicate.Text) {
		rel = strings.Join(strings.Fields(doc[start:st.Predicate.Start]), " ") + " " + rel
		relStart = start
	}
	// "is cut and flushed": a coordinated verb has the auxiliaries of the
	// first
	if aux := sharedAuxiliaries(a, st.Sentence, st.Predicate.Span); aux != "" && relStart == st.Predicate.Start && strings.HasPrefix(rel, st.Predicate.Text) {
		rel = aux + " " + rel
		relStart = -1 // no words of the sentence stand right before it
	}
	// "Ana rarely speaks of": adverbs right before the verb group join it
	if st.Predicate.Start < st.Predicate.End && relStart > st.Subject.End {
		if before := a.TokensBetween(st.Sentence, st.Subject.End, relStart); len(before) > 0 {
			k := len(before)
			for k > 0 && before[k-1].UPOS == "ADV" && len(before)-k < 3 {
				k--
			}
			if k < len(before) {
				rel = doc[before[k].Start:relStart] + rel
			}
		}
	}
	var objSp annals.Span // the object's words, once the relation has taken its own
	hasObj := st.Object != nil
	gapPrep := false // the relation took a preposition between verb and object
	if hasObj {
		objSp = st.Object.Span
		// "met with Putin": the preposition between verb and object belongs
		// to the relation, as Open IE benchmarks write it, and so do the
		// adverbs there ("looks back on")
		gap := a.TokensBetween(st.Sentence, st.Predicate.End, st.Object.Start)
		if first := firstConjunct(a, st.Sentence, st.Object.Span); first.End > st.Predicate.End && first.End <= st.Object.Start {
			// "happening upon adverts, sketches and elements": each
			// object after the first has the first one's preposition
			gap = a.TokensBetween(st.Sentence, st.Predicate.End, first.Start)
		}
		if len(gap) > 0 && len(gap) <= 4 && particles(gap) {
			rel += " " + doc[gap[0].Start:gap[len(gap)-1].End]
			gapPrep = slices.ContainsFunc(gap, func(t analysis.Token) bool { return t.UPOS == "ADP" })
		}
		// "was trained to repair engines": the verb a clausal object
		// begins with joins the relation, and its own object is the object
		// (after the adjective of a copula: "were able to reach")
		if toks := a.TokensBetween(st.Sentence, st.Object.Start, st.Object.End); st.Object.Start >= st.Predicate.End {
			k := 0
			if len(toks) > 0 && toks[0].UPOS == "ADJ" && st.Predicate.Lemma == "be" {
				k++
			}
			if k < len(toks) && toks[k].UPOS == "PART" && strings.EqualFold(toks[k].Form, "to") {
				v := k + 1
				for v < len(toks) && v < k+4 && (toks[v].UPOS == "ADV" || toks[v].UPOS == "AUX") {
					v++
				}
				if v+1 < len(toks) && toks[v].UPOS == "VERB" && toks[v].Deprel == "xcomp" {
					rel += " " + doc[toks[0].Start:toks[v].End]
					objSp = spanOf(doc, toks[v+1].Start, st.Object.End)
				}
			}
		}
		// "the office is in the harbour": a copula's prepositional predicate
		// gives its preposition to the relation
		if toks := a.TokensBetween(st.Sentence, st.Object.Start, st.Object.End); len(toks) > 1 && st.Predicate.Lemma == "be" &&
			st.Predicate.Start < st.Predicate.End && st.Object.Start >= st.Predicate.End && toks[0].UPOS == "ADP" && toks[0].Deprel == "case" {
			rel += " " + toks[0].Form
			objSp = spanOf(doc, toks[1].Start, st.Object.End)
		}
		// "indicated that the positions remain": so is a clause's "that"
		if toks := a.TokensBetween(st.Sentence, objSp.Start, objSp.End); len(toks) > 1 && strings.EqualFold(toks[0].Form, "that") &&
			st.Object.Start >= st.Predicate.End {
			rel += " " + toks[0].Form
			objSp = spanOf(doc, toks[1].Start, objSp.End)
		}
	}
	quals := st.Qualifiers
	// the first qualifier after the verb group, or after the object
	next, after := -1, st.Predicate.End
	if st.Object != nil {
		after = max(after, st.Object.End)
	}
	for j, q := range quals {
		if q.Start >= after && (next < 0 || q.Start < quals[next].Start) {
			next = j
		}
	}
	if next >= 0 && strings.TrimSpace(doc[after:quals[next].Start]) == "" {
		lead, rest, ok := prepositionOf(a, st.Sentence, quals[next])
		switch {
		case !ok:
		case !hasObj:
			// "works at a bakery": with no object, the phrase right
			// after the verb is its object, and its preposition joins the relation
			rel, objSp, hasObj = rel+" "+lead, rest, true
			quals = slices.Delete(slices.Clone(quals), next, next+1)
		case st.Object.Start >= st.Predicate.End && commonWord(a, st.Sentence, st.Object.Span) && objSp == st.Object.Span &&
			!gapPrep && !timePhrase(a, st.Sentence, rest):
			// "is proud of her work", "took part in the talks": a one-word
			// object or complement, a common noun or an adjective right after
			// the verb, and the preposition after it make the relation
			rel, objSp = rel+" "+objSp.Text+" "+lead, rest
			quals = slices.Delete(slices.Clone(quals), next, next+1)
		}
	}
	obj := ""
	var args []string
	var trailing []annals.Span
	noun := !hasObj
	if hasObj {
		var core annals.Span
		core, trailing, noun = coreOf(a, st.Sentence, objSp)
		obj = cutText(doc, core, cuts)
		for _, sp := range trailing {
			args = append(args, cutText(doc, balanceQuotes(doc, sp), cuts))
		}
	}
	t := Tuple{Sentence: sentence, Confidence: st.Confidence,
		Arg1: cutText(doc, st.Subject.Span, cuts), Rel: rel, Arg2: obj, Args: args}
	for _, q := range quals {
		t.Args = append(t.Args, balanceQuotes(doc, q.Span).Text)
	}
	if !noun || st.Predicate.Start == st.Predicate.End {
		return t, nil
	}
	// "opened the studio in 1975": each prepositional phrase is a fact of
	// its own, the verb and its object before the preposition
	phrases := slices.Clone(quals)
	for _, sp := range trailing {
		phrases = append(phrases, annals.Qualifier{Span: sp})
	}
	var nary []Tuple
	for _, q := range phrases {
		lead, rest, ok := prepositionOf(a, st.Sentence, q)
		if !ok {
			continue
		}
		core, more, _ := coreOf(a, st.Sentence, rest)
		if toks := a.TokensBetween(st.Sentence, core.Start, core.End); len(toks) == 1 && (toks[0].UPOS == "ADJ" || toks[0].UPOS == "ADV") {
			continue // "in particular", "at least": no thing the act is done to
		}
		n := Tuple{Sentence: sentence, Confidence: st.Confidence * naryShare, Arg1: t.Arg1,
			Rel: strings.Join(strings.Fields(rel+" "+obj+" "+lead), " "), Arg2: cutText(doc, core, cuts)}
		for _, sp := range more {
			n.Args = append(n.Args, cutText(doc, balanceQuotes(doc, sp), cuts))
		}
		nary = append(nary, n)
	}
	return t, nary
}

// naryShare scales a statement's confidence for the tuples its
// prepositional phrases give: they repeat the statement, so they rank below
// every statement.
const naryShare = 0.3
