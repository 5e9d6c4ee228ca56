package fact

import (
	"math"
	"strings"
	"sync"

	"github.com/annals/annals/ingest/analysis"
)

// DefaultThreshold is the mean cosine similarity of words a document must
// have with the documents of a story to join it.
const DefaultThreshold = 0.2

// Stories groups the documents of a run into stories, one document at a
// time, and gives their statements and event mentions the facts of their
// story: one fact per event class and story (see Key; two verbs a story
// takes for synonyms are one class, see Synonyms). A document joins
// the story whose documents' words it shares most, on average, when that
// mean cosine similarity (of content words' lemmas, weighted 1 + log of
// their count) passes Threshold; otherwise it starts a story of its own,
// named after it.
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

	mu      sync.Mutex
	stories []story
}

type story struct {
	id  string
	sum map[string]float64 // the sum of its documents' unit vectors
	n   int
	syn *Synonyms
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
	v := Words(a)
	s.mu.Lock()
	best, score := -1, th
	for i := range s.stories {
		st := &s.stories[i]
		if sim := dot(v, st.sum) / float64(st.n); sim > score {
			best, score = i, sim
		}
	}
	if best < 0 {
		s.stories = append(s.stories, story{id: a.Document.ID, sum: map[string]float64{}, syn: &Synonyms{}})
		best = len(s.stories) - 1
	}
	st := &s.stories[best]
	for w, x := range v {
		st.sum[w] += x
	}
	st.n++
	assign(classes, st.syn, a, st.id) // under the lock: the story's synonyms grow
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
