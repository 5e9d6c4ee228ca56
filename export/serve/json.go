package serve

import (
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/graph"
)

// The JSON forms of the API. Statements have the shape of
// `annals timeline --json`, plus a label and, on request, their source
// sentence. Offsets are UTF-8 byte offsets into the document text, except
// the *16 fields, which count UTF-16 code units for JavaScript strings.

type statementJSON struct {
	export.StatementJSON
	Label    string      `json:"label"`         // "return (offered)", as a timeline shows it
	Shown    string      `json:"shown_subject"` // the subject as a timeline shows it (export.Subject)
	Rest     string      `json:"complement"`    // object and phrases as a timeline shows them (export.Complement)
	Day      string      `json:"day,omitempty"` // the day the timeline places it at (annals.Time.Placed)
	When     string      `json:"when"`          // its time for people: "2025-07-23", "by 2025-08-31", "2020", "undated"
	Happened bool        `json:"happened"`      // neither negated nor modal
	Source   *sourceJSON `json:"source,omitempty"`
}

// sourceJSON is where a statement stands: its document and sentence, with
// the statement's parts marked in the sentence.
type sourceJSON struct {
	Doc      string       `json:"doc"`
	Title    string       `json:"title,omitempty"`
	URL      string       `json:"url,omitempty"`
	Date     string       `json:"date,omitempty"`
	Sentence sentenceJSON `json:"sentence"`
}

type sentenceJSON struct {
	Index   int    `json:"index"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Start16 int    `json:"start16"` // in the document text
	End16   int    `json:"end16"`
	// Marks are the statement's parts within Text, in UTF-16 units from
	// the sentence start: subject, predicate, object, time.
	Marks []markJSON `json:"marks"`
}

type markJSON struct {
	Role  string `json:"role"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type actorJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	Aliases    []string `json:"aliases,omitempty"`
	Statements int      `json:"statements"`
	First      string   `json:"first,omitempty"`
	Last       string   `json:"last,omitempty"`
}

type documentJSON struct {
	ID         string            `json:"id"`
	Title      string            `json:"title,omitempty"`
	URL        string            `json:"url,omitempty"`
	Date       string            `json:"date,omitempty"`
	DateSource string            `json:"date_source,omitempty"`
	Text       string            `json:"text"`
	Meta       map[string]string `json:"meta,omitempty"`
}

// listJSON is a bounded list: Total counts what the request selected,
// Items holds at most the limit of them from Offset on.
type listJSON[T any] struct {
	Total     int  `json:"total"`
	Offset    int  `json:"offset"`
	Truncated bool `json:"truncated"` // more items follow Items
	Items     []T  `json:"items"`
}

type dayJSON struct {
	Day        string          `json:"day"` // the statements' "when"
	Statements []statementJSON `json:"statements"`
}

type relationJSON struct {
	A      actorJSON         `json:"a"`
	B      actorJSON         `json:"b"`
	Direct []statementJSON   `json:"direct"`
	Path   []string          `json:"path"`
	Steps  [][]statementJSON `json:"steps"`
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func toActorJSON(a annals.Actor) actorJSON {
	return actorJSON{ID: a.ID, Name: a.Name, Type: string(a.Type), Aliases: a.Aliases}
}

func toSummaryJSON(a graph.ActorSummary) actorJSON {
	j := toActorJSON(a.Actor)
	j.Statements, j.First, j.Last = a.Statements, export.AtPrecision(a.First, a.FirstPrecision), export.AtPrecision(a.Last, a.LastPrecision)
	return j
}

func toDocumentJSON(d annals.Document) documentJSON {
	return documentJSON{ID: d.ID, Title: d.Title, URL: d.URL, Date: dateText(d.Date),
		DateSource: string(d.DateSource), Text: d.Text, Meta: d.Meta}
}

func toStatementJSON(s annals.Statement, names map[string]string) statementJSON {
	return statementJSON{
		StatementJSON: export.NewStatementJSON(s, names),
		Label:         verbLabel(s),
		Shown:         export.Subject(s, names),
		Rest:          export.Complement(s, names),
		Day:           dateText(s.Time.Placed()),
		When:          export.When(s.Time),
		Happened:      !s.Negated && s.Modality == "",
	}
}

// verbLabel is the predicate as a timeline shows it: "not meet",
// "return (offer)".
func verbLabel(s annals.Statement) string {
	l := export.Verb(s)
	if s.Negated {
		l = "not " + l
	}
	if s.Modality != "" {
		l += " (" + s.Modality + ")"
	}
	return l
}

// toSourceJSON describes the sentence of s within doc's text.
func toSourceJSON(s annals.Statement, doc annals.Document, sentence annals.Span) *sourceJSON {
	src := &sourceJSON{Doc: doc.ID, Title: doc.Title, URL: doc.URL, Date: dateText(doc.Date)}
	text := doc.Text
	if sentence.Start < 0 || sentence.Start > sentence.End || sentence.End > len(text) {
		return src
	}
	src.Sentence = sentenceJSON{Index: s.Sentence, Start: sentence.Start, End: sentence.End,
		Text: text[sentence.Start:sentence.End], Start16: utf16Len(text[:sentence.Start])}
	src.Sentence.End16 = src.Sentence.Start16 + utf16Len(src.Sentence.Text)
	mark := func(role string, sp annals.Span) {
		if sp.Start < sentence.Start || sp.End > sentence.End || sp.Start >= sp.End {
			return
		}
		start := utf16Len(text[sentence.Start:sp.Start])
		src.Sentence.Marks = append(src.Sentence.Marks,
			markJSON{Role: role, Start: start, End: start + utf16Len(text[sp.Start:sp.End])})
	}
	mark("subject", s.Subject.Span)
	mark("predicate", s.Predicate.Span)
	if s.Object != nil {
		mark("object", s.Object.Span)
	}
	if s.Time != nil && s.Time.Expr != nil {
		mark("time", *s.Time.Expr)
	}
	return src
}

// utf16Len is the length of s in UTF-16 code units, as JavaScript counts.
func utf16Len(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		n += utf16.RuneLen(r)
		s = s[size:]
	}
	return n
}
