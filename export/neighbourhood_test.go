package export

import (
	"slices"
	"testing"

	annals "github.com/annals/annals"
)

func TestNeighbourhood(t *testing.T) {
	link := func(id, from, to string) annals.Statement {
		return annals.Statement{ID: id, Subject: arg(from, from), Predicate: pred("meet", 0), Object: argp(to, to)}
	}
	// a - b - c - d, and e alone; "a-says" has no object.
	sts := []annals.Statement{link("ab", "a", "b"), link("bc", "b", "c"), link("cd", "c", "d"),
		{ID: "a-says", Subject: arg("a", "a"), Predicate: pred("say", 0)}, link("ee", "e", "e")}
	ids := func(sts []annals.Statement) []string {
		var out []string
		for _, s := range sts {
			out = append(out, s.ID)
		}
		return out
	}
	tests := []struct {
		around []string
		hops   int
		want   []string
	}{
		{[]string{"a"}, 0, []string{"ab", "a-says"}},
		{[]string{"a"}, 1, []string{"ab", "bc", "a-says"}},
		{[]string{"a"}, 2, []string{"ab", "bc", "cd", "a-says"}},
		{[]string{"a"}, 9, []string{"ab", "bc", "cd", "a-says"}},
		{[]string{"d", "e"}, 1, []string{"bc", "cd", "ee"}},
		{[]string{"nobody"}, 3, nil},
	}
	for _, tt := range tests {
		if got := ids(Neighbourhood(sts, tt.around, tt.hops)); !slices.Equal(got, tt.want) {
			t.Errorf("Neighbourhood(%v, %d) = %v, want %v", tt.around, tt.hops, got, tt.want)
		}
	}
	if got := ids(WithPredicates(sts, []string{" SAY "})); !slices.Equal(got, []string{"a-says"}) {
		t.Errorf("WithPredicates(say) = %v", got)
	}
	if got := WithPredicates(sts, nil); len(got) != len(sts) {
		t.Errorf("WithPredicates(nil) kept %d of %d", len(got), len(sts))
	}
}

func TestDurationLabelShowsDates(t *testing.T) {
	within := dayTime("2025-07-23")
	within.Value, within.Type = "P2W", annals.TimexDuration
	within.Latest = within.Latest.AddDate(0, 0, 14)
	within.Kind = annals.KindDeadline
	s := annals.Statement{Predicate: pred("withdraw", 0), Time: within}
	if got, want := statementLabel(&s), "withdraw · by 2025-08-06"; got != want {
		t.Errorf("deadline duration: %q, want %q", got, want)
	}
	within.Kind = annals.KindEvent
	if got, want := statementLabel(&s), "withdraw · 2025-07-23..2025-08-06"; got != want {
		t.Errorf("duration: %q, want %q", got, want)
	}
	// No raw TIMEX value: a duration with no dates is drawn undated.
	s.Time = &annals.Time{Value: "P2D", Type: annals.TimexDuration}
	if got, want := statementLabel(&s), "withdraw"; got != want {
		t.Errorf("bare duration: %q, want %q", got, want)
	}
}
