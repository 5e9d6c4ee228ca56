package actor

import (
	"slices"
	"strings"
	"unicode"

	"github.com/annals/annals"
)

// pronounReach is how many sentences back a pronoun may find its person,
// and descriptionReach how many a definite description may find its actor.
const (
	pronounReach     = 3
	descriptionReach = 4
)

// sighting is a token where an actor is mentioned.
type sighting struct {
	token, cluster int
	// modifier marks a name that qualifies a noun ("US workers", "the US
	// Air Force"): no description takes it up.
	modifier bool
	// weak marks a name inside a prepositional phrase or a possessor
	// ("Prompted by Ron Perlman's visit", "with her first husband, Al
	// Jorden"), which the document's main person outweighs.
	weak bool
	// relativeOf is the gender of the possessive that makes the name
	// someone else's relative ("her first husband, Al Jorden": 'f'); 0
	// for none.
	relativeOf byte
	// work marks a name used for a role or a work there ("portrayed
	// Black Panther"): no "he" or "she" takes it up.
	work bool
}

// subjectRef is the subject of one statement, for the salience of its
// sentence: a subject is what "he" in the next sentence most likely takes up.
type subjectRef struct {
	token int // its first token
	ref   argumentRef
	// personLike marks a subject that names no actor but a person all the
	// same ("One of the victims", "my dad"): a "he" or "she" after it more
	// likely means that person than any name before, unless gender says
	// the person is of the other one ("a man": 'm').
	personLike bool
	gender     byte
	// coordinated marks a name joined to another by "and" ("Ratnamma and
	// Seemanna arranged ..."): no single one of them is the subject.
	coordinated bool
	// relativeOf: see sighting.
	relativeOf byte
	// clause is the head of the clause the statement is, or -1 when
	// unknown (no parse): a subject in a subordinate clause is a weaker
	// antecedent than one of the main clause (see foreground).
	clause int
}

// pronounResolver resolves "he", "she", "him", "her" to a person, "they",
// "them" to a plural group, and definite descriptions ("the country", "the
// company", "the president") to the last actor of their kind, from the
// mentions before them.
type pronounResolver struct {
	t        *actorText
	clusters []actorCluster
	// sightings[s] are the sightings of actors in sentence s, in text
	// order, resolved pronouns and descriptions included.
	sightings [][]sighting
	// subjects[s] are the subjects of the statements of sentence s, in
	// text order.
	subjects [][]subjectRef
	// clusterOf maps a mention to its cluster; resolved maps the token of
	// a pronoun or description resolved so far to its cluster (-1: none).
	clusterOf []int
	resolved  map[int]int
	// gender[c] is what the titles and the pronouns resolved so far tell
	// of cluster c: 'm', 'f', 'x' (both), 0 (nothing).
	gender []byte
	// last[s] are all actor sightings of sentence s named in the text, for
	// "they".
	last [][]sighting
	// paragraph[s] is the index of the paragraph of sentence s.
	paragraph []int
	// iv is the document's interview, nil when it is none.
	iv *interview
	// quoteOf[k] is the quotation token k lies in, or -1;
	// quoteSpeaker[q] is the cluster of the one who says quotation q, or
	// -1 when unknown.
	quoteOf, quoteSpeaker []int
	// main is the document's main person (see mainPerson), or -1.
	main int
}

func newPronounResolver(t *actorText, clusters []actorCluster, mentions []actorMention, clusterOf []int, paraStart []bool) *pronounResolver {
	n := len(t.headline)
	p := &pronounResolver{
		t: t, clusters: clusters, clusterOf: clusterOf,
		sightings: make([][]sighting, n),
		subjects:  make([][]subjectRef, n),
		resolved:  map[int]int{},
		gender:    make([]byte, len(clusters)),
		last:      make([][]sighting, n),
		paragraph: make([]int, n),
		main:      -1,
	}
	for c := range clusters {
		p.gender[c] = clusters[c].gender
	}
	para := -1
	for s := range n {
		if s < len(paraStart) && paraStart[s] || para < 0 {
			para++
		}
		p.paragraph[s] = para
	}
	for i, m := range mentions {
		c := clusterOf[i]
		if c < 0 || m.label {
			continue // a speaker's label is not a word of the text a pronoun takes up
		}
		s := t.tokens[m.first].sentence
		sg := sighting{token: m.first, cluster: c, modifier: t.modifies(m.end), weak: t.inPhrase(m.first, m.end), relativeOf: m.relativeOf, work: m.work}
		p.last[s] = append(p.last[s], sg)
		p.sightings[s] = append(p.sightings[s], sg)
	}
	return p
}

// modifies reports whether the name that ends before token e qualifies a
// noun after it ("US workers"), rather than standing alone.
func (t *actorText) modifies(e int) bool {
	if !t.sameSentence(e, e-1) {
		return false
	}
	tok := t.tokens[e]
	return tok.UPOS == "NOUN" || tok.UPOS == "PROPN" || strings.HasPrefix(tok.XPOS, "NN")
}

// addSubject records the subject of a statement.
func (p *pronounResolver) addSubject(sr subjectRef) {
	if sr.token < 0 || sr.token >= len(p.t.tokens) {
		return
	}
	s := p.t.tokens[sr.token].sentence
	at, _ := slices.BinarySearchFunc(p.subjects[s], sr.token, func(x subjectRef, k int) int { return x.token - k })
	p.subjects[s] = slices.Insert(p.subjects[s], at, sr)
}

// subjectCluster returns the actor a subject stands for so far, or -1;
// unresolved is true for a "he", "she" or "the president" no one was
// found for.
func (p *pronounResolver) subjectCluster(sr subjectRef) (c int, unresolved bool) {
	switch {
	case sr.ref.mention >= 0:
		return p.clusterOf[sr.ref.mention], false
	case sr.ref.pronoun >= 0:
		if k := sr.ref.pronoun; sr.ref.descEnd == 0 && firstPersonSingular[p.t.tokens[k].lower] && p.quoteOf[k] >= 0 {
			return p.quoted(k), false // "'I have ...,' Day said": Day
		}
		c, done := p.resolved[sr.ref.pronoun]
		if !done {
			return -1, false
		}
		if sr.ref.descEnd > 0 { // "the president" no one was found for is a person all the same
			return c, c < 0 && isPersonKind(p.t.tokens[sr.ref.descEnd-1].lower) && descriptionHeads[p.t.tokens[sr.ref.descEnd-1].lower] == ""
		}
		return c, c < 0 && personPronouns[p.t.tokens[sr.ref.pronoun].lower]
	}
	return -1, false
}

// resolve returns the cluster a pronoun or definite description at token
// k (ending at descEnd, 0 for a pronoun), an argument of statement st,
// stands for, or -1. other is the cluster of the statement's subject when
// the pronoun is its object ("Smith praised him" is not Smith), else -1.
// Pronouns must be resolved in text order, because a resolved pronoun is
// itself a sighting for the ones after it ("He acknowledged ... He added").
func (p *pronounResolver) resolve(k, descEnd, other int, st *annals.Statement) int {
	s := p.t.tokens[k].sentence
	lower := p.t.tokens[k].lower
	c := -1
	switch {
	case descEnd > 0:
		c = p.described(k, descEnd, s, other)
	case interlocutorPronouns[lower]:
		c = p.interlocutor(k, lower, st)
	case p.t.isHonorific(k):
		// "Her Majesty", "His Excellency": a title, no pronoun
	case lower == "her" && p.t.possessiveHer(k) && st != nil && p.t.hasVerb(st.Predicate.Span):
		// a possessive a verb took for its argument ("Day made her last
		// movie": made · her) stands for what she has, not for her; the
		// possessor of a relation of nouns ("Al Jorden · first husband ·
		// her") is her
	case personPronouns[lower]:
		not := p.notReferents(k)
		g := byte('m')
		if lower == "she" || lower == "her" {
			g = 'f'
		}
		if lower == "he" || lower == "she" {
			c = p.person(k, s, g, [3]int{not[0], not[1], other})
		} else {
			c = p.personObject(k, s, g, [3]int{not[0], not[1], other})
		}
		if c >= 0 && p.gender[c] == 0 && (lower == "he" || lower == "she") {
			p.gender[c] = g // a possessive "her" resolved on less sure grounds teaches nothing
		}
	case pluralPronouns[lower]:
		c = p.group(k, s)
	}
	p.resolved[k] = c
	if c >= 0 && (descEnd > 0 || personPronouns[lower]) {
		at, _ := slices.BinarySearchFunc(p.sightings[s], k, func(x sighting, k int) int { return x.token - k })
		p.sightings[s] = slices.Insert(p.sightings[s], at, sighting{token: k, cluster: c, weak: p.t.inPhrase(k, max(descEnd, k+1))})
	}
	return c
}

// fitsPerson reports whether cluster c can be the person a pronoun of
// gender g stands for: a person, not impersonal, of no other gender, and
// none of the clusters in not.
func (p *pronounResolver) fitsPerson(c int, g byte, not [3]int) bool {
	if c < 0 || c == not[0] || c == not[1] || c == not[2] {
		return false
	}
	cl := &p.clusters[c]
	return cl.typ == annals.ActorPerson && !cl.impersonal && (p.gender[c] == 0 || p.gender[c] == 'x' || p.gender[c] == g)
}

// person finds the person a singular pronoun of gender g at token k of
// sentence s refers to, passing over the persons in not (the one who
// speaks the words the pronoun is in, the subject of its own statement).
// In its own sentence, the last subject before it ("Zelensky said he ...")
// or else the one person named before it; else, going back sentence by
// sentence, the first subject there that is a person, or the one person
// named there. A subject that is a person but no name ("One of the
// victims"), names joined by "and", a "he" left unresolved, or two persons
// of whom neither is the subject leave the pronoun unresolved: unresolved
// is better than wrong. A phrase with no verb of its own before the
// pronoun ("Prompted by Ron Perlman's visit, she ...") names no one the
// pronoun can be; someone else's relative ("her first husband, Al
// Jorden") is no "she"; and when the pronoun opens its sentence, the
// document's main person outweighs persons named only inside a
// prepositional phrase or as a possessor in the sentence before.
func (p *pronounResolver) person(k, s int, g byte, not [3]int) int {
	ok := func(c int) bool { return p.fitsPerson(c, g, not) }
	// a subject may also be a surname nothing typed ("Mukherjee was
	// elected"): a name the text gave no type acts as a person there
	okSubject := func(c int) bool {
		return ok(c) || c >= 0 && c != not[0] && c != not[1] && c != not[2] && p.surnameLike(c) && p.agrees(c, g)
	}
	// take reads one subject: the pronoun's person, or a reason to stop
	take := func(sr subjectRef) (c int, done bool) {
		c, unresolved := p.subjectCluster(sr)
		switch {
		case sr.relativeOf == g && sr.relativeOf != 0:
			return -1, false
		case sr.coordinated && c >= 0 && (p.clusters[c].typ == annals.ActorPerson || p.surnameLike(c)):
			return -1, true // "Ratnamma and Seemanna arranged ...": no one of them
		case okSubject(c):
			return c, true
		case sr.personLike && (sr.gender == 0 || sr.gender == g) || unresolved:
			return -1, true
		}
		return -1, false
	}
	from := p.t.sentenceStart[s]
	if e := p.t.frontedPhraseEnd(k); e >= 0 {
		from = e + 1
	}
	// its own sentence: the last subject before it
	// the subjects of the main clause and of the clauses that hold the
	// pronoun first ("He said Dale is "..."; however, "...", he added":
	// not Dale), then every subject, the last first
	opens := p.quoteOf[k] < 0 // no subject of its sentence comes before it
	subjects := p.subjects[s]
	for _, all := range []bool{false, true} {
		for i := len(subjects) - 1; i >= 0; i-- {
			sr := subjects[i]
			if sr.token >= k || sr.token < from {
				continue
			}
			opens = false
			if p.quotedAway(sr.token, k) || !all && !p.foreground(sr, k) {
				continue
			}
			if c, done := take(sr); done && (all || c >= 0 || p.stops(sr, g)) {
				return c
			}
		}
	}
	// the main person, when it was named lately, outweighs persons named
	// in the background only
	main := p.main >= 0 && ok(p.main) && p.seenLately(p.main, k, s)
	if c, n := p.onePerson(s, from, k, k, g, ok); n > 0 {
		if main && n == 1 && p.main != c && p.t.opensMainClause(k) && p.onlyWeak(s, from, k, g, ok) {
			return p.main // "... leaders such as Bernie Sanders and Elizabeth Warren; he has ..."
		}
		return c
	}
	for ps := s - 1; ps >= 0 && ps >= s-pronounReach; ps-- {
		// the narrative's subjects first, then those of the quotations:
		// after '"... Crete ...", he added.' a "He" goes on with the
		// speaker; a sentence wholly quoted still names whom a "he" after
		// the quotation means. Among each, the subjects of the main clause
		// come first: one named in a subordinate clause is in the
		// background ("The day that he quit, Bloomberg endorsed Biden.
		// He said ...")
		for _, quoted := range []bool{false, true} {
			for _, all := range []bool{false, true} {
				for _, sr := range p.subjects[ps] {
					if p.quotedAway(sr.token, k) != quoted || !all && !p.foreground(sr, -1) {
						continue
					}
					if c, done := take(sr); done && (all || c >= 0 || p.stops(sr, g)) {
						return c
					}
				}
			}
		}
		c, n := p.onePerson(ps, p.t.sentenceStart[ps], len(p.t.tokens), -1, g, ok)
		if n == 1 && opens && main && p.main != c && p.onlyWeak(ps, p.t.sentenceStart[ps], len(p.t.tokens), g, ok) {
			return p.main // "Day had one child with her first husband, musician Al Jorden. She ..."
		}
		if n > 0 {
			return c
		}
	}
	return -1
}

// foreground reports whether a subject stands in the foreground of its
// sentence for a pronoun at token k (-1: none): the subject of its main
// clause, or of a clause that holds the pronoun (see actorText.foreground),
// and written as a subject, not as the agent of a passive ("Vale was
// appointed by Reed ... until she became governor": Vale).
func (p *pronounResolver) foreground(sr subjectRef, k int) bool {
	return p.t.foreground(sr.clause, k) && !p.t.inPhrase(sr.token, sr.token+1)
}

// stops reports whether a subject that names no one a pronoun of gender g
// can be still keeps the pronoun from a subject further back: not a "he"
// or "she" of the other gender left unresolved ("She told me Seth was
// kind, and that he might help": she is not he).
func (p *pronounResolver) stops(sr subjectRef, g byte) bool {
	if k := sr.ref.pronoun; k >= 0 && sr.ref.descEnd == 0 {
		switch p.t.tokens[k].lower {
		case "he":
			return g == 'm'
		case "she":
			return g == 'f'
		}
	}
	return true
}

// opensMainClause reports whether the pronoun at token k opens a main
// clause after another in its sentence: after a semicolon, or after a
// comma and "and", "but" or "so".
func (t *actorText) opensMainClause(k int) bool {
	if !t.sameSentence(k-1, k) {
		return false
	}
	switch t.form(k - 1) {
	case ";":
		return true
	}
	switch t.tokens[k-1].lower {
	case "and", "but", "so", "yet":
		return t.sameSentence(k-2, k) && t.form(k-2) == ","
	}
	return false
}

// seenLately reports whether cluster c was named, or taken up by a
// pronoun, before token k in sentence s or in the pronounReach sentences
// before it.
func (p *pronounResolver) seenLately(c, k, s int) bool {
	for ps := s; ps >= 0 && ps >= s-pronounReach; ps-- {
		for _, sg := range p.sightings[ps] {
			if sg.cluster == c && sg.token < k {
				return true
			}
		}
	}
	return false
}

// agrees reports whether what is known of cluster c's gender allows a
// pronoun of gender g.
func (p *pronounResolver) agrees(c int, g byte) bool {
	return p.gender[c] == 0 || p.gender[c] == 'x' || p.gender[c] == g
}

// onlyWeak reports whether every person for a pronoun of gender g (ok
// accepts them) that sentence s names in tokens [from, k) stands inside a
// prepositional phrase or as a possessor.
func (p *pronounResolver) onlyWeak(s, from, k int, g byte, ok func(int) bool) bool {
	for _, sg := range p.sightings[s] {
		if sg.token >= from && sg.token < k && ok(sg.cluster) && sg.relativeOf != g && !sg.weak && !sg.work {
			return false
		}
	}
	return true
}

// surnameLike reports whether cluster c is a one-word name of no type
// that could be a person's surname: capitalised, not in capitals, of no
// impersonal kind (nor "the Olympiad" alone), and with no capital inside
// it but after a surname's prefix ("McCarthy", "DeSantis";
// "RealClearPolitics" is a brand).
func (p *pronounResolver) surnameLike(c int) bool {
	cl := &p.clusters[c]
	return cl.typ == annals.ActorUnknown && !cl.impersonal && !impersonalHeads[cl.name] && !strings.Contains(cl.name, " ") && isCapitalisedWord(cl.name) && !innerCapital(cl.name)
}

// surnamePrefixes may come before a capital inside a surname: "McCarthy",
// "MacArthur", "DeSantis", "DiCaprio", "LaGuardia", "O'Brien".
var surnamePrefixes = []string{"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "O'", "O’", "Van", "Von"}

// innerCapital reports whether a word has a capital letter after its first
// one other than where a surname prefix ends.
func innerCapital(w string) bool {
	for i, r := range w {
		if i == 0 || !unicode.IsUpper(r) {
			continue
		}
		if !slices.ContainsFunc(surnamePrefixes, func(p string) bool { return len(p) == i && strings.HasPrefix(w, p) }) {
			return true
		}
	}
	return false
}

// personObject finds the person "him" or "her" at token k of sentence s
// refers to: the last person named before it in its sentence, passing
// over the persons in not (the subject of its own statement: "Smith
// praised him"); else, going back sentence by sentence, the one person
// named there. Subjects weigh nothing for an object or a possessive ("The
// governor appointed Pierluisi. The House confirmed him"), so two persons
// in that sentence leave it unresolved.
func (p *pronounResolver) personObject(k, s int, g byte, not [3]int) int {
	ok := func(c int) bool { return p.fitsPerson(c, g, not) }
	for i := len(p.sightings[s]) - 1; i >= 0; i-- {
		if sg := p.sightings[s][i]; sg.token < k && ok(sg.cluster) && sg.relativeOf != g && !sg.work {
			return sg.cluster
		}
	}
	for ps := s - 1; ps >= 0 && ps >= s-pronounReach; ps-- {
		if c, n := p.onePerson(ps, p.t.sentenceStart[ps], len(p.t.tokens), -1, g, ok); n > 0 {
			return c
		}
	}
	return -1
}

// onePerson returns the one person that ok accepts among the sightings of
// sentence s in tokens [from, k), someone else's relative for a pronoun
// of gender g, the names of roles and works and, for a pronoun (at token
// pronoun; -1 for none) outside quotation marks, the names a quotation of
// its own sentence holds aside, and
// how many there are: the person, 1; -1 and 2 or more when several persons
// stand there; -1, 0 when none does.
func (p *pronounResolver) onePerson(s, from, k, pronoun int, g byte, ok func(int) bool) (int, int) {
	found, n := -1, 0
	for _, sg := range p.sightings[s] {
		if sg.token < from || sg.token >= k || !ok(sg.cluster) || sg.cluster == found || sg.relativeOf == g || sg.work || p.quotedAway(sg.token, pronoun) {
			continue
		}
		if found >= 0 {
			return -1, 2
		}
		found, n = sg.cluster, 1
	}
	return found, n
}

// quotedAway reports whether token x lies in a quotation while the
// pronoun at token k stands outside any (k < 0: no pronoun, never): the
// words someone is quoted saying ("'... our island Crete ...', he added")
// are not the narrative the pronoun continues, and the speaker it stands
// for is rarely among them.
func (p *pronounResolver) quotedAway(x, k int) bool {
	return k >= 0 && p.quoteOf[k] < 0 && p.quoteOf[x] >= 0
}

// notReferents are the persons "he" or "she" at token k cannot mean: the
// speaker of the quotation it is in ("Smith said: 'He was a rebel'" is not
// Smith), and in an interview the interviewee, who speaks of themself as
// "I" and is addressed as "you". -1 stands for no one.
func (p *pronounResolver) notReferents(k int) [2]int {
	not := [2]int{-1, -1}
	if q := p.quoteOf[k]; q >= 0 {
		not[0] = p.quoteSpeaker[q]
	}
	if p.iv != nil {
		if tn := p.iv.turnOf[p.t.tokens[k].sentence]; tn >= 0 {
			not[1] = p.iv.turns[tn].speaker
		}
	}
	return not
}

// noteSpeaker records who says the quotations of a statement: the
// subject of a speech verb says the quotation its object is in ("Smith
// said, "...""), the source of an attributed statement the one the
// statement is in. subject and source are clusters, or -1.
func (p *pronounResolver) noteSpeaker(st *annals.Statement, subject, source int) {
	set := func(span annals.Span, c int) {
		i, j := p.t.tokensIn(span)
		for k := i; k < j; k++ {
			if q := p.quoteOf[k]; q >= 0 && p.quoteSpeaker[q] < 0 {
				p.quoteSpeaker[q] = c
			}
		}
	}
	if subject >= 0 && st.Object != nil &&
		(speechVerbs[strings.ToLower(st.Predicate.Lemma)] || speechVerbs[strings.ToLower(st.Predicate.Text)]) {
		set(st.Object.Span, subject)
	}
	if subject >= 0 && p.clusters[subject].typ == annals.ActorPerson {
		// "In his message, he praised Soleimani: "He was ...": a
		// quotation that a colon right after the statement opens is its
		// subject's
		end := st.Predicate.End
		if st.Object != nil {
			end = max(end, st.Object.End)
		}
		if q := p.quoteAfterColon(end); q >= 0 && p.quoteSpeaker[q] < 0 {
			p.quoteSpeaker[q] = subject
		}
	}
	if source >= 0 {
		set(st.Predicate.Span, source)
	}
}

// quoteAfterColon returns the quotation that a colon at byte offset end
// (after spaces) opens, or -1.
func (p *pronounResolver) quoteAfterColon(end int) int {
	k, _ := p.t.tokensIn(annals.Span{Start: end, End: end})
	if k >= len(p.t.tokens) || p.t.form(k) != ":" {
		return -1
	}
	for x := k + 1; x < len(p.t.tokens) && x <= k+2; x++ {
		if q := p.quoteOf[x]; q >= 0 {
			return q
		}
	}
	return -1
}

// interlocutor resolves a first- or second-person pronoun at token k, an
// argument of statement st (nil for a bare mention): in an interview's
// answer, outside any quotation in it, "I", "me", "my" are the speaker,
// and so are "we" and "us" of a past act ("we tested the water": the
// speaker took part; "we need", "we should" speak for a group or for
// anyone, and stay as written); in the interviewer's turn "you" is the
// one asked. Anything else, the interviewer's own "I" and "we" included,
// stays unresolved.
func (p *pronounResolver) interlocutor(k int, lower string, st *annals.Statement) int {
	if p.iv == nil || p.quoteOf[k] >= 0 {
		return -1
	}
	tn := p.iv.turnOf[p.t.tokens[k].sentence]
	if tn < 0 || p.iv.isLabel(k) {
		return -1
	}
	t := p.iv.turns[tn]
	switch {
	case t.asks:
		if secondPerson[lower] {
			return t.speaker
		}
	case firstPersonSingular[lower]:
		return t.speaker
	case firstPersonPlural[lower]:
		if st != nil && p.t.pastAct(st.Predicate.Span) {
			return t.speaker
		}
	}
	return -1
}

// quoted resolves "I", "me", "my" at token k inside a quotation to the
// person who says it, when a speech verb or an attribution names them
// ("'I will go,' Smith said"), or returns -1.
func (p *pronounResolver) quoted(k int) int {
	q := p.quoteOf[k]
	if q < 0 {
		return -1
	}
	if c := p.quoteSpeaker[q]; c >= 0 && p.clusters[c].typ == annals.ActorPerson {
		return c
	}
	return -1
}

// possessiveHer reports whether "her" at token k is a possessive: tagged
// so, and before the noun it possesses or an adjective of it ("her last
// movie"; not "succeeding her as prime minister").
func (t *actorText) possessiveHer(k int) bool {
	if t.tokens[k].XPOS != "PRP$" || !t.sameSentence(k+1, k) {
		return false
	}
	next := t.tokens[k+1]
	switch next.UPOS {
	case "NOUN", "PROPN", "ADJ", "NUM":
		return true
	}
	return strings.HasPrefix(next.XPOS, "NN") || strings.HasPrefix(next.XPOS, "JJ") || next.XPOS == "CD"
}

// isHonorific reports whether the possessive at token k opens a title
// ("Her Majesty", "His Holiness").
func (t *actorText) isHonorific(k int) bool {
	if !t.sameSentence(k+1, k) {
		return false
	}
	switch t.tokens[k+1].lower {
	case "majesty", "highness", "excellency", "holiness", "grace", "honour", "honor", "lordship", "ladyship", "royal":
		return true
	}
	return false
}

// hasVerb reports whether a span holds a verb, an auxiliary or a modal.
func (t *actorText) hasVerb(span annals.Span) bool {
	i, j := t.tokensIn(span)
	for k := i; k < j; k++ {
		if tok := t.tokens[k]; strings.HasPrefix(tok.XPOS, "VB") || tok.XPOS == "MD" || tok.UPOS == "VERB" || tok.UPOS == "AUX" {
			return true
		}
	}
	return false
}

// pastAct reports whether a predicate tells of a past act: a verb in the
// past tense or a perfect ("tested", "did not have", "have asked"; a past
// participle with no auxiliary is a past tense the tagger misread), and
// no modal ("would like", "could see") or present passive ("we are told").
func (t *actorText) pastAct(span annals.Span) bool {
	i, j := t.tokensIn(span)
	past, participle, have, be := false, false, false, false
	for k := i; k < j; k++ {
		switch t.tokens[k].XPOS {
		case "MD":
			return false
		case "VBD":
			past = true
		case "VBN":
			participle = true
		case "VBP", "VBZ":
			have = have || strings.EqualFold(t.tokens[k].Lemma, "have")
			be = be || strings.EqualFold(t.tokens[k].Lemma, "be")
		}
	}
	return past || participle && (have || !be)
}

// group finds the plural group "they" at token k refers to: only when the
// actor named last before it, in its sentence or the one before, is a
// plural group ("Russian forces ... they"). Anything less is left alone.
func (p *pronounResolver) group(k, s int) int {
	for ps := s; ps >= 0 && ps >= s-1; ps-- {
		for i := len(p.last[ps]) - 1; i >= 0; i-- {
			if p.last[ps][i].token >= k {
				continue
			}
			if c := p.last[ps][i].cluster; p.clusters[c].plural {
				return c
			}
			return -1
		}
	}
	return -1
}

// described finds what a definite description [k, end) of sentence s
// refers to (see descriptionHeads): the last actor of its kind named before
// it, in its sentence or up to descriptionReach sentences back, provided no
// other actor of that kind was named in that sentence, nor in its paragraph
// when the description is in a later one (then it is unclear), and the
// actor is not other, the statement's other argument ("Apple sued the
// company" is not Apple). "The company" also stops at an organisation
// nothing types, or at a name that acts as a subject and nothing calls a
// person or a place ("PG&E announced via Twitter"): either may be the
// company meant.
func (p *pronounResolver) described(k, end, s, other int) int {
	words := make([]string, 0, end-k)
	for x := k; x < end; x++ {
		words = append(words, p.t.tokens[x].lower)
	}
	head := words[len(words)-1]
	if head == "latter" || head == "former" {
		return p.ordinal(k, s, head == "former")
	}
	generic := head == "company" || head == "firm" || head == "corporation"
	for ps := s; ps >= 0 && ps >= s-descriptionReach; ps-- {
		// exact: called by the description's own head ("Corvant Group, a
		// consulting firm" for "the firm"); fitting: of its kind
		// ("Apple Inc." for "the firm" too). An exact one wins.
		exact, fitting, blocked := -1, -1, false
		for i := len(p.sightings[ps]) - 1; i >= 0; i-- {
			sg := p.sightings[ps][i]
			if sg.token >= k || sg.cluster == other {
				continue
			}
			cl := &p.clusters[sg.cluster]
			if !sg.modifier && fitsDescription(words, cl) {
				if slices.Contains(cl.kinds, head) {
					exact = pick(exact, sg.cluster)
				}
				fitting = pick(fitting, sg.cluster)
				continue
			}
			if generic && len(cl.kinds) == 0 && !cl.known &&
				(cl.typ == annals.ActorOrganization && fitting == -1 || cl.typ != annals.ActorCountry && cl.typ != annals.ActorPlace && p.isSubject(ps, sg.token)) {
				blocked = true // an organisation of no known kind, or a name that acts and that nothing calls a person ("PG&E announced"), may be the company meant
			}
		}
		found := fitting
		if exact != -1 {
			found = exact
		}
		if blocked || found == -2 {
			return -1 // two candidates: leave it as written
		}
		if found < 0 {
			continue
		}
		if p.paragraph[ps] != p.paragraph[s] {
			for qs := ps; qs >= 0 && p.paragraph[qs] == p.paragraph[ps]; qs-- {
				for _, sg := range p.sightings[qs] {
					cl := &p.clusters[sg.cluster]
					if sg.cluster != found && sg.cluster != other && !sg.modifier && fitsDescription(words, cl) &&
						(exact == -1 || slices.Contains(cl.kinds, head)) {
						return -1 // a competitor in the paragraph it was named in
					}
				}
			}
		}
		return found
	}
	return -1
}

// ordinal resolves "the latter" (the last actor named before token k, in
// its sentence or the one before) and "the former" (the one named before
// that): "Corvant sued Kestrel so that the latter would pay its debts".
func (p *pronounResolver) ordinal(k, s int, former bool) int {
	var seen []int // distinct clusters, the latest first
	for ps := s; ps >= 0 && ps >= s-1 && len(seen) < 2; ps-- {
		for i := len(p.sightings[ps]) - 1; i >= 0 && len(seen) < 2; i-- {
			sg := p.sightings[ps][i]
			if sg.token >= k || sg.modifier || slices.Contains(seen, sg.cluster) {
				continue
			}
			seen = append(seen, sg.cluster)
		}
	}
	if len(seen) < 2 {
		return -1 // "the latter" of one: no pair to choose from
	}
	if former {
		return seen[1]
	}
	return seen[0]
}

// isSubject reports whether a statement of sentence s has its subject
// start at token k.
func (p *pronounResolver) isSubject(s, k int) bool {
	for _, sr := range p.subjects[s] {
		if sr.token == k {
			return true
		}
	}
	return false
}

// pick keeps the one candidate of a sentence: -1 none yet, -2 more than one.
func pick(found, c int) int {
	switch found {
	case -1, c:
		return c
	}
	return -2
}

// fitsDescription reports whether a cluster is of the kind a definite
// description's words name: a country for "the country" and "the nation";
// a person whose title or role is the description's for "the president",
// "the chief executive" (see fitsRole); an organisation the text called a
// company of some kind for "the company" and "the firm"; otherwise an
// actor called by the description's head or a synonym ("the airline":
// "Delta Airlines", "the carrier"; "the city": "Mexico City", a city of
// the gazetteer).
func fitsDescription(words []string, cl *actorCluster) bool {
	head := words[len(words)-1]
	switch {
	case head == "country" || head == "nation":
		return cl.typ == annals.ActorCountry
	case descriptionHeads[head] == "" && isPersonKind(head):
		if cl.typ != annals.ActorPerson {
			return false
		}
		for _, kind := range cl.kinds {
			if fitsRole(words, strings.Fields(kind)) {
				return true
			}
		}
		return false
	case cl.typ == annals.ActorPerson:
		return false
	case head == "company" || head == "firm" || head == "corporation":
		for _, kind := range cl.kinds {
			if companyKinds[kind] {
				return true
			}
		}
		return false
	}
	for _, kind := range cl.kinds {
		if kind == head || slices.Contains(kindSynonyms[head], kind) {
			return true
		}
	}
	return false
}

// fitsRole reports whether a description's words ("the chief executive",
// "the president") name a role the text gave a person ("CEO", "Chief
// Executive Officer", "President"): the same head, every word of the
// description in the role, and a role that makes another office ("vice
// president", "former minister") only when the description says so too.
func fitsRole(description, role []string) bool {
	d, r := normaliseRole(description), normaliseRole(role)
	if len(d) == 0 || len(r) == 0 || d[len(d)-1] != r[len(r)-1] {
		return false
	}
	for _, w := range d {
		if !slices.Contains(r, w) {
			return false
		}
	}
	for _, w := range r {
		if exclusiveTitleWords[w] && !slices.Contains(d, w) {
			return false
		}
	}
	return true
}

// normaliseRole spells a role one way: "CEO" and "chief executive officer"
// are "chief executive".
func normaliseRole(words []string) []string {
	out := make([]string, 0, len(words)+1)
	for i, w := range words {
		switch {
		case w == "ceo":
			out = append(out, "chief", "executive")
		case w == "officer" && i > 0 && words[i-1] == "executive":
		default:
			out = append(out, w)
		}
	}
	return out
}
