package annals

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ActorType is the kind of an actor.
type ActorType string

// Actor types.
const (
	ActorPerson       ActorType = "PERSON"
	ActorOrganization ActorType = "ORGANIZATION" // government bodies, armed forces, delegations, companies
	ActorCountry      ActorType = "COUNTRY"
	ActorPlace        ActorType = "PLACE"
	ActorUnknown      ActorType = "UNKNOWN"
)

// Actor is a person, organisation or place: one node however it is mentioned.
type Actor struct {
	ID      string // stable slug of the canonical name, such as "volodymyr-zelensky"
	Name    string // canonical name
	Type    ActorType
	Aliases []string // other names it was mentioned by, sorted
	// Country is the id of the country a group belongs to ("the Ukrainian
	// delegation" → "ukraine") or a person serves; "" when the text does not say.
	Country string
	// StandsFor is the id of the country whose government a capital or a
	// seat of government names when it acts ("Moscow said", "the Kremlin
	// denied"): metonymy made explicit, never merged silently; "" otherwise.
	StandsFor string
}

// Extraction is what ingest makes of one document: the unit the store writes
// at once, so that a document is either wholly stored or not at all.
type Extraction struct {
	Document   Document
	Sentences  []Span // the document's sentences, in order; Statement.Sentence indexes this
	Statements []Statement
	Actors     []Actor // every actor the document names
}

// Slug turns a name into an id: lower case ASCII letters and digits joined
// by hyphens, accents folded ("Recep Tayyip Erdoğan" → "recep-tayyip-erdogan").
// Names with no letters or digits give "".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r)) // keep non-Latin letters rather than lose the name
		default:
			dash = true
		}
	}
	return b.String()
}
