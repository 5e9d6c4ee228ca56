package analysis

import "strings"

// Verbs that put off the act of the verb they govern: "offered to return"
// is a return that has not happened. The lemma becomes the modality.
var modalVerbs = map[string]bool{
	"offer": true, "propose": true, "agree": true, "plan": true, "threaten": true, "want": true,
	"intend": true, "seek": true, "hope": true, "promise": true, "aim": true, "vow": true,
	"pledge": true, "try": true, "attempt": true, "prepare": true, "expect": true, "suggest": true,
	"ask": true, "demand": true, "urge": true, "need": true, "wish": true, "consider": true,
	"predict": true, "seem": true, "appear": true, "schedule": true, "wait": true,
	"claim": true, "pretend": true, "purport": true, "profess": true,
	// stances: "opposed ending the war", "favored providing access" are
	// positions taken, not acts done
	"oppose": true, "support": true, "favor": true, "favour": true, "advocate": true,
	"recommend": true, "endorse": true, "contemplate": true, "envision": true, "envisage": true,
	"prefer": true,
}

// Verbs that claim what they govern: "claimed to have won" is a claim of
// winning. Only an infinitive is their act; anything else is what they
// say.
var claimingVerbs = map[string]bool{"claim": true, "pretend": true, "purport": true, "profess": true}

// Verbs that direct, ask or let someone else act ("urged Ana to leave",
// "allowed users to vote"): the act of the one they address has not
// happened, and takes the verb's lemma as its modality.
var directiveVerbs = map[string]bool{
	"encourage": true, "advise": true, "urge": true, "allow": true, "permit": true, "invite": true,
	"order": true, "tell": true, "instruct": true, "persuade": true, "convince": true, "remind": true,
	"warn": true, "call": true, "authorize": true, "authorise": true, "require": true, "enable": true,
	"direct": true, "command": true, "beg": true, "implore": true, "challenge": true, "press": true,
	"pressure": true, "appeal": true, "lobby": true, "recommend": true, "empower": true,
}

// Verbs that deny the act they govern: "failed to agree".
var denyingVerbs = map[string]bool{"fail": true, "refuse": true, "decline": true}

// Verbs of attitude whose clause ("hopes that", "expects the talks to")
// states what someone wants, expects or believes, not what happened: the
// clause's act takes the verb's lemma as its modality, and their subject
// as its source.
var attitudeVerbs = map[string]bool{
	"hope": true, "want": true, "wish": true, "expect": true, "predict": true, "forecast": true,
	"plan": true, "intend": true, "demand": true, "propose": true, "promise": true, "threaten": true,
	"fear": true, "believe": true, "think": true, "suppose": true, "assume": true, "guess": true,
	"suspect": true, "doubt": true, "imagine": true, "anticipate": true, "speculate": true,
	"urge": true, "request": true, "suggest": true, "recommend": true, "pledge": true, "vow": true,
	"wonder": true, "ask": true, "estimate": true, "allege": true, "worry": true, "reckon": true,
	"feel": true, "bet": true, "insist": true, "claim": true, "accuse": true,
	// orders ("ordered that the firm pay damages") are demands
	"order": true, "require": true,
}

// Verbs that deny the clause they report: "denied that the army fired"
// asserts that it did not.
var denialVerbs = map[string]bool{"deny": true, "refute": true, "dispute": true}

// Verbs that take an embedded question ("investigate whether", "check
// if"): what the question asks is not asserted.
var questioningVerbs = map[string]bool{
	"ask": true, "wonder": true, "investigate": true, "examine": true, "check": true, "decide": true,
	"determine": true, "doubt": true, "know": true, "see": true, "question": true, "consider": true,
	"debate": true, "assess": true, "evaluate": true, "review": true, "study": true, "test": true,
	"verify": true, "inquire": true, "enquire": true, "learn": true, "discuss": true, "explore": true,
	"establish": true, "confirm": true, "clarify": true, "tell": true, "say": true, "care": true,
	"probe": true, "query": true, "judge": true, "predict": true, "show": true, "reveal": true,
}

// Verbs of accusing: the act they charge someone with ("accused him of
// lying", "sued the firm for polluting") is the accuser's claim. Blaming
// and condemning take the act as given ("condemned the army for firing on
// protesters"), and are left out.
var accusingVerbs = map[string]bool{
	"accuse": true, "suspect": true, "charge": true, "indict": true, "sue": true,
}

// Verbs that report speech: what follows is attributed to their subject.
var reportingVerbs = map[string]bool{
	"say": true, "state": true, "tell": true, "add": true, "note": true, "report": true,
	"announce": true, "claim": true, "reveal": true, "remark": true, "warn": true, "insist": true,
	"argue": true, "write": true, "explain": true, "declare": true, "indicate": true, "caution": true,
	"stress": true, "emphasize": true, "emphasise": true, "confirm": true, "acknowledge": true,
	"deny": true, "admit": true, "reply": true, "respond": true, "tweet": true, "mention": true,
	"assert": true, "predict": true, "allege": true, "inform": true, "assure": true, "testify": true,
	"concede": true, "recall": true, "ask": true, "conclude": true, "observe": true, "suggest": true,
}

// VerbGroup is a run of auxiliaries, adverbs and verbs ending in the main verb.
type VerbGroup struct {
	Start, End int // token range
	Main       int // the verb whose act the statement is about
	Modality   string
	Negated    bool
	Passive    bool
	Reporting  bool // the first verb reports speech
}

// aspectVerbs pass the act on to the verb they govern without changing
// whether it happened: "began to withdraw", "continued shelling".
var aspectVerbs = map[string]bool{"begin": true, "start": true, "continue": true, "keep": true,
	"decide": true, "manage": true}

// chain reports whether a verb with this lemma hands the statement on to the
// verb it governs ("offered to return", "failed to agree", "began
// shelling"), and records what it says of that act.
func (g *VerbGroup) chain(lemma string) bool {
	switch {
	case denyingVerbs[lemma]:
		g.Negated = !g.Negated
	case modalVerbs[lemma]:
		if g.Modality == "" {
			g.Modality = lemma
		}
	case !aspectVerbs[lemma]:
		return false
	}
	return true
}

// VerbGroups finds the verb groups of a sentence, in text order: each
// starts at a modal, an auxiliary or a finite verb and ends at its main
// verb, through the verbs that hand their act on to the verb they govern
// ("offered to return", "failed to agree", "began shelling").
func VerbGroups(toks []Token) []VerbGroup {
	var out []VerbGroup
	for i := 0; i < len(toks); i++ {
		if !startsVerbGroup(toks, i) {
			continue
		}
		g := VerbGroup{Start: i, Main: -1}
		j := i
		first := -1 // the first full verb of the group
		sawBe := false
		chained := false // a "to" has just joined the next verb to the group
		for j < len(toks) {
			t := toks[j]
			low := strings.ToLower(t.Form)
			switch {
			case t.XPOS == "MD":
				if g.Modality == "" {
					g.Modality = ModalLemma(low)
				}
			case low == "not" || low == "n't" || low == "never":
				g.Negated = true
			case IsAdvTag(t.XPOS) && j+1 < len(toks) && (IsVerbTag(toks[j+1].XPOS) || IsAdvTag(toks[j+1].XPOS) || toks[j+1].XPOS == "MD"):
				if low == "longer" && j > 0 && strings.EqualFold(toks[j-1].Form, "no") {
					g.Negated = true
				}
			case t.XPOS == "VBG" && g.Main >= 0 && !isBe(toks[g.Main]) && toks[g.Main].Lemma != "have":
				// "suggested establishing ceasefires": a verb chain without "to"
				if !g.chain(toks[g.Main].Lemma) {
					goto end // "left fearing reprisals": keep the first act
				}
				g.Main = j
			case IsVerbTag(t.XPOS) && g.Main >= 0 && !chained && !isAuxLemma(toks[g.Main].Lemma):
				goto end // "suggest limited hope": a full verb takes no second verb
			case IsVerbTag(t.XPOS):
				chained = false
				if isBe(t) {
					sawBe = true
				} else if sawBe && t.XPOS == "VBN" {
					g.Passive = true
				}
				if first < 0 && !isAuxiliary(toks, j) {
					first = j
				}
				g.Main = j
			case low == "to" && g.Main >= 0 && j+1 < len(toks) && toks[j+1].XPOS == "VB":
				// a verb chain: "offered to return", "failed to agree"
				if lemma := toks[g.Main].Lemma; lemma != "be" && lemma != "have" && !g.chain(lemma) {
					goto end // "went to see" and the like: keep the first act
				}
				sawBe = false
				g.Passive = false
				chained = true
				j++
				continue
			default:
				goto end
			}
			j++
		}
	end:
		if g.Main < 0 {
			i = j
			continue
		}
		for g.Main+1 < j && !IsVerbTag(toks[j-1].XPOS) {
			j-- // the group ends at its last verb
		}
		g.End = j
		if first >= 0 && reportingVerbs[toks[first].Lemma] {
			g.Reporting = true
		}
		out = append(out, g)
		i = j - 1
	}
	return out
}

// startsVerbGroup reports whether a finite verb group starts at i: a modal,
// an auxiliary or a finite verb. Participles and infinitives alone
// ("ceasefires lasting", "to facilitate") start none, except a past
// participle that can only be a mistagged past tense: right after a noun
// phrase, with an object or a "to"-verb after it ("Ukraine proposed talks").
func startsVerbGroup(toks []Token, i int) bool {
	switch toks[i].XPOS {
	case "MD", "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		if i == 0 || i+1 >= len(toks) {
			return false
		}
		prev := toks[i-1].XPOS
		if !IsNounTag(prev) && prev != "PRP" {
			return false
		}
		switch next := toks[i+1]; {
		case next.XPOS == "DT" || next.XPOS == "PRP$" || next.XPOS == "CD" || IsAdjTag(next.XPOS) || IsNounTag(next.XPOS):
			return true
		case next.XPOS == "TO" && i+2 < len(toks) && toks[i+2].XPOS == "VB":
			return true
		}
	}
	return false
}

func isBe(t Token) bool { return t.Lemma == "be" }

// isAuxLemma reports whether a verb can help another: be, have, do, get.
func isAuxLemma(l string) bool { return l == "be" || l == "have" || l == "do" || l == "get" }

// isAuxiliary reports whether the verb at j helps a later verb of its group.
func isAuxiliary(toks []Token, j int) bool {
	if !isAuxLemma(toks[j].Lemma) {
		return false
	}
	for k := j + 1; k < len(toks); k++ {
		x := toks[k].XPOS
		if IsVerbTag(x) {
			return true
		}
		if !IsAdvTag(x) && x != "RB" && strings.ToLower(toks[k].Form) != "not" && toks[k].Form != "n't" {
			return false
		}
	}
	return false
}

// ModalLemma is the lemma of a lower-case modal as written ("wo" of
// "won't" is "will", "'d" is "would").
func ModalLemma(low string) string {
	switch low {
	case "'ll", "wo":
		return "will"
	case "'d":
		return "would"
	case "ca":
		return "can"
	}
	return low
}

// IsModalVerb reports whether a verb (by lemma) puts off the act of the
// verb it governs, which it makes a modality: "offer", "plan", "want".
func IsModalVerb(lemma string) bool { return modalVerbs[lemma] }

// IsDenyingVerb reports whether a verb (by lemma) denies the act of the
// verb it governs: "fail", "refuse", "decline".
func IsDenyingVerb(lemma string) bool { return denyingVerbs[lemma] }

// IsAspectVerb reports whether a verb (by lemma) passes the act on to the
// verb it governs without changing whether it happened: "begin", "keep".
func IsAspectVerb(lemma string) bool { return aspectVerbs[lemma] }

// IsAttitudeVerb reports whether a verb (by lemma) states a wish, a plan,
// an expectation or a belief about the clause it governs ("hope", "expect",
// "think"), which keeps that clause's act from being asserted.
func IsAttitudeVerb(lemma string) bool { return attitudeVerbs[lemma] }

// IsDirectiveVerb reports whether a verb (by lemma) asks, directs or lets
// its object do the act of the verb it governs ("urged Ana to leave"),
// which has not happened.
func IsDirectiveVerb(lemma string) bool { return directiveVerbs[lemma] }

// IsDenialVerb reports whether a verb (by lemma) denies the clause it
// governs: "deny", "refute".
func IsDenialVerb(lemma string) bool { return denialVerbs[lemma] }

// IsQuestioningVerb reports whether a verb (by lemma) takes an embedded
// question ("investigate whether", "check if"), which is then no
// condition of it.
func IsQuestioningVerb(lemma string) bool { return questioningVerbs[lemma] }

// IsClaimingVerb reports whether a verb (by lemma) claims the infinitive
// it governs: "claim", "purport".
func IsClaimingVerb(lemma string) bool { return claimingVerbs[lemma] }

// IsAccusingVerb reports whether a verb (by lemma) charges someone with
// an act ("accuse", "sue"), which it does not assert.
func IsAccusingVerb(lemma string) bool { return accusingVerbs[lemma] }

// IsReportingVerb reports whether a verb (by lemma) reports speech, which
// is then attributed to its subject: "say", "tell", "announce".
func IsReportingVerb(lemma string) bool { return reportingVerbs[lemma] }
