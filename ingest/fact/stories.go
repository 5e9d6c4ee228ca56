package fact

import (
	"math"
	"strings"
	"sync"
	"time"

	"github.com/annals/annals/ingest/analysis"
)

// DefaultThreshold is the mean cosine similarity of words a document must
// have with the documents of a story to join it.
const DefaultThreshold = 0.3

// DefaultLead is how many sentences of a document, its title first, are
// its lead: their statements may join the facts other documents of the
// story tell; the later ones only those of their own document.
const DefaultLead = 6

// DefaultWindow is how far a document's date may lie from the dates of a
// story's documents for it to join the story: news of one event come
// within days of it, and a later article on the same subject is another
// story ("the campaign in May", "the campaign in June").
const DefaultWindow = 7 * 24 * time.Hour

// DefaultSpan is the most days a story's dated documents may span: a
// document joins a story only within Window of one of its documents and
// within Span of all of them, so that a story does not drift from week to
// week (one candidate's wins of primaries weeks apart made one story),
// while the follow-ups of one event over a fortnight stay one.
const DefaultSpan = 14 * 24 * time.Hour

// Stories groups the documents of a run into stories, one document at a
// time, and gives their statements and event mentions the facts of their
// story: one fact per event class, participants and story (see Key and
// Ledger; two verbs a story takes for synonyms are one class, see
// Synonyms). A document joins
// the story whose documents' words it shares most, on average, when that
// mean cosine similarity (of content words' lemmas, weighted 1 + log of
// their count) passes Threshold; otherwise it starts a story of its own,
// named after it. A dated document joins only a story with a document
// dated within Window of its date and none further than Span.
//
// The assignment is online, as a store receives articles: a document never
// moves once placed, so no fact id already given changes, and a new
// article needs only the stories' summed word vectors. The price is that
// the stories depend on the order of the documents (a document that would
// bridge two earlier stories joins one of them), not on how the input is
// split into runs once the same order is kept. Stories is safe for
// concurrent use; give it documents in their input order.
type Stories struct {
	// Classes gives nouns their event class; nil means DefaultClasses().
	Classes *Classes
	// Threshold is the similarity to join a story; 0 means DefaultThreshold.
	Threshold float64
	// Window is how far apart in date a document and the nearest dated
	// document of its story may lie; 0 means DefaultWindow.
	Window time.Duration
	// Span is how far apart in date any two documents of a story may lie;
	// 0 means DefaultSpan.
	Span time.Duration
	// Lead is how many first sentences of a document make its lead (see
	// Ledger.Fact); 0 means DefaultLead.
	Lead int

	mu      sync.Mutex
	stories []story
}

type story struct {
	id    string
	sum   map[string]float64 // the sum of its documents' unit vectors
	n     int
	facts *Ledger
	// first and last are the earliest and latest dates of its documents;
	// zero when none is dated.
	first, last time.Time
	days        []time.Time // the dates of its dated documents
}

// near reports whether day lies within w of a dated document of the story
// and within span of all of them. A zero day or an undated story is near.
func (st *story) near(day time.Time, w, span time.Duration) bool {
	if day.IsZero() || st.first.IsZero() {
		return true
	}
	if day.Before(st.last.Add(-span)) || day.After(st.first.Add(span)) {
		return false
	}
	for _, d := range st.days {
		if !day.Before(d.Add(-w)) && !day.After(d.Add(w)) {
			return true
		}
	}
	return false
}

// add widens the story's dates to day.
func (st *story) add(day time.Time) {
	if day.IsZero() {
		return
	}
	st.days = append(st.days, day)
	if st.first.IsZero() || day.Before(st.first) {
		st.first = day
	}
	if st.last.IsZero() || day.After(st.last) {
		st.last = day
	}
}

// Join places a's document in a story and sets Fact on a's statements and
// event mentions for it. It returns the story's id: the id of the
// document that started it.
func (s *Stories) Join(a *analysis.Analysis) (string, error) {
	classes := s.Classes
	if classes == nil {
		var err error
		if classes, err = DefaultClasses(); err != nil {
			return "", err
		}
	}
	th := s.Threshold
	if th == 0 {
		th = DefaultThreshold
	}
	window := s.Window
	if window == 0 {
		window = DefaultWindow
	}
	span := s.Span
	if span == 0 {
		span = DefaultSpan
	}
	v := Words(a)
	day := a.Document.Date
	s.mu.Lock()
	best, score := -1, th
	for i := range s.stories {
		st := &s.stories[i]
		if !st.near(day, window, span) {
			continue
		}
		if sim := dot(v, st.sum) / float64(st.n); sim > score {
			best, score = i, sim
		}
	}
	if best < 0 {
		s.stories = append(s.stories, story{id: a.Document.ID, sum: map[string]float64{}, facts: &Ledger{}})
		best = len(s.stories) - 1
	}
	st := &s.stories[best]
	for w, x := range v {
		st.sum[w] += x
	}
	st.n++
	st.add(day)
	lead := s.Lead
	if lead == 0 {
		lead = DefaultLead
	}
	assign(classes, st.facts, a, st.id, lead) // under the lock: the story's ledger grows
	s.mu.Unlock()
	return st.id, nil
}

// Words is a document's unit vector of content words: the lemmas of its
// nouns, proper nouns, verbs and adjectives of four letters or more, lower
// case, but the most common ones of news (stop), each weighted 1 + the
// logarithm of its count.
func Words(a *analysis.Analysis) map[string]float64 {
	count := map[string]int{}
	for si := range a.Sentences {
		for _, t := range a.Sentences[si].Tokens {
			switch t.UPOS {
			case "NOUN", "PROPN", "VERB", "ADJ":
			default:
				continue
			}
			l := strings.ToLower(t.Lemma)
			if l == "" {
				l = strings.ToLower(t.Text)
			}
			if len(l) < 4 || stop[l] {
				continue
			}
			count[l]++
		}
	}
	v := make(map[string]float64, len(count))
	norm := 0.0
	for w, n := range count {
		x := 1 + math.Log(float64(n))
		v[w] = x
		norm += x * x
	}
	norm = math.Sqrt(norm)
	for w := range v {
		v[w] /= norm
	}
	return v
}

func dot(a, b map[string]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	sum := 0.0
	for w, x := range a {
		sum += x * b[w]
	}
	return sum
}

// stop are words too common in news to tell one story from another.
var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`that this with from have been were which their they there about
		would will said after also when what more than into over could other some them only being
		such most first last year years says told while where those these before since under
		between during people time like just made make many much very even because back report
		according take come give know think want tell state include become seem remain week month
		today yesterday monday tuesday wednesday thursday friday saturday sunday news day days
		new old good great large small high long little other same next early late`) {
		m[w] = true
	}
	return m
}()
