package actor

import (
	"testing"

	"github.com/annals/annals"
)

// TestInterviews: the turns of an interview, its speaker labels and the
// first and second person of its turns; one case per rule.
func TestInterviews(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "the interviewer's label is no actor; the answer's I, my and past we (not present, not passive) are the interviewee",
		text: "Wikinews interviewed Anna Novak about her research.\n" +
			"((WN)) What do you study?\n" +
			"((Anna Novak)) I study penguins. My team tagged them.\n" +
			"((WN)) Where did you go?\n" +
			"((Anna Novak)) We travelled to Chile. We need more data. We are funded. We repeated it.\n",
		statements: []fixtureStatement{
			{subject: "you", lemma: "study"},
			{subject: "I", lemma: "study", object: "penguins", verb: "study"},
			{subject: "We", lemma: "travel", verb: "travelled"},
			{subject: "We", nth: 2, lemma: "need", object: "more data", verb: "need"},
			{subject: "WN", lemma: "do"},
			{subject: "We", nth: 3, lemma: "fund", verb: "are funded"},
			{subject: "We", nth: 4, lemma: "repeat", object: "it", verb: "repeated"},
		},
		actors:     []wantActor{{"anna-novak", annals.ActorPerson, nil}},
		absent:     []string{"wn"},
		arguments:  []ArgumentActors{{Subject: "anna-novak"}, {Subject: "anna-novak"}, {Subject: "anna-novak"}, {}, {}, {}, {Subject: "anna-novak"}},
		mentions:   map[string]string{"I": "anna-novak", "My": "anna-novak", "Anna Novak": "anna-novak"},
		notMention: []string{"WN"},
	}, {
		name: "a bare name or initials open an answer: the label leaves the subject",
		text: "Professor Michael Siegel led the study. Siegel spoke to Wikinews.\n" +
			"((WN)) Why this subject?\n" +
			"Michael Siegel I am a professor of public health.\n" +
			"((WN)) How old are the data?\n" +
			"MS Although we used old data, I repeated the analysis.\n" +
			"((WN)) What comes next?\n" +
			"MS We look at state laws.\n",
		statements: []fixtureStatement{
			{subject: "Michael Siegel I", lemma: "be", object: "a professor of public health"},
			{subject: "I", nth: 2, lemma: "repeat", object: "the analysis"},
			{subject: "we", lemma: "use", object: "old data", verb: "used"},
		},
		actors:     []wantActor{{"michael-siegel", annals.ActorPerson, []string{"Professor Michael Siegel", "Siegel"}}},
		absent:     []string{"ms", "wn"},
		arguments:  []ArgumentActors{{Subject: "michael-siegel"}, {Subject: "michael-siegel"}, {Subject: "michael-siegel"}},
		notMention: []string{"MS"},
	}, {
		name: "a colon label written once and then as initials",
		text: "Natasha Gownaris answered our questions.\n" +
			"((WN)) What prompted your curiosity?\n" +
			"Natasha Gownaris: I wanted to be a scientist.\n" +
			"((WN)) How did you start?\n" +
			"NG: I joined the lab.\n" +
			"((WN)) What comes next?\n" +
			"NG: I will study chicks.\n",
		statements: []fixtureStatement{
			{subject: "I", lemma: "want"},
			{subject: "I", nth: 2, lemma: "join", object: "the lab"},
			{subject: "I", nth: 3, lemma: "study", object: "chicks"},
		},
		absent: []string{"ng", "wn"},
		arguments: []ArgumentActors{
			{Subject: "natasha-gownaris"}, {Subject: "natasha-gownaris"}, {Subject: "natasha-gownaris"},
		},
		notMention: []string{"NG"},
	}, {
		name: "in an answer, a quotation's I and a he are not the interviewee",
		text: "Wikinews interviewed Dana Reyes.\n" +
			"((WN)) Who taught you chess?\n" +
			"((Dana Reyes)) My father did. He said \"I love this game\" and I agreed.\n" +
			"((WN)) And then?\n" +
			"((Dana Reyes)) He played every day.\n",
		statements: []fixtureStatement{
			{subject: "He", lemma: "say", object: "I love this game"},
			{subject: "I", lemma: "love", object: "this game"},
			{subject: "I", nth: 2, lemma: "agree"},
			{subject: "He", nth: 2, lemma: "play"},
		},
		arguments: []ArgumentActors{{}, {}, {Subject: "dana-reyes"}, {}},
	}, {
		name: "the interviewer's own I and we stay unresolved; you is the one asked",
		text: "Wikinews spoke to Omar Haddad.\n" +
			"((WN)) We read your paper. What did you find?\n" +
			"((Omar Haddad)) I found ice.\n" +
			"((WN)) I see. Is it old?\n" +
			"((Omar Haddad)) It is old.\n",
		statements: []fixtureStatement{
			{subject: "We", lemma: "read", object: "your paper", verb: "read"},
			{subject: "you", nth: 2, lemma: "find"},
			{subject: "I", lemma: "find", object: "ice"},
			{subject: "I", nth: 2, lemma: "see"},
		},
		arguments: []ArgumentActors{{}, {Subject: "omar-haddad"}, {Subject: "omar-haddad"}, {}},
	}, {
		name: "an unlabelled question after an answer is the speaker's own",
		text: "Wikinews spoke to Omar Haddad.\n" +
			"((WN)) What did you find?\n" +
			"((Omar Haddad)) I found ice.\n" +
			"Can you be more specific?\n" +
			"((WN)) Is it old?\n" +
			"((Omar Haddad)) It is old.\n",
		statements: []fixtureStatement{
			{subject: "you", nth: 2, lemma: "be"},
		},
		arguments: []ArgumentActors{{}},
	}, {
		name: "several interviewees: each labelled answer is its speaker's",
		text: "Wikinews spoke to Eva Lind and Karl Berg.\n" +
			"((WN)) What did you find?\n" +
			"((Eva Lind)) I found a gene.\n" +
			"((Karl Berg)) I tested it.\n" +
			"((WN)) What next?\n" +
			"Can we publish?\n",
		statements: []fixtureStatement{
			{subject: "I", lemma: "find", object: "a gene"},
			{subject: "I", nth: 2, lemma: "test", object: "it"},
		},
		arguments: []ArgumentActors{{Subject: "eva-lind"}, {Subject: "karl-berg"}},
	}, {
		name: "an article that only quotes someone is no interview",
		text: "Mayor Lena Ortiz opened the bridge.\n" +
			"Ortiz said: I hope it lasts.\n" +
			"((WN)) Was it costly?\n" +
			"((WN)) Was it late?\n",
		statements: []fixtureStatement{
			{subject: "I", lemma: "hope"},
		},
		arguments: []ArgumentActors{{}},
	}, {
		name: "US in capitals is the country, not us",
		text: "Wikinews interviewed Anna Novak.\n" +
			"((WN)) What did you do?\n" +
			"((Anna Novak)) The US funded us.\n" +
			"((WN)) Why?\n" +
			"((WN)) And then?\n",
		statements: []fixtureStatement{
			{subject: "US", lemma: "fund", object: "us", verb: "funded"},
		},
		arguments: []ArgumentActors{{Subject: "united-states", Object: "anna-novak"}},
	}, {
		name: "a quotation's I is its named speaker",
		text: "Mayor Lena Ortiz opened the bridge.\n" +
			"Ortiz said, \"I am proud of this city.\"\n",
		statements: []fixtureStatement{
			{subject: "Ortiz", nth: 2, lemma: "say", object: "I am proud of this city."},
			{subject: "I", lemma: "be", object: "proud of this city"},
		},
		arguments: []ArgumentActors{{Subject: "lena-ortiz"}, {Subject: "lena-ortiz"}},
	}})
}

// TestPronounsAcrossQuotes: "he" and "she" never mean the one who speaks
// the quotation they are in, nor a place.
func TestPronounsAcrossQuotes(t *testing.T) {
	runActorCases(t, []actorCase{{
		name: "he in a quotation is not its speaker",
		text: "Tom Baker died on Sunday. His friend John Smith spoke at the funeral. Smith said, \"He was a rebel.\"",
		statements: []fixtureStatement{
			{subject: "John Smith", lemma: "speak"},
			{subject: "Smith", nth: 2, lemma: "say", object: "He was a rebel."},
			{subject: "He", lemma: "be", object: "a rebel"},
		},
		arguments: []ArgumentActors{{Subject: "john-smith"}, {Subject: "john-smith"}, {Subject: "tom-baker"}},
	}, {
		name: "she is no place whose name opens with a compass word",
		text: "Asha Rao grew up in a village. The family moved to [North Karnataka] later. She worked there.",
		statements: []fixtureStatement{
			{subject: "Asha Rao", lemma: "grow"},
			{subject: "She", lemma: "work"},
		},
		actors:    []wantActor{{"asha-rao", annals.ActorPerson, nil}},
		arguments: []ArgumentActors{{Subject: "asha-rao"}, {Subject: "asha-rao"}},
	}})
}

// TestUnlabelledSpans: Apply takes a speaker label off the argument it
// began, and the statement's id follows its new span.
func TestUnlabelledSpans(t *testing.T) {
	text := "Wikinews interviewed Anna Novak.\n" +
		"((WN)) What do you study?\n" +
		"((Anna Novak)) The penguins of Chile interest me.\n" +
		"((WN)) Why?\n" +
		"((Anna Novak)) They are rare.\n"
	a := fixtureAnalysis(text)
	addStatements(t, a, fixtureStatement{subject: "Anna Novak)) The penguins of Chile", lemma: "interest", object: "me"})
	a.Statements[0].Subject.Norm = "Anna Novak"
	before := a.Statements[0].ID
	r := Resolve(a, fixtureTables)
	r.Apply(a)
	st := a.Statements[0]
	if st.Subject.Text != "The penguins of Chile" || !st.Subject.Valid(text) || st.Subject.Norm != "" {
		t.Errorf("subject %+v, want the penguins of Chile", st.Subject)
	}
	if st.ID == before || st.ID != annals.StatementID(&st) {
		t.Errorf("statement id %q is not that of its new spans", st.ID)
	}
	if st.Object.Actor != "anna-novak" || st.Subject.Actor != "" {
		t.Errorf("actors: subject %q, object %q", st.Subject.Actor, st.Object.Actor)
	}
}
