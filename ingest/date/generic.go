package date

import (
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// generic reports whether the statement whose verb is token v holds in
// general or by habit rather than on a day: a habitual past ("used to
// write letters"), or a kind of thing in the simple present ("black holes
// form when stars collapse", "bees pollinate crops"). Such a statement
// gets no calendar date. Saying and believing in the present ("officials
// say", "experts fear") report the article's day; what goes on ("protests
// continue", "protesters are gathering") goes on that day; a headline's
// present tells a past event: none of them is generic.
func generic(toks []analysis.Token, v int, sentence string) bool {
	if habitual(toks, v) {
		return true
	}
	if finiteTense(toks, v) != tensePresent || headline(sentence) || progressive(toks, v) {
		return false
	}
	lemma := strings.ToLower(toks[v].Lemma)
	if analysis.IsReportingVerb(lemma) || analysis.IsAttitudeVerb(lemma) || analysis.IsClaimingVerb(lemma) || analysis.IsAspectVerb(lemma) {
		return false
	}
	subject := -1
	for i := range toks {
		if toks[i].Head-1 == v && (toks[i].Deprel == "nsubj" || toks[i].Deprel == "nsubj:pass") {
			subject = i
		}
	}
	return subject >= 0 && barePlural(toks, subject)
}

// habitual reports the infinitive of a habitual "used to" ("used to
// write"), whose statement extract makes of the infinitive.
func habitual(toks []analysis.Token, v int) bool {
	if toks[v].Deprel != "xcomp" || toks[v].Head < 1 || v < 1 || !strings.EqualFold(toks[v-1].Form, "to") {
		return false
	}
	used := toks[v].Head - 1
	form := strings.ToLower(toks[used].Form)
	return used == v-2 && (form == "used" || form == "use") && toks[used].Lemma == "use"
}

// progressive reports a verb in the progressive ("are gathering").
func progressive(toks []analysis.Token, v int) bool {
	if toks[v].XPOS != "VBG" {
		return false
	}
	for i := range toks {
		if toks[i].Head-1 == v && toks[i].Deprel == "aux" && toks[i].Lemma == "be" {
			return true
		}
	}
	return false
}

// barePlural reports a plural common noun with no determiner, number or
// possessor: a kind ("black holes"), not a group the story knows ("the
// protesters", "three officials", "its members").
func barePlural(toks []analysis.Token, n int) bool {
	if toks[n].XPOS != "NNS" {
		return false
	}
	for i := range toks {
		if toks[i].Head-1 != n {
			continue
		}
		switch toks[i].Deprel {
		case "det", "nummod", "nmod:poss", "det:poss", "appos", "acl:relcl", "nmod":
			return false
		}
	}
	return true
}

// headline reports a sentence with no closing mark, as a headline or a
// caption has: its present tense tells what happened.
func headline(sentence string) bool {
	s := strings.TrimRight(sentence, " \t\n\u00a0\"'”’)")
	return s == "" || !strings.ContainsAny(s[len(s)-1:], ".!?:;")
}

// genericTime is the time of a generic statement: a kind and no day.
func genericTime(sentence int) *annals.Time {
	return &annals.Time{Kind: annals.KindGeneric, From: sentence}
}
