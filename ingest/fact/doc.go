// Package fact gives each statement a fact identity: an id equal for the
// statements that report the same real-world event, within a document and
// across the documents of one story.
//
// An identity has these parts, hashed into annals.Statement.Fact (see ID
// and Ledger):
//
//   - the statement's event class: its verb's lemma, or for a noun that
//     names an act the verb WordNet derives it from ("acquisition" and
//     "acquire" are one class, "earthquake" and "quake" another; see
//     Classes); two verbs one story uses that share a sense are one class
//     there (Synonyms);
//   - the story: the document itself (Stage), or the earlier documents of
//     the run whose words the document shares, one of them dated within a
//     week and none more than two weeks away (Stories);
//   - the evidence that two statements tell one act (Ledger): the same
//     actor, or with no actor the same head word (with no modifier or
//     name apart: "a law degree" is no "bachelor's degree"), as agent and
//     as patient, or none named on one side ("X was arrested", "the
//     arrest"); a pronoun no actor was found for, or some of a group ("one
//     of the candidates"), agrees with no one; known dates that overlap;
//     no other names after one preposition, no other numbers in the
//     qualifiers, no other places in the object and qualifiers; a synonym
//     only with the same arguments named; and a statement past a
//     document's lead joins only a fact its document tells of in its lead
//     or at most Near sentences away;
//   - the mode: a negated act and one not yet done are facts apart from
//     the act done;
//   - for the verbs that say nothing of an event of their own (reporting
//     verbs "say", "tell"; "be", "have"; verbs of a state; roles), for a
//     statement that holds in general or by habit (generic, or in the
//     simple present past the first sentence, an infinitive in its
//     clause's tense), for a verb read into a title ("accredited
//     reporter") and for an act only
//     possible ("can", "would"): the statement itself, so that "X said"
//     twice stays two facts.
//
// The id is a deterministic function of what the statement says and of the
// story, so that an article added later joins the facts already made with
// no rebuild: Stories assigns each new document to a story once, in input
// order, and never moves an earlier one (see Stories for what that costs).
package fact
