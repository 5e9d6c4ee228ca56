package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals"
)

// actorCluster is one actor: the mentions that name it and what they say
// about it together.
type actorCluster struct {
	mentions    []int // indices into the mention list, in text order
	name        string
	typ         annals.ActorType
	plural      bool   // a plural group ("Russian forces")
	affiliation string // canonical name of the country it belongs to, if any
	// kinds are what its mentions are called ("firm", "president"), for
	// definite descriptions; gender is what the evidence of its mentions
	// and its first name says (genderVotes.gender: 'm', 'f', 'x' when it
	// disagrees, 0 when nothing speaks).
	kinds  []string
	gender byte
	// impersonal marks a name that no person bears ("the Korean War",
	// "Richard J. Donovan Correctional Facility"): "he" never takes it up.
	impersonal bool
	known      bool // a table names it
}

// unionFind joins mentions into clusters; the root of a set is its
// earliest mention, so that clusters come out in text order.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(x int) int {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

func (u unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	if a > b {
		a, b = b, a
	}
	u[b] = a
}

// nameKey is what makes two mentions the same actor before surnames are
// matched: the slug of the table's name, else the words of the bare name.
func nameKey(m *actorMention, bare []string) string {
	if m.canonical != "" {
		return annals.Slug(m.canonical)
	}
	return strings.Join(bare, "-")
}

// bareSlugs returns the slugs of the words of a mention's bare name,
// accents folded and initials left out, so that "Donald J. Trump" and
// "Donald Trump" compare equal ("Volodymyr Zelensky" → ["volodymyr",
// "zelensky"]).
func (t *actorText) bareSlugs(m *actorMention) []string {
	out := make([]string, 0, m.end-m.nameFirst)
	for k := m.nameFirst; k < m.end; k++ {
		if isInitial(t.form(k)) && m.end-m.nameFirst > 1 {
			continue
		}
		if s := annals.Slug(t.form(k)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// isInitial reports whether a word is an initial such as "J.".
func isInitial(form string) bool {
	r, n := utf8.DecodeRuneInString(form)
	return unicode.IsUpper(r) && form[n:] == "."
}

// looksLikePersonName reports whether a bare name has the shape of a
// personal name: two or more capitalised words ("Rustem Umerov", "Ursula
// von der Leyen"), no acronyms, and no word that opens a place's name
// ("North Karnataka").
func (t *actorText) looksLikePersonName(m *actorMention) bool {
	if placeNameOpeners[t.form(m.nameFirst)] || impersonalHeads[t.form(m.end-1)] || t.form(m.nameFirst) == "The" {
		return false
	}
	words := 0
	for k := m.nameFirst; k < m.end; k++ {
		switch {
		case nameParticles[t.tokens[k].lower] && !t.tokens[k].capital, isInitial(t.form(k)):
		case k > m.nameFirst && t.form(k) == "-", k > m.nameFirst && t.form(k-1) == "-": // "Won-soon"
		case isCapitalisedWord(t.form(k)):
			words++
		default:
			return false
		}
	}
	return words >= 2
}

// cluster groups the mentions into actors: the same name,
// then a surname or shorter name to the one longer personal name that ends
// with it. Clusters made only of headline words that nothing else
// confirms are dropped. It returns the clusters in text order and, for
// each mention, its cluster or -1.
func (t *actorText) cluster(mentions []actorMention, title string) ([]actorCluster, []int) {
	bare := make([][]string, len(mentions)) // the bare name's words of each mention, worked out once
	for i := range mentions {
		bare[i] = t.bareSlugs(&mentions[i])
	}
	u := newUnionFind(len(mentions))
	byKey := map[string]int{}
	for i := range mentions {
		key := nameKey(&mentions[i], bare[i])
		if key == "" {
			continue // a name of no letters joins nothing
		}
		if first, ok := byKey[key]; ok {
			u.union(first, i)
		} else {
			byKey[key] = i
		}
	}
	t.joinSurnames(mentions, bare, u, title)
	t.joinShortNames(mentions, bare, u)

	t.lastNames = map[string]bool{}
	for i := range mentions {
		if m := &mentions[i]; m.firm == "" && !m.label && m.end-m.nameFirst > 1 && t.looksLikePersonName(m) {
			t.lastNames[t.form(m.end-1)] = true
		}
	}
	members := map[int][]int{}
	var roots []int
	for i := range mentions {
		r := u.find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	clusterOf := make([]int, len(mentions))
	for i := range clusterOf {
		clusterOf[i] = -1
	}
	clusters := make([]actorCluster, 0, len(roots))
	for _, r := range roots {
		c := t.describe(mentions, members[r])
		if c.name == "" {
			continue
		}
		for _, mi := range c.mentions {
			clusterOf[mi] = len(clusters)
		}
		clusters = append(clusters, c)
	}
	return clusters, clusterOf
}

// joinSurnames joins a name that is the last word or words of exactly one
// longer personal name to it ("Zelensky" to "Volodymyr Zelensky",
// "President Trump" to "Donald Trump"). With two candidates ("Joe Biden",
// "Hunter Biden") the short name stays on its own. A single word that ends
// no personal name may still be the first word of exactly one: the family
// name of a name written family name first ("Wang" for "Wang Yi").
func (t *actorText) joinSurnames(mentions []actorMention, bare [][]string, u unionFind, title string) {
	suffixOwners := map[string][]int{} // suffix of a personal name → roots of the names that end with it
	firstOwners := map[string][]int{}  // first word of a personal name → roots of the names that start with it
	middleOwners := map[string][]int{} // middle word of a name of three that is no given name → roots
	own := func(owners map[string][]int, key string, root int) {
		if !slices.Contains(owners[key], root) {
			owners[key] = append(owners[key], root)
		}
	}
	for i := range mentions {
		m := &mentions[i]
		if m.firm != "" || m.placeCue || !t.looksLikePersonName(m) {
			continue
		}
		slugs := bare[i]
		root := u.find(i)
		for n := 1; n < len(slugs); n++ {
			if t.linkedSuffix(m, n) {
				break // "Puerto Rico" of "Senado de Puerto Rico" is another actor
			}
			own(suffixOwners, strings.Join(slugs[len(slugs)-n:], " "), root)
		}
		own(firstOwners, slugs[0], root)
		if len(slugs) == 3 && m.end-m.nameFirst == 3 && t.tab.firstNames[t.form(m.nameFirst+1)] == 0 {
			own(middleOwners, slugs[1], root) // a first of two surnames: "Rosalía" of "Ana Rosalía Vidal"
		}
	}
	size := map[int]int{}    // root → mentions of its name so far
	titled := map[int]bool{} // roots whose full name the title holds
	for i := range mentions {
		size[u.find(i)]++
		if m := &mentions[i]; m.end-m.nameFirst > 1 && containsWords(title, t.text(m.nameFirst, m.end)) {
			titled[u.find(i)] = true
		}
	}
	var joins [][2]int
	for i := range mentions {
		m := &mentions[i]
		if m.firm != "" {
			continue
		}
		slugs := bare[i]
		owners := suffixOwners[strings.Join(slugs, " ")]
		surname := len(owners) > 0
		if len(owners) == 0 && len(slugs) == 1 {
			owners = firstOwners[slugs[0]]
		}
		if len(owners) == 0 && len(slugs) == 1 {
			owners = middleOwners[slugs[0]]
		}
		o := salient(owners, size, titled)
		// a surname, or a given name ("Ana" of "Ana Ruiz", not "Varna" of
		// "Varna Junction"), joins the one name the text gave before it;
		// "the Ruiz family", "the Ruizes" are no one of them
		if given := len(slugs) == 1 && t.tab.firstNames[t.form(m.nameFirst)] != 0; o == -1 && (surname || given) && !t.afterThe(m) {
			o = onlyBefore(owners, u.find(i))
		}
		if o >= 0 && o != u.find(i) && !(surname && t.commonWordOf(m, &mentions[o])) {
			joins = append(joins, [2]int{o, i})
		}
	}
	for _, j := range joins {
		u.union(j[0], j[1])
	}
}

// linkingWords are the prepositions and linking words after which the
// rest of a longer name is another entity that the name is about ("Bank
// of England", "Senado de Puerto Rico"), never a short form of it.
var linkingWords = map[string]bool{
	"of": true, "de": true, "del": true, "da": true, "di": true, "du": true,
	"for": true, "in": true, "on": true,
}

// linkedSuffix reports whether the last n name words of mention m, or a
// shorter suffix of them, follow a linking word inside the name: those
// words name what the longer name is about. In a name that opens with a
// given name the tables know, "de", "da", ... are a surname's particles
// ("Ana de la Vega" is Vega).
func (t *actorText) linkedSuffix(m *actorMention, n int) bool {
	person := t.tab.firstNames[t.form(m.nameFirst)] != 0
	words := 0
	for k := m.end - 1; k > m.nameFirst; k-- {
		if w := t.tokens[k-1].lower; linkingWords[w] && !t.tokens[k-1].capital && !(person && nameParticles[w]) {
			return true
		}
		if isInitial(t.form(k)) || annals.Slug(t.form(k)) == "" {
			continue // bareSlugs leaves these out
		}
		if words++; words >= n {
			return false
		}
	}
	return false
}

// commonWordOf reports whether short, one word, is a common noun that
// a name of two words or more, long, ends with, without a given name the
// tables know: "Hat" of "Red Hat" is no surname, "Day" of "Doris Day" is.
// A short name the text calls a thing is a name all the same ("Stream is
// a Linux distribution" of "Zentrix Stream").
func (t *actorText) commonWordOf(short, long *actorMention) bool {
	if short.end-short.nameFirst != 1 || t.tab.firstNames == nil || t.firstNameGender(long) != 0 || short.thing || short.describedThing {
		return false
	}
	w := t.tokens[short.nameFirst].lower
	return t.common[w] || t.tab.thingNouns[w]
}

// afterThe reports whether "the" comes just before the mention.
func (t *actorText) afterThe(m *actorMention) bool {
	return t.sameSentence(m.first-1, m.first) && t.tokens[m.first-1].lower == "the"
}

// onlyBefore returns the one owner the text names before the short
// name first stands alone (root, its earliest mention), or -1: "Khan"
// after "Tariq Khan" is Tariq, though a "Mayor Sana Khan" comes later.
func onlyBefore(owners []int, root int) int {
	found := -1
	for _, o := range owners {
		if o < root {
			if found >= 0 {
				return -1
			}
			found = o
		}
	}
	return found
}

// salient is the one owner a short name joins: the only one, or of
// several, the one the title names in full ("Tony Mendez, architect of
// 'Argo' rescue, dies": "Mendez" is Tony, not his wife Jonna Mendez), else
// the one the text names at least three times as often as each other;
// -1 when none stands out.
func salient(owners []int, size map[int]int, titled map[int]bool) int {
	switch len(owners) {
	case 0:
		return -1
	case 1:
		return owners[0]
	}
	inTitle := -1
	for _, o := range owners {
		if titled[o] {
			if inTitle >= 0 {
				inTitle = -2
				break
			}
			inTitle = o
		}
	}
	if inTitle >= 0 {
		return inTitle
	}
	if o, ok := standsOut(owners, func(o int) int { return size[o] }); ok {
		return o
	}
	return -1
}

// joinShortNames joins an organisation's name without its legal or group
// suffix to the one full name it shortens ("Corvant" to "Corvant Group", "Acme"
// to "Acme Corp."), and a single word to the one organisation's name it
// opens when no person's name holds it ("Ford" to "Ford Motor Company").
// With two such names the short one stays on its own.
func (t *actorText) joinShortNames(mentions []actorMention, bare [][]string, u unionFind) {
	owners := map[string][]int{} // short name → roots of the full names
	for i := range mentions {
		m := &mentions[i]
		if m.firm == annals.ActorCountry || m.firm == annals.ActorPlace || m.titled || m.end-m.nameFirst < 2 {
			continue
		}
		short := m.end
		for short > m.nameFirst+1 && legalSuffixes[t.tokens[short-1].lower] {
			short--
		}
		if short == m.end {
			continue
		}
		key := strings.Join(bare[i][:min(len(bare[i]), short-m.nameFirst)], " ")
		if root := u.find(i); !slices.Contains(owners[key], root) {
			owners[key] = append(owners[key], root)
		}
	}
	// the first word of a company's legal name that names nothing else of
	// the text ("Ford" for "Ford Motor Company"); a person called so
	// ("Harrison Ford") has taken it already
	firsts := map[string][]int{} // first word of an organisation's name → roots of the names
	multi := map[int]bool{}      // roots of clusters holding a name of two words or more
	for i := range mentions {
		if len(bare[i]) > 1 {
			multi[u.find(i)] = true
		}
		m := &mentions[i]
		if m.firm != annals.ActorOrganization || m.titled || len(bare[i]) < 2 || !legalSuffixes[t.tokens[m.end-1].lower] {
			continue // only a company's legal name is known to be called by its first word
		}
		if root := u.find(i); !slices.Contains(firsts[bare[i][0]], root) {
			firsts[bare[i][0]] = append(firsts[bare[i][0]], root)
		}
	}
	for i := range mentions {
		m := &mentions[i]
		if m.firm != "" && m.firm != annals.ActorOrganization || m.titled {
			continue
		}
		if o := owners[strings.Join(bare[i], " ")]; len(o) == 1 && o[0] != u.find(i) {
			u.union(o[0], i)
			continue
		}
		if len(bare[i]) != 1 || multi[u.find(i)] || len(owners[bare[i][0]]) > 0 {
			continue
		}
		if o := firsts[bare[i][0]]; len(o) == 1 && o[0] != u.find(i) {
			u.union(o[0], i)
		}
	}
}

// describe works out the name, type and affiliation of the actor that a
// set of mentions names.
func (t *actorText) describe(mentions []actorMention, members []int) actorCluster {
	c := actorCluster{mentions: members}
	var firm [4]bool // country, organisation, place, any
	titled, placeCue, personShape, speaker, afterPlace, group, headlineOnly := false, false, false, false, false, false, true
	personKind, organisationKind := false, false
	thing, described, fullName := false, false, false // see things.go
	var votes genderVotes
	firstName := byte(0)
	givenName, given := byte(0), true // every mention a given name alone ("Marta")
	placeWords := true                // every place mention a place only by its words
	for _, mi := range members {
		m := &mentions[mi]
		if g := t.givenNameAlone(m); g != 0 && (givenName == 0 || givenName == g) {
			givenName = g
		} else {
			given = false
		}
		personKind = personKind || m.personKind
		c.known = c.known || m.canonical != ""
		organisationKind = organisationKind || m.organisationKind
		for _, k := range m.kinds {
			if !slices.Contains(c.kinds, k) {
				c.kinds = append(c.kinds, k)
			}
		}
		votes.addAll(m.votes)
		if firstName == 0 {
			firstName = t.firstNameGender(m)
		}
		switch m.firm {
		case annals.ActorCountry:
			firm[0] = true
		case annals.ActorOrganization:
			firm[1] = true
		case annals.ActorPlace:
			firm[2] = true
			placeWords = placeWords && m.placeWords
		}
		titled = titled || m.titled
		placeCue = placeCue || m.placeCue
		speaker = speaker || m.speaker
		afterPlace = afterPlace || m.afterPlace
		group = group || m.group
		thing = thing || m.thing
		described = described || m.describedThing
		fullName = fullName || t.firstNameGender(m) != 0
		c.plural = c.plural || m.plural
		personShape = personShape || (m.firm == "" && t.looksLikePersonName(m))
		headlineOnly = headlineOnly && m.headline && m.canonical == ""
		if c.affiliation == "" {
			c.affiliation = m.affiliation
		}
	}
	if headlineOnly {
		return actorCluster{}
	}
	if (thing || described && !fullName) && !titled && !personKind && !organisationKind && !given && !firm[0] && !firm[1] && !firm[2] {
		return actorCluster{} // "Zentrix, an open-source game": no actor
	}
	votes.add(firstName, firstNameVote)
	c.gender = votes.gender()
	switch {
	case firm[0]:
		c.typ = annals.ActorCountry
	case firm[1]:
		c.typ = annals.ActorOrganization
	case titled:
		c.typ = annals.ActorPerson
	case organisationKind && !personKind:
		c.typ = annals.ActorOrganization // "retailer Kestrelmart"
	case firm[2] && placeWords && !placeCue && speaker:
		c.typ = annals.ActorPerson // "Ricki Lake said": a place does not speak
	case firm[2] || placeCue:
		c.typ = annals.ActorPlace
	case personKind || personShape || speaker:
		c.typ = annals.ActorPerson
	case afterPlace:
		c.typ = annals.ActorPlace
	case given:
		c.typ = annals.ActorPerson // "Marta said": a given name is a person's
		votes.add(givenName, firstNameVote)
		c.gender = votes.gender()
	default:
		c.typ = t.wordnetType(mentions, members)
	}
	c.name = t.canonicalName(mentions, members, c.typ, group)
	if words := strings.Fields(c.name); len(words) > 1 && impersonalHeads[words[len(words)-1]] {
		c.impersonal = true
	}
	if c.typ == annals.ActorCountry && c.affiliation == c.name {
		c.affiliation = ""
	}
	return c
}

// wordnetType returns the type of an actor that nothing in the text
// types: PLACE when one of its names is a place WordNet knows
// (Tables.wordnetPlaces: "Sardinia"), else UNKNOWN.
func (t *actorText) wordnetType(mentions []actorMention, members []int) annals.ActorType {
	for _, mi := range members {
		if m := &mentions[mi]; t.tab.wordnetPlaces[t.words(m.nameFirst, m.end)] {
			return annals.ActorPlace
		}
	}
	return annals.ActorUnknown
}

// givenNameAlone returns the gender of a mention that is a given name of
// firstNames alone, capitalised and nowhere in the document written in
// lower case ("Marta", not "Will" beside "will") nor the last word of a
// personal name ("Guy" beside "Richard Guy"), with nothing in the name or
// the tables that types it otherwise; 0 for any other mention.
func (t *actorText) givenNameAlone(m *actorMention) byte {
	if t.tab.firstNames == nil || m.firm != "" || m.titled || m.canonical != "" || m.end-m.nameFirst != 1 {
		return 0
	}
	tok := t.tokens[m.nameFirst]
	if !isCapitalisedWord(tok.Form) || t.common[tok.lower] || t.lastNames[tok.Form] {
		return 0
	}
	return t.tab.firstNames[tok.Form]
}

// canonicalName picks the actor's name: the table's name for a known
// country, place or body; the first spelling of a group; otherwise the
// longest bare name (a person's full name, without titles).
func (t *actorText) canonicalName(mentions []actorMention, members []int, typ annals.ActorType, group bool) string {
	for _, mi := range members {
		if m := &mentions[mi]; m.canonical != "" && m.firm == typ {
			return m.canonical
		}
	}
	if group {
		for _, mi := range members {
			if m := &mentions[mi]; m.group {
				return t.text(m.first, m.end)
			}
		}
	}
	best, bestWords := "", 0
	for _, mi := range members {
		m := &mentions[mi]
		if words := m.end - m.nameFirst; words > bestWords {
			best, bestWords = t.text(m.nameFirst, m.end), words
		}
	}
	return best
}
