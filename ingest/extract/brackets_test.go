package extract

import (
	"testing"

	"github.com/annals/annals"
)

// TestSpanKeepsClosingBracket checks that an argument whose bracket opens
// inside it keeps the closing bracket, and that an argument set off by a
// pair of brackets still loses both.
func TestSpanKeepsClosingBracket(t *testing.T) {
	show := func(st annals.Statement) string {
		s := st.Subject.Text + " · " + st.Predicate.Lemma
		if st.Object != nil {
			s += " · " + st.Object.Text
		}
		return s
	}
	runRowCases(t, []rowCase{{"an acronym in brackets after a name", `
Harbour PROPN NNP Harbour 2 compound
Transit PROPN NNP Transit 6 nsubj
( PUNCT -LRB- ( 4 punct
HT PROPN NNP HT 2 appos
) PUNCT -RRB- ) 4 punct
closed VERB VBD close 0 root
the DET DT the 8 det
line NOUN NN line 6 obj
. PUNCT . . 6 punct`,
		[]string{"Harbour Transit ( HT ) · close · the line"}}, {"a name wholly in brackets", `
( PUNCT -LRB- ( 2 punct
Okafor PROPN NNP Okafor 4 nsubj
) PUNCT -RRB- ) 2 punct
resigned VERB VBD resign 0 root
. PUNCT . . 4 punct`,
		[]string{"Okafor · resign"}},
	}, show)
}
