package annals

import (
	"math"
	"testing"
	"time"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Volodymyr Zelensky", "volodymyr-zelensky"},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"U.S.", "u-s"},
		{"  the  White House ", "the-white-house"},
		{"Москва", "москва"},
		{"---", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpanValid(t *testing.T) {
	text := "Russia’s offer"
	tests := []struct {
		span Span
		want bool
	}{
		{Span{"Russia", 0, 6}, true},
		{Span{"offer", 11, 16}, true},
		{Span{"offer", 10, 15}, false},
		{Span{"", 3, 3}, true},
		{Span{"x", -1, 0}, false},
		{Span{"r", 16, 17}, false},
	}
	for _, tt := range tests {
		if got := tt.span.Valid(text); got != tt.want {
			t.Errorf("%+v.Valid = %v, want %v", tt.span, got, tt.want)
		}
	}
}

func TestStatementIDIsStable(t *testing.T) {
	a := Statement{Doc: "d", Sentence: 2, Subject: Argument{Span: Span{"A", 0, 1}}, Predicate: Predicate{Span: Span{"met", 2, 5}, Lemma: "meet"}}
	b := a
	b.Confidence = 0.3 // not part of the identity
	if StatementID(&a) != StatementID(&b) {
		t.Error("same spans, different ids")
	}
	b.Object = &Argument{Span: Span{"B", 6, 7}}
	if StatementID(&a) == StatementID(&b) {
		t.Error("an object should change the id")
	}
}

func TestTimeSort(t *testing.T) {
	d := func(s string) time.Time { v, _ := time.Parse("2006-01-02", s); return v }
	tests := []struct {
		t    *Time
		want time.Time
	}{
		{nil, time.Time{}},
		{&Time{Earliest: d("2025-07-23"), Latest: d("2025-07-24")}, d("2025-07-23")},
		{&Time{Latest: d("2025-08-31"), Kind: KindDeadline}, d("2025-08-31")},
		{&Time{Value: "P2D"}, time.Time{}},
	}
	for _, tt := range tests {
		if got := tt.t.Sort(); !got.Equal(tt.want) {
			t.Errorf("%+v.Sort() = %v, want %v", tt.t, got, tt.want)
		}
	}
	if (&Time{Value: "2025"}).FromDocument() != true || (&Time{Expr: &Span{}}).FromDocument() || (*Time)(nil).FromDocument() {
		t.Error("FromDocument")
	}
}

func TestEventConfidence(t *testing.T) {
	tests := []struct {
		name            string
		event           *Event
		statement, want float64
	}{
		{"no event", nil, 0.9, 0},
		{"a sure type in a sure statement", &Event{Confidence: 0.8}, 1, 0.84},
		{"a sure type in a doubtful statement", &Event{Confidence: 0.8}, 0, 0.6},
		{"never above 1", &Event{Confidence: 1}, 1, 1},
		{"a statement's confidence out of range counts as 1", &Event{Confidence: 0.5}, 3, 0.525},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Statement{Confidence: tt.statement, Event: tt.event}
			if got := s.EventConfidence(); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("EventConfidence() = %v, want %v", got, tt.want)
			}
		})
	}
}
