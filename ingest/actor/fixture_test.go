package actor

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// The fixtures of the actor tests: a tiny tokenizer and hand tagger that
// turn short texts into analysed sentences, so that the tests depend on no
// other stage.

// fixtureTables are the embedded tables, which the tests resolve actors
// with and the fixture tagger reads demonyms from.
var fixtureTables = func() *Tables {
	t, err := DefaultTables()
	if err != nil {
		panic(err) // a test's failure: the embedded tables are checked in tables_test.go
	}
	return t
}()

// fixtureLexicon tags the closed-class and common words of the test texts;
// other lower-case words are nouns (verbs when they end in -ed), and
// capitalised words are proper nouns unless listed here.
var fixtureLexicon = map[string][2]string{
	"the": {"DET", "DT"}, "a": {"DET", "DT"}, "an": {"DET", "DT"}, "this": {"DET", "DT"},
	"these": {"DET", "DT"}, "both": {"DET", "DT"}, "no": {"DET", "DT"},
	"he": {"PRON", "PRP"}, "she": {"PRON", "PRP"}, "they": {"PRON", "PRP"}, "it": {"PRON", "PRP"},
	"him": {"PRON", "PRP"}, "them": {"PRON", "PRP"}, "her": {"PRON", "PRP"}, "who": {"PRON", "WP"},
	"which": {"PRON", "WDT"}, "our": {"PRON", "PRP$"}, "one": {"NUM", "CD"},
	"i": {"PRON", "PRP"}, "me": {"PRON", "PRP"}, "my": {"PRON", "PRP$"}, "we": {"PRON", "PRP"},
	"us": {"PRON", "PRP"}, "you": {"PRON", "PRP"}, "your": {"PRON", "PRP$"}, "am": {"AUX", "VBP"},
	"need": {"VERB", "VBP"}, "study": {"VERB", "VBP"}, "read": {"VERB", "VBD"}, "found": {"VERB", "VBD"},
	"would": {"AUX", "MD"}, "what": {"PRON", "WP"}, "did": {"AUX", "VBD"},
	"funded": {"VERB", "VBN"}, "repeated": {"VERB", "VBN"}, "are": {"AUX", "VBP"},
	"although": {"SCONJ", "IN"}, "why": {"ADV", "WRB"}, "how": {"ADV", "WRB"},
	"in": {"ADP", "IN"}, "at": {"ADP", "IN"}, "of": {"ADP", "IN"}, "for": {"ADP", "IN"},
	"from": {"ADP", "IN"}, "near": {"ADP", "IN"}, "with": {"ADP", "IN"}, "on": {"ADP", "IN"},
	"by": {"ADP", "IN"}, "between": {"ADP", "IN"}, "during": {"ADP", "IN"}, "across": {"ADP", "IN"},
	"about": {"ADP", "IN"}, "to": {"PART", "TO"}, "according": {"VERB", "VBG"}, "despite": {"ADP", "IN"},
	"following": {"VERB", "VBG"}, "recently": {"ADV", "RB"}, "also": {"ADV", "RB"},
	"and": {"CCONJ", "CC"}, "or": {"CCONJ", "CC"}, "but": {"CCONJ", "CC"}, "that": {"SCONJ", "IN"},
	"said": {"VERB", "VBD"}, "says": {"VERB", "VBZ"}, "met": {"VERB", "VBD"}, "told": {"VERB", "VBD"},
	"has": {"AUX", "VBZ"}, "have": {"AUX", "VBP"}, "is": {"AUX", "VBZ"}, "was": {"AUX", "VBD"},
	"will": {"AUX", "MD"}, "not": {"PART", "RB"}, "launched": {"VERB", "VBD"}, "spoke": {"VERB", "VBD"},
	"'s": {"PART", "POS"}, "expects": {"VERB", "VBZ"}, "meet": {"VERB", "VB"}, "visit": {"VERB", "VB"},
	"won": {"VERB", "VBD"}, "arrived": {"VERB", "VBD"}, "fell": {"VERB", "VBD"},
	"as": {"SCONJ", "IN"}, "officials": {"NOUN", "NNS"}, "priority": {"NOUN", "NN"}, "former": {"ADJ", "JJ"}, "new": {"ADJ", "JJ"},
}

// fixtureDemonymTag is how the tagger tags demonyms: as adjectives, the
// hardest case for the stage (a real tagger often says NNP instead).
var fixtureDemonymTag = [2]string{"ADJ", "JJ"}

// fixtureLemmas gives the lemmas the tests rely on.
var fixtureLemmas = map[string]string{
	"said": "say", "says": "say", "told": "tell", "met": "meet", "launched": "launch",
	"remarked": "remark", "acknowledged": "acknowledge", "indicated": "indicate",
	"announced": "announce", "stated": "state", "spoke": "speak", "arrived": "arrive",
	"are": "be", "is": "be", "am": "be", "was": "be", "has": "have", "have": "have",
}

// fixtureTokens splits text into tokens: at spaces, before trailing
// punctuation, after opening quotes, and before the possessive "'s".
func fixtureTokens(text string, offset int) []analysis.Token {
	var toks []analysis.Token
	add := func(a, b int) {
		if a < b {
			toks = append(toks, analysis.Token{Span: annals.Span{Text: text[a:b], Start: offset + a, End: offset + b}})
		}
	}
	isPunct := func(r rune) bool { return strings.ContainsRune(`,.;:!?"“”()`, r) }
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if isPunct(r) {
			add(i, i+n)
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) || (isPunct(r) && r != '.') {
				break
			}
			if r == '.' && (j+n == len(text) || unicode.IsSpace(rune(text[j+n]))) && !isAbbrevWord(text[i:j+n]) {
				break
			}
			j += n
		}
		word := text[i:j]
		switch {
		case strings.HasSuffix(word, "'s") && len(word) > 2:
			add(i, j-len("'s"))
			add(j-len("'s"), j)
		case strings.HasSuffix(word, "’s") && len(word) > len("’s"):
			add(i, j-len("’s"))
			add(j-len("’s"), j)
		default:
			add(i, j)
		}
		i = j
	}
	return toks
}

// isAbbrevWord reports whether a word ending in a period keeps it
// ("Mr.", "U.S.").
func isAbbrevWord(w string) bool {
	switch w {
	case "Mr.", "Mrs.", "Dr.", "Gen.", "U.S.", "U.K.", "Inc.", "Ltd.", "Sen.":
		return true
	}
	return isInitial(w)
}

// tagFixture fills Form, UPOS, XPOS and Lemma of a sentence's tokens.
func tagFixture(toks []analysis.Token) {
	for k := range toks {
		tok := &toks[k]
		tok.Form = strings.NewReplacer("’", "'", "“", `"`, "”", `"`).Replace(tok.Text)
		tok.Head = -1
		lower := strings.ToLower(tok.Form)
		r, _ := utf8.DecodeRuneInString(tok.Form)
		tags, listed := fixtureLexicon[lower]
		switch {
		case listed:
		case fixtureTables.demonymCountry[tok.Form] != "":
			tags = fixtureDemonymTag
		case unicode.IsPunct(r):
			tags = [2]string{"PUNCT", tok.Form}
		case unicode.IsDigit(r):
			tags = [2]string{"NUM", "CD"}
		case unicode.IsUpper(r):
			tags = [2]string{"PROPN", "NNP"}
		case strings.HasSuffix(lower, "ed"):
			tags = [2]string{"VERB", "VBD"}
		case strings.HasSuffix(lower, "s") && !strings.HasSuffix(lower, "ss"):
			tags = [2]string{"NOUN", "NNS"}
		default:
			tags = [2]string{"NOUN", "NN"}
		}
		tok.UPOS, tok.XPOS = tags[0], tags[1]
		tok.Lemma = tok.Form
		if l, ok := fixtureLemmas[lower]; ok {
			tok.Lemma = l
		} else if tok.UPOS != "PROPN" {
			tok.Lemma = lower
		}
	}
}

// fixtureAnalysis makes an analysis of a text: sentences end at ". ", "? "
// and "! " and at line breaks.
func fixtureAnalysis(text string) *analysis.Analysis {
	a := &analysis.Analysis{Document: annals.Document{ID: "fixture", Text: text}}
	start := 0
	flush := func(end int) {
		chunk := text[start:end]
		lead := len(chunk) - len(strings.TrimLeftFunc(chunk, unicode.IsSpace))
		chunk = strings.TrimSpace(chunk)
		if chunk != "" {
			s := analysis.Sentence{Index: len(a.Sentences), Span: annals.Span{Text: chunk, Start: start + lead, End: start + lead + len(chunk)}}
			s.Tokens = fixtureTokens(chunk, start+lead)
			tagFixture(s.Tokens)
			a.Sentences = append(a.Sentences, s)
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\n':
			flush(i + 1)
		case (text[i] == '.' || text[i] == '?' || text[i] == '!') && !isAbbrevWord(lastWord(text[start:i+1])):
			end := i + 1
			for _, quote := range []string{"”", `"`} {
				if strings.HasPrefix(text[end:], quote) {
					end += len(quote)
				}
			}
			if end < len(text) && text[end] == ' ' {
				flush(end)
				i = end - 1
			}
		}
	}
	flush(len(text))
	return a
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// fixtureArgument makes an argument of the n-th (from 1) occurrence of
// phrase in the text.
func fixtureArgument(t testing.TB, text, phrase string, n int) *annals.Argument {
	t.Helper()
	at := -1
	for k := 0; k < n; k++ {
		next := strings.Index(text[at+1:], phrase)
		if next < 0 {
			t.Fatalf("%q occurs fewer than %d times", phrase, n)
		}
		at += 1 + next
	}
	return &annals.Argument{Span: annals.Span{Text: phrase, Start: at, End: at + len(phrase)}}
}

// fixtureStatement adds a statement with the given subject (first
// occurrence of its text at or after the n-th occurrence), predicate
// lemma and optional object and attribution phrases ("" for none).
type fixtureStatement struct {
	subject     string
	nth         int // occurrence of the subject, from 1; 0 means 1
	lemma       string
	object      string
	attribution string
	verb        string // the predicate's words, from the subject on; "" for no span
}

// addStatements adds statements to an analysis, each in the sentence of
// its subject.
func addStatements(t testing.TB, a *analysis.Analysis, specs ...fixtureStatement) {
	t.Helper()
	for _, spec := range specs {
		nth := max(spec.nth, 1)
		subj := fixtureArgument(t, a.Document.Text, spec.subject, nth)
		st := annals.Statement{Doc: a.Document.ID, Subject: *subj, Predicate: annals.Predicate{Lemma: spec.lemma}}
		for _, s := range a.Sentences {
			if s.Start <= subj.Start && subj.Start < s.End {
				st.Sentence = s.Index
			}
		}
		if spec.object != "" {
			st.Object = fixtureArgumentAfter(t, a.Document.Text, spec.object, subj.Start)
		}
		if spec.attribution != "" {
			st.Attribution = fixtureArgumentAfter(t, a.Document.Text, spec.attribution, subj.Start)
		}
		if spec.verb != "" {
			st.Predicate.Span = fixtureArgumentAfter(t, a.Document.Text, spec.verb, subj.Start).Span
		}
		a.Statements = append(a.Statements, st)
	}
}

// fixtureArgumentAfter makes an argument of the first occurrence of phrase
// at or after offset from.
func fixtureArgumentAfter(t testing.TB, text, phrase string, from int) *annals.Argument {
	t.Helper()
	k := strings.Index(text[from:], phrase)
	if k < 0 {
		t.Fatalf("%q does not occur after offset %d", phrase, from)
	}
	at := from + k
	return &annals.Argument{Span: annals.Span{Text: phrase, Start: at, End: at + len(phrase)}}
}
