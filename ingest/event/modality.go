package event

import "cmp"

// stance is what the governing verb of a statement does to its act.
type stance int

const (
	stanceActual  stance = iota // no governing verb: the act happened
	stanceIntent                // offer, promise, will: the act is promised (03) or, if hostile, threatened (13)
	stancePredict               // would, hope, want: the act is supposed or wished for, not done
	stanceAgree                 // agree: as intent, but a hostile act agreed on is decided, not threatened
	stanceDemand                // demand, urge, call: the act is demanded of someone (10)
	stanceThreat                // threaten, warn: the act is threatened (13)
	stanceAttempt               // try, attempt: the act was set about (CAMEO codes attempts as the act)
	stanceRefuse                // refuse, decline (with the act negated): a cooperative act refused (12)
	stanceNone                  // may, must, need, expect: the act is only possible or needed, not done
)

// stances maps the modality lemmas the extractor records to what they do.
// Lemmas it does not list leave no event.
var stances = map[string]stance{
	"": stanceActual,
	// intent: CAMEO 03 "express intent to ..."
	"offer": stanceIntent, "propose": stanceIntent, "promise": stanceIntent, "pledge": stanceIntent,
	"vow": stanceIntent, "volunteer": stanceIntent, "commit": stanceIntent,
	"plan": stanceIntent, "intend": stanceIntent, "prepare": stanceIntent, "aim": stanceIntent,
	"will": stanceIntent, "shall": stanceIntent, // news tells what an actor will do as it was announced
	// condition and wish: said of the act by anyone (the narrator, a
	// columnist), they tell no act that happened; said by the speaker of
	// a report of what they would do, they are its intent (Verb.Reported)
	"would": stancePredict, "hope": stancePredict, "want": stancePredict, "wish": stancePredict,
	"seek": stancePredict, "suggest": stancePredict,
	"agree": stanceAgree,
	// demand: CAMEO 10; PLOVER 2016 has no category for CAMEO 02 appeals
	// and files calls and requests under DEMAND, so they are coded as the
	// matching CAMEO 10 demand
	"demand": stanceDemand, "urge": stanceDemand, "ask": stanceDemand, "call": stanceDemand,
	"request": stanceDemand, "appeal": stanceDemand, "press": stanceDemand, "insist": stanceDemand, "push": stanceDemand,
	// threat: CAMEO 13
	"threaten": stanceThreat, "warn": stanceThreat,
	"try": stanceAttempt, "attempt": stanceAttempt,
	"refuse": stanceRefuse, "decline": stanceRefuse,
	"may": stanceNone, "might": stanceNone, "could": stanceNone, "can": stanceNone, "should": stanceNone,
	"must": stanceNone, "need": stanceNone, "expect": stanceNone, "consider": stanceNone,
}

// governing is the code of a statement whose act the dictionary cannot
// code, from its governing verb alone: "offered to hand over ..." is an
// offer (the dictionary's code for "offer", as an intent), "threatened to
// ..." a threat, "demanded that ..." a demand. Auxiliaries ("will") and
// verbs of hope or wish the dictionary does not code as commitments leave
// no event.
func (c *Coder) governing(v Verb, st stance) string {
	gv := v
	gv.Lemma, gv.Form, gv.Modality = v.Modality, "", ""
	code := c.act(gv).code
	switch st {
	case stanceDemand:
		return demand(cmp.Or(code, "100"))
	case stanceThreat:
		return threat(cmp.Or(code, "130"))
	case stanceIntent, stanceAgree:
		if code == "" && commitments[v.Modality] {
			code = "030" // "offered to ...": the offer is the act, whatever is offered
		}
		if code != "" && code[:2] <= "05" {
			return intent(code)
		}
	}
	return ""
}

// withModality turns the code of an act into the code of the statement
// given its modality and negation, and tells whether the coded act is
// unreal (see annals.Event.Unreal).
func (c *Coder) withModality(v Verb, act string) (string, bool) {
	st, known := stances[v.Modality]
	if !known {
		st = stanceNone
	}
	if st == stancePredict && v.Reported {
		st = stanceIntent // "they said they would boycott the talks"
	}
	if v.Negated {
		switch st {
		case stanceDemand:
			return "100", false // "urged them not to ...": a demand all the same
		case stanceRefuse, stanceIntent, stanceAgree:
			if act != "" && !hostile(act) && act[:2] != "01" && act[:2] != "02" {
				return refusal(act), false // "refused to withdraw", "will not accept"
			}
		}
		return act, true // "did not attack", "did not talk": the act, not done
	}
	if act == "" || act[:2] == "01" {
		// no code for the act, or a mere statement: what the governing verb says
		switch st {
		case stanceActual, stanceAttempt:
			return act, false
		case stancePredict, stanceNone:
			return "", false
		}
		return c.governing(v, st), false
	}
	if act[:2] == "02" {
		act = "10" + act[2:] // an appeal: see stances
	}
	switch st {
	case stanceActual, stanceAttempt:
		return act, false
	case stanceIntent:
		if act[:2] == "09" {
			return act, true // "vowed to investigate": an inquiry to come, no threat
		}
		if hostile(act) {
			return threat(act), false
		}
		return intent(act), false
	case stanceAgree:
		if hostile(act) {
			return act, false
		}
		return intent(act), false
	case stanceDemand:
		return demand(act), false
	case stanceThreat:
		return threat(act), false
	}
	return act, true // predicted, planned, possible, needed
}

// hostile reports whether a code is one of conflict (CAMEO 09 to 20).
func hostile(code string) bool { return code[:2] >= "09" }

// intent is the CAMEO 03 code for the intent to do an act: 036 to meet or
// negotiate (04), 032 to cooperate diplomatically (05), 031x to cooperate
// materially (06x), 033x to give aid (07x), 034x and 035x to yield (08x).
func intent(act string) string {
	switch act[:2] {
	case "03":
		return act
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		return "031" + subUpTo(act, 2, '4')
	case "07":
		return "033" + subUpTo(act, 2, '4')
	case "08":
		return yieldCode(act, "034", "035", "0351", "0352", "0353", "0354", "0355", "0356")
	}
	return "030"
}

// demand is the CAMEO 10 code for a demand that an act be done.
func demand(act string) string {
	switch act[:2] {
	case "02", "10":
		return "10" + act[2:]
	case "04":
		return "106"
	case "05":
		return "102"
	case "06":
		return "101" + subUpTo(act, 2, '4')
	case "07":
		return "103" + subUpTo(act, 2, '4')
	case "08":
		return yieldCode(act, "104", "105", "1051", "1052", "1053", "1054", "1055", "1056")
	}
	return "100"
}

// threat is the CAMEO 13 code for a threat to do an act.
func threat(act string) string {
	switch act[:2] {
	case "13":
		return act
	case "14":
		return "133"
	case "16":
		switch act {
		case "161":
			return "1313"
		case "162":
			return "1311"
		case "163":
			return "1312"
		case "164":
			return "134"
		case "165":
			return "135"
		case "166":
			return "136"
		}
		return "131"
	case "17":
		return "137"
	case "18":
		return "1383"
	case "19":
		switch {
		case act == "191":
			return "1381"
		case act == "192":
			return "1382"
		}
		return "1384"
	case "20":
		return "1385"
	}
	return "130"
}

// refusal is the CAMEO 12 code for refusing a cooperative act; hostile
// acts not done and statements not made are no events.
func refusal(act string) string {
	if act == "" {
		return ""
	}
	switch act[:2] {
	case "03", "05":
		if act == "057" {
			return "127"
		}
		return "120"
	case "04":
		return "125"
	case "06":
		return "121" + subUpTo(act, 2, '2')
	case "07":
		return "122" + subUpTo(act, 2, '4')
	case "08":
		return yieldCode(act, "123", "124", "1241", "1242", "1243", "1244", "1245", "1246")
	}
	return ""
}

// yieldCode maps a CAMEO 08 code (yield) onto a family's parallel codes:
// 083x political reform gets reform (with 083x's last digit), 080 the
// general code, 081, 082, 084, 085, 086 and 087 their own.
func yieldCode(act, reform, general, admin, dissent, release, economic, involvement, deescalate string) string {
	if len(act) < 3 {
		return general
	}
	switch act[2] {
	case '1':
		return admin
	case '2':
		return dissent
	case '3':
		return reform + sub(act, 3)
	case '4':
		return release
	case '5':
		return economic
	case '6':
		return involvement
	case '7':
		return deescalate
	}
	return general
}

// sub is the digit of a code at position i, or "" when the code is
// shorter or the digit is 0 (the general code of its family): the
// subcategory a parallel family takes over ("061" → "0311").
func sub(code string, i int) string {
	if len(code) > i && code[i] != '0' {
		return code[i : i+1]
	}
	return ""
}

// subUpTo is sub for families whose subcategories stop at last: a digit
// beyond it has no parallel and gives the family's general code.
func subUpTo(code string, i int, last byte) string {
	if d := sub(code, i); d != "" && d[0] <= last {
		return d
	}
	return ""
}

// unconventional recodes conventional military force (CAMEO 19) as
// unconventional violence (18) when the dictionaries say it is: done by
// rebels, militias or terrorists, or to civilians, refugees or detainees
// (Phoenix agent sectors). FIGHT is for armed forces against armed forces.
func (c *Coder) unconventional(v Verb, act string) string {
	if len(act) < 2 || act[:2] != "19" {
		return act
	}
	if a, ok := c.phraseAgent(v.Subject); ok && irregularSectors[a.Sector] {
		return "180"
	}
	if a, ok := c.phraseAgent(v.Object); ok && victimSectors[a.Sector] {
		return "180"
	}
	return act
}

// irregularSectors are Phoenix sectors of irregular armed groups and
// criminals: rebels, unaligned armed forces (militias, terrorists),
// insurgents, criminals ("assailants", "robbers").
var irregularSectors = map[string]bool{"REB": true, "UAF": true, "INS": true, "CRM": true}

// victimSectors are Phoenix sectors of people whom violence against is no
// battle: civilians, refugees, detainees (filed under OPP).
var victimSectors = map[string]bool{"CVL": true, "REF": true}
