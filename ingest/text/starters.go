package text

// sentenceStarters are capitalised function words that commonly open an
// English sentence and rarely follow an abbreviation inside one, so
// "U.S. The" or "Inc. He" is taken as a sentence break.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "You": true,
	"His": true, "Her": true, "Its": true, "Their": true, "Our": true, "My": true, "Your": true,
	"There": true, "Here": true, "But": true, "And": true, "Or": true, "So": true, "Yet": true,
	"If": true, "When": true, "While": true, "After": true, "Before": true, "As": true,
	"Although": true, "Though": true, "Because": true, "However": true, "Meanwhile": true,
	"In": true, "On": true, "At": true, "For": true, "From": true, "With": true, "By": true,
	"What": true, "Why": true, "How": true, "Who": true, "Where": true, "Which": true,
	"Some": true, "Many": true, "Most": true, "All": true, "Both": true, "Each": true,
	"Such": true, "Still": true, "Then": true, "Now": true, "Today": true, "Also": true,
	"Please": true, "Thanks": true, "Thank": true, "Is": true, "Are": true, "Was": true,
	"Do": true, "Does": true, "Did": true, "Can": true, "Will": true, "Would": true,
}

// isSentenceStarter reports whether the token w is a sentence starter.
func isSentenceStarter(w string) bool { return sentenceStarters[w] }

// runOnWords are lowercase function words after which a line break is a
// hard wrap inside a sentence rather than the end of a heading.
var runOnWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "by": true, "for": true, "with": true, "from": true, "into": true,
	"and": true, "or": true, "but": true, "nor": true, "as": true, "than": true,
	"that": true, "which": true, "who": true, "whose": true, "whom": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "can": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true,
	"your": true, "this": true, "these": true, "those": true, "said": true,
}

// calendarNames are the weekday and month names, which often follow a
// time inside a sentence ("at 9 a.m. Monday").
var calendarNames = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true,
}

// isCalendarName reports whether w is a weekday or month name.
func isCalendarName(w string) bool { return calendarNames[w] }
