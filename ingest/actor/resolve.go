package actor

import (
	"cmp"
	"slices"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
)

// Resolution is what the actor stage finds in one document.
type Resolution struct {
	// Actors has one entry per actor, in order of first mention.
	Actors []annals.Actor
	// Mentions are all actor mentions in text order, resolved pronouns
	// included.
	Mentions []analysis.Mention
	// Affiliations maps the id of a group or office-holder to the id of
	// the country it belongs to, as a demonym, a title or an apposition
	// says ("ukrainian-delegation" → "ukraine", "vladimir-putin" →
	// "russia"): material for a later "part of" link. Every country it
	// names is among Actors.
	Affiliations map[string]string
	// Roles are role statements read off titles: "Russian President
	// Vladimir Putin" → Vladimir Putin · president of · Russia.
	Roles []annals.Statement
	// Arguments holds the actor ids of each statement's arguments, index
	// for index with Analysis.Statements; "" where an argument is no actor.
	Arguments []ArgumentActors
	// Unlabelled are the arguments whose span began with an interview's
	// speaker label ("((WN))  What's the significance"): the label's words
	// leave the span.
	Unlabelled []Unlabelled
}

// Unlabelled is an argument of a statement whose span loses the speaker
// label it began with: it now starts at byte Start of the document.
type Unlabelled struct {
	Statement int
	Object    bool // the object; otherwise the subject
	Start     int
}

// ArgumentActors are the actor ids of one statement's arguments.
type ArgumentActors struct {
	Subject, Object, Attribution string
}

// Apply writes the resolution into the analysis it was made from: the
// actors, the mentions, the actors of the statements' arguments, and the
// resolved pronouns inside their arguments and qualifiers (Refs).
func (r *Resolution) Apply(a *analysis.Analysis) {
	for _, st := range r.Roles {
		st.Time = analysis.DocumentTime(a.Document.Date) // the role as the article's day knew it
		a.Statements = append(a.Statements, st)
	}
	a.Actors = r.Actors
	for i := range a.Actors {
		a.Actors[i].Country = r.Affiliations[a.Actors[i].ID]
	}
	a.Mentions = r.Mentions
	for _, u := range r.Unlabelled {
		st := &a.Statements[u.Statement]
		arg := &st.Subject
		if u.Object {
			arg = st.Object
		}
		if arg == nil || u.Start <= arg.Start || u.Start >= arg.End {
			continue
		}
		arg.Span = annals.Span{Text: a.Document.Text[u.Start:arg.End], Start: u.Start, End: arg.End}
		if !strings.Contains(arg.Text, arg.Norm) {
			arg.Norm = "" // the compact form was the label's
		}
		st.ID = annals.StatementID(st)
	}
	for i := range r.Arguments {
		st := &a.Statements[i]
		ids := r.Arguments[i]
		st.Subject.Actor = ids.Subject
		if st.Object != nil {
			st.Object.Actor = ids.Object
		}
		if st.Attribution != nil {
			st.Attribution.Actor = ids.Attribution
		}
	}
	setReferences(a.Statements, referenceMentions(r.Mentions, a.Document.Text))
}

// Resolve finds the actors of an analysed document, with the names tables
// knows, without changing the analysis. The rules, in order:
//
//   - Mentions are a demonym before a group noun ("the Ukrainian
//     delegation"), or runs of capitalised name words, which may hold "of",
//     "the" and "and" in known names and organisation or title patterns
//     ("Ministry of Defence", "President of the United States").
//   - Titles come off names ("Russian President Vladimir Putin" is Vladimir
//     Putin); a title without a name describes the name in an apposition.
//   - Tables of countries, places and bodies, organisation cue words, titles,
//     roles, place words and speech verbs type the actors.
//   - Mentions with the same name are one actor; a surname or shorter name
//     joins the one longer personal name that ends with it (or, failing
//     that, a single word the one that starts with it: "Wang" for "Wang Yi").
//   - Arguments denote the actor they name, less determiners, titles and
//     possessors; an apposition names the person; coordinations name none;
//     "he", "she", "him", "her" resolve to the last person, "they" only to a
//     plural group just before.
func Resolve(a *analysis.Analysis, tables *Tables) *Resolution {
	t := newActorText(a, tables)
	mentions, roles := t.findMentions()
	paraStart := paragraphStarts(a)
	iv := t.findInterview(a, paraStart, mentions)
	mentions = iv.markLabels(t, mentions)
	mentionAt := t.indexMentions(mentions)
	t.awardTitles(mentions)
	t.addContext(mentions, roles, mentionAt)
	t.addKinds(mentions, roles, mentionAt)
	t.markThings(mentions)
	t.addGenderEvidence(mentions, mentionAt)

	r := &Resolution{Affiliations: map[string]string{}, Arguments: make([]ArgumentActors, len(a.Statements))}
	refs := make([]statementRefs, len(a.Statements))
	for i := range a.Statements {
		st := &a.Statements[i]
		subject, object := r.unlabel(t, iv, i, &st.Subject, false), r.unlabel(t, iv, i, st.Object, true)
		refs[i] = statementRefs{
			subject:     t.referSubject(subject, mentions, mentionAt),
			object:      t.refer(object, mentions, mentionAt),
			attribution: t.refer(st.Attribution, mentions, mentionAt),
		}
		refs[i].subjectFirst, refs[i].subjectPerson, refs[i].subjectGender = t.subjectStart(subject, refs[i].subject, mentions, mentionAt)
		refs[i].subjectCoordinated = t.coordinatedName(refs[i].subject.mention, mentions, mentionAt)
		// "Medinsky indicated that ...": the subject of a speech verb.
		if mi := refs[i].subject.mention; mi >= 0 && (mentions[mi].firm == "" || mentions[mi].placeWords) &&
			(speechVerbs[strings.ToLower(st.Predicate.Lemma)] || speechVerbs[strings.ToLower(st.Predicate.Text)]) {
			mentions[mi].speaker = true
		}
	}

	clusters, clusterOf := t.cluster(mentions, a.Document.Title)
	ids := r.addActors(t, clusters, mentions)
	for i, m := range mentions {
		if c := clusterOf[i]; c >= 0 && !m.label {
			mm := t.mention(m.first, m.end, ids[c])
			mm.People = m.people
			r.Mentions = append(r.Mentions, mm)
		}
	}
	actorOf := func(ref argumentRef) string {
		if ref.mention >= 0 && clusterOf[ref.mention] >= 0 {
			return ids[clusterOf[ref.mention]]
		}
		return ""
	}
	for i, ref := range refs {
		r.Arguments[i] = ArgumentActors{actorOf(ref.subject), actorOf(ref.object), actorOf(ref.attribution)}
	}
	iv.findSpeakers(t, a.Document.Title, clusters, mentions, clusterOf)
	r.resolvePronouns(t, a.Document.Title, a.Statements, refs, iv, paraStart, clusters, mentions, clusterOf, ids)
	for i, m := range mentions {
		if c := clusterOf[i]; c >= 0 && clusters[c].typ == annals.ActorPerson && !m.label {
			holder := -1 // "US President Donald Trump": the country the office is of
			if i > 0 && mentions[i-1].end == m.first && clusterOf[i-1] >= 0 && t.sameSentence(m.first-1, m.first) {
				switch clusters[clusterOf[i-1]].typ {
				case annals.ActorCountry:
					holder = i - 1
				case annals.ActorOrganization:
					continue // "Apple CEO Tim Cook": the title says what the name is, no event of the timeline
				}
			}
			if st, ok := t.titleRole(a.Document.ID, m, ids[c], mentions, holder, ids, clusterOf); ok {
				r.Roles = append(r.Roles, st)
			}
		}
	}
	slices.SortFunc(r.Mentions, func(x, y analysis.Mention) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
	return r
}

// mention makes the Mention of tokens [i, j).
func (t *actorText) mention(i, j int, actor string) analysis.Mention {
	start, end := t.tokens[i].Start, t.tokens[j-1].End
	return analysis.Mention{
		Span:     annals.Span{Text: t.doc[start:end], Start: start, End: end},
		Sentence: t.tokens[i].sentence,
		Actor:    actor,
	}
}

// addActors turns clusters into actors and returns the actor id of each
// cluster. Clusters whose names slug alike become one actor; countries that
// only an affiliation names are added.
func (r *Resolution) addActors(t *actorText, clusters []actorCluster, mentions []actorMention) []string {
	ids := make([]string, len(clusters))
	index := map[string]int{}        // actor id → index in r.Actors
	aliases := map[string][]string{} // actor id → every spelling seen
	for c, cl := range clusters {
		id := annals.Slug(cl.name)
		ids[c] = id
		if _, ok := index[id]; !ok {
			index[id] = len(r.Actors)
			r.Actors = append(r.Actors, annals.Actor{ID: id, Name: cl.name, Type: cl.typ})
		}
		for _, mi := range cl.mentions {
			aliases[id] = append(aliases[id], t.text(mentions[mi].first, mentions[mi].end))
		}
	}
	for c, cl := range clusters {
		if cl.affiliation == "" {
			continue
		}
		country := countryActor(cl.affiliation)
		if country.ID == ids[c] {
			continue
		}
		if _, ok := index[country.ID]; !ok {
			index[country.ID] = len(r.Actors)
			r.Actors = append(r.Actors, country)
		}
		r.Affiliations[ids[c]] = country.ID
	}
	for k := range r.Actors {
		act := &r.Actors[k]
		for _, alias := range aliases[act.ID] {
			if alias != act.Name && !slices.Contains(act.Aliases, alias) {
				act.Aliases = append(act.Aliases, alias)
			}
		}
		slices.Sort(act.Aliases)
	}
	return ids
}

// set gives the argument of a role ('s'ubject, 'o'bject, 'a'ttribution)
// an actor.
func (args *ArgumentActors) set(role byte, id string) {
	switch role {
	case 's':
		args.Subject = id
	case 'o':
		args.Object = id
	case 'a':
		args.Attribution = id
	}
}

// countryActor returns the actor of a country from its canonical name.
func countryActor(name string) annals.Actor {
	return annals.Actor{ID: annals.Slug(name), Name: name, Type: annals.ActorCountry}
}

// resolvePronouns resolves the pronouns that stand as arguments, in text
// order, sets the arguments' actors and records each resolved pronoun as a
// mention. In an interview's answers the speaker's own "I", "me", "my"
// are mentions of the speaker too, whether or not they stand as arguments;
// so are the pronouns of persons no argument holds (see resolveBare).
func (r *Resolution) resolvePronouns(t *actorText, title string, sts []annals.Statement, refs []statementRefs, iv *interview, paraStart []bool, clusters []actorCluster, mentions []actorMention, clusterOf []int, ids []string) {
	p := newPronounResolver(t, clusters, mentions, clusterOf, paraStart)
	p.iv = iv
	p.main = t.mainPerson(title, clusters, mentions, clusterOf)
	quotes := 0
	p.quoteOf, quotes = t.quotations()
	p.quoteSpeaker = make([]int, quotes)
	for q := range p.quoteSpeaker {
		p.quoteSpeaker[q] = -1
	}
	clusterOfRef := func(ref argumentRef) int {
		if ref.mention >= 0 {
			return clusterOf[ref.mention]
		}
		return -1
	}
	for i, ref := range refs {
		p.noteSpeaker(&sts[i], clusterOfRef(ref.subject), clusterOfRef(ref.attribution))
	}
	type use struct {
		token, end, statement int  // end: of a definite description; 0 for a pronoun
		role                  byte // 's'ubject, 'o'bject, 'a'ttribution
	}
	var uses []use
	for i, ref := range refs {
		sr := subjectRef{token: ref.subjectFirst, ref: ref.subject, personLike: ref.subjectPerson, gender: ref.subjectGender, coordinated: ref.subjectCoordinated, clause: t.clauseHead(sts[i].Predicate.Span)}
		if mi := ref.subject.mention; mi >= 0 {
			sr.relativeOf = mentions[mi].relativeOf
		}
		p.addSubject(sr)
		for _, u := range []struct {
			ref  argumentRef
			role byte
		}{{ref.subject, 's'}, {ref.object, 'o'}, {ref.attribution, 'a'}} {
			if u.ref.pronoun >= 0 {
				uses = append(uses, use{u.ref.pronoun, u.ref.descEnd, i, u.role})
			}
		}
	}
	slices.SortStableFunc(uses, func(x, y use) int { return cmp.Compare(x.token, y.token) })
	resolved := p.resolved // pronoun token → cluster
	// other is the actor of the subject of statement i, so far, for its object.
	other := func(i int) int {
		c, _ := p.subjectCluster(subjectRef{ref: refs[i].subject})
		return c
	}
	// "I" in a quotation is its speaker, who may be named after it
	// ("'I will go,' he said"): such uses wait until every speaker is known.
	var quoted []use
	for _, u := range uses {
		if p.quoteOf[u.token] >= 0 && firstPersonSingular[t.tokens[u.token].lower] {
			quoted = append(quoted, u)
			continue
		}
		c, done := resolved[u.token]
		if !done {
			o := -1
			if u.role == 'o' && (u.end > 0 || t.tokens[u.token].lower == "him" || t.tokens[u.token].lower == "her") {
				o = other(u.statement) // "Smith praised him"; a "she" that an object holds begins a clause of its own
			}
			c = p.resolve(u.token, u.end, o, &sts[u.statement])
			if c >= 0 {
				r.Mentions = append(r.Mentions, t.mention(u.token, max(u.end, u.token+1), ids[c]))
			}
		}
		if c < 0 {
			continue
		}
		r.Arguments[u.statement].set(u.role, ids[c])
		switch u.role {
		case 's':
			p.noteSpeaker(&sts[u.statement], c, -1)
		case 'a':
			p.noteSpeaker(&sts[u.statement], -1, c)
		}
	}
	p.speakerIt(sts, ids, r)
	for _, u := range quoted {
		c, done := resolved[u.token]
		if !done {
			c = p.quoted(u.token)
			resolved[u.token] = c
			if c >= 0 {
				r.Mentions = append(r.Mentions, t.mention(u.token, u.token+1, ids[c]))
			}
		}
		if c >= 0 {
			r.Arguments[u.statement].set(u.role, ids[c])
		}
	}
	mentionAt := t.indexMentions(mentions)
	for _, kc := range p.resolveBare(mentionAt) {
		r.Mentions = append(r.Mentions, t.mention(kc[0], kc[0]+1, ids[kc[1]]))
	}
	for _, kc := range p.resolveBareThings(mentionAt) {
		r.Mentions = append(r.Mentions, t.mention(kc[0], kc[0]+1, ids[kc[1]]))
	}
	if iv == nil {
		return
	}
	for k := range t.tokens {
		if _, done := resolved[k]; done || !firstPersonSingular[t.tokens[k].lower] {
			continue
		}
		if c := p.interlocutor(k, t.tokens[k].lower, nil); c >= 0 {
			r.Mentions = append(r.Mentions, t.mention(k, k+1, ids[c]))
		}
	}
}

// titleRole reads a role statement off a titled name: the title's words
// are the predicate, the name the subject, and a demonym in the title
// ("Russian President Vladimir Putin") or the country or body named just
// before it (holder, a mention, or -1: "US President Donald Trump", "Apple
// CEO Tim Cook") what the role is held for.
func (t *actorText) titleRole(doc string, m actorMention, actor string, mentions []actorMention, holder int, ids []string, clusterOf []int) (annals.Statement, bool) {
	if m.nameFirst <= m.first || m.nameFirst >= m.end {
		return annals.Statement{}, false
	}
	titleFirst, country := m.first, ""
	if c, n := t.demonymAt(m.first, m.nameFirst); n > 0 {
		country, titleFirst = c, m.first+n
	}
	if titleFirst >= m.nameFirst {
		return annals.Statement{}, false
	}
	span := func(i, j int) annals.Span {
		start, end := t.tokens[i].Start, t.tokens[j-1].End
		return annals.Span{Text: t.doc[start:end], Start: start, End: end}
	}
	st := annals.Statement{
		Doc:        doc,
		Sentence:   t.tokens[m.first].sentence,
		Subject:    annals.Argument{Span: span(m.nameFirst, m.end), Actor: actor},
		Predicate:  annals.Predicate{Span: span(titleFirst, m.nameFirst), Lemma: strings.ToLower(t.text(titleFirst, m.nameFirst))},
		Confidence: annals.RoleConfidence,
		Role:       true,
	}
	switch {
	case country != "":
		st.Predicate.Lemma += " of"
		st.Object = &annals.Argument{Span: span(m.first, titleFirst), Norm: country, Actor: countryActor(country).ID}
	case holder >= 0:
		h := mentions[holder]
		st.Predicate.Lemma += " of"
		st.Object = &annals.Argument{Span: span(h.first, h.end), Norm: cmp.Or(h.canonical, t.text(h.nameFirst, h.end)), Actor: ids[clusterOf[holder]]}
	}
	st.ID = annals.StatementID(&st)
	return st, true
}

// speakerIt resolves an "it" that is the subject of what an organisation
// or a country says right after naming it ("Acme said it will give owners
// a case", "the company claims it sells", "Russia said that it would
// withdraw"): the speaker speaks of itself. Another "it" stays unresolved.
func (p *pronounResolver) speakerIt(sts []annals.Statement, ids []string, r *Resolution) {
	t := p.t
	for i := range sts {
		st := &sts[i]
		id := r.Arguments[i].Attribution
		if st.Attribution == nil || id == "" || r.Arguments[i].Subject != "" || !strings.EqualFold(st.Subject.Text, "it") ||
			st.Predicate.Lemma == "be" || pluralNoun(st.Attribution.Text) {
			continue // "said it was a mistake": it is what was done; "officials said it": not them
		}
		c := slices.Index(ids, id)
		if c < 0 {
			continue
		}
		switch p.clusters[c].typ {
		case annals.ActorOrganization, annals.ActorCountry:
		default:
			continue
		}
		_, end := t.tokensIn(st.Attribution.Span)
		k, j := t.tokensIn(st.Subject.Span)
		if j-k != 1 || k < end || k-end > 5 {
			continue
		}
		if t.saysOfItself(end, k) {
			r.Arguments[i].set('s', id)
			r.Mentions = append(r.Mentions, t.mention(k, j, id))
		}
	}
}

// saysOfItself reports whether tokens [from, to) between a speaker and an
// "it" are a verb of saying with only auxiliaries, "that", "also" and its
// time beside it ("announced on Friday that"): nothing else stands between.
func (t *actorText) saysOfItself(from, to int) bool {
	verb := false
	for x := from; x < to; x++ {
		switch low := t.tokens[x].lower; {
		case analysis.IsReportingVerb(strings.ToLower(t.tokens[x].Lemma)):
			verb = true
		case low == "that" || low == "has" || low == "had" || low == "have" || low == "also" || low == "on" || analysis.IsTimeWord(*t.tokens[x].Token):
		default:
			return false
		}
	}
	return verb
}

// pluralNoun reports a phrase that ends in a plural common noun
// ("Chinese officials"), which an "it" cannot take up.
func pluralNoun(phrase string) bool {
	f := strings.Fields(phrase)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return strings.HasSuffix(w, "s") && w == strings.ToLower(w)
}
