package nlp

import (
	"fmt"
	"testing"
)

// newsCase is a short news-shaped sentence, written for this test, whose
// main verb the tagger and parser must find: verb must carry the Penn tag
// xpos and be the root, and subj must be its nsubj.
type newsCase struct {
	sentence string
	verb     string
	xpos     string
	subj     string
}

// newsSentences are the commonest shapes of news text: a bare plural or a
// name as subject, a past-tense verb and an object; present-tense headlines;
// reported speech ending in "X, Y said" (in UD EWT the verb of saying is
// the root there and the quoted clause its ccomp).
var newsSentences = []newsCase{
	// Subject + past-tense verb + object.
	{"Guards arrested Nelson Carter .", "arrested", "VBD", "Guards"},
	{"Police arrested two men .", "arrested", "VBD", "Police"},
	{"Firefighters rescued a family of four .", "rescued", "VBD", "Firefighters"},
	{"Investigators questioned Maria Lindqvist .", "questioned", "VBD", "Investigators"},
	{"Soldiers captured the airport .", "captured", "VBD", "Soldiers"},
	{"Rebels seized Tessaro on Monday .", "seized", "VBD", "Rebels"},
	{"Voters rejected the proposal .", "rejected", "VBD", "Voters"},
	{"Researchers discovered a new species of frog .", "discovered", "VBD", "Researchers"},
	{"Protesters blocked Harbour Road .", "blocked", "VBD", "Protesters"},
	{"Officials confirmed three deaths .", "confirmed", "VBD", "Officials"},
	{"Prosecutors charged Daniel Okafor with fraud .", "charged", "VBD", "Prosecutors"},
	{"Doctors treated Anna Novak for burns .", "treated", "VBD", "Doctors"},
	{"Lawmakers approved the budget .", "approved", "VBD", "Lawmakers"},
	{"Ministers signed the agreement on Friday .", "signed", "VBD", "Ministers"},
	{"Kestrel acquired Corvant for $ 2 billion .", "acquired", "VBD", "Kestrel"},
	{"Fans greeted Lena Marsh at the airport .", "greeted", "VBD", "Fans"},
	{"Martina Holm won the race .", "won", "VBD", "Martina"},
	{"Villagers found the missing boy .", "found", "VBD", "Villagers"},
	{"Engineers repaired the bridge .", "repaired", "VBD", "Engineers"},
	// Headlines in the present tense.
	{"Storm floods coastal towns", "floods", "VBZ", "Storm"},
	{"Senate passes budget bill", "passes", "VBZ", "Senate"},
	{"Court blocks merger", "blocks", "VBZ", "Court"},
	{"Farmers protest new tax", "protest", "VBP", "Farmers"},
	{"Fire destroys warehouse in Leeds", "destroys", "VBZ", "Fire"},
	{"Miners rescue trapped colleague", "rescue", "VBP", "Miners"},
	{"Mayor resigns after scandal", "resigns", "VBZ", "Mayor"},
	{"Kestrel buys Corvant", "buys", "VBZ", "Kestrel"},
	{"Floods displace thousands", "displace", "VBP", "Floods"},
	{"Unions reject pay offer", "reject", "VBP", "Unions"},
	{"Parliament backs new election law", "backs", "VBZ", "Parliament"},
	// "X, Y said".
	{"The bridge will reopen in May , officials said .", "said", "VBD", "officials"},
	{"Two people died in the fire , police said .", "said", "VBD", "police"},
	{"Prices rose sharply , analysts said .", "said", "VBD", "analysts"},
	{"Customs officers seized cocaine worth millions .", "seized", "VBD", "officers"},
	{"The company will cut 300 jobs , Anders Vik said .", "said", "VBD", "Anders"},
	{"Talks will resume next week , the minister said .", "said", "VBD", "minister"},
	{"The plant closed in March , workers said .", "said", "VBD", "workers"},
	{"Police arrested Oliver Brandt .", "arrested", "VBD", "Police"},
	{"Police arrested Harold Winter .", "arrested", "VBD", "Police"},
	{"Police arrested Gordon Blackwood .", "arrested", "VBD", "Police"},
	{"Troops detained Omar Haddad .", "detained", "VBD", "Troops"},
	{"The ministry issued Decree 12 on Monday .", "issued", "VBD", "ministry"},
}

// newsKnownFailures are sentences of the shapes above that the committed
// model still gets wrong. They are tagged and parsed and reported with
// t.Log, not failed on, so that a fix shows up as "now passes". With the
// model of 2026-12-07 none: the sentences it tagged VBN ("Police arrested
// Oliver Brandt", "The ministry issued Decree 12") are mended by
// finiteFromParticiple and must pass.
var newsKnownFailures = []newsCase{}

// checkNews tags and parses c.sentence and says what is wrong with the
// result, "" when nothing is.
func checkNews(m *Model, c newsCase) string {
	ws := words(c.sentence)
	m.Tag(ws)
	m.Parse(ws)
	verb, subj := -1, -1
	for i, w := range ws {
		switch w.Form {
		case c.verb:
			verb = i
		case c.subj:
			subj = i
		}
	}
	if verb < 0 || subj < 0 {
		return fmt.Sprintf("test case names %q or %q, not in the sentence", c.verb, c.subj)
	}
	var problems string
	if got := ws[verb].XPOS; got != c.xpos {
		problems += fmt.Sprintf(" %s/%s, want %s;", c.verb, got, c.xpos)
	}
	if ws[verb].Head != 0 {
		problems += fmt.Sprintf(" %s is %s of %s, want root;", c.verb, ws[verb].Deprel, ws[ws[verb].Head-1].Form)
	}
	if w := ws[subj]; w.Head != verb+1 || w.Deprel != "nsubj" {
		head := "ROOT"
		if w.Head > 0 {
			head = ws[w.Head-1].Form
		}
		problems += fmt.Sprintf(" %s is %s of %s, want nsubj of %s;", c.subj, w.Deprel, head, c.verb)
	}
	return problems
}

func TestNewsSentencesMainVerb(t *testing.T) {
	m := mustDefault(t)
	if !m.HasParser() {
		t.Skip("model has no parser")
	}
	if len(newsSentences)+len(newsKnownFailures) < 30 {
		t.Fatalf("only %d sentences", len(newsSentences)+len(newsKnownFailures))
	}
	for _, c := range newsSentences {
		if p := checkNews(m, c); p != "" {
			t.Errorf("%q:%s", c.sentence, p)
		}
	}
	fixed := 0
	for _, c := range newsKnownFailures {
		if p := checkNews(m, c); p != "" {
			t.Logf("known failure %q:%s", c.sentence, p)
		} else {
			fixed++
			t.Logf("known failure %q now passes: move it to newsSentences", c.sentence)
		}
	}
	t.Logf("%d sentences must pass; %d known failures, %d of them now pass",
		len(newsSentences), len(newsKnownFailures), fixed)
}
