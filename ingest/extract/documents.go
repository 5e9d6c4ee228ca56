package extract

import (
	"slices"
	"strings"
)

// documentNouns name a text that says something: "the letter reads",
// "reads the motion".
var documentNouns = map[string]bool{
	"motion": true, "letter": true, "statement": true, "document": true, "report": true, "bill": true,
	"petition": true, "resolution": true, "note": true, "message": true, "notice": true, "sign": true,
	"text": true, "post": true, "tweet": true, "release": true, "memo": true, "order": true, "ruling": true,
	"judgment": true, "judgement": true, "verdict": true, "decision": true, "declaration": true,
	"headline": true, "caption": true, "banner": true, "placard": true, "inscription": true, "plaque": true,
	"email": true, "e-mail": true, "complaint": true, "lawsuit": true, "filing": true, "indictment": true,
	"affidavit": true, "communique": true, "communiqué": true, "editorial": true, "manifesto": true,
	"card": true, "label": true, "poster": true, "leaflet": true, "flyer": true, "sentence": true,
	"citation": true, "warrant": true, "agreement": true, "treaty": true, "clause": true, "passage": true,
	"summary": true, "transcript": true, "warning": true, "announcement": true, "law": true, "article": true,
}

// documentReading reports a "read" whose subject is a text ("the letter
// reads", "the sign read"): the text says what follows, like a speaker.
func (t *tree) documentReading(v int) bool {
	if t.lemma(v) != "read" {
		return false
	}
	s := t.child(v, "nsubj")
	return s >= 0 && documentNouns[strings.ToLower(t.lemma(s))]
}

// documentReads mends a "read" after what a text says, with the text
// after it (`"...," reads the motion`, `..., read the statement`): the
// parse takes the text for the object, and a subject from elsewhere reads
// it ("Congress read the motion"). The text is the subject, and a clause
// the parse coordinated with the "read" or hung on it before is what the
// text says.
func (t *tree) documentReads() {
	for v := 2; v+1 < len(t.toks); v++ {
		if t.toks[v].UPOS != "VERB" || t.lemma(v) != "read" {
			continue
		}
		if prev := t.toks[v-1].Form; prev != "," && !isQuote(prev) {
			continue
		}
		if s := t.subjectChild(v); s >= 0 && s < v {
			continue
		}
		n := -1
		for _, k := range t.kids[v] {
			if k > v && t.is(k, "obj", "nsubj") && documentNouns[strings.ToLower(t.lemma(k))] {
				n = k
				break
			}
		}
		if n < 0 || t.firstOf(n) != v+1 {
			continue // the text's words right after the verb
		}
		if h := t.head(v); t.is(v, "conj", "advcl", "parataxis") && h >= 0 && h < v {
			// `"...", reads the letter` read as a second act of the
			// quote, or as one that qualifies it
			t.rehang(v, t.head(h), t.rel(h))
			t.rehang(h, v, "ccomp")
			for _, k := range slices.Clone(t.kids[h]) {
				if k > v {
					t.rehang(k, v, t.rel(k)) // the full stop is the sentence's
				}
			}
		}
		for _, k := range slices.Clone(t.kids[v]) {
			if k < v && t.is(k, "advcl", "parataxis") && t.subjectChild(k) >= 0 {
				t.rehang(k, v, "ccomp") // "Because only the board may ..., reads the motion"
			}
		}
		if !t.is(n, "nsubj") {
			t.rehang(n, v, "nsubj")
		}
	}
}
