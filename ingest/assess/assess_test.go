package assess

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// sentence is a one-sentence analysis of rows "FORM UPOS XPOS LEMMA HEAD DEPREL".
func sentence(t *testing.T, rows string) *analysis.Analysis {
	t.Helper()
	s, err := analysis.SentenceFromRows(rows)
	if err != nil {
		t.Fatal(err)
	}
	return &analysis.Analysis{Document: annals.Document{ID: "d", Text: s.Text}, Sentences: []analysis.Sentence{s}}
}

// arg is the argument of the words of a's text at [start, end).
func arg(a *analysis.Analysis, start, end int, actor string, pronoun bool) annals.Argument {
	return annals.Argument{Span: annals.Span{Text: a.Document.Text[start:end], Start: start, End: end}, Actor: actor, Pronoun: pronoun}
}

func TestFeaturesAndUnusable(t *testing.T) {
	a := sentence(t, `
Russia PROPN NNP Russia 2 nsubj
said VERB VBD say 0 root
it PRON PRP it 4 nsubj
was AUX VBD be 2 ccomp
ready ADJ JJ ready 4 xcomp
. PUNCT . . 2 punct`)
	pred := func(start, end int, lemma string) annals.Predicate {
		return annals.Predicate{Span: annals.Span{Text: a.Document.Text[start:end], Start: start, End: end}, Lemma: lemma}
	}
	ready := arg(a, 19, 24, "", false)
	tests := []struct {
		name     string
		st       annals.Statement
		subject  ArgKind
		object   ArgKind
		unusable string
	}{
		{"an actor's saying with what was said", annals.Statement{Subject: arg(a, 0, 6, "russia", false),
			Predicate: pred(7, 11, "say"), Object: &ready}, ArgActor, ArgNoun, ""},
		{"a saying with nothing said", annals.Statement{Subject: arg(a, 0, 6, "russia", false),
			Predicate: pred(7, 11, "say")}, ArgActor, ArgNone, "nothing said"},
		{"an unresolved pronoun", annals.Statement{Subject: arg(a, 12, 14, "", true),
			Predicate: pred(15, 18, "be"), Object: &ready}, ArgUnresolvedPronoun, ArgNoun, "unresolved pronoun"},
		{"a resolved pronoun's copula", annals.Statement{Subject: arg(a, 12, 14, "russia", false),
			Predicate: pred(15, 18, "be"), Object: &ready}, ArgResolvedPronoun, ArgNoun, ""},
		{"a name that is no actor", annals.Statement{Subject: arg(a, 0, 6, "", false),
			Predicate: pred(7, 11, "say"), Object: &ready}, ArgName, ArgNoun, ""},
		{"an object that points elsewhere", annals.Statement{Subject: arg(a, 0, 6, "russia", false),
			Predicate: pred(7, 11, "say"), Object: func() *annals.Argument { o := arg(a, 12, 14, "", false); return &o }()},
			ArgActor, ArgUnresolvedPronoun, "empty object"},
		{"a copula of a common noun", annals.Statement{Subject: arg(a, 19, 24, "", false),
			Predicate: pred(15, 18, "be")}, ArgNoun, ArgNone, "copula"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := FeaturesOf(a, &tt.st)
			if f.Subject != tt.subject || f.Object != tt.object {
				t.Errorf("subject %v, object %v; want %v, %v", f.Subject, f.Object, tt.subject, tt.object)
			}
			if got := Unusable(f); got != tt.unusable {
				t.Errorf("Unusable = %q, want %q", got, tt.unusable)
			}
			if len(f.Vector()) != len(FeatureNames) {
				t.Errorf("%d inputs for %d names", len(f.Vector()), len(FeatureNames))
			}
		})
	}
}

// TestStageLimitsUnusable: the stage gives every statement the model's
// probability, and a statement a reader cannot use no more than Limit.
func TestStageLimitsUnusable(t *testing.T) {
	a := sentence(t, `
It PRON PRP it 2 nsubj
fell VERB VBD fall 0 root
. PUNCT . . 2 punct`)
	it := arg(a, 0, 2, "", true)
	a.Statements = []annals.Statement{{Subject: it, Predicate: annals.Predicate{Span: annals.Span{Text: "fell", Start: 3, End: 7}, Lemma: "fall"}}}
	sure := &Model{Features: FeatureNames, Weights: make([]float64, len(FeatureNames)), Bias: 5}
	if err := (Stage{Model: sure}).Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if c := a.Statements[0].Confidence; c != Limit {
		t.Errorf("confidence %v, want the limit %v", c, Limit)
	}
	if Limit >= annals.DefaultMinConfidence {
		t.Errorf("the limit %v shows in the reader's views (%v and up)", Limit, annals.DefaultMinConfidence)
	}
}

func TestFit(t *testing.T) {
	// Right when the extractor is sure and the subject is an actor;
	// wrong with an unresolved pronoun: the weights must say so.
	var samples []Sample
	for i := range 200 {
		f := Features{Extractor: float64(i%10) / 10}
		if i%3 == 0 {
			f.Subject = ArgUnresolvedPronoun
		}
		right := f.Extractor >= 0.5 && f.Subject == ArgActor
		if i%17 == 0 {
			right = !right // noise, so that the fit stays finite
		}
		samples = append(samples, Sample{Features: f, Right: right})
	}
	m, err := Fit(samples, 1)
	if err != nil {
		t.Fatal(err)
	}
	if m.Weights[0] <= 0 || m.Weights[4] >= 0 {
		t.Errorf("weights extractor %+.2f, unresolved pronoun %+.2f: want positive, negative", m.Weights[0], m.Weights[4])
	}
	bins, ece := Reliability(m, samples, nil)
	n := 0
	for _, b := range bins {
		n += b.N
	}
	if n != len(samples) || ece < 0 || ece > 0.2 || math.IsNaN(ece) {
		t.Errorf("reliability of %d samples, ECE %.3f", n, ece)
	}
	if _, err := Fit(nil, 1); err == nil {
		t.Error("fit of no samples: no error")
	}
	// A sample of weight 3 counts as three: the fits agree.
	one := []Sample{{Features: Features{Extractor: 0.9}, Right: true}, {Features: Features{Extractor: 0.1}}}
	three := []Sample{{Features: Features{Extractor: 0.9}, Right: true, Weight: 3}, {Features: Features{Extractor: 0.1}}}
	for range 2 {
		one = append(one, one[0])
	}
	a, errA := Fit(one, 1)
	b, errB := Fit(three, 1)
	if errA != nil || errB != nil || math.Abs(a.Weights[0]-b.Weights[0]) > 1e-9 || math.Abs(a.Bias-b.Bias) > 1e-9 {
		t.Errorf("weighted fit %+v, repeated fit %+v (%v, %v)", b, a, errB, errA)
	}
}

// TestTimeAndQuotes: a time as subject, and words quoted with no one said
// to have said them, are kinds a reader cannot use.
func TestTimeAndQuotes(t *testing.T) {
	a := sentence(t, `
On ADP IN on 2 case
Tuesday PROPN NNP Tuesday 3 nsubj
told VERB VBD tell 0 root
reporters NOUN NNS reporter 3 obj
" PUNCT `+"``"+` " 6 punct
prices NOUN NNS price 7 nsubj
rose VERB VBD rise 3 ccomp
" PUNCT '' " 7 punct
. PUNCT . . 3 punct`)
	text := a.Document.Text
	span := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	reporters := annals.Argument{Span: span("reporters")}
	told := annals.Statement{Subject: annals.Argument{Span: span("Tuesday")}, Predicate: annals.Predicate{Span: span("told"), Lemma: "tell"}, Object: &reporters}
	rose := annals.Statement{Subject: annals.Argument{Span: span("prices")}, Predicate: annals.Predicate{Span: span("rose"), Lemma: "rise"}}
	doc := NewDocument(a)
	if f := doc.Features(&told); f.Subject != ArgTime || Unusable(f) != "time as subject" {
		t.Errorf("Tuesday · tell: subject %v, %q", f.Subject, Unusable(f))
	}
	if f := doc.Features(&rose); !f.Quoted || Unusable(f) != "unattributed quotation" {
		t.Errorf("prices · rise: quoted %v, %q", f.Quoted, Unusable(f))
	}
	src := annals.Argument{Span: span("Tuesday")}
	rose.Attribution = &src
	if f := doc.Features(&rose); Unusable(f) != "" {
		t.Errorf("attributed quotation: %q", Unusable(f))
	}
}

func TestModels(t *testing.T) {
	if _, err := DefaultModel(); err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	for _, bad := range []string{`{`, `{"features":["extractor"],"weights":[1]}`} {
		if _, err := ParseModel([]byte(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// TestMisreadSigns: the signs of a misread that the model weighs, and the
// kinds they make unusable.
func TestMisreadSigns(t *testing.T) {
	a := sentence(t, `
On ADP IN on 2 case
June PROPN NNP June 4 obl
15 NUM CD 15 2 nummod
Ana PROPN NNP Ana 5 nsubj
said VERB VBD say 0 root
a DET DT a 7 det
terse ADJ JJ terse 5 obj
and CCONJ CC and 10 cc
Ben PROPN NNP Ben 10 nsubj
was AUX VBD be 11 cop
there ADV RB there 5 conj
. PUNCT . . 5 punct`)
	text := a.Document.Text
	span := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	said := annals.Predicate{Span: span("said"), Lemma: "say"}
	ana := annals.Argument{Span: span("Ana"), Actor: "ana"}
	doc := NewDocument(a)

	june := annals.Statement{Subject: annals.Argument{Span: span("June 15")}, Predicate: said}
	if f := doc.Features(&june); f.Subject != ArgTime || !f.SubjectUnparsed {
		t.Errorf("June 15 · say: subject %v, unparsed %v; want a time the parse made no subject", f.Subject, f.SubjectUnparsed)
	}
	if f := doc.Features(&annals.Statement{Subject: ana, Predicate: said}); f.SubjectUnparsed {
		t.Errorf("Ana · say: the parse's own subject counted as guessed")
	}
	self := annals.Statement{Subject: ana, Predicate: said, Object: &annals.Argument{Span: span("Ana"), Actor: "ana"}}
	if f := doc.Features(&self); !f.ObjectIsSubject || Unusable(f) != "object is the subject" {
		t.Errorf("Ana · say · Ana: %+v, %q", f, Unusable(f))
	}
	told := annals.Statement{Subject: ana, Predicate: annals.Predicate{Span: said.Span, Lemma: "tell"}, Object: &annals.Argument{Span: span("Ben"), Actor: "ben"}}
	if f := doc.Features(&told); !f.RecipientOnly || Unusable(f) != "nothing said" {
		t.Errorf("Ana · tell · Ben: %q", Unusable(f))
	}
	terse := annals.Statement{Subject: ana, Predicate: said, Object: &annals.Argument{Span: span("a terse")}}
	if f := doc.Features(&terse); !f.ObjectDangles || f.ObjectFinite {
		t.Errorf("Ana · say · a terse: dangles %v, finite %v", f.ObjectDangles, f.ObjectFinite)
	}
	ran := annals.Statement{Subject: ana, Predicate: annals.Predicate{Span: span("terse"), Lemma: "be"},
		Object: &annals.Argument{Span: span("terse and Ben was there")}}
	if f := doc.Features(&ran); !f.ObjectFinite || f.ObjectDangles {
		t.Errorf("Ana · be · terse and Ben was there: finite %v, dangles %v", f.ObjectFinite, f.ObjectDangles)
	}
	dated := annals.Statement{Subject: ana, Predicate: said, Time: &annals.Time{Expr: &annals.Span{Text: "June 15", Start: 3, End: 10}}}
	if f := doc.Features(&dated); !f.Complemented {
		t.Errorf("an act with a time of its own: not complemented")
	}
	if f := doc.Features(&annals.Statement{Subject: ana, Predicate: said}); f.Complemented {
		t.Errorf("a bare act: complemented")
	}
	cut := annals.Statement{Subject: ana, Predicate: said, Object: &annals.Argument{Span: span("was there")}}
	if f := doc.Features(&cut); !f.ObjectHeadless || Unusable(f) != "object lost its start" {
		t.Errorf("Ana · say · was there: %q", Unusable(f))
	}
}

// TestObjectLeans: an object that needs a pronoun or a pointing word
// resolved before a reader knows what it is about.
func TestObjectLeans(t *testing.T) {
	a := sentence(t, `
Ana PROPN NNP Ana 2 nsubj
imposed VERB VBD impose 0 root
sanctions NOUN NNS sanction 2 obj
against ADP IN against 5 case
him PRON PRP he 3 nmod
by ADP IN by 8 case
that DET DT that 8 det
date NOUN NN date 2 obl
. PUNCT . . 2 punct`)
	text := a.Document.Text
	span := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	doc := NewDocument(a)
	for _, c := range []struct {
		object, actor string
		leans         bool
	}{
		{"sanctions against him", "", true},
		{"by that date", "", true},
		{"sanctions", "", false},              // one word: the argument kinds judge it
		{"sanctions against", "", false},      // no pronoun, no pointing word
		{"him", "ben", false},                 // a resolved pronoun
		{"sanctions against him", "x", false}, // the phrase names an actor
	} {
		st := annals.Statement{Subject: annals.Argument{Span: span("Ana"), Actor: "ana"},
			Predicate: annals.Predicate{Span: span("imposed"), Lemma: "impose"},
			Object:    &annals.Argument{Span: span(c.object), Actor: c.actor}}
		if f := doc.Features(&st); f.ObjectLeans != c.leans {
			t.Errorf("Ana · impose · %s (actor %q): leans %v, want %v", c.object, c.actor, f.ObjectLeans, c.leans)
		}
	}
	// a pronoun resolved inside the phrase says whom it means
	resolved := annals.Argument{Span: span("sanctions against him"), Refs: []annals.Reference{{Span: span("him"), Actor: "ben"}}}
	st := annals.Statement{Subject: annals.Argument{Span: span("Ana"), Actor: "ana"},
		Predicate: annals.Predicate{Span: span("imposed"), Lemma: "impose"}, Object: &resolved}
	if f := doc.Features(&st); f.ObjectLeans {
		t.Errorf("Ana · impose · sanctions against him [Ben]: leans")
	}
}

// TestContentLost: a verb of saying or thinking whose only argument is a
// phrase of where, to whom or about whom it was said states nothing a
// reader can use; a phrase that can be the content, or one that holds a
// clause, still can.
func TestContentLost(t *testing.T) {
	a := sentence(t, `
Ruiz PROPN NNP Ruiz 2 nsubj
wrote VERB VBD write 0 root
on ADP IN on 4 case
Facebook PROPN NNP Facebook 2 obl
about ADP IN about 6 case
taxes NOUN NNS tax 2 obl
with ADP IN with 8 case
aides NOUN NNS aide 2 obl
that SCONJ IN that 12 mark
the DET DT the 11 det
plan NOUN NN plan 12 nsubj
failed VERB VBD fail 8 acl
. PUNCT . . 2 punct`)
	text := a.Document.Text
	span := func(s string) annals.Span {
		i := strings.Index(text, s)
		return annals.Span{Text: s, Start: i, End: i + len(s)}
	}
	ruiz := annals.Argument{Span: span("Ruiz"), Actor: "ana-ruiz"}
	tests := []struct {
		lemma, object, prep string
		passive             bool
		want                string
	}{
		{"say", "Facebook", "on", false, "nothing said"},             // "said on Facebook": where, not what
		{"write", "Facebook", "on", false, "nothing said"},           // "wrote on Facebook"
		{"say", "taxes", "about", false, "nothing said"},             // "said about taxes": about what, not what
		{"tell", "aides", "with", false, "nothing said"},             // a phrase of company
		{"write", "taxes", "about", false, ""},                       // "wrote about taxes": the writing is the act
		{"think", "taxes", "about", false, ""},                       // "thought about taxes"
		{"confirm", "aides that the plan failed", "with", false, ""}, // the clause the parse ran in says what
		{"announce", "Facebook", "on", true, ""},                     // a passive's subject is what was announced
		{"warn", "taxes", "about", false, ""},                        // no verb of saying alone: the warning is about them
		{"say", "about taxes", "", false, "nothing said"},            // a phrase of circumstance the parse took for the object
		{"say", "with aides that the plan failed", "", false, ""},    // a clause after it may be what was said
	}
	doc := NewDocument(a)
	for _, tt := range tests {
		o := annals.Argument{Span: span(tt.object), Prep: tt.prep}
		st := annals.Statement{Subject: ruiz, Predicate: annals.Predicate{Span: span("wrote"), Lemma: tt.lemma}, Object: &o, Passive: tt.passive}
		if got := Unusable(doc.Features(&st)); got != tt.want {
			t.Errorf("Ruiz · %s %s · %s: %q, want %q", tt.lemma, tt.prep, tt.object, got, tt.want)
		}
	}
}

// TestSourcingOnly: a statement that tells only where a report comes from
// ("cited sources close to the inquiry", a news outlet quoting a named
// person) says nothing, and is held; citing a reason or a rule is an act.
func TestSourcingOnly(t *testing.T) {
	span := func(s string) annals.Span { return annals.Span{Text: s, End: len(s)} }
	for _, c := range []struct {
		subject, lemma, object, objectActor string
		want                                bool
	}{
		{"", "cite", "sources close to the inquiry", "", true},
		{"", "cite", "a security source as saying the man was armed", "", true},
		{"delmont-herald", "quote", "Ana Ruiz, a former aide, as saying", "", true},
		{"delmont-herald", "cite", "ana-ruiz", "ana-ruiz", true},
		{"ana-ruiz", "cite", "Article 5 of the treaty", "", false},
		{"delmont-herald", "cite", "the rise in prices", "", false},
		{"ana-ruiz", "report", "sources", "", false},
	} {
		st := &annals.Statement{Subject: annals.Argument{Actor: c.subject}, Predicate: annals.Predicate{Lemma: c.lemma},
			Object: &annals.Argument{Span: span(c.object), Actor: c.objectActor}}
		if got := sourcingOnly(st); got != c.want {
			t.Errorf("%s · %s · %s: sourcingOnly = %v, want %v", c.subject, c.lemma, c.object, got, c.want)
		}
	}
}

// TestCircumstance: which opening words make an object a phrase of
// circumstance rather than what was said.
func TestCircumstance(t *testing.T) {
	for text, want := range map[string]int{
		"following employee concerns that tests were wrong": 2,
		"regarding the request":                             2,
		"in remarks to reporters":                           1,
		"about 20 buildings collapsed":                      1,
		"In May, the fund said growth would slow":           0,
		"the plan failed":                                   0,
	} {
		if got := circumstance(text); got != want {
			t.Errorf("circumstance(%q) = %d, want %d", text, got, want)
		}
	}
}
