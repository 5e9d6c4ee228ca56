// Package fact gives each statement a fact identity: an id equal for the
// statements that report the same real-world event, within a document and
// across the documents of one story.
//
// An identity has three parts, hashed into annals.Statement.Fact (see ID):
//
//   - the statement's event class: its verb's lemma, or for a noun that
//     names an act the verb WordNet derives it from ("acquisition" and
//     "acquire" are one class, "earthquake" and "quake" another; see
//     Classes);
//   - the story: the document itself (Stage), or the earlier document of
//     the run whose words the document shares (Stories);
//   - for the verbs that say nothing of an event of their own (reporting
//     verbs "say", "tell"; "be", "have"; roles): the subject's actor or
//     words, so that "X said" and "Y said" stay two facts.
//
// The id is a deterministic function of what the statement says and of the
// story, so that an article added later joins the facts already made with
// no rebuild: Stories assigns each new document to a story once, in input
// order, and never moves an earlier one (see Stories for what that costs).
package fact
