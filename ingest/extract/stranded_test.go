package extract

import "testing"

// TestStrandedComplement: an infinitive the parse hung on a verb of saying,
// right after the clause it reports, is that clause's verb's; so is a
// gerund right after it. The clause keeps them, and says what it says.
func TestStrandedComplement(t *testing.T) {
	tests := []rowCase{
		{"an infinitive and a gerund hung on the verb of saying", `
Ruiz PROPN NNP Ruiz 2 nsubj
declared VERB VBD declare 0 root
teachers NOUN NNS teacher 5 nsubj
would AUX MD would 5 aux
continue VERB VB continue 2 ccomp
to PART TO to 8 mark
be AUX VB be 8 aux:pass
paid VERB VBN pay 2 xcomp
without SCONJ IN without 10 mark
returning VERB VBG return 2 advcl
to ADP IN to 12 case
school NOUN NN school 10 obl
. PUNCT . . 2 punct`,
			[]string{"Ruiz · declare · teachers would continue to be paid without returning to school", "teachers · pay [would] [says Ruiz]"}},
	}
	runRowCases(t, tests, brief)
}
