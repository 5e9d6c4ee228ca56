package text

import (
	"reflect"
	"strings"
	"testing"
)

func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for k, tok := range toks {
		out[k] = tok.Text
	}
	return out
}

func tokenForms(toks []Token) []string {
	out := make([]string, len(toks))
	for k, tok := range toks {
		out[k] = tok.Form
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // token texts joined by "|"
	}{
		{"words and period", "Ukraine proposed talks.", "Ukraine|proposed|talks|."},
		{"an editor's letters complete a word", "was sow[ing] chaos, [and] mak[ing] it", "was|sow[ing]|chaos|,|[|and|]|mak[ing]|it"},
		{"a bracket that is no insertion", "word[1] and x[ a]", "word|[|1|]|and|x|[|a|]"},
		{"thousands", "exchange 1,200 prisoners and 3,000 bodies", "exchange|1,200|prisoners|and|3,000|bodies"},
		{"millions", "1,000,000 people", "1,000,000|people"},
		{"list of digits is not a number", "1,2,3", "1|,|2|,|3"},
		{"decimal", "1.5 times", "1.5|times"},
		{"range in words", "24 to 48 hours", "24|to|48|hours"},
		{"dollar", "$5 or US$10", "$|5|or|US|$|10"},
		{"percent", "10% more", "10|%|more"},
		{"time", "at 10:30 sharp", "at|10:30|sharp"},
		{"time at sentence end", "at 10:30.", "at|10:30|."},
		{"colon after word", "Note: this", "Note|:|this"},
		{"dotted abbreviation", "the U.S. and U.K. at 5 p.m. or 9 a.m.", "the|U.S.|and|U.K.|at|5|p.m.|or|9|a.m."},
		{"titles", "Mr. Smith and Dr. Jones", "Mr.|Smith|and|Dr.|Jones"},
		{"month", "Jan. 5 and Sept. 11", "Jan.|5|and|Sept.|11"},
		{"latin", "e.g. this, i.e. that, etc.", "e.g.|this|,|i.e.|that|,|etc."},
		{"initials", "J. K. Rowling and J.R.R. Tolkien", "J.|K.|Rowling|and|J.R.R.|Tolkien"},
		{"lowercase weekday word is not an abbreviation", "in the sun.", "in|the|sun|."},
		{"No. before a number", "No. 5", "No.|5"},
		{"no at sentence end", "I said no. Then", "I|said|no|.|Then"},
		{"ordinary word keeps its period apart", "the talks.", "the|talks|."},
		{"url", "see http://example.com/a?b=1&c=(2). Next", "see|http://example.com/a?b=1&c=(2)|.|Next"},
		{"url in brackets", "(https://example.org/x)", "(|https://example.org/x|)"},
		{"www", "visit www.example.co.uk, then", "visit|www.example.co.uk|,|then"},
		{"email", "Mail bob.smith@example.org.", "Mail|bob.smith@example.org|."},
		{"domain", "on Amazon.com today", "on|Amazon.com|today"},
		{"capitals around a period", "ASP.NET and Ph.D", "ASP.NET|and|Ph.D"},
		{"missing space after a full stop", "the talks.The end in 2019.Then", "the|talks|.|The|end|in|2019|.|Then"},
		{"hyphenated compound split as in EWT", "the full-scale invasion", "the|full|-|scale|invasion"},
		{"bound prefix kept whole", "non-stop e-mail anti-war mid-August", "non-stop|e-mail|anti-war|mid-August"},
		{"number range split", "3-4 days", "3|-|4|days"},
		{"hyphen after an abbreviation", "U.S.-led and Kyiv-based", "U.S.|-|led|and|Kyiv|-|based"},
		{"negative percent", "-5% growth", "-|5|%|growth"},
		{"curly plural possessive", "the soldiers’ bodies", "the|soldiers|’|bodies"},
		{"phone number whole", "call 713-853-3989 or 555-1234", "call|713-853-3989|or|555-1234"},
		{"date with slashes", "on 11/28/2000 and 9/11", "on|11/28/2000|and|9/11"},
		{"and/or split", "and/or", "and|/|or"},
		{"ampersand", "AT&T and PG&E", "AT&T|and|PG&E"},
		{"em dash", "war—and peace", "war|—|and|peace"},
		{"en dash", "war – and peace", "war|–|and|peace"},
		{"double hyphen", "war--and peace", "war|--|and|peace"},
		{"ellipsis", "wait... what", "wait|...|what"},
		{"unicode ellipsis", "wait… what", "wait|…|what"},
		{"exclamations", "Yes!!! Really?!", "Yes|!!!|Really|?!"},
		{"don't", "don't", "do|n't"},
		{"can't", "can't", "ca|n't"},
		{"won't", "won't", "wo|n't"},
		{"curly n't", "didn’t", "did|n’t"},
		{"capital N'T", "DON'T", "DO|N'T"},
		{"I'm", "I'm", "I|'m"},
		{"they've we'll he'd you're", "they've we'll he'd you're", "they|'ve|we|'ll|he|'d|you|'re"},
		{"curly possessive", "Russia’s", "Russia|’s"},
		{"possessive", "Bush's plan", "Bush|'s|plan"},
		{"plural possessive", "the soldiers' families", "the|soldiers|'|families"},
		{"clitic after an abbreviation", "the U.S.'s role", "the|U.S.|'s|role"},
		{"clitic after a number", "the 1990's", "the|1990|'s"},
		{"quote before a word is not a clitic", "he said 'so", "he|said|'|so"},
		{"emoticons", "great :) and sad :-( ;P", "great|:)|and|sad|:-(|;P"},
		{"colon before a bracket is no emoticon", "(see note:)", "(|see|note|:|)"},
		{"separator line", "***** end =====", "*****|end|====="},
		{"cannot", "cannot", "can|not"},
		{"gonna", "Gonna", "Gon|na"},
		{"o'clock stays whole", "five o'clock", "five|o'clock"},
		{"irish name stays whole", "O'Neill's", "O'Neill|'s"},
		{"curly quotes", "“the positions are quite distant.”", "“|the|positions|are|quite|distant|.|”"},
		{"single quotes", "‘yes’", "‘|yes|’"},
		{"brackets", "(FSB) [sic]", "(|FSB|)|[|sic|]"},
		{"ascii double quotes", `"Go," he said.`, `"|Go|,|"|he|said|.`},
		{"non-ASCII letters", "Zürich café naïve Łódź", "Zürich|café|naïve|Łódź"},
		{"no-break space", "10\u00a0km", "10|km"},
		{"invalid bytes join the word", "ab\xffcd \xfe", "ab\xffcd|\xfe"},
		{"empty", "", ""},
		{"only space", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in, 0)
			checkTokens(t, tt.in, toks, 0, len(tt.in))
			got := strings.Join(tokenTexts(toks), "|")
			if got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeForms(t *testing.T) {
	toks := Tokenize("Russia’s “allies” didn’t ‘say’ don't", 0)
	got := tokenForms(toks)
	want := []string{"Russia", "'s", `"`, "allies", `"`, "did", "n't", "'", "say", "'", "do", "n't"}
	if got := tokenForms(Tokenize("sow[ing]", 0)); !reflect.DeepEqual(got, []string{"sowing"}) {
		t.Errorf("forms of an insertion: %q", got)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("forms\n got %q\nwant %q", got, want)
	}
}

func TestTokenizeOffsets(t *testing.T) {
	const doc = "He said, “Russia’s  talks—can't wait.”"
	const k = 3 // tokenize the tail "said, …" with its document offset
	toks := Tokenize(doc[k:], k)
	checkTokens(t, doc, toks, k, len(doc))
	type span struct {
		start, end int
		text       string
	}
	var got []span
	for _, tok := range toks {
		got = append(got, span{tok.Start, tok.End, tok.Text})
	}
	want := []span{
		{3, 7, "said"}, {7, 8, ","}, {9, 12, "“"}, {12, 18, "Russia"}, {18, 22, "’s"},
		{24, 29, "talks"}, {29, 32, "—"}, {32, 34, "ca"}, {34, 37, "n't"}, {38, 42, "wait"},
		{42, 43, "."}, {43, 46, "”"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spans\n got %v\nwant %v", got, want)
	}
}
