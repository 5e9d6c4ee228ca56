package extract

import (
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// conll builds a parsed sentence from lines "FORM UPOS XPOS LEMMA HEAD DEPREL",
// one word a line, words joined by single spaces in the text.
func conll(t *testing.T, rows string) *analysis.Sentence {
	t.Helper()
	s, err := analysis.SentenceFromRows(rows)
	if err != nil {
		t.Fatal(err)
	}
	return &s
}

func TestClauseStatements(t *testing.T) {
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"coordination and verb chains", `
Both DET DT both 2 det
nations NOUN NNS nation 3 nsubj
agreed VERB VBD agree 0 root
to PART TO to 5 mark
exchange VERB VB exchange 3 xcomp
1,200 NUM CD 1,200 7 nummod
prisoners NOUN NNS prisoner 5 obj
, PUNCT , , 11 punct
and CCONJ CC and 11 cc
Russia PROPN NNP Russia 11 nsubj
offered VERB VBD offer 3 conj
to PART TO to 13 mark
return VERB VB return 11 xcomp
the DET DT the 15 det
bodies NOUN NNS body 13 obj
of ADP IN of 18 case
3,000 NUM CD 3,000 18 nummod
soldiers NOUN NNS soldier 15 nmod
. PUNCT . . 3 punct`,
			[]string{"nations · exchange · 1,200 prisoners [agree]", "Russia · return · bodies of 3,000 soldiers [offer]"}},
		{"passive with agent", `
The DET DT the 2 det
village NOUN NN village 4 nsubj:pass
was AUX VBD be 4 aux:pass
captured VERB VBN capture 0 root
by ADP IN by 7 case
Russian ADJ JJ Russian 7 amod
troops NOUN NNS troop 4 obl:agent
. PUNCT . . 4 punct`,
			[]string{"Russian troops · capture · village"}},
		{"negation, shared subject", `
The DET DT the 2 det
Kremlin PROPN NNP Kremlin 4 nsubj
has AUX VBZ have 4 aux
acknowledged VERB VBN acknowledge 0 root
talks NOUN NNS talk 4 obj
but CCONJ CC but 8 cc
not PART RB not 8 advmod
shown VERB VBN show 4 conj
willingness NOUN NN willingness 8 obj
. PUNCT . . 4 punct`,
			[]string{"Kremlin · acknowledge · talks", "Kremlin · show · willingness [not]"}},
		{"relative clause and apposition", `
Rustem PROPN NNP Rustem 2 compound
Umerov PROPN NNP Umerov 8 nsubj
, PUNCT , , 6 punct
Ukraine PROPN NNP Ukraine 6 nmod:poss
's PART POS 's 4 case
negotiator NOUN NN negotiator 2 appos
, PUNCT , , 2 punct
emphasized VERB VBD emphasize 0 root
the DET DT the 10 det
urgency NOUN NN urgency 8 obj
. PUNCT . . 8 punct`,
			[]string{"Rustem Umerov · emphasize · urgency", "Rustem Umerov · negotiator of · Ukraine"}},
		{"reported speech is attributed", `
Medinsky PROPN NNP Medinsky 2 nsubj
said VERB VBD say 0 root
that SCONJ IN that 6 mark
the DET DT the 5 det
positions NOUN NNS position 6 nsubj
remain VERB VBP remain 2 ccomp
apart ADV RB apart 6 advmod
. PUNCT . . 2 punct`,
			[]string{"Medinsky · say · that the positions remain apart", "positions · remain [says Medinsky]"}},
		{"according to, and a qualifier", `
Russian ADJ JJ Russian 2 amod
forces NOUN NNS force 3 nsubj
launched VERB VBD launch 0 root
71 NUM CD 71 6 nummod
drone NOUN NN drone 6 compound
strikes NOUN NNS strike 3 obj
on ADP IN on 8 case
Sumy PROPN NNP Sumy 3 obl
, PUNCT , , 12 punct
according VERB VBG accord 12 case
to ADP IN to 10 fixed
Kyiv PROPN NNP Kyiv 3 obl
. PUNCT . . 3 punct`,
			[]string{"Russian forces · launch · 71 drone strikes [says Kyiv] {on Sumy}"}},
		{"role after a name, with its holder", `
Dmitry PROPN NNP Dmitry 2 compound
Peskov PROPN NNP Peskov 9 nsubj
, PUNCT , , 5 punct
chief ADJ JJ chief 5 amod
spokesperson NOUN NN spokesperson 2 appos
for ADP IN for 7 case
Kremlin PROPN NNP Kremlin 5 nmod
, PUNCT , , 2 punct
spoke VERB VBD speak 0 root
. PUNCT . . 9 punct`,
			[]string{"Dmitry Peskov · speak", "Dmitry Peskov · chief spokesperson for · Kremlin"}},
		{"a clause hung below its own subject", `
The DET DT the 3 det
two NUM CD two 3 nummod
leaders NOUN NNS leader 0 root
last ADJ JJ last 5 amod
met VERB VBN meet 3 acl
in ADP IN in 7 case
2019 NUM CD 2019 5 obl
. PUNCT . . 3 punct`,
			[]string{"two leaders · meet {in 2019}"}},
		{"copula", `
Fidan PROPN NNP Fidan 4 nsubj
is AUX VBZ be 4 cop
the DET DT the 4 det
minister NOUN NN minister 0 root
. PUNCT . . 4 punct`,
			[]string{"Fidan · be · the minister"}},
		{"relative clause on a copula's predicate", `
Ana PROPN NNP Ana 4 nsubj
is AUX VBZ be 4 cop
a DET DT a 4 det
chemist NOUN NN chemist 0 root
who PRON WP who 6 nsubj
works VERB VBZ work 4 acl:relcl
in ADP IN in 8 case
Lyon PROPN NNP Lyon 6 obl
. PUNCT . . 4 punct`,
			[]string{"Ana · be · a chemist who works in Lyon", "Ana · work {in Lyon}"}},
		{"passive participle on a copula's predicate", `
Ana PROPN NNP Ana 4 nsubj
is AUX VBZ be 4 cop
a DET DT a 4 det
nurse NOUN NN nurse 0 root
trained VERB VBN train 4 acl
in ADP IN in 7 case
Oslo PROPN NNP Oslo 5 obl
. PUNCT . . 4 punct`,
			[]string{"Ana · be · a nurse trained in Oslo", "Ana · train {in Oslo}"}},
		{"a verb before a coordinated verb shares its object", `
Workers NOUN NNS worker 2 nsubj
build VERB VBP build 0 root
and CCONJ CC and 4 cc
repair VERB VBP repair 2 conj
boats NOUN NNS boat 4 obj
. PUNCT . . 2 punct`,
			[]string{"Workers · build · boats", "Workers · repair · boats"}},
		{"a gerund clause after a preposition says how", `
The DET DT the 2 det
gate NOUN NN gate 4 nsubj:pass
is AUX VBZ be 4 aux:pass
opened VERB VBN open 0 root
by SCONJ IN by 6 mark
pressing VERB VBG press 4 advcl
a DET DT a 8 det
button NOUN NN button 6 obj
. PUNCT . . 4 punct`,
			[]string{"gate · open {by pressing a button}"}},
		{"a phrase opening the sentence qualifies both coordinated verbs", `
In ADP IN in 2 case
2004 NUM CD 2004 5 obl
, PUNCT , , 5 punct
Ben PROPN NNP Ben 5 nsubj
opened VERB VBD open 0 root
a DET DT a 7 det
shop NOUN NN shop 5 obj
and CCONJ CC and 9 cc
hired VERB VBD hire 5 conj
two NUM CD two 11 nummod
clerks NOUN NNS clerk 9 obj
. PUNCT . . 5 punct`,
			[]string{"Ben · open · shop {In 2004}", "Ben · hire · two clerks {In 2004}"}},
		{"what is said before the reporting clause", `
The DET DT the 2 det
plan NOUN NN plan 4 nsubj
will AUX MD will 4 aux
work VERB VB work 0 root
, PUNCT , , 7 punct
she PRON PRP she 7 nsubj
said VERB VBD say 4 parataxis
. PUNCT . . 4 punct`,
			[]string{"plan · work [will] [says she]", "she · say · The plan will work"}},
		{"coordinated predicates of a copula", `
Ben PROPN NNP Ben 4 nsubj
was AUX VBD be 4 cop
a DET DT a 4 det
baker NOUN NN baker 0 root
and CCONJ CC and 7 cc
a DET DT a 7 det
poet NOUN NN poet 4 conj
. PUNCT . . 4 punct`,
			[]string{"Ben · be · a baker", "Ben · be · poet"}},
		{"a phrase before the subject is no part of it", `
For ADP IN for 4 case
the DET DT the 4 det
ten NUM CD ten 4 nummod
years NOUN NNS year 7 obl
the DET DT the 6 det
book NOUN NN book 7 nsubj
remained VERB VBD remain 0 root
in ADP IN in 9 case
print NOUN NN print 7 obl
. PUNCT . . 7 punct`,
			[]string{"book · remain {For the ten years} {in print}"}},
		{"a phrase of time hung on the subject by the parse", `
For ADP IN for 4 case
the DET DT the 4 det
ten NUM CD ten 4 nummod
years NOUN NNS year 6 nmod
the DET DT the 6 det
book NOUN NN book 7 nsubj
remained VERB VBD remain 0 root
. PUNCT . . 7 punct`,
			[]string{"book · remain {For the ten years}"}},
		{"a set phrase after the subject, and a participle with an object", `
Police NOUN NNS police 0 root
in ADP IN in 3 case
response NOUN NN response 1 nmod
fired VERB VBN fire 3 acl
tear NOUN NN tear 6 compound
gas NOUN NN gas 4 obj
. PUNCT . . 1 punct`,
			[]string{"Police · fire · tear gas"}},
		{"a phrase of time on the object qualifies the act", `
Three NUM CD three 2 nummod
countries NOUN NNS country 4 nsubj
have AUX VBP have 4 aux
approved VERB VBN approve 0 root
the DET DT the 6 det
drug NOUN NN drug 4 obj
in ADP IN in 9 case
recent ADJ JJ recent 9 amod
months NOUN NNS month 6 nmod
. PUNCT . . 4 punct`,
			[]string{"Three countries · approve · drug {in recent months}"}},
		{"a nearer subject that ends the farther one's phrase", `
The DET DT the 2 det
vote NOUN NN vote 8 nsubj:pass
for ADP IN for 4 case
Labour PROPN NNP Labour 2 nmod
or CCONJ CC or 6 cc
Greens PROPN NNP Greens 8 nsubj:pass
is AUX VBZ be 8 aux:pass
scheduled VERB VBN schedule 0 root
for ADP IN for 10 case
May PROPN NNP May 8 obl
. PUNCT . . 8 punct`,
			[]string{"vote · schedule · May"}},
		{"the perfect read as a verb and its complement; nothing as object", `
They PRON PRP they 2 nsubj
have VERB VBP have 0 root
conceded VERB VBN concede 2 xcomp
nothing PRON NN nothing 3 obj
. PUNCT . . 2 punct`,
			[]string{"They · concede · nothing [not]"}},
		{"a possessive is no subject: the noun was taken for a verb", `
Her PRON PRP$ her 2 nsubj
drawings VERB VBZ drawing 0 root
show VERB VBP show 2 conj
birds NOUN NNS bird 3 obj
. PUNCT . . 2 punct`,
			nil},
		{"a passive's agent hung on a phrase of the verb; the date stays a time", `
The DET DT the 2 det
village NOUN NN village 4 nsubj:pass
was AUX VBD be 4 aux:pass
shelled VERB VBN shell 0 root
in ADP IN in 7 case
a DET DT a 7 det
raid NOUN NN raid 4 obl
by ADP IN by 9 case
rebels NOUN NNS rebel 7 nmod
on ADP IN on 12 case
October PROPN NNP October 12 nmod:unmarked
8 NUM CD 8 4 obl
. PUNCT . . 4 punct`,
			[]string{"rebels · shell · village {in a raid} {on October 8}"}},
		{"a date is no prepositional object", `
The DET DT the 2 det
report NOUN NN report 4 nsubj:pass
was AUX VBD be 4 aux:pass
published VERB VBN publish 0 root
on ADP IN on 7 case
October PROPN NNP October 7 nmod:unmarked
22 NUM CD 22 4 obl
. PUNCT . . 4 punct`,
			[]string{"report · publish {on October 22}"}},
		{"whom it was told, when nothing else is", `
The DET DT the 2 det
mayor NOUN NN mayor 3 nsubj
told VERB VBD tell 0 root
the DET DT the 5 det
council NOUN NN council 3 iobj
on ADP IN on 7 case
Monday PROPN NNP Monday 3 obl
. PUNCT . . 3 punct`,
			[]string{"mayor · tell · council {on Monday}"}},
		{"a passive's coordinated participle is passive too", `
The DET DT the 2 det
man NOUN NN man 4 nsubj:pass
was AUX VBD be 4 aux:pass
arrested VERB VBN arrest 0 root
and CCONJ CC and 6 cc
charged VERB VBN charge 4 conj
by ADP IN by 8 case
police NOUN NNS police 6 obl
. PUNCT . . 4 punct`,
			[]string{"man · arrest", "police · charge · man"}},
		{"a participle's inherited subject is its patient", `
When ADV WRB when 2 advmod
questioned VERB VBN question 8 advcl
by ADP IN by 4 case
reporters NOUN NNS reporter 2 obl
, PUNCT , , 2 punct
the DET DT the 7 det
mayor NOUN NN mayor 8 nsubj
denied VERB VBD deny 0 root
the DET DT the 10 det
claim NOUN NN claim 8 obj
. PUNCT . . 8 punct`,
			[]string{"reporters · question · mayor", "mayor · deny · claim"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := conll(t, tt.rows)
			var got []string
			for _, st := range clauseStatements("d", s) {
				b := brief(st)
				for _, q := range st.Qualifiers {
					b += " {" + q.Text + "}"
					for _, a := range []*annals.Argument{&st.Subject, st.Object} {
						if a != nil && a.Start < q.End && q.Start < a.End {
							t.Errorf("argument %q overlaps qualifier %q", a.Text, q.Text)
						}
					}
				}
				got = append(got, b)
				for _, sp := range []annals.Span{st.Subject.Span, st.Predicate.Span} {
					if !sp.Valid(s.Text) {
						t.Errorf("span %+v is not the text at its offsets", sp)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// A bare participle is a modifier as often as a clause: it ranks below the
// finite verb of the same sentence, the more so when that verb is sure.
func TestClauseConfidenceGerund(t *testing.T) {
	s := conll(t, `
The DET DT the 2 det
river NOUN NN river 7 nsubj
, PUNCT , , 4 punct
flowing VERB VBG flow 2 acl
north ADV RB north 4 advmod
, PUNCT , , 2 punct
feeds VERB VBZ feed 0 root
the DET DT the 9 det
lake NOUN NN lake 7 obj
. PUNCT . . 7 punct`)
	conf := map[string]float64{}
	for _, st := range clauseStatements("d", s) {
		conf[st.Predicate.Lemma] = st.Confidence
	}
	if conf["flow"] == 0 || conf["feed"] == 0 || conf["flow"] > conf["feed"]-0.2 {
		t.Errorf("confidences %v: want flow well below feed", conf)
	}
}

// The noun an infinitive hangs from is seldom its doer: such a statement
// ranks below the sentence's own verb.
func TestClauseConfidenceInfinitive(t *testing.T) {
	s := conll(t, `
The DET DT the 2 det
plan NOUN NN plan 7 nsubj
to PART TO to 4 mark
expand VERB VB expand 2 acl
the DET DT the 6 det
port NOUN NN port 4 obj
failed VERB VBD fail 0 root
. PUNCT . . 7 punct`)
	conf := map[string]float64{}
	for _, st := range clauseStatements("d", s) {
		conf[st.Predicate.Lemma] = st.Confidence
	}
	if conf["expand"] == 0 || conf["fail"] == 0 || conf["expand"] > conf["fail"]-0.1 {
		t.Errorf("confidences %v: want expand well below fail", conf)
	}
}

// TestClauseChainLeftOfItsHead: a parse may hang a chain's verb before the
// verb it completes; the predicate is still one span of the sentence (it
// once sliced the text backwards and panicked).
func TestClauseChainLeftOfItsHead(t *testing.T) {
	s := conll(t, `
the DET DT the 6 nsubj
resolve VERB JJ resolve 6 xcomp
evident ADJ JJ evident 2 xcomp
the DET DT the 6 det
reversed VERB VBN reverse 6 amod
tried VERB VBD try 0 root
. PUNCT . . 6 punct`)
	for _, st := range (Clauses{}).Extract("d", s) {
		if st.Predicate.Start > st.Predicate.End || s.Text[st.Predicate.Start-s.Start:st.Predicate.End-s.Start] != st.Predicate.Text {
			t.Errorf("predicate %+v is no span of %q", st.Predicate.Span, s.Text)
		}
	}
}

// A participle's statement ranks lower when a finite verb of the sentence
// is left in no clause: the parse went wrong around it.
func TestClauseConfidenceStrandedFinite(t *testing.T) {
	conf := func(rows string) float64 {
		for _, st := range clauseStatements("d", conll(t, rows)) {
			if st.Predicate.Lemma == "arm" {
				return st.Confidence
			}
		}
		t.Fatalf("no statement on arm in %s", rows)
		return 0
	}
	alone := conf(`
The DET DT the 2 det
men NOUN NNS man 0 root
armed VERB VBN arm 2 acl
with ADP IN with 5 case
knives NOUN NNS knife 3 obl
. PUNCT . . 2 punct`)
	stranded := conf(`
The DET DT the 2 det
men NOUN NNS man 0 root
armed VERB VBN arm 2 acl
with ADP IN with 5 case
knives NOUN NNS knife 3 obl
fled VERB VBD flee 2 dep
. PUNCT . . 2 punct`)
	if stranded > alone-0.05 {
		t.Errorf("confidence %.2f with a stranded finite verb, %.2f without: want it lower", stranded, alone)
	}
}

// A "you" in the present tense is generic as often as it is addressed: its
// statement ranks below the same one with a named subject.
func TestClauseConfidenceGenericYou(t *testing.T) {
	conf := func(subj string) float64 {
		sts := clauseStatements("d", conll(t, subj+` PRON PRP `+strings.ToLower(subj)+` 2 nsubj
get VERB VBP get 0 root
rain NOUN NN rain 2 obj
. PUNCT . . 2 punct`))
		if len(sts) != 1 {
			t.Fatalf("statements %v", sts)
		}
		return sts[0].Confidence
	}
	if you, we := conf("You"), conf("We"); you > we-0.1 {
		t.Errorf("confidence of you %.2f, of we %.2f: want you lower", you, we)
	}
}

// TestPassive: an agentless passive keeps its patient as subject and says
// so; a passive with a named agent turns active.
func TestPassive(t *testing.T) {
	for _, c := range []struct {
		name, rows string
		subject    string
		passive    bool
	}{
		{"no agent", `
Navalny PROPN NNP Navalny 3 nsubj:pass
was AUX VBD be 3 aux:pass
transferred VERB VBN transfer 0 root
to ADP IN to 5 case
Berlin PROPN NNP Berlin 3 obl
. PUNCT . . 3 punct`, "Navalny", true},
		{"agent", `
Navalny PROPN NNP Navalny 3 nsubj:pass
was AUX VBD be 3 aux:pass
transferred VERB VBN transfer 0 root
by ADP IN by 5 case
doctors NOUN NNS doctor 3 obl:agent
. PUNCT . . 3 punct`, "doctors", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			sts := (Clauses{}).Extract("d", conll(t, c.rows))
			if len(sts) != 1 || sts[0].Subject.Text != c.subject || sts[0].Passive != c.passive {
				t.Fatalf("statements %+v; want subject %q, passive %v", sts, c.subject, c.passive)
			}
		})
	}
}

// TestSharedAuxiliaries: a coordinated verb shares the first verb's
// negation and modal when it has none of its own.
func TestSharedAuxiliaries(t *testing.T) {
	for _, c := range []struct {
		name, rows string
		negated    bool
		modality   string
	}{
		{"did not concede or admit", `
The DET DT the 2 det
president NOUN NN president 5 nsubj
did AUX VBD do 5 aux
not PART RB not 5 advmod
concede VERB VB concede 0 root
or CCONJ CC or 7 cc
admit VERB VB admit 5 conj
defeat NOUN NN defeat 7 obj
. PUNCT . . 5 punct`, true, ""},
		{"will visit and meet", `
Putin PROPN NNP Putin 3 nsubj
will AUX MD will 3 aux
visit VERB VB visit 0 root
Ankara PROPN NNP Ankara 3 obj
and CCONJ CC and 6 cc
meet VERB VB meet 3 conj
Erdogan PROPN NNP Erdogan 6 obj
. PUNCT . . 3 punct`, false, "will"},
		{"an auxiliary of its own", `
Putin PROPN NNP Putin 4 nsubj
did AUX VBD do 4 aux
not PART RB not 4 advmod
visit VERB VB visit 0 root
Ankara PROPN NNP Ankara 4 obj
but CCONJ CC but 8 cc
will AUX MD will 8 aux
meet VERB VB meet 4 conj
Erdogan PROPN NNP Erdogan 8 obj
. PUNCT . . 4 punct`, false, "will"},
	} {
		t.Run(c.name, func(t *testing.T) {
			sts := (Clauses{}).Extract("d", conll(t, c.rows))
			last := sts[len(sts)-1]
			if last.Negated != c.negated || last.Modality != c.modality {
				t.Errorf("%s %s: negated %v, modality %q; want %v, %q", last.Subject.Text, last.Predicate.Text, last.Negated, last.Modality, c.negated, c.modality)
			}
		})
	}
}

// rowCase is a sentence written as parse rows and the statements wanted of
// it, each as show renders it.
type rowCase struct {
	name string
	rows string
	want []string
}

// runRowCases runs the clause extractor on each case, checks that every
// span of every statement is the text at its offsets, and compares what
// show makes of the statements with what the case wants.
func runRowCases(t *testing.T, cases []rowCase, show func(annals.Statement) string) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			s := conll(t, tt.rows)
			var got []string
			for _, st := range clauseStatements("d", s) {
				got = append(got, show(st))
				spans := []annals.Span{st.Subject.Span, st.Predicate.Span}
				if st.Object != nil {
					spans = append(spans, st.Object.Span)
				}
				for _, q := range st.Qualifiers {
					spans = append(spans, q.Span)
				}
				for _, sp := range spans {
					if !sp.Valid(s.Text) {
						t.Errorf("%s: span %+v is not the text at its offsets", show(st), sp)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestCoordinatedPrepositions: prepositions coordinated before one phrase
// are its preposition together, however the parse hangs the second.
func TestCoordinatedPrepositions(t *testing.T) {
	for _, c := range []struct{ rows, want string }{
		{`
Britain PROPN NNP Britain 2 nsubj
left VERB VBD leave 0 root
with ADP IN with 6 case
or CCONJ CC or 5 cc
without ADP IN without 3 conj
deal NOUN NN deal 2 obl
. PUNCT . . 2 punct`, "with or without"},
		{`
Britain PROPN NNP Britain 2 nsubj
left VERB VBD leave 0 root
with ADP IN with 6 case
and CCONJ CC and 6 cc
without ADP IN without 6 case
deal NOUN NN deal 2 obl
. PUNCT . . 2 punct`, "with and without"},
		{`
Britain PROPN NNP Britain 2 nsubj
left VERB VBD leave 0 root
with ADP IN with 4 case
deal NOUN NN deal 2 obl
. PUNCT . . 2 punct`, "with"},
	} {
		tr := newTree(conll(t, c.rows))
		k := tr.child(1, "obl")
		if got := tr.preposition(k); got != c.want {
			t.Errorf("preposition = %q, want %q", got, c.want)
		}
	}
}

// TestAsQualifier: a phrase that "as" opens as a mark, not a case, is
// still a qualifier with its preposition, so that the views show it
// ("characterised the attack as a violation").
func TestAsQualifier(t *testing.T) {
	s := conll(t, `
The DET DT the 2 det
ministry NOUN NN ministry 3 nsubj
characterized VERB VBD characterize 0 root
the DET DT the 5 det
attack NOUN NN attack 3 obj
as SCONJ IN as 8 mark
a DET DT a 8 det
violation NOUN NN violation 3 obl
. PUNCT . . 3 punct`)
	for _, st := range (Clauses{}).Extract("d", s) {
		if st.Predicate.Lemma != "characterize" {
			continue
		}
		if len(st.Qualifiers) != 1 || st.Qualifiers[0].Prep != "as" || st.Qualifiers[0].Text != "as a violation" {
			t.Fatalf("qualifiers %+v, want one: as a violation", st.Qualifiers)
		}
		return
	}
	t.Fatal("no statement of characterize")
}
