package actor

import (
	"strings"

	"github.com/annals/annals"
)

// pronounWords are the English pronouns that stand for something the
// sentence does not name: personal, reflexive, demonstrative, relative and
// indefinite ones. Language is ingest's business: the store only encodes
// the Pronoun flag set from this list.
var pronounWords = func() map[string]bool {
	m := map[string]bool{"no one": true}
	for _, w := range strings.Fields(`i me you he him she her it we us they them
		myself yourself himself herself itself ourselves yourselves themselves
		this that these those who whom which what whoever whatever
		one someone somebody something anyone anybody anything everyone everybody everything
		nobody nothing none all both each either neither another others some many few several`) {
		m[w] = true
	}
	return m
}()

// markPronouns sets Pronoun on every subject and object of the statements
// that is a pronoun no actor was found for, so that the store gives it a
// node of its statement's own rather than one shared by every unresolved
// "it" of every document. A source (Attribution) has no node unless it is
// an actor, so the flag would be lost in the store; it is left unset.
func markPronouns(sts []annals.Statement) {
	for i := range sts {
		st := &sts[i]
		for _, arg := range []*annals.Argument{&st.Subject, st.Object} {
			if arg != nil && arg.Actor == "" && pronounWords[strings.ToLower(arg.Label())] {
				arg.Pronoun = true
			}
		}
	}
}
