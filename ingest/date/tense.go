package date

import (
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// tense is the time a clause's verb group speaks of, relative to when it
// was written: what decides whether a statement belongs to the narrative's
// past or to the present of the article.
type tense uint8

const (
	tenseNone    tense = iota // no finite verb found
	tensePast                 // "attacked", "was arrested", "did not say"
	tensePerfect              // "had attacked": before the narrative's time
	tensePresent              // "attacks", "is attacking": what holds as the article is written
	tenseHasDone              // "has attacked": done by the time the article is written
	tenseFuture               // "will attack", "would attack", "may attack"
)

// clauseTense reads the tense of the verb at index v: its auxiliaries
// first ("was", "had", "will"), then its own form. A verb that is not
// finite ("to sell" of "agreed to sell", "killing" of "attacked, killing")
// takes the tense of the verb it hangs from.
func clauseTense(toks []analysis.Token, v int) tense {
	for steps := 0; v >= 0 && v < len(toks) && steps < len(toks); steps++ {
		if t := finiteTense(toks, v); t != tenseNone {
			return t
		}
		switch toks[v].Deprel {
		case "xcomp", "conj", "advcl", "acl", "acl:relcl", "ccomp", "parataxis", "dep",
			"cop": // "were said to be finalists": the copula's tense is its clause's
		default:
			return tenseNone
		}
		v = toks[v].Head - 1
	}
	return tenseNone
}

// finiteTense is the tense the verb at v and its own auxiliaries show, or
// tenseNone when they show none (an infinitive, a bare participle). The
// first auxiliary carries the tense when there are several: "has been
// arrested" is present, "had been" before the narrative, "was being" past.
func finiteTense(toks []analysis.Token, v int) tense {
	for i := range toks {
		if d := toks[i].Deprel; toks[i].Head-1 != v || d != "aux" && d != "aux:pass" && d != "cop" {
			continue
		}
		t := toks[i]
		switch word := strings.ToLower(t.Form); {
		case t.XPOS == "MD" || word == "will" || word == "wo" || word == "'ll" || word == "shall":
			return tenseFuture
		case word == "had":
			return tensePerfect
		case t.XPOS == "VBD" || word == "was" || word == "were" || word == "did":
			return tensePast
		case word == "has" || word == "have" || word == "'ve":
			return tenseHasDone
		case t.XPOS == "VBZ" || t.XPOS == "VBP" || word == "is" || word == "are" || word == "am" ||
			word == "does" || word == "do":
			return tensePresent
		}
		// "to" of an infinitive, "being": the next auxiliary tells
	}
	switch toks[v].XPOS {
	case "VBD":
		return tensePast
	case "VBN":
		// a participle with a subject and no auxiliary is a past tense
		// the tagger took for a participle ("Police arrested a man"), and
		// so is one whose subject the parser took for a passive one when
		// it has an object, which no passive has ("Biden attacked Trump")
		subject, passive, object := false, false, false
		for i := range toks {
			if toks[i].Head-1 == v {
				switch toks[i].Deprel {
				case "nsubj":
					subject = true
				case "nsubj:pass":
					passive = true
				case "obj":
					object = true
				}
			}
		}
		if subject || passive && object {
			return tensePast
		}
	case "VBZ", "VBP":
		return tensePresent
	}
	return tenseNone
}
