package date_test

import (
	"context"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
)

// checkDates runs the standard pipeline on a text with a title and checks
// the times of the statements named.
func checkDates(t *testing.T, pipe interface {
	Run(context.Context, *analysis.Analysis) error
}, title, text string, date time.Time, want []dated) {
	t.Helper()
	a := &analysis.Analysis{Document: annals.Document{ID: "d", Title: title, Text: text, Date: date}}
	if err := pipe.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		st := find(a.Statements, w.lemma)
		switch {
		case st == nil || st.Time == nil:
			t.Errorf("%s: no statement or no time", w.lemma)
		case st.Time.Value != w.value || st.Time.Source != w.source || w.source == annals.SourceInherited && st.Time.From != w.from:
			t.Errorf("%s: got %s %s from sentence %d, want %s %s from %d", w.lemma, st.Time.Value, st.Time.Source, st.Time.From, w.value, w.source, w.from)
		case w.kind != "" && st.Time.Kind != w.kind:
			t.Errorf("%s: kind %s, want %s", w.lemma, st.Time.Kind, w.kind)
		}
	}
}

// TestBackgroundDates checks background told after the lead: the period a
// paragraph names dates what the next sentences tell, not the article's
// day.
func TestBackgroundDates(t *testing.T) {
	wednesday := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		want              []dated
	}{
		{"a year after the lead dates the next sentences of its paragraph", "",
			"Yesterday, the singer Ana Lopez died in Leeds.\n\nIn 1992, Lopez ran for the city council. She finished third. Four years later, the party chose her as its candidate. She joined the ticket.\n\nHer family thanked the nurses.",
			[]dated{{lemma: "finish", value: "1992", source: annals.SourceInherited, from: 1, kind: annals.KindEvent},
				{lemma: "join", value: "1996", source: annals.SourceInherited, from: 3, kind: annals.KindEvent},
				{lemma: "thank", value: "2025-07-22", source: annals.SourceInherited, from: 0}}},
		{"a past perfect after a background year happened by then", "",
			"Yesterday, the singer Ana Lopez died in Leeds.\n\nIn 1992, Lopez moved to Paris. She had studied law in Madrid.",
			[]dated{{lemma: "study", value: "1992", source: annals.SourceInherited, from: 1, kind: annals.KindDeadline}}},
		{"a year in the lead dates a past perfect after it, not a simple past", "",
			"In March 2019, the club sacked its coach. The club announced the decision although the coach had apologised. The fans cheered the players.",
			[]dated{{lemma: "apologise", value: "2019-03", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline},
				{lemma: "cheer", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindDeadline}}},
		{"what happened later is not of the year", "",
			"Yesterday, the singer Ana Lopez died in Leeds.\n\nIn 1992, Lopez moved to Paris. Later, she opened a bakery.",
			[]dated{{lemma: "open", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"the year holds for two sentences, no further", "",
			"Yesterday, the singer Ana Lopez died in Leeds.\n\nIn 1992, Lopez moved to Paris. She studied law. She sang in a choir. She married a baker.",
			[]dated{{lemma: "sing", value: "1992", source: annals.SourceInherited, from: 1},
				{lemma: "marry", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"two periods in one sentence open no background", "",
			"Yesterday, the club sacked its coach.\n\nThe club won the cup in 1998 and in 2004. The fans painted the town red.",
			[]dated{{lemma: "paint", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"a year in a clause of what was reported opens no background", "",
			"Yesterday, the club sacked its coach.\n\nThe report said the coach paid a fine in 2016. The coach sold his house.",
			[]dated{{lemma: "sell", value: "2025-07-22", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"a month after a dateline is the lead's, not background", "",
			"Monday, July 21, 2025\n\nIn June, a cargo ship vanished near Java. Reporters examined the shipping data.",
			[]dated{{lemma: "examine", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindDeadline}}},
		{"a sentence with a time of its own keeps it", "",
			"Yesterday, the singer Ana Lopez died in Leeds.\n\nIn 1992, Lopez moved to Paris. She ran for the 2004 election.",
			[]dated{{lemma: "run", value: "2025-07-22", source: annals.SourceInherited, from: 0}}},
		{"a monthly summary's background paragraph takes its year, the rest the title's month", "The council in review, June 2025",
			"The council approved the budget.\n\nThe mayor first won office in 2019. She beat the sitting mayor by ten votes.\n\nThe council closed the old pool.",
			[]dated{{lemma: "approve", value: "2025-06", source: annals.SourceTitle},
				{lemma: "beat", value: "2019", source: annals.SourceInherited, from: 1, kind: annals.KindEvent},
				{lemma: "close", value: "2025-06", source: annals.SourceTitle}}},
	}
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, pipe, tt.title, tt.text, wednesday, tt.want) })
	}
}

// TestInterviewDates checks that an interview's exchange speaks from the
// time the article says the interview took place.
func TestInterviewDates(t *testing.T) {
	wednesday := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	exchange := "\n\nWhat do you do?\n\nI run a bakery in Leeds. We opened the shop in a garage.\n\nWhy bread?\n\nMy father baked bread."
	tests := []struct {
		name, title, lead string
		want              []dated
	}{
		{"the interview took place last year", "Ana Lopez talks about her bakery",
			"The following is the interview with Ana Lopez that took place last year.",
			[]dated{{lemma: "run", value: "2024", source: annals.SourceInherited, from: 0, kind: annals.KindEvent},
				{lemma: "open", value: "2024", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"the interview was conducted on a day", "Ana Lopez talks about her bakery",
			"The interview was conducted on June 5.",
			[]dated{{lemma: "run", value: "2025-06-05", source: annals.SourceInherited, from: 0, kind: annals.KindEvent},
				{lemma: "bake", value: "2025-06-05", source: annals.SourceInherited, from: 0, kind: annals.KindDeadline}}},
		{"the interviewee spoke in a month", "Ana Lopez talks about her bakery",
			"Lopez spoke to the Gazette in March.",
			[]dated{{lemma: "run", value: "2025-03", source: annals.SourceInherited, from: 0, kind: annals.KindEvent}}},
		{"another person's interview dates nothing", "Ana Lopez talks about her bakery",
			"Her partner Marta spoke to the Gazette in March.",
			[]dated{{lemma: "run", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindEvent},
				{lemma: "open", value: "2025-07-23", source: annals.SourceDocument, kind: annals.KindDeadline}}},
		{"no time for the interview: the article's date stands in", "Ana Lopez talks about her bakery",
			"Ana Lopez answered some questions from the Gazette.",
			[]dated{{lemma: "run", value: "2025-07-23", source: annals.SourceDocument}}},
	}
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, pipe, tt.title, tt.lead+exchange, wednesday, tt.want) })
	}
}
