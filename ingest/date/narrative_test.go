package date_test

import (
	"context"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
)

// The narratives below are written for these tests; they run the whole
// standard pipeline, whose parse the dater reads.

// dated is what one statement's time should be: its verb's lemma, the
// value, where the value comes from and, for an inherited one, from which
// sentence; a kind, when given, is checked too (generic expects no value).
type dated struct {
	lemma  string
	value  string
	source annals.TimeSource
	from   int
	kind   annals.TimeKind
	// nth picks, when above 1, the nth statement of the lemma
	nth int
}

func TestNarrativeDates(t *testing.T) {
	wednesday := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	june := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		date time.Time
		text string
		want []dated
	}{
		{"a lead with yesterday dates the story after it: what is said on that day, the rest by it", wednesday,
			"Yesterday, the council passed a new budget. Most members supported the plan. The mayor said she would sign it.",
			[]dated{{lemma: "pass", value: "2025-07-22", source: annals.SourceExplicit},
				{lemma: "support", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline},
				{lemma: "say", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindEvent}}},
		{"a verb with a particle is past by its verb, not its particle", wednesday,
			"On Monday, the senator announced the end of his campaign.\n\nThe senator dropped out ahead of a debate scheduled for August 20.",
			[]dated{{lemma: "drop out", value: "2025-07-21", source: annals.SourceInherited, from: 0}}},
		{"a range of days sets no day for what follows", wednesday,
			"In a July 14 - July 18 survey, most voters backed the plan. The mayor dropped out of the race.",
			[]dated{{lemma: "drop", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindDeadline}}},
		{"a lead that opens with its time dates its verb", wednesday,
			"Last night, police arrested two men in Leeds. The men appeared in court.",
			[]dated{{lemma: "arrest", value: "2025-07-22TNI", source: annals.SourceExplicit},
				{lemma: "appear", value: "2025-07-22", source: annals.SourceInherited, from: 0}}},
		{"a story of the article's own day dates what follows on that day", wednesday,
			"Today, the council met in the town hall. Members approved the budget.",
			[]dated{{lemma: "approve", value: "2025-07-23", source: annals.SourceInherited, from: 0, kind: annals.KindEvent}}},
		{"what happened at the occasion the story tells of happened on its day", wednesday,
			"Yesterday, a man attacked the minister with a knife in Pandeglang. The minister suffered two wounds in the attack.\n\nHe had received threats.",
			[]dated{{lemma: "suffer", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindEvent},
				{lemma: "receive", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"a time in what is said dates what is said, not the saying", wednesday,
			"On Monday, the minister visited the plant. She said that the company sold more cars last year. She said that the plant will reopen within two months.",
			[]dated{{lemma: "visit", value: "2025-07-21", source: annals.SourceExplicit},
				{lemma: "say", value: "2025-07-21", source: annals.SourceInherited, from: 0, kind: annals.KindEvent},
				{lemma: "sell", value: "2024", source: annals.SourceExplicit}}},
		{"a past time after a participle dates the participle, not the present verb before it", wednesday,
			"The union says the company violates a contract signed between the two sides in 2015.",
			[]dated{{lemma: "sign", value: "2015", source: annals.SourceExplicit},
				{lemma: "violate", value: "2025-07-23", source: annals.SourceDocument}}},
		{"a clock time without a day falls on the story's day, not the article's", wednesday,
			"Yesterday, the council met in the town hall. The members voted at 5 p.m. local time.",
			[]dated{{lemma: "vote", value: "2025-07-22T17:00", source: annals.SourceExplicit}}},
		{"this morning is the article's day", wednesday,
			"Yesterday, the council met in the town hall. The mayor resigned this morning.",
			[]dated{{lemma: "resign", value: "2025-07-23TMO", source: annals.SourceExplicit}}},
		{"of two times a sentence names, the one nearer before the verb dates it", wednesday,
			"The singer made her last film in 1968 and hosted a television show until 1973, at which point she focused on animal welfare.",
			[]dated{{lemma: "focus", value: "1973", source: annals.SourceInherited, from: 0}}},
		{"the time of what was done dates what 'have' had done", wednesday,
			"The firm had its licence revoked in May.",
			[]dated{{lemma: "have", value: "2025-05", source: annals.SourceExplicit}}},
		{"a time phrase hung on a name in the object still dates the clause", wednesday,
			"Chile proposed direct talks between President Ana Lopez and Peruvian President Luis Soto on Monday, aiming for a deal.",
			[]dated{{lemma: "propose", value: "2025-07-21", source: annals.SourceExplicit}}},
		{"what is offered is dated by the offer, on the story's day", wednesday,
			"Yesterday, the council met in the town hall. The mayor offered to resign.",
			[]dated{{lemma: "resign", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindEvent}}},
		{"a beginning's time starts what follows, and dates nothing after it", wednesday,
			"The singer was born in Ohio in 1922. She planned a career as a dancer.",
			[]dated{{lemma: "bear", value: "1922", source: annals.SourceExplicit},
				{lemma: "plan", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindDeadline}}},
		{"an older day dates its paragraph; the next paragraph returns to the story's day", wednesday,
			"Police arrested a man in Leeds on Monday.\n\nOn July 2, the man was convicted of fraud. He served a prison term.\n\nOfficers searched his house.",
			[]dated{{lemma: "arrest", value: "2025-07-21", source: annals.SourceExplicit},
				{lemma: "convict", value: "2025-07-02", source: annals.SourceExplicit},
				{lemma: "serve", value: "2025-07-02", source: annals.SourceInherited, from: 1, kind: annals.KindDeadline},
				{lemma: "search", value: "2025-07-21", source: annals.SourceInherited, from: 0}}},
		{"one sentence on each line: each line is a paragraph", wednesday,
			"Police arrested a man in Leeds on Monday.\nIn 2019, the man was convicted of fraud.\nOfficers searched his house.",
			[]dated{{lemma: "search", value: "2025-07-21", source: annals.SourceInherited, from: 0}}},
		{"an aside in the present does not end the story's day", wednesday,
			"Police arrested a man in Leeds on Monday. The man is a teacher. Officers searched his house.",
			[]dated{{lemma: "search", value: "2025-07-21", source: annals.SourceInherited, from: 0}}},
		{"a quotation keeps its speaker's time; the saying takes the story's", wednesday,
			"On Monday, the minister visited the port. \"We opened a new terminal,\" she said.",
			[]dated{{lemma: "visit", value: "2025-07-21", source: annals.SourceExplicit},
				{lemma: "open", value: "2025-07-23", source: annals.SourceDocument},
				{lemma: "say", value: "2025-07-21", source: annals.SourceInherited, from: 0, kind: annals.KindEvent}}},
		{"years later count from the year the text reached", wednesday,
			"In 2016, Ana founded a bakery. Two years later, she sold the bakery to a rival.",
			[]dated{{lemma: "found", value: "2016", source: annals.SourceExplicit},
				{lemma: "sell", value: "2018", source: annals.SourceExplicit}}},
		{"a month or a year in the lead dates its own sentence only", june,
			"In May, the city council approved the budget. The mayor signed the law.\n\nIn 2019, the man was convicted of fraud. He served a prison term.",
			[]dated{{lemma: "approve", value: "2025-05", source: annals.SourceExplicit},
				{lemma: "sign", value: "2025-06-02", source: annals.SourceDocument, kind: annals.KindDeadline},
				{lemma: "convict", value: "2019", source: annals.SourceExplicit},
				{lemma: "serve", value: "2019", source: annals.SourceInherited, from: 2, kind: annals.KindEvent}}},
		{"a year that names a thing sets no time", wednesday,
			"On Monday, the court heard the case. The judge rejected the 2004 treaty. The lawyers appealed.",
			[]dated{{lemma: "reject", value: "2025-07-21", source: annals.SourceInherited, from: 0},
				{lemma: "appeal", value: "2025-07-21", source: annals.SourceInherited, from: 0}}},
		{"the present perfect and the present are the article's day", wednesday,
			"The company has recalled its cars. The company owns a factory in Ohio.",
			[]dated{{lemma: "recall", value: "2025-07-23", source: annals.SourceDocument},
				{lemma: "own", value: "2025-07-23", source: annals.SourceDocument}}},
		{"kinds and habits have no day", wednesday,
			"Black holes swallow nearby stars. Ana used to write long letters.",
			[]dated{{lemma: "swallow", kind: annals.KindGeneric}, {lemma: "write", kind: annals.KindGeneric}}},
		{"without a story day the article's date stands in, as an upper bound for what was done", wednesday,
			"Police arrested a man. Officers searched his house. The man owns a bakery.",
			[]dated{{lemma: "arrest", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindDeadline},
				{lemma: "search", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindDeadline},
				{lemma: "own", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindEvent}}},
		{"a past event is never dated after its article", wednesday,
			"Police arrested the suspect on July 30.",
			[]dated{{lemma: "arrest", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindDeadline}}},
		{"a dateline is the article's date and dates nothing", wednesday,
			"Monday, July 21, 2025\n\nPolice arrested a man. Officers searched his house.",
			[]dated{{lemma: "search", value: "2025-07-23", source: annals.SourceDocument}}},
		{"a clock time's day is a guess and sets no time", wednesday,
			"A bus crashed into a wall at 8 am. Paramedics treated the driver.",
			[]dated{{lemma: "treat", value: "2025-07-23", source: annals.SourceDocument}}},
		{"a past perfect happened by the story's time", wednesday,
			"On Monday, police said that they had arrested a man.",
			[]dated{{lemma: "arrest", value: "2025-07-21", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"'as of early today' dates its clause, not the story's day before", wednesday,
			"Yesterday, the party held primary elections in six states.\n\nAs of early today local time, the agency reported no results for two of the races.",
			[]dated{{lemma: "report", value: "2025-07-23", source: annals.SourceExplicit}}},
		{"a finding told in the present is told the day its publication came out", wednesday,
			"The findings, published Monday in a journal, show that whales sing in winter.",
			[]dated{{lemma: "show", value: "2025-07-21", source: annals.SourceInherited, from: 0, kind: annals.KindEvent}}},
		{"what happened later than the story's day happened after it, by the article's", wednesday,
			"On Monday, a car hit a cyclist in Leeds. The driver subsequently left the country.",
			[]dated{{lemma: "leave", value: "2025-07-23", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"a past copula takes the time its phrase names, as another verb does", wednesday,
			"On Wednesday, the senator ended her campaign. She was a contender for the nomination in the 2016 election.",
			[]dated{{lemma: "be", value: "2016", source: annals.SourceExplicit}}},
		{"a day that counts back from the story's is a flashback: the next paragraph returns to the story's day", wednesday,
			"The minister announced on Friday that she had tested positive. Two days earlier, she attended a meeting with the cabinet.\n\nA spokesman told reporters that the summit had followed the rules.",
			[]dated{{lemma: "attend", value: "2025-07-16", source: annals.SourceExplicit},
				{lemma: "follow", value: "2025-07-18", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"what a coordinated verb tells 'eventually' came after the background's period, by the article's day", wednesday,
			"The party nominated Ana for mayor.\n\nAna moved to Leeds in 1993 and opened a bakery. She became active in local politics. Eventually, Ana joined the council and rose to deputy mayor.",
			[]dated{{lemma: "become", value: "1993", source: annals.SourceInherited, from: 1, kind: annals.KindEvent},
				{lemma: "join", value: "2025-07-23", source: annals.SourceInherited, from: 1, kind: annals.KindDeadline},
				{lemma: "rise", value: "2025-07-23", source: annals.SourceInherited, from: 1, kind: annals.KindDeadline}}},
		{"a time that opens its sentence dates the clause, though the parser hangs it on the subject", wednesday,
			"On Monday, the council met in the town hall.\n\nLast year Mayor Ana Lopez withdrew the city from a treaty.",
			[]dated{{lemma: "withdraw", value: "2024", source: annals.SourceExplicit}}},
		{"'on the night of' a day dates its clause as 'on' the day would", wednesday,
			"On Tuesday, the driver pleaded not guilty.\n\nPolice said the driver hit a cyclist on the night of July 18.",
			[]dated{{lemma: "hit", value: "2025-07-18", source: annals.SourceExplicit}}},
		{"a past participle after its noun tells what was done by then, not on the article's day", wednesday,
			"Thousands marched in Leeds, carrying placards against the rule adopted by the council.",
			[]dated{{lemma: "adopt", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindDeadline}}},
		{"what is done to 'the' thing the story's event was done to or in is part of that event; its doer is not", wednesday,
			"Yesterday, a man stabbed a guard at the station. Doctors treated the guard at the scene. Police arrested the man.",
			[]dated{{lemma: "treat", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindEvent},
				{lemma: "arrest", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"so is what is done to the occasion the story names, though the parser hangs it on the object", wednesday,
			"On Monday, soldiers killed the general in an airstrike. The army carried out the airstrike at the airport.",
			[]dated{{lemma: "carry out", value: "2025-07-21", source: annals.SourceInherited, from: 0, kind: annals.KindEvent}}},
		{"a sentence that tells the reference's act again tells it on its day, unless a clause of time says otherwise", wednesday,
			"A former minister was sentenced in Leeds on Monday. The minister was sentenced by Judge Ana Lopez to six years in prison.\n\nThe singer died in Paris yesterday. Her father died of a fever when she was one.",
			[]dated{{lemma: "sentence", value: "2025-07-21", source: annals.SourceInherited, from: 0, kind: annals.KindEvent, nth: 2},
				{lemma: "die", value: "2025-07-22", source: annals.SourceInherited, from: 2, kind: annals.KindDeadline, nth: 2}}},
		{"a clause of 'when' is at one time with the verb it hangs on", wednesday,
			"On Monday, Lopez was elected leader of the party.\n\nLopez first entered politics when elected in 2001 as a member of the council.",
			[]dated{{lemma: "enter", value: "2001", source: annals.SourceExplicit}}},
		{"an interview's question ends the story's time", wednesday,
			"On Monday, the band played a concert in Leeds.\n\nWhen did you start the band?\n\nWe played our first concert in a garage.",
			[]dated{{lemma: "play", value: "2025-07-21", source: annals.SourceExplicit}}},
	}
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: tt.text, Date: tt.date}}
			if err := pipe.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				st := findNth(a.Statements, w.lemma, w.nth)
				if st == nil {
					t.Errorf("%s: no statement", w.lemma)
					continue
				}
				got := st.Time
				switch {
				case got == nil:
					t.Errorf("%s: no time", w.lemma)
				case w.kind == annals.KindGeneric:
					if !got.Generic() || got.Value != "" || !got.Sort().IsZero() {
						t.Errorf("%s: want generic, got %+v", w.lemma, got)
					}
				case got.Value != w.value || got.Source != w.source || w.source == annals.SourceInherited && got.From != w.from:
					t.Errorf("%s: got %s %s from sentence %d, want %s %s from %d", w.lemma, got.Value, got.Source, got.From, w.value, w.source, w.from)
				case w.kind != "" && got.Kind != w.kind:
					t.Errorf("%s: kind %s, want %s", w.lemma, got.Kind, w.kind)
				}
			}
		})
	}
}

// find is the first statement whose predicate's lemma ends in lemma
// ("will sign" for "sign").
func find(sts []annals.Statement, lemma string) *annals.Statement {
	for i := range sts {
		l := sts[i].Predicate.Lemma
		if l == lemma || len(l) > len(lemma) && l[len(l)-len(lemma)-1:] == " "+lemma {
			return &sts[i]
		}
	}
	return nil
}

// findNth is the nth statement (1-based; 0 is the first too) whose
// predicate's lemma ends in lemma.
func findNth(sts []annals.Statement, lemma string, nth int) *annals.Statement {
	for n := 1; ; n++ {
		st := find(sts, lemma)
		if st == nil || n >= nth {
			return st
		}
		for i := range sts {
			if &sts[i] == st {
				sts = sts[i+1:]
				break
			}
		}
	}
}

func TestTitleFrame(t *testing.T) {
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	june := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	const text = "The council approved the budget. The mayor owns a bakery. \"We signed it,\" he said. The party had already won a seat."
	for _, tt := range []struct {
		title, text string
		want        []dated
	}{
		{"The city council in review, May 2025", text, []dated{
			{lemma: "approve", value: "2025-05", source: annals.SourceTitle, kind: annals.KindEvent},
			{lemma: "own", value: "2025-06-02", source: annals.SourceDocument},
			{lemma: "sign", value: "2025-06-02", source: annals.SourceDocument},
			// a past perfect happened by the period's end, not necessarily in it
			{lemma: "win", value: "2025-05", source: annals.SourceTitle, kind: annals.KindDeadline}}},
		{"Council approves budget", text, []dated{
			{lemma: "approve", value: "2025-06-02", source: annals.SourceDocument, kind: annals.KindDeadline}}},
		// a year inside a title names a thing, not the period the article covers
		{"Wikinews interviews 2025 mayoral candidate Ana Lopez", text, []dated{
			{lemma: "approve", value: "2025-06-02", source: annals.SourceDocument, kind: annals.KindDeadline}}},
		// "to be" takes the tense of the clause it completes
		{"The city council in review, May 2025", "The council approved the budget. At the time, Ana, Maria and Luis were said to be finalists for the nomination.", []dated{
			{lemma: "be", value: "2025-05", source: annals.SourceTitle, kind: annals.KindEvent}}},
		// what came "afterwards" than a time of the month the round-up covers
		// came by the month's end, not by the article's day
		{"The city council in review, May 2025",
			"The council approved the budget.\n\nIn mid-May, the mayor held a rally in Leeds. Afterwards, she visited York.", []dated{
				{lemma: "visit", value: "2025-05-31", source: annals.SourceInherited, kind: annals.KindDeadline}}},
	} {
		a := &analysis.Analysis{Document: annals.Document{ID: "d", Title: tt.title, Text: tt.text, Date: june}}
		if err := pipe.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			st := find(a.Statements, w.lemma)
			switch {
			case st == nil || st.Time == nil:
				t.Errorf("%q: %s: no statement or no time", tt.title, w.lemma)
			case st.Time.Value != w.value || st.Time.Source != w.source || w.kind != "" && st.Time.Kind != w.kind:
				t.Errorf("%q: %s: got %s %s %s, want %s %s %s", tt.title, w.lemma, st.Time.Value, st.Time.Source, st.Time.Kind, w.value, w.source, w.kind)
			case w.source == annals.SourceTitle && st.Time.FromDocument():
				t.Errorf("%q: %s: a title's period is no article date", tt.title, w.lemma)
			}
		}
	}
}
