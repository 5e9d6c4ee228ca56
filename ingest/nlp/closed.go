package nlp

import "strings"

// A word the tagger has never seen (or seen too rarely to have an
// ambiguity class) is a content word: the closed classes — auxiliaries,
// determiners, pronouns, prepositions, conjunctions — list all their
// members, and the treebank holds nearly all of them. A perceptron guessing
// from context alone still gives such a class to an unseen word now and
// then ("rockets" as an auxiliary, "undergone" as a predeterminer, "overran"
// as a preposition), and the parse built on it turns the clause inside
// out. So an unseen word outside the lists below takes the best open class
// instead.

// closedTags are the tags, of either column, whose words are listed.
var closedTags = map[string]bool{
	"AUX": true, "DET": true, "PRON": true, "ADP": true, "CCONJ": true, "SCONJ": true,
	"MD": true, "DT": true, "PDT": true, "WDT": true, "WP": true, "WP$": true, "PRP": true, "PRP$": true,
	"IN": true, "CC": true, "TO": true, "EX": true,
}

// closedWords are the members of the closed classes, lower case, rare ones
// included ("amid", "whomever", "notwithstanding").
var closedWords = setOfWords(`
be am is are was were been being have has had having do does did will would shall should can could may
might must ought get got gets getting gotten need dare 's 're 'm 've 'd 'll wo ca sha ai na ta
the a an this that these those some any no every each all both either neither half such what which
whatever whichever whose another other many much few several enough quite rather
i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its
itself we us our ours ourselves they them their theirs themselves one ones who whom whoever whomever
everybody everyone everything somebody someone something anybody anyone anything nobody none nothing
others thee thou thy ye y'all u ya em 'em
and or but nor yet so plus & versus vs vs. v. v
about above across after against along alongside amid amidst among amongst around as at atop before
behind below beneath beside besides between beyond by concerning considering despite down during
except excluding following for from in including inside into like minus near nearer nearest next
notwithstanding of off on onto opposite out outside over past pending per regarding round since than
through throughout thru till to toward towards under underneath unlike until unto up upon via with
within without aboard ago because if unless whether while whilst whereas although though once lest
how when where why cuz cos coz 'til til abt w/ w/o b/c re
not n't there who's what's that's it's ll s d m re ve ur du`)

func setOfWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// openOnly reports whether word i must take an open class: it has no
// ambiguity class (unseen, or too rare) and no closed class lists it.
func (p *tagPass) openOnly(norm string) bool {
	if _, seen := p.ambiguity[norm]; seen {
		return false
	}
	return !closedWords[norm]
}

// closedClass reports, per class index, whether the class is closed; the
// table is computed once per pass.
func (p *tagPass) closedClass() []bool {
	p.closedOnce.Do(func() {
		p.closed = make([]bool, len(p.classes))
		for c, name := range p.classes {
			p.closed[c] = closedTags[name]
		}
	})
	return p.closed
}

// bestOpen is the highest-scoring class that is not closed.
func bestOpen(scores []int32, closed []bool) int {
	best := -1
	for c := range scores {
		if !closed[c] && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	return max(best, 0)
}

// numberWords are cardinal numbers written out, which are never verbs
// ("Montana had seven reservations": "seven" is no participle in -en).
// "one" is left out: it is a pronoun as often.
var numberWords = setOfWords(`two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million billion trillion dozen`)

// verbTags are the tags, of either column, of verbs and auxiliaries.
var verbTags = map[string]bool{"VERB": true, "AUX": true, "VB": true, "VBD": true, "VBG": true, "VBN": true,
	"VBP": true, "VBZ": true, "MD": true}

// numberClass is the class of a written-out number ("NUM" or "CD") in this
// pass, or -1.
func (p *tagPass) numberClass() int {
	for c, name := range p.classes {
		if name == "NUM" || name == "CD" {
			return c
		}
	}
	return -1
}
