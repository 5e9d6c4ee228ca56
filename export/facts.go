package export

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/annals/annals"
)

// Support is what a store holds of one fact (annals.Statement.Fact): the
// documents that state it, those of them that only attribute it to
// someone, and the statements that contradict it. [Corroborate] makes it.
type Support struct {
	Fact string
	// Statements are the fact's statements, best first (see Best).
	Statements []Source
	// Best is the statement a view shows for the fact: the most
	// confident, and of equally confident ones the one of the earliest
	// document.
	Best string
	// Docs are the documents that state the fact, sorted.
	Docs []string
	// Attributed are those of Docs whose every statement of the fact
	// has an attribution ("according to the army", "X said"): they
	// report that someone claims it.
	Attributed []string
	// Contradictions are the statements of other facts that contradict
	// one of the fact's (see [Contradicts]), in document order.
	Contradictions []Source
}

// Source is where a statement stands: its id, document and sentence.
type Source struct {
	ID       string `json:"id"`
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
}

func sourceOf(st *annals.Statement) Source {
	return Source{ID: st.ID, Doc: st.Doc, Sentence: st.Sentence}
}

// String is the source as the timeline's SOURCE column gives it: doc#N.
func (s Source) String() string { return s.Doc + "#" + strconv.Itoa(s.Sentence) }

func compareSources(a, b Source) int {
	return cmp.Or(strings.Compare(a.Doc, b.Doc), cmp.Compare(a.Sentence, b.Sentence), strings.Compare(a.ID, b.ID))
}

// Sources is how many documents state the fact.
func (s *Support) Sources() int {
	if s == nil {
		return 1
	}
	return len(s.Docs)
}

// Corroborate groups statements by fact and tells, for each fact, what
// supports it and what contradicts it, keyed by fact id. Statements with
// no fact, and junk ones (below annals.JunkConfidence: right less than one
// time in five), count for nothing. published gives documents' dates,
// which order equally confident statements (an undated document, or a nil
// map, comes after the dated ones; then documents by id).
func Corroborate(sts []annals.Statement, published map[string]time.Time) map[string]*Support {
	byFact := map[string][]*annals.Statement{}
	var facts []string
	for i := range sts {
		st := &sts[i]
		if st.Fact == "" || st.Confidence < annals.JunkConfidence {
			continue
		}
		if _, ok := byFact[st.Fact]; !ok {
			facts = append(facts, st.Fact)
		}
		byFact[st.Fact] = append(byFact[st.Fact], st)
	}
	earlier := func(a, b string) int {
		da, db := published[a], published[b]
		if da.IsZero() != db.IsZero() {
			return cmp.Compare(b2i(da.IsZero()), b2i(db.IsZero()))
		}
		return cmp.Or(da.Compare(db), strings.Compare(a, b))
	}
	out := make(map[string]*Support, len(facts))
	for _, f := range facts {
		list := byFact[f]
		slices.SortStableFunc(list, func(a, b *annals.Statement) int {
			return cmp.Or(cmp.Compare(b.Confidence, a.Confidence), earlier(a.Doc, b.Doc),
				cmp.Compare(a.Sentence, b.Sentence), strings.Compare(a.ID, b.ID))
		})
		sup := &Support{Fact: f, Best: list[0].ID}
		direct := map[string]bool{}
		for _, st := range list {
			sup.Statements = append(sup.Statements, sourceOf(st))
			if !slices.Contains(sup.Docs, st.Doc) {
				sup.Docs = append(sup.Docs, st.Doc)
			}
			if st.Attribution == nil {
				direct[st.Doc] = true
			}
		}
		slices.Sort(sup.Docs)
		for _, d := range sup.Docs {
			if !direct[d] {
				sup.Attributed = append(sup.Attributed, d)
			}
		}
		out[f] = sup
	}
	// Contradictions: only statements of one lemma and subject actor can
	// contradict each other, so pairs are sought within those groups.
	type act struct{ lemma, agent string }
	groups := map[act][]*annals.Statement{}
	for _, f := range facts {
		for _, st := range byFact[f] {
			if a := (act{st.Predicate.Lemma, st.Subject.Actor}); a.lemma != "" && a.agent != "" {
				groups[a] = append(groups[a], st)
			}
		}
	}
	for _, g := range groups {
		for i, a := range g {
			for _, b := range g[i+1:] {
				if !Contradicts(a, b) {
					continue
				}
				for _, p := range [][2]*annals.Statement{{a, b}, {b, a}} {
					sup := out[p[0].Fact]
					if src := sourceOf(p[1]); !slices.Contains(sup.Contradictions, src) {
						sup.Contradictions = append(sup.Contradictions, src)
					}
				}
			}
		}
	}
	for _, sup := range out {
		slices.SortFunc(sup.Contradictions, compareSources)
	}
	return out
}

// Contradicts reports whether two statements of different facts, in
// different documents, say opposite things of one act, by a rule kept
// conservative: the same predicate lemma and the same subject actor, both
// typed as political events (a PLOVER type: acts, not what someone knows,
// has or says), neither a role, modal, passive or generic, both dated by
// bounds that overlap (an undated statement contradicts nothing), and
// either
//
//   - one negated and the other not, with the same object (the same actor,
//     else the same words; or neither has one): "A attacked B" and "A did
//     not attack B";
//   - neither negated, and objects that are the same words but for their
//     numbers, which differ: "A freed 12 prisoners" and "A freed 15
//     prisoners".
//
// Attribution does not matter: "A attacked B, B said" and "A did not
// attack B" contradict each other.
func Contradicts(a, b *annals.Statement) bool {
	if a.Fact == b.Fact || a.Doc == b.Doc || a.Predicate.Lemma == "" || a.Predicate.Lemma != b.Predicate.Lemma ||
		a.Subject.Actor == "" || a.Subject.Actor != b.Subject.Actor {
		return false
	}
	for _, s := range []*annals.Statement{a, b} {
		if s.Role || s.Modality != "" || s.Time.Generic() || s.Passive || s.Event == nil || s.Event.PLOVER == "" {
			return false
		}
	}
	if !overlap(a.Time, b.Time) {
		return false
	}
	if a.Negated != b.Negated {
		return sameObject(a.Object, b.Object)
	}
	if a.Negated || a.Object == nil || b.Object == nil {
		return false
	}
	na, ra := numbers(a.Object.Text)
	nb, rb := numbers(b.Object.Text)
	return len(na) > 0 && len(nb) > 0 && ra != "" && ra == rb && !slices.Equal(na, nb)
}

// overlap reports whether two times both have calendar bounds and the
// bounds overlap.
func overlap(a, b *annals.Time) bool {
	bounds := func(t *annals.Time) (time.Time, time.Time, bool) {
		if t == nil {
			return time.Time{}, time.Time{}, false
		}
		first, last := t.Earliest, t.Latest
		if first.IsZero() {
			first = last
		}
		if last.IsZero() {
			last = first
		}
		return first, last, !first.IsZero()
	}
	af, al, ok := bounds(a)
	if !ok {
		return false
	}
	bf, bl, ok := bounds(b)
	if !ok {
		return false
	}
	return !af.After(bl) && !bf.After(al)
}

// sameObject reports whether two objects name the same: the same actor, or
// with no actor the same words, whatever their case; or neither is there.
func sameObject(a, b *annals.Argument) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if a.Actor != "" || b.Actor != "" {
		return a.Actor == b.Actor && a.Prep == b.Prep
	}
	return a.Prep == b.Prep && strings.EqualFold(strings.Join(strings.Fields(a.Label()), " "), strings.Join(strings.Fields(b.Label()), " "))
}

// numbers splits a phrase into the numbers written in digits ("1,200" is
// 1200) and the rest of its words, lower case.
func numbers(text string) (nums []string, rest string) {
	var words []string
	for _, w := range strings.Fields(text) {
		digits := strings.Map(func(r rune) rune {
			if r == ',' {
				return -1
			}
			return r
		}, strings.TrimRight(w, ".;:"))
		if digits != "" && strings.IndexFunc(digits, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) < 0 &&
			unicode.IsDigit(rune(digits[0])) {
			nums = append(nums, strings.TrimLeft(digits, "0"))
			continue
		}
		words = append(words, strings.ToLower(w))
	}
	return nums, strings.Join(words, " ")
}

// MinSources keeps the statements whose fact at least n documents state
// (see Support.Sources; a statement with no fact, or of a fact support
// does not hold, has one source: its own document), in their order.
func MinSources(sts []annals.Statement, support map[string]*Support, n int) []annals.Statement {
	if n <= 1 {
		return sts
	}
	var out []annals.Statement
	for _, st := range sts {
		if sourcesOf(&st, support) >= n {
			out = append(out, st)
		}
	}
	return out
}

func sourcesOf(st *annals.Statement, support map[string]*Support) int {
	if sup := support[st.Fact]; sup != nil && st.Fact != "" {
		return sup.Sources()
	}
	return 1
}

// ByFact keeps one statement of each fact, in their order: of the fact's
// statements among sts, the one support ranks first (see Support.Best);
// the first one when support does not hold the fact. Statements with no
// fact are all kept.
func ByFact(sts []annals.Statement, support map[string]*Support) []annals.Statement {
	rank := map[string]int{}
	chosen := map[string]string{} // fact -> id of the statement kept
	for _, st := range sts {
		if st.Fact == "" {
			continue
		}
		r := len(sts)
		if sup := support[st.Fact]; sup != nil {
			if i := slices.IndexFunc(sup.Statements, func(s Source) bool { return s.ID == st.ID }); i >= 0 {
				r = i
			}
		}
		if id, ok := chosen[st.Fact]; !ok || r < rank[id] {
			chosen[st.Fact] = st.ID
			rank[st.ID] = r
		}
	}
	var out []annals.Statement
	for _, st := range sts {
		if st.Fact == "" || chosen[st.Fact] == st.ID {
			out = append(out, st)
		}
	}
	return out
}
