package analysis

import "testing"

func TestQuotations(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`She said “we will win” and left.`, []string{"we will win"}},
		{`"A," he said. "B."`, []string{"A,", "B."}},
		{`It’s “the end”, they don’t say ‘never’.`, []string{"the end", "never"}},
		{"«Non», dit-il.", []string{"Non"}},
		{"`` Yes '' , he said .", []string{" Yes "}},
		{"\"Open\n\nNext paragraph \"quoted\" here.", []string{"quoted"}},
		{"No quotes at all.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range Quotations(tt.text) {
			got = append(got, tt.text[q[0]:q[1]])
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
			}
		}
	}
}
