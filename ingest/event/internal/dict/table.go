// Package dict reads the PETRARCH2 CAMEO verb-pattern dictionary and the
// Phoenix agents dictionary (formats in PETRARCH2's dictionaries.rst) into a
// Table: the compact form the event coder embeds. The generator in
// ../gen writes the Table; package event reads it.
package dict

// Table is what the event coder needs of the dictionaries. All words are
// lower case; multi-word phrases have their words joined by single spaces.
// Slices keep the dictionaries' order, so the same files give the same
// Table.
type Table struct {
	Synsets []Synset
	Blocks  []Block
	Agents  []Agent
}

// Synset is a named set of synonymous phrases ("&PROPOSAL": proposal,
// proposals, proposition, ...), regular plurals included.
type Synset struct {
	Name    string // without the "&"
	Phrases []string
}

// Block is a verb synonym block: verbs close enough in meaning to share
// patterns, the block's default code and its patterns.
type Block struct {
	Name     string // the header's description: "ACCELERATE", "PHYSICAL_CONFLICT"
	Code     string // default CAMEO code of its verbs; "" for the null code [---]
	Verbs    []Verb
	Patterns []Pattern
}

// Verb is one verb of a block, possibly with words that must come before or
// after it ("+ASK_FOR", "WIRE_+TAP").
type Verb struct {
	Head   string   // the verb word as written ("ask")
	Before []string // words that come before the verb ("wire" in "wire tap")
	After  []string // words that follow it: particles ("for" in "ask for")
	Forms  []string // every inflected form of Head, Head itself first
	// Code is the verb's own code ("ASK [020]"); "" when it has none and
	// takes the block's.
	Code string
	// Null is set for a verb whose own code is the null code ("HOLD
	// [---]" among the CONFINE verbs, 170): alone it codes nothing.
	Null bool
	// Usual is the code the patterns written for this verb agree on, as
	// the generator derives it, for a verb whose block has the null code:
	// REJECT has none of its own, but most of its patterns are 12x. "" when
	// they do not agree.
	Usual string
	// Alone is set for a verb that names its event by itself (see the
	// list Alone): only such a verb codes without a pattern.
	Alone bool
	// Intransitive restricts Alone to a verb without an object (see
	// AloneIntransitive).
	Intransitive bool
}

// Pattern is one verb pattern: the nouns before the verb (the subject's),
// the words after it (particles and object nouns), the prepositional
// phrases after it, and the code they give.
type Pattern struct {
	Subject []Phrase
	Object  []Phrase
	Preps   []Prep
	Code    string // CAMEO code for subject → object; "" for the null code
	// Reverse is the code for object → subject where the dictionary gives
	// one ("[042:043]": a visit by A is a hosting by B).
	Reverse string
	Verb    string // the verb the pattern was written for, from its comment
}

// Phrase is a run of words whose last word is its head; a word "&NAME"
// stands for any phrase of the synset NAME.
type Phrase []string

// Prep is a prepositional phrase of a pattern: "(AGAINST REVOLT)". Object
// is empty when any object, or none, will do: "(TO)".
type Prep struct {
	Prep   string
	Object Phrase
}

// Agent is a noun that names an agent of some sector: "minister" → GOV,
// "soldier" → MIL.
type Agent struct {
	Phrase string
	// Code is the Phoenix agent code without its "~" ("GOVFRM"); its first
	// three letters are the sector.
	Code string
	// Prefix is set for codes written "CODE~": the code goes before the
	// actor's ("NGO~"), not after it.
	Prefix bool
}
