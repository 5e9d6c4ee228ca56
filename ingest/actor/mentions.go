package actor

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// actorMention is a mention found in the text, with the evidence about
// what it names gathered from the mention and its neighbours. The actor it
// belongs to is decided later, once all mentions are known.
type actorMention struct {
	first, end int // tokens of the mention: titles included, determiner and possessive clitic not
	nameFirst  int // first token of the bare name, after any title
	// canonical is the name a data table gives ("United States" for
	// "U.S."); empty when the text is the only name.
	canonical string
	// firm is the type the tables or a cue word settle; empty when only
	// weaker evidence speaks.
	firm        annals.ActorType
	group       bool   // a group of a country: "Ukrainian delegation"
	people      bool   // a demonym standing alone: the country's people ("the Americans")
	plural      bool   // a plural group, which "they" may refer to
	titled      bool   // a title or role says it is a person
	placeCue    bool   // "the village of X"
	placeWords  bool   // a place only by its words ("Silver Lake"): a speaker is a person
	afterPlace  bool   // after "in", "at", "near", "from" with no other cue
	speaker     bool   // the subject of a speech verb
	affiliation string // canonical country name from a demonym, title or apposition
	headline    bool   // found in a title-case heading
	// label marks the speaker label of an interview's answer ("((Dorsa
	// Derakhshani))"): it names the speaker, so it joins the speaker's
	// actor, but it is no mention of the text, no argument and nothing a
	// pronoun refers back to.
	label bool
	// kinds are what the text, the name or a table calls the mention
	// ("firm", "president", "chief executive officer"; see addKinds), and
	// personKind and organisationKind say whether one of them is a kind of
	// person or of organisation. votes weigh what the words around it
	// show of the person's gender (see gender.go).
	kinds                        []string
	personKind, organisationKind bool
	votes                        genderVotes
	// relativeOf is the gender of the possessive that makes the name a
	// relative of someone else ("her first husband, musician Al Jorden":
	// 'f'): a "she" after it means her, not him. 0 for none.
	relativeOf byte
	// work marks a name used for a role or a work ("portrayed Black
	// Panther", "the film Black Panther"; see isWork): no "he" or "she"
	// takes up that mention. The actor itself may be a person all the
	// same ("Affleck portrayed Tony Mendez").
	work bool
	// thing marks a name the text shows to be no actor: software, a game,
	// a disease, a species (see things.go); describedThing, a name a
	// copula or an apposition calls a thing, which a person's full name
	// outweighs.
	thing, describedThing bool
}

// roleSpan is a title or role with no name in it ("The Turkish Foreign
// Minister", "the President of Turkey"): an apposition next to it names the
// person it describes.
type roleSpan struct {
	first, end  int
	affiliation string
}

// findMentions scans the text sentence by sentence for actor mentions:
// demonym groups first, then runs of name words. It also returns the
// titles that name no one, and notes where they end in t.roleEnds.
func (t *actorText) findMentions() ([]actorMention, []roleSpan) {
	var mentions []actorMention
	var roles []roleSpan
	for s := range t.headline {
		limit := t.sentenceStart[s+1]
		for k := t.sentenceStart[s]; k < limit; {
			if g, ok := t.groupAt(k, limit); ok {
				mentions = append(mentions, g)
				k = g.end
				continue
			}
			if !t.isNameWord(k) {
				k++
				continue
			}
			j := t.runEnd(k, limit)
			if g := t.nameAfterPlace(k, j); g > k {
				mentions, roles = t.parseRun(k, g, mentions, roles) // the place, after "from"
				k = g
			}
			mentions, roles = t.parseRun(t.nameWithThe(k, j), j, mentions, roles)
			k = j
		}
	}
	mentions = t.surnamesAtStart(mentions)
	for i := range mentions {
		mentions[i].headline = t.headline[t.tokens[mentions[i].first].sentence]
	}
	for _, r := range roles {
		t.roleEnds[r.end] = true
	}
	return mentions, roles
}

// surnamesAtStart adds a mention for a word at the start of a sentence
// whose capital alone makes no name because the document also writes it
// in lower case ("Day had one child" beside "the next day"): when it is
// the last word of the one personal name the document writes in full
// that ends with it ("Doris Day") and a verb, a possessive or a comma
// follows it, it is that person's surname.
func (t *actorText) surnamesAtStart(mentions []actorMention) []actorMention {
	surnames := map[string]string{} // surname → the one full name that ends with it, or "" for several
	covered := map[int]bool{}
	for i := range mentions {
		m := &mentions[i]
		covered[m.first] = true
		if m.firm == "" && t.looksLikePersonName(m) {
			full := t.words(m.nameFirst, m.end)
			if other, ok := surnames[t.form(m.end-1)]; ok && other != full {
				full = "" // "Richard Guy" and "Michael Guy": "Guy" would join neither
			}
			surnames[t.form(m.end-1)] = full
		}
	}
	if len(surnames) == 0 {
		return mentions
	}
	added := false
	for s := range t.headline {
		k := t.sentenceStart[s]
		if t.headline[s] || k+1 >= t.sentenceStart[s+1] || covered[k] || surnames[t.form(k)] == "" {
			continue
		}
		switch next := t.tokens[k+1]; {
		case next.XPOS == "VBD", next.XPOS == "VBZ", next.XPOS == "MD", t.isPossessive(k + 1), t.form(k+1) == ",":
			mentions = append(mentions, actorMention{first: k, end: k + 1, nameFirst: k})
			added = true
		}
	}
	if added {
		slices.SortFunc(mentions, func(x, y actorMention) int { return cmp.Compare(x.first, y.first) })
	}
	return mentions
}

// demonymAt returns the country of a demonym starting at token k
// ("Russian", "South Korean") and the number of its tokens, or 0.
func (t *actorText) demonymAt(k, limit int) (string, int) {
	if k >= limit || !t.tokens[k].capital {
		return "", 0
	}
	form := t.form(k)
	if k+1 < limit && t.tab.knownNamePrefixes[form] {
		if c := t.tab.demonymCountry[form+" "+t.form(k+1)]; c != "" {
			return c, 2
		}
	}
	if c := t.tab.demonymCountry[form]; c != "" {
		return c, 1
	}
	return "", 0
}

// demonymOpensPlace reports whether the demonym of n tokens at token q
// opens the name of a place the tables know rather than qualifying what
// follows within [q, j): "American Samoa", "British Columbia" are places
// of their own, not Samoa and Columbia. A demonym before the demonym of
// such a place ("American Samoans") is its people.
func (t *actorText) demonymOpensPlace(q, n, j int) bool {
	knownPlace := func(name string) bool {
		return t.tab.countryByName[name] != "" || t.tab.placeByName[name] != "" || t.tab.wordnetPlaces[name]
	}
	for x := q + n + 1; x <= j && x <= q+n+3; x++ {
		if knownPlace(t.words(q, x)) {
			return true
		}
	}
	if q+n < j {
		if c := t.tab.demonymCountry[t.form(q+n)]; c != "" && knownPlace(t.words(q, q+n)+" "+c) {
			return true
		}
	}
	return false
}

// knownAt returns the longest name from table starting at token k and its
// length in tokens, or 0. It reads on only while the words so far begin a
// known name.
func (t *actorText) knownAt(table map[string]string, k, limit int) (string, int) {
	best, bestLen := "", 0
	name := ""
	for m := k; m < limit; m++ {
		if m == k {
			name = t.form(m)
		} else {
			name += " " + t.form(m)
		}
		if c := table[name]; c != "" {
			best, bestLen = c, m+1-k
		}
		if !t.tab.knownNamePrefixes[name] {
			break
		}
	}
	return best, bestLen
}

// groupAt recognises a demonym and a group noun at token k: "Ukrainian
// delegation", "Russian Defence Ministry", "Ukrainian air force". A group
// is an organisation of its own, affiliated with the demonym's country.
func (t *actorText) groupAt(k, limit int) (actorMention, bool) {
	country, n := t.demonymAt(k, limit)
	if n == 0 {
		return actorMention{}, false
	}
	headEnd := -1
	plural := false
	for m := k + n; m < limit; m++ {
		lower := t.tokens[m].lower
		isPlural, head := groupHeads[lower]
		if head {
			headEnd, plural = m+1, isPlural
		}
		if !head && !groupModifiers[lower] {
			break
		}
	}
	if headEnd < 0 {
		return actorMention{}, false
	}
	// "Russian military actions": the supposed head modifies a noun that
	// follows, so the phrase is not a group.
	if headEnd < limit {
		next := t.tokens[headEnd]
		if !next.capital && (next.UPOS == "NOUN" || next.XPOS == "NN" || next.XPOS == "NNS") {
			return actorMention{}, false
		}
	}
	return actorMention{
		first: k, end: headEnd, nameFirst: k,
		firm: annals.ActorOrganization, group: true, plural: plural, affiliation: country,
	}, true
}

// runEnd returns the end of the run of name words that starts at token k:
// capitalised words, with "of", "the", "and", "&" and name particles inside
// when a known name or an organisation or title pattern holds them, and a
// lower-case place word after it ("the Sumy region").
func (t *actorText) runEnd(k, limit int) int {
	j := k + 1
	hasOf := false
	for j < limit {
		if t.isNameWord(j) {
			if _, ok := t.groupAt(j, limit); ok {
				break // "... and Russian forces": a new mention starts
			}
			j++
			continue
		}
		if t.monthSurname(j) {
			j++ // "Theresa May", "Brian May"
			continue
		}
		lower := t.tokens[j].lower
		if m := t.knownNameThrough(k, j, limit); m > j {
			j = m
			continue
		}
		// "Kurdistan Workers' Party", "the Women's Equality Party": a
		// common plural, capitalised inside a name, owns no one there
		if prev := t.tokens[j-1]; t.isPossessive(j) && j+1 < limit && t.isNameWord(j+1) &&
			prev.capital && !prev.free && prev.UPOS == "NOUN" && prev.XPOS == "NNS" {
			j += 2
			continue
		}
		if lower == "&" && t.isNameWord(j+1) {
			j += 2
			continue
		}
		if p := t.particlesEnd(j, limit); p > j && t.isNameWord(p) {
			j = p
			continue
		}
		if h := t.givenNameHyphen(k, j, limit); h > j {
			j = h // "Park Won-soon", "Moon Jae-in"
			continue
		}
		if h := t.surnameHyphen(k, j, limit); h > j {
			j = h // "John Rhys-Davies", "Alexandria Ocasio-Cortez"
			continue
		}
		// "Ministry of Defence", "President of the United States",
		// "Transport for London".
		last := t.tokens[j-1].lower
		if (lower == "of" || lower == "for") && (organisationCues[last] || personTitles[last] == titleHead) ||
			lower == "for" && t.tokens[j-1].capital && organisationTopics[last] {
			n := j + 1
			if n < limit && t.tokens[n].lower == "the" {
				n++
			}
			if n < limit && t.isNameWord(n) {
				j, hasOf = n, true
				continue
			}
		}
		// "the Bread and Roses Party", "the Department of Health and
		// Human Services": one name with an "and" inside
		if lower == "and" {
			if h := t.nameAcrossAnd(k, j); h > j {
				j = h
				continue
			}
		}
		// "Road Transport and Bridges Minister Obaidul Quader": a title's
		// portfolio joined by "and"
		if lower == "and" && t.portfolioAndTitle(k, j, limit) {
			j++
			continue
		}
		// "Ministry of Trade and Industry".
		if lower == "and" && hasOf && j+1 < limit && t.tokens[j+1].capital && organisationTopics[t.tokens[j+1].lower] {
			j += 2
			continue
		}
		break
	}
	if j < limit && !t.tokens[j].capital && placeSuffixes[t.tokens[j].lower] &&
		t.tab.countryByName[t.words(k, j)] == "" && t.tab.organisationByName[t.words(k, j)] == "" {
		j++
	}
	for x := k + 1; x < j; x++ {
		if t.wideGap(x) {
			return x // "the Democratic National Convention  Republicans opted": two names
		}
	}
	return j
}

// nameAcrossAnd returns the end of the name that the "and" at token j
// holds together with the run of name words from k, as
// analysis.NameAcrossAnd reads the sentence; j when the "and" joins two
// names. Words before the "and" that the tables know as a country, place
// or body of their own ("Tesco and Salling Group", "of Montana and Native
// American Rights Fund") name one of two.
func (t *actorText) nameAcrossAnd(k, j int) int {
	si := t.tokens[j].sentence
	if t.headline[si] || !t.sameSentence(k, j) {
		return j
	}
	from := t.sentenceStart[si]
	toks := make([]analysis.Token, t.sentenceStart[si+1]-from)
	for x := range toks {
		toks[x] = *t.tokens[from+x].Token
	}
	lo, hi, ok := analysis.NameAcrossAnd(toks, j-from)
	if !ok || from+lo < k {
		return j
	}
	before := t.words(from+lo, j)
	if t.tab.countryByName[before] != "" || t.tab.placeByName[before] != "" || t.tab.organisationByName[before] != "" {
		return j
	}
	return from + hi
}

// wideGap reports whether the space before token x, after the token before
// it, holds a line break or two spaces or more: where an editor dropped a
// full stop or a heading ends, never inside one name.
func (t *actorText) wideGap(x int) bool {
	if x <= 0 || x >= len(t.tokens) {
		return false
	}
	gap := t.doc[t.tokens[x-1].End:t.tokens[x].Start]
	return strings.ContainsAny(gap, "\n\r") || strings.Contains(gap, "  ") || strings.Contains(gap, " \u00a0") || strings.Contains(gap, "\u00a0 ")
}

// givenNameHyphen returns the end of a hyphenated syllable that goes on
// the given name at token j-1 of the run from k ("Park Won-soon", "Kim
// Jong-un", "Moon Jae-in"), or j: a short capitalised word after another
// name word, a hyphen and a short lower-case syllable, all written
// together. A longer word before the hyphen ("Biden-led") or a syllable
// that makes an adjective ("Kim-era") is no given name, and a run that
// holds a body's name is left as it was.
func (t *actorText) givenNameHyphen(k, j, limit int) int {
	if j-1 <= k || j+1 >= limit || t.form(j) != "-" || t.hasOrganisationCue(k, j) {
		return j
	}
	names := 0 // the name words after the last title: "Taiwan President Tsai Ing" has two
	for x := k; x < j; x++ {
		if personTitles[t.tokens[x].lower] == 0 {
			names++
		} else {
			names = 0
		}
	}
	if _, n := t.knownAt(t.tab.organisationByName, k, j); n > 0 || names > 2 {
		return j // "Amnesty International Man-kei Tam": more before the name than a person's
	}
	prev, hy, next := t.tokens[j-1], t.tokens[j], t.tokens[j+1]
	if prev.End != hy.Start || hy.End != next.Start || !isCapitalisedWord(t.form(j-1)) || utf8.RuneCountInString(t.form(j-1)) > 4 {
		return j
	}
	syllable := t.form(j + 1)
	if n := utf8.RuneCountInString(syllable); n < 2 || n > 5 || hyphenSuffixes[syllable] || strings.HasSuffix(syllable, "ed") {
		return j
	}
	for _, r := range syllable {
		if !unicode.IsLower(r) {
			return j
		}
	}
	return j + 2
}

// surnameHyphen returns the end of a double-barrelled surname that goes on
// the name at token j-1 of the run from k ("John Rhys-Davies", "Andrew
// Lloyd-Webber", "Rhys-Davies" alone), or j: a capitalised word written
// together with a hyphen and another capitalised word. Names of countries,
// places and bodies on either side make a pair, not a surname
// ("Russia-Ukraine talks", "Paris-Berlin train").
func (t *actorText) surnameHyphen(k, j, limit int) int {
	if j-1 < k || j+1 >= limit || t.form(j) != "-" || t.hasOrganisationCue(k, j) {
		return j
	}
	prev, hy, next := t.tokens[j-1], t.tokens[j], t.tokens[j+1]
	if prev.End != hy.Start || hy.End != next.Start || !isCapitalisedWord(t.form(j-1)) || !isCapitalisedWord(t.form(j+1)) {
		return j
	}
	for _, w := range []string{t.words(j-1, j), t.words(j+1, j+2)} {
		if t.tab.countryByName[w] != "" || t.tab.placeByName[w] != "" || t.tab.organisationByName[w] != "" {
			return j
		}
	}
	if personTitles[prev.lower] != 0 || personTitles[next.lower] != 0 || roleNouns[next.lower] {
		return j // "Vice-President", "Secretary-General": a title
	}
	if n := j + 2; n < limit && (t.tokens[n].XPOS == "NN" || t.tokens[n].XPOS == "NNS") {
		return j // "the Biden-Harris ticket": two names that modify a noun
	}
	return j + 2
}

// hyphenSuffixes make an adjective of the name before them ("Kim-era
// policies", "Park-based"), not a given name.
var hyphenSuffixes = map[string]bool{
	"era": true, "led": true, "run": true, "born": true, "like": true, "wide": true,
	"type": true, "free": true, "made": true, "held": true, "style": true, "based": true,
	"backed": true, "owned": true, "linked": true, "class": true, "level": true, "area": true,
}

// nameWithThe returns where the name of the run [k, j) starts: at a
// capitalised "The" just before it inside a sentence, after a word in
// lower case or a comma ("newspaper The Hill", "told The Atlantic",
// "Politico, The Hill"), when the name
// is one word that is no known name; else at k. Without it "The Hill", a
// newspaper, would be a "Hill".
func (t *actorText) nameWithThe(k, j int) int {
	b := k - 1
	if j != k+1 || !t.sameSentence(b-1, k) || t.form(b) != "The" || t.form(b-1) != "," && (!t.isWordLike(b-1) || t.tokens[b-1].capital) {
		return k
	}
	if w := t.words(k, j); t.tab.countryByName[w] != "" || t.tab.placeByName[w] != "" || t.tab.organisationByName[w] != "" {
		return k
	}
	return b
}

// isPortfolioWord reports whether token k, capitalised, may name part of
// an office's portfolio before its title ("Health", "Road Transport",
// "Foreign").
func (t *actorText) isPortfolioWord(k int) bool {
	lower := t.tokens[k].lower
	return t.tokens[k].capital && (organisationTopics[lower] || portfolioNouns[lower] || personTitles[lower] == titleModifier)
}

// portfolioAndTitle reports whether the "and" at token j joins the
// portfolio words [k, j) to more of them, a title and a name after it:
// "Health and Welfare Minister Ana Ruiz". Names joined by "and" ("Ruiz
// and Defence Minister Ben Cole") are two mentions.
func (t *actorText) portfolioAndTitle(k, j, limit int) bool {
	if _, n := t.demonymAt(k, j); n > 0 {
		k += n // "Bangladeshi Road Transport and ..."
	}
	if j-k > 3 || j == k {
		return false
	}
	for x := k; x < j; x++ {
		if !t.isPortfolioWord(x) {
			return false
		}
	}
	x := j + 1
	for x < limit && x <= j+3 && t.isPortfolioWord(x) {
		x++
	}
	return x > j+1 && x+1 < limit && personTitles[t.tokens[x].lower] == titleHead && t.isNameWord(x+1)
}

// titleAfterWords returns where a title starts in the run [q, j) that has
// none at its start: after a demonym or not, one to four capitalised
// words, none a known given name, before a title and a name ("Wisconsin
// Governor Tony Evers", "Bangladeshi Road Transport and Bridges Minister
// Obaidul Quader"); q when there is none. known is true when the words are
// a place, country or body the tables know, a mention of its own (the
// office's holder); otherwise they belong to the title. Unless they are a
// portfolio or known, a name that opens with a portfolio word is none:
// "GNU Lesser General Public License" names no one.
func (t *actorText) titleAfterWords(q, j int) (h int, known bool) {
	portfolio := true
	from := q
	if _, n := t.demonymAt(q, j); n > 0 && !t.demonymOpensPlace(q, n, j) {
		from = q + n
	}
	for h = from; h < j && h < from+5; h++ {
		lower := t.tokens[h].lower
		if personTitles[lower] == titleHead {
			break
		}
		if lower == "and" && h > from {
			continue
		}
		if !t.tokens[h].capital || t.tab.firstNames[t.form(h)] != 0 {
			return q, false
		}
		portfolio = portfolio && t.isPortfolioWord(h)
	}
	if h == from || h >= j || t.tokens[h-1].lower == "and" {
		return q, false
	}
	title := t.title(h, j)
	if !title.head || title.end >= j || t.hasOrganisationCue(title.end, j) || !t.isSolidName(title.end, j) {
		return q, false
	}
	for x := h; x < title.end && j-title.end < 2; x++ {
		if lower := t.tokens[x].lower; lower == "of" || lower == "for" {
			return q, false // "Chief Technological Officer of Red Hat": no "Hat" named
		}
	}
	words := t.words(q, h)
	known = t.tab.countryByName[words] != "" || t.tab.organisationByName[words] != "" || t.tab.placeByName[words] != ""
	if !portfolio && !known && t.isPortfolioWord(title.end) {
		return q, false // "GNU Lesser General Public License": no one named
	}
	return h, known
}

// nameAfterPlace returns where the person's name starts in the run of
// name words [k, j) that follows a title and "from" ("Senator from
// Vermont Bernie Sanders", "Representative from New York Jane Doe"): the
// place the title is from comes first and is no part of the name. The
// name starts at the first given name the tables know after the place's
// first word, or else is the run's last two words; k when the run is no
// such place and name.
func (t *actorText) nameAfterPlace(k, j int) int {
	if j-k < 3 || !t.sameSentence(k-2, k) || t.tokens[k-1].lower != "from" || personTitles[t.tokens[k-2].lower] != titleHead {
		return k
	}
	for x := k + 1; x < j-1; x++ {
		if t.tab.firstNames[t.form(x)] != 0 {
			return x
		}
	}
	for x := j - 2; x < j; x++ {
		if !t.tokens[x].capital || !t.isWordLike(x) || strings.HasSuffix(t.form(x), ".") || personTitles[t.tokens[x].lower] != 0 {
			return k // an initial, a hyphen, a title: no plain given name and surname
		}
	}
	return j - 2
}

// monthSurname reports whether token j, a month's name, is the surname
// of the first name before it ("Theresa May", "Brian May"): a month
// never follows a first name ("on Monday, May 5" has none).
func (t *actorText) monthSurname(j int) bool {
	if j < 1 || !t.sameSentence(j-1, j) || !t.tokens[j].capital || !notActorNames[t.form(j)] {
		return false
	}
	switch t.form(j) {
	case "May", "June", "April", "August":
		return t.tab.firstNames[t.form(j-1)] != 0
	}
	return false
}

// knownNameThrough returns the end of a known multi-word name that starts
// inside the run [k, j) and goes on over the connector at j ("Bosnia and
// Herzegovina", "Democratic Republic of the Congo"), or j when there is none.
func (t *actorText) knownNameThrough(k, j, limit int) int {
	for i := k; i < j; i++ {
		if !t.tab.knownNamePrefixes[t.words(i, j+1)] {
			continue
		}
		best := j
		for m := j + 1; m <= min(limit, j+5); m++ {
			w := t.words(i, m)
			if t.tab.countryByName[w] != "" || t.tab.placeByName[w] != "" || t.tab.organisationByName[w] != "" {
				best = m
			}
			if !t.tab.knownNamePrefixes[w] {
				break
			}
		}
		if best > j {
			return best
		}
	}
	return j
}

// particlesEnd returns the index after the lower-case name particles at j
// ("von der" in "Ursula von der Leyen"), or j when there are none.
func (t *actorText) particlesEnd(j, limit int) int {
	p := j
	for p < limit && !t.tokens[p].capital && nameParticles[t.tokens[p].lower] {
		p++
	}
	return p
}

// parseRun turns a run of name words [k, j) into mentions: a country
// named before a title ("US President ..."), a titled name, an
// organisation, a country or place, or a plain name; a run that is only a
// title becomes a role span.
func (t *actorText) parseRun(k, j int, mentions []actorMention, roles []roleSpan) ([]actorMention, []roleSpan) {
	known := func(first, end int, typ annals.ActorType, canonical string) {
		mentions = append(mentions, actorMention{first: first, end: end, nameFirst: first, firm: typ, canonical: canonical})
	}
	// "a Democrat", "a Republican": a kind of person, capitalised, names no one
	if j-k == 1 && isPersonKind(t.tokens[k].lower) && t.sameSentence(k-1, k) && (t.tokens[k-1].lower == "a" || t.tokens[k-1].lower == "an") {
		return mentions, append(roles, roleSpan{first: k, end: j})
	}
	whole := t.words(k, j)
	for _, table := range t.tab.known {
		if c := lookupName(table.names, whole); c != "" {
			known(k, j, table.typ, c)
			return mentions, roles
		}
	}

	q, affiliation := k, ""
	// "US President Donald Trump", "NATO Secretary General Mark Rutte", "US
	// State Department": the country or body is a mention of its own, and a
	// country the affiliation of what follows. A known body before an
	// organisation cue is part of a longer name ("Gazprom Holdings").
	for _, table := range t.tab.known[:2] {
		if c, n := t.knownAt(table.names, k, j); n > 0 && k+n < j &&
			(personTitles[t.tokens[k+n].lower] != 0 || table.typ == annals.ActorCountry && t.hasOrganisationCue(k+n, j)) {
			known(k, k+n, table.typ, c)
			q = k + n
			if table.typ == annals.ActorCountry {
				affiliation = c
			}
			break
		}
	}
	q = t.bodyBeforeTitle(q, j, &mentions)
	domain := q
	if h, known := t.titleAfterWords(q, j); h > q {
		if known { // "New York Governor Andrew Cuomo": New York is a mention of its own
			mentions, roles = t.parseRun(q, h, mentions, roles)
			domain = h
		} else if c, n := t.demonymAt(q, h); n > 0 && affiliation == "" && !t.demonymOpensPlace(q, n, h) {
			affiliation = c // "Bangladeshi Health Minister"
		}
		q = h
	}
	first, titleStart := domain, domain
	opensPlace := false // a demonym opens a known place's name: "American Samoa"
	title := t.title(q, j)
	switch {
	case title.head && !t.hasOrganisationCue(title.end, j):
		// "Russian President Vladimir Putin", "President of the United States".
		mentions = append(mentions, title.mentions...)
		q = title.end
		if n := len(title.mentions); n > 0 {
			first = title.mentions[n-1].end // mentions do not overlap
		}
		if title.affiliation != "" {
			affiliation = title.affiliation
		}
	case t.hasOrganisationCue(q, j):
		// "Ministry of Defence", "Justice Department", "Russian Orthodox Church".
		m := actorMention{first: q, end: j, nameFirst: q, firm: annals.ActorOrganization, affiliation: affiliation}
		if c, n := t.demonymAt(q, j); n > 0 && affiliation == "" {
			m.affiliation = c
		}
		m.canonical = t.tab.organisationByName[t.words(q, j)]
		return append(mentions, m), roles
	default:
		// No title: a demonym alone, or a demonym before a name.
		if c, n := t.demonymAt(q, j); n > 0 && t.demonymOpensPlace(q, n, j) {
			opensPlace = true
		} else if n > 0 {
			if q+n == j {
				if t.demonymStandsAlone(q, j) {
					known(q, j, annals.ActorCountry, c)
					mentions[len(mentions)-1].people = true
				}
				return mentions, roles
			}
			q, affiliation = q+n, c
			first, titleStart = q, q
		}
	}
	if q == j {
		return mentions, append(roles, roleSpan{first: titleStart, end: j, affiliation: affiliation})
	}
	if !t.isSolidName(q, j) {
		return mentions, roles
	}
	m := actorMention{first: first, end: j, nameFirst: q, titled: title.head, affiliation: affiliation}
	name := t.words(q, j)
	switch {
	case t.tab.countryByName[name] != "":
		m.firm, m.canonical = annals.ActorCountry, t.tab.countryByName[name]
	case t.tab.organisationByName[name] != "":
		m.firm, m.canonical = annals.ActorOrganization, t.tab.organisationByName[name]
	case t.tab.placeByName[name] != "":
		m.firm, m.canonical = annals.ActorPlace, t.tab.placeByName[name]
	case placeSuffixes[t.tokens[j-1].lower] && j-q > 1:
		m.firm = annals.ActorPlace // "Sumy region", "Kherson Oblast"
	case t.placeName(q, j):
		m.firm, m.placeWords = annals.ActorPlace, true // "Silver Lake", "Mount Baker"
	case opensPlace && t.tab.wordnetPlaces[name]:
		m.firm, m.canonical = annals.ActorPlace, name
	case opensPlace && j-q == 2:
		// "American Samoans": the people of "American Samoa"
		if c := t.tab.demonymCountry[t.form(q+1)]; t.tab.wordnetPlaces[t.form(q)+" "+c] {
			m.firm, m.canonical, m.people, m.plural = annals.ActorPlace, t.form(q)+" "+c, true, true
		}
	}
	if m.firm != "" {
		m.first, m.titled, m.affiliation = q, false, "" // a title does not make a country a person
	}
	return append(mentions, m), roles
}

// placeName reports whether the name in tokens [q, j), of two words or
// more, is a place's by its words: it opens with a word of placeOpeners
// ("Mount Baker"), or is two words, the second one of placeHeads and the
// first no given name ("Silver Lake"; "Ricki Lake" is a person, and so
// may be any name of three words, "Ann Marie Hall").
func (t *actorText) placeName(q, j int) bool {
	if j-q < 2 {
		return false
	}
	if placeOpeners[t.form(q)] {
		return true
	}
	return j-q == 2 && placeHeads[t.tokens[j-1].lower] && t.tab.firstNames[t.form(q)] == 0
}

// bodyBeforeTitle reads the words of a body before a title that names a
// person ("House Speaker Nancy Pelosi", "Supreme Court Justice Elena
// Kagan", "Senate Majority Leader Mitch McConnell"): up to three
// capitalised words, one of them an organisation cue, then a title and a
// name. The body becomes a mention of its own, as a known one does ("US
// President ..."), and the returned index is where the title starts; q
// itself when the run is no such thing.
func (t *actorText) bodyBeforeTitle(q, j int, mentions *[]actorMention) int {
	if t.title(q, j).head {
		return q
	}
	n, cue := q, false
	for n < j && n < q+3 && t.tokens[n].capital {
		lower := t.tokens[n].lower
		if !organisationCues[lower] && !organisationTopics[lower] && personTitles[lower] != titleModifier {
			break
		}
		cue = cue || organisationCues[lower]
		n++
	}
	if !cue || n >= j {
		return q
	}
	if title := t.title(n, j); !title.head || title.end >= j || t.hasOrganisationCue(title.end, j) || !t.isSolidName(title.end, j) {
		return q
	}
	*mentions = append(*mentions, actorMention{first: q, end: n, nameFirst: q, firm: annals.ActorOrganization, canonical: t.tab.organisationByName[t.words(q, n)]})
	return n
}

// titleParse is the title at the start of a run.
type titleParse struct {
	end         int  // where the name after the title starts
	head        bool // whether there is a title at all
	affiliation string
	// mentions are the bodies and countries an "of" phrase names ("the
	// President of the European Commission").
	mentions []actorMention
}

// lookupName looks a name up in a table as written, and a name in capitals
// ("WASHINGTON" in a dateline) also in title case. Acronyms are listed as
// such ("NATO"), so they are found as written.
func lookupName(table map[string]string, name string) string {
	if c := table[name]; c != "" {
		return c
	}
	if len(name) > 4 && strings.ToUpper(name) == name && strings.ToLower(name) != name {
		return table[titleCase(name)]
	}
	return ""
}

// titleCase capitalises the first letter of each word and lowers the rest.
func titleCase(s string) string {
	b := []rune(strings.ToLower(s))
	start := true
	for i, r := range b {
		if start {
			b[i] = unicode.ToUpper(r)
		}
		start = r == ' ' || r == '-'
	}
	return string(b)
}

// title reads a title at the start of the run [q, j): demonyms, title
// modifiers and at least one head ("Russian President", "The Turkish
// Foreign Minister", "President of the United States", "Secretary of
// State"). Without a head there is no title.
func (t *actorText) title(q, j int) titleParse {
	var p titleParse
	for q < j {
		if c, n := t.demonymAt(q, j); n > 0 && !p.head {
			p.affiliation = c
			q += n
			continue
		}
		lower := t.tokens[q].lower
		switch role := personTitles[lower]; {
		case role == titleHead:
			p.head = true
			q++
			continue
		case role == titleModifier:
			q++
			continue
		case p.head && (lower == "of" || lower == "for"):
			if end, ok := t.titleDomain(q+1, j, &p); ok {
				q = end
				continue
			}
		}
		break
	}
	p.end = q
	return p
}

// titleDomain reads what an office is "of" or "for", from token r: a
// country or body, which becomes a mention of its own ("President of the
// United States", "President of the European Commission"), portfolio words
// ("Secretary of State", "Minister for Foreign Affairs"), or one other word
// ("Secretary of the Treasury"). It returns where the title goes on.
func (t *actorText) titleDomain(r, j int, p *titleParse) (int, bool) {
	if r < j && t.tokens[r].lower == "the" {
		r++
	}
	if r >= j {
		return 0, false
	}
	body := func(end int, typ annals.ActorType, canonical string) (int, bool) {
		p.mentions = append(p.mentions, actorMention{first: r, end: end, nameFirst: r, firm: typ, canonical: canonical})
		if typ == annals.ActorCountry {
			p.affiliation = canonical
		}
		return end, true
	}
	if c, n := t.knownAt(t.tab.countryByName, r, j); n > 0 {
		return body(r+n, annals.ActorCountry, c)
	}
	if c, n := t.knownAt(t.tab.organisationByName, r, j); n > 0 {
		return body(r+n, annals.ActorOrganization, c)
	}
	for cue := j - 1; cue >= r; cue-- {
		if t.tokens[cue].capital && organisationCues[t.tokens[cue].lower] {
			return body(cue+1, annals.ActorOrganization, t.tab.organisationByName[t.words(r, cue+1)])
		}
	}
	m := r
	for m < j && (personTitles[t.tokens[m].lower] == titleModifier || organisationTopics[t.tokens[m].lower]) {
		m++
	}
	if m == r {
		m = r + 1
	}
	return m, true
}

// hasOrganisationCue reports whether a capitalised organisation cue word
// ("Ministry", "House", "Forces") is among tokens [i, j).
func (t *actorText) hasOrganisationCue(i, j int) bool {
	for k := i; k < j; k++ {
		if t.tokens[k].capital && organisationCues[t.tokens[k].lower] {
			return true
		}
	}
	return false
}

// demonymStandsAlone reports whether the demonym [i, j) is used on its
// own for its country ("the Russians said", "the British agreed") rather
// than before a noun it qualifies ("a Russian negotiator") or for a
// language ("spoke in Russian"): a plural, or after "the", and not before
// a noun.
func (t *actorText) demonymStandsAlone(i, j int) bool {
	form := t.form(j - 1)
	plural := strings.HasSuffix(form, "s") && !strings.HasSuffix(form, "ss")
	if !plural && !(t.sameSentence(i-1, i) && t.tokens[i-1].lower == "the") {
		return false
	}
	if !t.sameSentence(j, i) {
		return true
	}
	next := t.tokens[j]
	switch {
	case next.UPOS == "NOUN", next.UPOS == "PROPN", next.UPOS == "ADJ", next.UPOS == "NUM":
		return false
	case strings.HasPrefix(next.XPOS, "NN"), next.XPOS == "JJ", next.XPOS == "CD":
		return false
	}
	return true
}

// isSolidName reports whether tokens [i, j) can be a name by themselves:
// not title words alone ("Former", "Deputy"), and with at least one word
// whose capital means something (a proper noun, a known name, or a capital
// inside a sentence).
func (t *actorText) isSolidName(i, j int) bool {
	if j-i == 1 && t.notANameWord(i) {
		return false
	}
	solid := false
	onlyTitles := true
	for k := i; k < j; k++ {
		tok := t.tokens[k]
		if personTitles[tok.lower] == 0 {
			onlyTitles = false
		}
		if tok.capital && (!tok.free || t.isProper(k) && !t.common[tok.lower]) {
			solid = true
		}
	}
	if !solid {
		w := t.words(i, j)
		solid = t.tab.countryByName[w] != "" || t.tab.placeByName[w] != "" || t.tab.organisationByName[w] != ""
	}
	return solid && !onlyTitles
}

// notANameWord reports whether the word at token k, standing alone, is no
// name whatever its capital: a single letter ("J"), or a word the tagger
// takes for an adjective ("European", "Democratic"), a number ("Seventy")
// or an interjection; a name the tables know is one all the same.
func (t *actorText) notANameWord(k int) bool {
	tok := t.tokens[k]
	if w := tok.Form; t.tab.countryByName[w] != "" || t.tab.placeByName[w] != "" || t.tab.organisationByName[w] != "" {
		return false
	}
	if utf8.RuneCountInString(tok.Form) == 1 {
		return true
	}
	switch {
	case tok.UPOS == "ADJ" && strings.HasPrefix(tok.XPOS, "JJ"), tok.UPOS == "NUM" && tok.XPOS == "CD", tok.UPOS == "INTJ":
		return true
	}
	return false
}

// isCapitalisedWord reports whether a form looks like a word of a
// personal name: a capital followed by at least one lower-case letter
// ("Zelensky", "O'Brien", "Al-Assad"), not an acronym ("NATO").
func isCapitalisedWord(form string) bool {
	r, n := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range form[n:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
