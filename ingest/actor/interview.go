package actor

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// An interview is told in turns: each paragraph is one speaker's, and a
// speaker label opens a turn ("((WN)) Do these stars ...", "NG: This study
// ...", "Michael Siegel I am a professor ..."). Labels are turn markers,
// not actors and not words of an argument; the interviewee's first person
// in an answer stands for the interviewee. A document is an interview by
// its structure (labelled turns, most of one label's turns questions),
// never by its title alone: an article that only quotes someone has no
// turns.

// bracketLabel is a speaker label in double brackets at the start of a
// paragraph, with an optional colon: "((WN))", "((Dorsa Derakhshani)) :".
var bracketLabel = regexp.MustCompile(`^\(\(\s*([^()\n]{1,60}?)\s*\)\)[ \t]*(?::[ \t]*)?`)

// languageCode is what a bracket holds that marks a translation rather
// than a speaker: "((fa))Farsi language: ...".
var languageCode = regexp.MustCompile(`^[a-z]{2,3}$`)

// Interview rules' limits.
const (
	// labelWords is how many words a speaker label may have.
	labelWords = 5
	// minLabelledTurns is how many labelled turns make a document an
	// interview, given that an interviewer asks in at least two of them.
	minLabelledTurns = 3
)

// interviewCues are words of a sentence before the turns that says who
// was interviewed ("Wikinews interviewed Siegel", "Gownaris answered a
// series of questions", "Wikinews caught up with Thomas Rivinius").
var interviewCues = map[string]bool{
	"interview": true, "interviews": true, "interviewed": true, "interviewing": true,
	"answer": true, "answers": true, "answered": true, "questions": true,
	"spoke": true, "speaks": true, "talked": true, "talks": true, "discussed": true, "discusses": true,
	"caught": true, "reached": true, "contacted": true, "tells": true, "told": true,
}

// firstPersonSingular and firstPersonPlural are the speaker's own words;
// secondPerson is the interviewer's word for the interviewee.
var (
	firstPersonSingular = map[string]bool{"i": true, "me": true, "myself": true, "my": true, "mine": true}
	firstPersonPlural   = map[string]bool{"we": true, "us": true, "ourselves": true}
	secondPerson        = map[string]bool{"you": true, "yourself": true}
)

// interlocutorPronouns are the pronouns that can stand as an argument and
// name a party of the conversation.
var interlocutorPronouns = map[string]bool{
	"i": true, "me": true, "myself": true, "we": true, "us": true, "ourselves": true, "you": true, "yourself": true,
}

// turn is one paragraph of an interview.
type turn struct {
	asks bool // the interviewer's turn
	// who names the speaker of an answer: the slugs of a label's words
	// ("dorsa derakhshani", "ms"), or "" for the interviewee the article
	// names, when the answer has no label.
	who string
	// speaker is the cluster of the speaker of an answer, or of the one an
	// interviewer's turn is addressed to; -1 when unknown. Set once the
	// mentions are clustered.
	speaker int
}

// interview is the turn structure of a document.
type interview struct {
	// turnOf[s] is the turn sentence s belongs to, or -1 outside the
	// interview (the article around it).
	turnOf []int
	turns  []turn
	// bodyStart[s] is the first token of sentence s after its speaker
	// label; sentenceStart[s] when it has none.
	bodyStart []int
	// interviewerLabel[k] holds the label tokens of the interviewer's
	// turns, answerLabel[k] those of the answers' labels.
	interviewerLabel, answerLabel map[int]bool
	// lead is the number of sentences before the first turn: the article
	// that names whom it interviews.
	lead int
	// interviewee is the cluster the article names as interviewed, or -1.
	interviewee int
}

// paragraphStarts reports, per sentence, whether it opens a paragraph: the
// text between it and the sentence before holds a line break.
func paragraphStarts(a *analysis.Analysis) []bool {
	starts := make([]bool, len(a.Sentences))
	doc := a.Document.Text
	for s := range a.Sentences {
		if s == 0 {
			starts[s] = true
			continue
		}
		from, to := a.Sentences[s-1].End, a.Sentences[s].Start
		if from < 0 || to > len(doc) || from > to {
			starts[s] = true // spans out of order: say nothing joins them
			continue
		}
		starts[s] = strings.ContainsRune(doc[from:to], '\n')
	}
	return starts
}

// paragraphLabel is a speaker label found at the start of a paragraph.
type paragraphLabel struct {
	who      string // slugs of its words
	end      int    // first token after it
	bracket  bool   // "((X))"; otherwise "X:"
	asks     bool   // the paragraph is a question
	sentence int
}

// findInterview reads the turns of a document, or returns nil when it is
// no interview. mentions are the names found in the text: a bare name or
// initials that open an answer ("MS Although we ...") count as a label
// only when they name the person the article interviews.
func (t *actorText) findInterview(a *analysis.Analysis, paraStart []bool, mentions []actorMention) *interview {
	var labels []paragraphLabel
	var paragraphs []int // first sentence of each paragraph
	for s := range a.Sentences {
		if !paraStart[s] {
			continue
		}
		paragraphs = append(paragraphs, s)
		if l, ok := t.labelAt(s); ok {
			labels = append(labels, l)
		}
	}
	if len(labels) < minLabelledTurns {
		return nil
	}
	asked := func(p int) bool { // whether paragraph p ends in a question
		end := len(a.Sentences)
		if p+1 < len(paragraphs) {
			end = paragraphs[p+1]
		}
		return t.endsInQuestion(end - 1)
	}
	paraOf := make([]int, len(a.Sentences))
	for p, s := range paragraphs {
		end := len(a.Sentences)
		if p+1 < len(paragraphs) {
			end = paragraphs[p+1]
		}
		for q := s; q < end; q++ {
			paraOf[q] = p
		}
	}
	// A label written "X:" counts when it recurs ("NG:", "Q:"); a bracket
	// always does.
	count := map[string]int{}
	for _, l := range labels {
		count[l.who]++
	}
	var kept, once []paragraphLabel
	for _, l := range labels {
		l.asks = asked(paraOf[l.sentence])
		if l.bracket || count[l.who] >= 2 {
			kept = append(kept, l)
		} else {
			once = append(once, l)
		}
	}
	labels = kept
	// The interviewer is the label whose turns are mostly questions.
	turnsOf, questionsOf := map[string]int{}, map[string]int{}
	for _, l := range labels {
		turnsOf[l.who]++
		if l.asks {
			questionsOf[l.who]++
		}
	}
	interviewer := map[string]bool{}
	questions := 0
	for who, n := range turnsOf {
		if q := questionsOf[who]; q > 0 && 2*q >= n {
			interviewer[who] = true
			questions += q
		}
	}
	if len(labels) < minLabelledTurns || questions < 2 {
		return nil
	}
	lead := paraOf[labels[0].sentence]
	for _, l := range once {
		lead = min(lead, paraOf[l.sentence])
	}
	names := t.intervieweeNames(labels, interviewer, mentions, paragraphs[lead])
	// "Natasha Gownaris:" once, then "NG:": a label written once counts
	// when it names an interviewee or spells out a recurring label.
	for _, l := range once {
		words := strings.Fields(l.who)
		ok := turnsOf[initials(words)] > 0
		for _, n := range names {
			ok = ok || sameName(words, n)
		}
		if ok {
			labels = append(labels, l)
			names = append(names, words)
		}
	}
	slices.SortFunc(labels, func(x, y paragraphLabel) int { return cmp.Compare(x.sentence, y.sentence) })

	iv := &interview{
		turnOf:           make([]int, len(a.Sentences)),
		bodyStart:        make([]int, len(a.Sentences)),
		interviewerLabel: map[int]bool{},
		answerLabel:      map[int]bool{},
		interviewee:      -1,
	}
	for s := range a.Sentences {
		iv.turnOf[s] = -1
		iv.bodyStart[s] = t.sentenceStart[s]
	}
	labelOf := map[int]paragraphLabel{} // paragraph → its label
	for _, l := range labels {
		labelOf[paraOf[l.sentence]] = l
	}
	firstTurn := paraOf[labels[0].sentence]
	// Unlabelled questions just before the first label are the
	// interviewer's opening ("Could you please tell us about yourself?").
	for firstTurn > 0 && asked(firstTurn-1) {
		firstTurn--
	}
	iv.lead = paragraphs[firstTurn]

	open := true
	prev := -1 // the turn before
	for p := firstTurn; p < len(paragraphs); p++ {
		s := paragraphs[p]
		tn := turn{speaker: -1}
		l, labelled := labelOf[p]
		if !labelled && open && prev >= 0 && iv.turns[prev].asks {
			// "MS Although we used ...": a bare name or initials of the
			// interviewee opening an answer.
			if who, end, ok := t.bareLabel(s, names); ok {
				l, labelled = paragraphLabel{who: who, end: end, sentence: s}, true
			}
		}
		switch {
		case labelled:
			open = true
			tn.asks = interviewer[l.who]
			if !tn.asks {
				tn.who = l.who
			}
			for k := t.sentenceStart[s]; k < l.end; k++ {
				if tn.asks {
					iv.interviewerLabel[k] = true
				} else {
					iv.answerLabel[k] = true
				}
			}
			iv.bodyStart[s] = l.end
		case !open:
			continue
		case t.isCaption(s):
			open = false // a heading or caption: the article goes on
			continue
		case prev < 0 || asked(p) && iv.turns[prev].asks:
			// the opening questions before the first label, or a question
			// put in two paragraphs; a question after an answer with no
			// label is the speaker's own ("Can you make it more specific?")
			tn.asks = true
		case iv.turns[prev].asks:
			tn.who = "" // an answer with no label: the interviewee's
		default:
			tn.who = iv.turns[prev].who // the answer goes on
		}
		iv.turns = append(iv.turns, tn)
		prev = len(iv.turns) - 1
		end := len(a.Sentences)
		if p+1 < len(paragraphs) {
			end = paragraphs[p+1]
		}
		for q := s; q < end; q++ {
			iv.turnOf[q] = prev
		}
	}
	return iv
}

// labelAt reads a speaker label at the start of sentence s: "((X))" with an
// optional colon, or "X:" where X is a short capitalised name or initials.
func (t *actorText) labelAt(s int) (paragraphLabel, bool) {
	first, limit := t.sentenceStart[s], t.sentenceStart[s+1]
	if first >= limit {
		return paragraphLabel{}, false
	}
	start := t.tokens[first].Start
	if m := bracketLabel.FindStringSubmatchIndex(t.doc[start:]); m != nil {
		inner := t.doc[start+m[2] : start+m[3]]
		if languageCode.MatchString(inner) || len(strings.Fields(inner)) > labelWords {
			return paragraphLabel{}, false
		}
		r, _ := utf8.DecodeRuneInString(inner)
		if !unicode.IsUpper(r) {
			return paragraphLabel{}, false
		}
		end := first
		for end < limit && t.tokens[end].End <= start+m[1] {
			end++
		}
		return paragraphLabel{who: slugWords(inner), end: end, bracket: true, sentence: s}, true
	}
	// "Natasha Gownaris: I've wanted ...", "NG: This study ..."
	for k := first; k < limit && k < first+labelWords; k++ {
		if t.form(k) == ":" {
			if k == first || k+1 >= limit {
				return paragraphLabel{}, false
			}
			return paragraphLabel{who: slugWords(t.text(first, k)), end: k + 1, sentence: s}, true
		}
		if !t.tokens[k].capital || !t.isWordLike(k) {
			return paragraphLabel{}, false
		}
	}
	return paragraphLabel{}, false
}

// bareLabel reads an answer's label with no mark after it: the name or
// the initials of a person the article interviews, right before the first
// word of the answer ("Michael Siegel I am ...", "MS We did not ...").
// names are the interviewees' names as slugs of their words.
func (t *actorText) bareLabel(s int, names [][]string) (string, int, bool) {
	first, limit := t.sentenceStart[s], t.sentenceStart[s+1]
	for end := first + 1; end < limit && end <= first+3; end++ {
		if !t.tokens[end-1].capital || !t.isWordLike(end-1) {
			return "", 0, false
		}
		next := t.tokens[end]
		if !next.capital || t.isNameWord(end) && next.lower != "i" {
			continue // the name goes on, or what follows is no new sentence
		}
		words := strings.Fields(slugWords(t.text(first, end)))
		for _, name := range names {
			if sameName(words, name) || len(words) == 1 && isInitialsOf(t.form(first), name) {
				return strings.Join(name, " "), end, true
			}
		}
	}
	return "", 0, false
}

// sameName reports whether a label's words are a person's name: all of
// it, or the surname.
func sameName(words, name []string) bool {
	if len(words) == 0 || len(name) == 0 {
		return false
	}
	if len(words) == len(name) {
		for i := range words {
			if words[i] != name[i] {
				return false
			}
		}
		return true
	}
	return len(words) == 1 && words[0] == name[len(name)-1]
}

// isInitialsOf reports whether a word in capitals is the initials of a
// name of two words or more ("MS" for Michael Siegel).
func isInitialsOf(word string, name []string) bool {
	if len(name) < 2 || len(word) != len(name) {
		return false
	}
	for i, r := range word {
		if !unicode.IsUpper(r) || i >= len(name) {
			return false
		}
		n, _ := utf8.DecodeRuneInString(name[i])
		if unicode.ToLower(r) != n {
			return false
		}
	}
	return true
}

// intervieweeNames gathers, as slugs of their words, the names of those an
// interview may let speak without a bracket label: the answers' labels,
// and the personal names in the lead's sentences that tell of the
// interview ("Wikinews interviewed Siegel", "Gownaris answered ...").
func (t *actorText) intervieweeNames(labels []paragraphLabel, interviewer map[string]bool, mentions []actorMention, lead int) [][]string {
	var names [][]string
	for _, l := range labels {
		if !interviewer[l.who] {
			names = append(names, strings.Fields(l.who))
		}
	}
	leadEnd := t.sentenceStart[lead]
	cue := map[int]bool{} // sentences of the lead that tell of the interview
	for k := 0; k < leadEnd; k++ {
		if interviewCues[t.tokens[k].lower] {
			cue[t.tokens[k].sentence] = true
		}
	}
	var persons [][]string
	for i := range mentions {
		m := &mentions[i]
		if m.first >= leadEnd || m.firm != "" {
			continue
		}
		if t.looksLikePersonName(m) {
			persons = append(persons, t.bareSlugs(m))
		}
		if cue[t.tokens[m.first].sentence] {
			names = append(names, t.bareSlugs(m))
		}
	}
	// a surname the lead's cue names stands for the full name it ends
	for _, n := range names {
		if len(n) != 1 {
			continue
		}
		for _, p := range persons {
			if sameName(n, p) {
				names = append(names, p)
				break
			}
		}
	}
	return names
}

// initials returns the first letters of words ("ng" for "natasha
// gownaris"), or "" for a single word.
func initials(words []string) string {
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// slugWords is the slugs of the words of a name, space-separated: how
// labels and names are compared.
func slugWords(name string) string {
	var out []string
	for _, w := range strings.Fields(name) {
		if s := annals.Slug(w); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, " ")
}

// endsInQuestion reports whether sentence s ends with a question mark,
// closing quotes and brackets aside.
func (t *actorText) endsInQuestion(s int) bool {
	for k := t.sentenceStart[s+1] - 1; k >= t.sentenceStart[s]; k-- {
		switch t.form(k) {
		case `"`, "'", ")", "]", "''":
			continue
		case "?":
			return true
		}
		return strings.HasSuffix(t.form(k), "?")
	}
	return false
}

// isCaption reports whether sentence s is a heading or a caption with no
// final punctuation, which ends an interview's unlabelled answers.
func (t *actorText) isCaption(s int) bool {
	last := t.sentenceStart[s+1] - 1
	if last < t.sentenceStart[s] {
		return false
	}
	switch t.form(last) {
	case ".", "!", "?", `"`, "'", ")", "]", "...", "…", ":", ";":
		return false
	}
	return true
}

// isLabel reports whether token k is part of a speaker label.
func (iv *interview) isLabel(k int) bool {
	return iv != nil && (iv.interviewerLabel[k] || iv.answerLabel[k])
}

// markLabels drops the mentions in the interviewer's labels ("((WN))"
// names no actor) and marks those in the answers' labels, which name the
// speaker (see actorMention.label).
func (iv *interview) markLabels(t *actorText, mentions []actorMention) []actorMention {
	if iv == nil {
		return mentions
	}
	out := mentions[:0]
	for _, m := range mentions {
		if iv.interviewerLabel[m.first] || iv.interviewerLabel[m.end-1] {
			continue
		}
		if iv.answerLabel[m.first] {
			if form := t.form(m.first); m.end-m.first == 1 && strings.ToUpper(form) == form {
				continue // initials ("NG:") are no name; findSpeakers reads them
			}
			m.label, m.speaker = true, true
		}
		out = append(out, m)
	}
	return out
}

// unlabel returns an argument as the actor rules read it: without the
// speaker label its span begins with ("WN))  What's the significance"),
// recording the shorter span in r.Unlabelled; nil when the argument is
// the label alone, which names no one (such a statement is no reading of
// the text, and is left as it is for the statement filters).
func (r *Resolution) unlabel(t *actorText, iv *interview, i int, arg *annals.Argument, object bool) *annals.Argument {
	if iv == nil || arg == nil {
		return arg
	}
	first, end := t.tokensIn(arg.Span)
	if first >= end || !iv.isLabel(first) {
		return arg
	}
	body := iv.bodyStart[t.tokens[first].sentence]
	if body >= end {
		return nil
	}
	start := t.tokens[body].Start
	trimmed := *arg
	trimmed.Span = annals.Span{Text: t.doc[start:arg.End], Start: start, End: arg.End}
	r.Unlabelled = append(r.Unlabelled, Unlabelled{Statement: i, Object: object, Start: start})
	return &trimmed
}

// findSpeakers gives each turn its speaker's cluster: an answer's label
// names it; an answer with no label is the interviewee's, the one person
// the answers' labels name or else the person the title and the lead name
// as interviewed; an interviewer's turn is addressed to the speaker of
// the answer after it.
func (iv *interview) findSpeakers(t *actorText, title string, clusters []actorCluster, mentions []actorMention, clusterOf []int) {
	if iv == nil {
		return
	}
	byWho := map[string]int{}
	for i, m := range mentions {
		if m.label && clusterOf[i] >= 0 {
			byWho[slugWords(t.text(m.first, m.end))] = clusterOf[i]
		}
	}
	speakerOf := func(who string) int {
		if c, ok := byWho[who]; ok {
			return c
		}
		words := strings.Fields(who)
		found := -1
		for c := range clusters {
			if clusters[c].typ != annals.ActorPerson {
				continue
			}
			name := strings.Fields(slugWords(clusters[c].name))
			if sameName(words, name) || len(words) == 1 && initials(name) == words[0] {
				if found >= 0 && found != c {
					return -1 // two people answer to it
				}
				found = c
			}
		}
		return found
	}
	answered, several := -1, false
	memo := map[string]int{}
	for k := range iv.turns {
		tn := &iv.turns[k]
		if tn.asks || tn.who == "" {
			continue
		}
		c, ok := memo[tn.who]
		if !ok {
			c = speakerOf(tn.who)
			memo[tn.who] = c
		}
		tn.speaker = c
		if c := tn.speaker; c >= 0 {
			several = several || answered >= 0 && answered != c
			answered = c
		}
	}
	switch {
	case several:
	case answered >= 0:
		iv.interviewee = answered
	default:
		iv.interviewee = t.namedInterviewee(title, iv.lead, clusters, mentions, clusterOf)
	}
	next := iv.interviewee // the speaker of the next answer
	for k := len(iv.turns) - 1; k >= 0; k-- {
		tn := &iv.turns[k]
		switch {
		case tn.asks:
			tn.speaker = next
		case tn.who == "":
			tn.speaker = iv.interviewee
			next = tn.speaker
		default:
			next = tn.speaker
		}
	}
}

// namedInterviewee returns the person the article says it interviews, or
// -1: named in the title, in the lead's sentences that tell of the
// interview ("Wikinews interviewed Siegel"), and more than once in the
// lead. Only a name of a person's shape counts, so that the publication
// that asks ("Wikinews") is not taken for the one who answers.
func (t *actorText) namedInterviewee(title string, lead int, clusters []actorCluster, mentions []actorMention, clusterOf []int) int {
	leadEnd := t.sentenceStart[lead]
	cue := map[int]bool{}
	for k := 0; k < leadEnd; k++ {
		if interviewCues[t.tokens[k].lower] {
			cue[t.tokens[k].sentence] = true
		}
	}
	score := make([]int, len(clusters))
	shaped := make([]bool, len(clusters))
	inTitle := make([]bool, len(clusters))
	seen := make([]int, len(clusters))
	cued := make([]int, len(clusters))
	for i := range mentions {
		m := &mentions[i]
		c := clusterOf[i]
		if c < 0 || m.label {
			continue
		}
		shaped[c] = shaped[c] || t.looksLikePersonName(m)
		inTitle[c] = inTitle[c] || containsWords(title, t.text(m.nameFirst, m.end))
		if m.first < leadEnd {
			seen[c]++
			if cue[t.tokens[m.first].sentence] {
				cued[c]++
			}
		}
	}
	best, tie := -1, false
	for c := range clusters {
		if !shaped[c] || clusters[c].typ != annals.ActorPerson {
			continue
		}
		score[c] = 2 * min(cued[c], 2)
		if inTitle[c] {
			score[c] += 3
		}
		if seen[c] >= 2 {
			score[c]++
		}
		switch {
		case score[c] < 2:
		case best < 0 || score[c] > score[best]:
			best, tie = c, false
		case score[c] == score[best]:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// containsWords reports whether words occur in s as whole words.
func containsWords(s, words string) bool {
	if words == "" {
		return false
	}
	for from := 0; ; {
		k := strings.Index(s[from:], words)
		if k < 0 {
			return false
		}
		at := from + k
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(words):])
		if (at == 0 || !unicode.IsLetter(before)) && (at+len(words) == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		from = at + 1
	}
}
