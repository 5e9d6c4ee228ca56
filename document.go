package annals

import "time"

// DateSource says where a document's date came from.
type DateSource string

// The places a document date is taken from, in the order ingest tries them.
const (
	DateNone        DateSource = ""             // no date was found
	DateFlag        DateSource = "flag"         // given on the command line (--date)
	DateField       DateSource = "field"        // the "date" field of a JSON Lines record
	DateFrontMatter DateSource = "front-matter" // a "date:" line opening a text file
	DateDateline    DateSource = "dateline"     // a dateline such as "Friday, January 4, 2019" opening the text
)

// Document is one news article as read from its source.
type Document struct {
	ID    string // stable: the JSON Lines or front-matter id, else the file name, else derived from a hash of Text
	Title string
	URL   string
	// Date is the day the article was written (UTC midnight); zero when unknown.
	// Relative time expressions ("on Wednesday") are resolved against it.
	Date       time.Time
	DateSource DateSource
	Text       string
	// Origin names where the document was read from, such as "news.jsonl:12"
	// or "article.txt", for messages.
	Origin string
	// Meta keeps the other fields of a JSON Lines record: strings as they are,
	// other values as their JSON text.
	Meta map[string]string
}

// Span is a stretch of a document's text: Text is exactly Text[Start:End] of
// that document, with UTF-8 byte offsets, End exclusive.
type Span struct {
	Text  string
	Start int
	End   int
}

// Valid reports whether s is a well-formed span of text.
func (s Span) Valid(text string) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) && text[s.Start:s.End] == s.Text
}
