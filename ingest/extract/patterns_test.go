package extract

import (
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// tagged builds a sentence from "word/TAG" or "word/TAG/lemma" items, joined
// by single spaces, so that extractor tests do not depend on the tagger.
func tagged(s string) *analysis.Sentence {
	var text strings.Builder
	var toks []analysis.Token
	for i, item := range strings.Fields(s) {
		parts := strings.Split(item, "/")
		word, tag := parts[0], parts[1]
		lemma := strings.ToLower(word)
		if len(parts) > 2 {
			lemma = parts[2]
		}
		if i > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(word)
		toks = append(toks, analysis.Token{Span: annals.Span{Text: word, Start: start, End: start + len(word)}, Form: word, XPOS: tag, Lemma: lemma, Head: -1})
	}
	return &analysis.Sentence{Span: annals.Span{Text: text.String(), Start: 0, End: text.Len()}, Tokens: toks}
}

// brief is a statement in one line: "subject · lemma · object [flags]".
func brief(st annals.Statement) string {
	s := st.Subject.Label() + " · " + st.Predicate.Lemma
	if st.Object != nil {
		s += " · " + st.Object.Label()
	}
	if st.Negated {
		s += " [not]"
	}
	if st.Modality != "" {
		s += " [" + st.Modality + "]"
	}
	if st.Attribution != nil {
		s += " [says " + st.Attribution.Label() + "]"
	}
	return s
}

func TestExtractSentence(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"transitive", "Ukraine/NNP proposed/VBD/propose direct/JJ negotiations/NNS ./.",
			[]string{"Ukraine · propose · direct negotiations"}},
		{"verb chain keeps the act, records the offer",
			"Russia/NNP offered/VBD/offer to/TO return/VB the/DT bodies/NNS/body of/IN 3,000/CD soldiers/NNS/soldier ./.",
			[]string{"Russia · return · bodies of 3,000 soldiers [offer]"}},
		{"coordinated clauses",
			"Both/DT nations/NNS/nation agreed/VBD/agree to/TO exchange/VB prisoners/NNS/prisoner ,/, and/CC Russia/NNP offered/VBD/offer to/TO return/VB bodies/NNS/body ./.",
			[]string{"nations · exchange · prisoners [agree]", "Russia · return · bodies [offer]"}},
		{"shared subject", "A/DT negotiator/NN confirmed/VBD/confirm the/DT agreement/NN and/CC proposed/VBD/propose ceasefires/NNS/ceasefire ./.",
			[]string{"negotiator · confirm · agreement", "negotiator · propose · ceasefires"}},
		{"negation", "The/DT Kremlin/NNP has/VBZ/have not/RB shown/VBN/show willingness/NN ./.",
			[]string{"Kremlin · show · willingness [not]"}},
		{"failed to", "Talks/NNS/talk failed/VBD/fail to/TO produce/VB results/NNS/result ./.",
			[]string{"Talks · produce · results [not]"}},
		{"modal auxiliary", "Russia/NNP will/MD send/VB troops/NNS/troop ./.",
			[]string{"Russia · send · troops [will]"}},
		{"passive with agent", "The/DT village/NN was/VBD/be captured/VBN/capture by/IN Russian/JJ troops/NNS/troop ./.",
			[]string{"Russian troops · capture · village"}},
		{"apposition, name first",
			"Rustem/NNP Umerov/NNP ,/, Ukraine/NNP 's/POS lead/JJ negotiator/NN ,/, emphasized/VBD/emphasize the/DT urgency/NN ./.",
			[]string{"Rustem Umerov · emphasize · urgency"}},
		{"apposition, name second",
			"The/DT Turkish/JJ Foreign/NNP Minister/NNP ,/, Hakan/NNP Fidan/NNP ,/, opened/VBD/open the/DT meeting/NN ./.",
			[]string{"Hakan Fidan · open · meeting"}},
		{"relative clause", "The/DT invasion/NN ,/, which/WDT began/VBD/begin in/IN 2022/CD ,/, has/VBZ/have devastated/VBN/devastate Ukraine/NNP ./.",
			[]string{"invasion · begin", "invasion · devastate · Ukraine"}},
		{"according to", "Russian/JJ forces/NNS/force launched/VBD/launch 71/CD strikes/NNS/strike ,/, according/VBG/accord to/IN the/DT air/NN force/NN ./.",
			[]string{"Russian forces · launch · 71 strikes [says air force]"}},
		{"a time is no object", "The/DT leaders/NNS/leader met/VBD/meet on/IN Wednesday/NNP ./.",
			[]string{"leaders · meet"}},
		{"prepositional object", "Zelensky/NNP met/VBD/meet with/IN Putin/NNP ./.",
			[]string{"Zelensky · meet · Putin"}},
		{"no finite verb, no statement", "Challenges/NNS/challenge in/IN Negotiations/NNPS", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tagged(tt.in)
			var got []string
			for _, st := range extractSentence("d", s) {
				got = append(got, brief(st))
				for _, sp := range []annals.Span{st.Subject.Span, st.Predicate.Span} {
					if !sp.Valid(s.Text) {
						t.Errorf("span %+v does not match the text", sp)
					}
				}
				if st.Confidence <= 0 || st.Confidence >= 1 {
					t.Errorf("confidence %v out of (0,1)", st.Confidence)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestQuotationIsAttributed(t *testing.T) {
	s := tagged("Umerov/NNP stated/VBD/state ,/, \"/`` Priority/NN is/VBZ/be the/DT meeting/NN \"/''")
	sts := extractSentence("d", s)
	if len(sts) != 2 {
		t.Fatalf("got %d statements: %v", len(sts), sts)
	}
	if sts[0].Object == nil || !strings.HasPrefix(sts[0].Object.Text, `"`) {
		t.Errorf("speaker's object should be the quotation: %+v", sts[0].Object)
	}
	if sts[1].Attribution == nil || sts[1].Attribution.Text != "Umerov" {
		t.Errorf("quoted statement not attributed to the speaker: %+v", sts[1])
	}
}

func TestMistaggedPastTense(t *testing.T) {
	tests := []briefCase{
		{"Ukraine/NNP proposed/VBN/propose direct/JJ negotiations/NNS/negotiation ./.", "Ukraine · propose · direct negotiations"},
		{"Both/DT nations/NNS/nation agreed/VBN/agree to/TO exchange/VB prisoners/NNS/prisoner ./.", "nations · exchange · prisoners [agree]"},
		{"Discussions/NNS/discussion held/VBN/hold in/IN Istanbul/NNP", ""},
	}
	checkBriefs(t, tests)
}

func TestChainsAndPhrases(t *testing.T) {
	tests := []briefCase{
		{"Medinsky/NNP suggested/VBD/suggest establishing/VBG/establish short/JJ ceasefires/NNS/ceasefire ./.", "Medinsky · establish · short ceasefires [suggest]"},
		{"Talks/NNS/talk stopped/VBD/stop making/VBG/make progress/NN ./.", "Talks · stop"},
		{"Troops/NNS/troop kept/VBD/keep shelling/VBG/shell the/DT town/NN ./.", "Troops · shell · town"},
		{"The/DT meeting/NN in/IN Istanbul/NNP follows/VBZ/follow previous/JJ rounds/NNS/round ./.", "meeting in Istanbul · follow · previous rounds"},
		{"They/PRP left/VBD/leave fearing/VBG/fear reprisals/NNS/reprisal ./.", "They · leave"},
	}
	checkBriefs(t, tests)
}

func TestFullVerbTakesNoSecondVerb(t *testing.T) {
	got := extractSentence("d", tagged("Comments/NNS/comment suggest/VBP limited/VBN/limit hope/NN ./."))
	if len(got) != 1 || got[0].Predicate.Lemma != "suggest" {
		t.Errorf("got %v", got)
	}
}

func TestLongApposition(t *testing.T) {
	got := extractSentence("d", tagged("Dmitry/NNP Peskov/NNP ,/, spokesperson/NN for/IN the/DT Kremlin/NNP ,/, expressed/VBD/express skepticism/NN ./."))
	if len(got) != 1 || brief(got[0]) != "Dmitry Peskov · express · skepticism" {
		t.Errorf("got %v", got)
	}
}

// briefCase is a tagged sentence and its statements in brief, one a line.
type briefCase struct{ in, want string }

func checkBriefs(t *testing.T, tests []briefCase) {
	t.Helper()
	for _, tt := range tests {
		var got []string
		for _, st := range extractSentence("d", tagged(tt.in)) {
			got = append(got, brief(st))
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
