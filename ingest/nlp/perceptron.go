package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// perceptron is an averaged multi-class perceptron under training. Each
// feature owns a dense row of per-class weights. Averaging is exact and lazy
// (Collins 2002; Daumé's trick): every weight remembers when it last changed
// and how much it accumulated until then.
//
// Training is sequential and uses no map iteration, so it is deterministic.
type perceptron struct {
	nClasses int
	index    map[uint64]int32 // feature → row; rows live in the flat slices below
	weight   []float64        // current weights, nClasses per row
	total    []float64        // sum of each weight over time up to its stamp
	stamp    []int32          // when each weight last changed
	updates  []int32          // per row: how often the feature took part in an update
	now      int32            // instances seen so far; advanced by tick
}

func newPerceptron(nClasses int) *perceptron {
	return &perceptron{nClasses: nClasses, index: make(map[uint64]int32)}
}

// tick marks the start of one training instance.
func (p *perceptron) tick() { p.now++ }

// score sets scores (len nClasses) to the current weights summed over feats.
func (p *perceptron) score(feats []uint64, scores []float64) {
	clear(scores)
	n := p.nClasses
	for _, f := range feats {
		if r, ok := p.index[f]; ok {
			for c, w := range p.weight[int(r)*n : int(r+1)*n] {
				scores[c] += w
			}
		}
	}
}

// update moves weight from the guessed class to the true class.
func (p *perceptron) update(truth, guess int, feats []uint64) {
	if truth == guess {
		return
	}
	n := p.nClasses
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.updates))
			p.index[f] = r
			p.updates = append(p.updates, 0)
			p.weight = append(p.weight, make([]float64, n)...)
			p.total = append(p.total, make([]float64, n)...)
			p.stamp = append(p.stamp, make([]int32, n)...)
		}
		p.updates[r]++
		p.add(int(r)*n+truth, 1)
		p.add(int(r)*n+guess, -1)
	}
}

func (p *perceptron) add(i int, delta float64) {
	p.total[i] += float64(p.now-p.stamp[i]) * p.weight[i]
	p.stamp[i] = p.now
	p.weight[i] += delta
}

// averaged returns the averaged weights as a frozen table, dropping features
// that took part in fewer than minUpdates updates (rare features mostly add
// size and noise).
func (p *perceptron) averaged(minUpdates int32) *weightTable {
	keys := make([]uint64, 0, len(p.index))
	for k, r := range p.index {
		if p.updates[r] >= minUpdates {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys) // fixed order: the map's is random
	n := p.nClasses
	weights := make([]float32, 0, len(keys)*n)
	now := float64(max(p.now, 1))
	for _, k := range keys {
		r := int(p.index[k])
		for i := r * n; i < (r+1)*n; i++ {
			total := p.total[i] + float64(p.now-p.stamp[i])*p.weight[i]
			weights = append(weights, float32(total/now))
		}
	}
	return newWeightTable(n, keys, weights)
}

// weightTable is a frozen, read-only feature → weight-row table: open
// addressing over a power-of-two array of keys, which is faster than a Go map
// and builds in one pass at load time.
type weightTable struct {
	nClasses int
	slots    []tableSlot
	mask     uint64
	weights  []float32 // row-major, nClasses per row
	keys     []uint64  // sorted; kept for saving
}

type tableSlot struct {
	key uint64 // 0 marks an empty slot (feature hashes are never 0)
	row int32
}

func newWeightTable(nClasses int, sortedKeys []uint64, weights []float32) *weightTable {
	size := 1
	for size < 2*len(sortedKeys)+2 {
		size <<= 1
	}
	t := &weightTable{
		nClasses: nClasses,
		slots:    make([]tableSlot, size),
		mask:     uint64(size - 1),
		weights:  weights,
		keys:     sortedKeys,
	}
	for i, k := range sortedKeys {
		j := slotOf(k) & t.mask
		for t.slots[j].key != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = tableSlot{key: k, row: int32(i)}
	}
	return t
}

// slotOf scrambles the key's bits again; sorted keys would otherwise cluster
// if the low bits of the hash were weak.
func slotOf(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 7 }

// row returns the weight row of feature f, or nil.
func (t *weightTable) row(f uint64) []float32 {
	j := slotOf(f) & t.mask
	for {
		s := &t.slots[j]
		if s.key == f {
			off := int(s.row) * t.nClasses
			return t.weights[off : off+t.nClasses]
		}
		if s.key == 0 {
			return nil
		}
		j = (j + 1) & t.mask
	}
}

// score sums the weight rows of feats into scores (len nClasses).
func (t *weightTable) score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		if r := t.row(f); r != nil {
			r = r[:len(scores)]
			for c, w := range r {
				scores[c] += w
			}
		}
	}
}

// argmax returns the highest-scoring class among those allowed (all if
// allowed is nil); ties go to the lowest class index.
func argmax(scores []float32) int {
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

// savedTable is the serialised form of a weightTable: keys as delta-encoded
// varints and weights quantised to int16 with one scale per table, which
// shrinks the model about fourfold at no measurable accuracy cost.
type savedTable struct {
	NClasses int
	NKeys    int
	Keys     []byte  // uvarint deltas of the sorted keys
	Scale    float32 // weight = int16 * Scale
	Weights  []byte  // little-endian int16, class-major (all keys' class 0, then class 1, ...)
}

// save quantises the table; rows that quantise to all zeros are dropped.
func (t *weightTable) save() savedTable {
	maxAbs := float32(0)
	for _, w := range t.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	n := t.nClasses
	var keep []int
	for i := range t.keys {
		for _, w := range t.weights[i*n : (i+1)*n] {
			if math.Round(float64(w/scale)) != 0 {
				keep = append(keep, i)
				break
			}
		}
	}
	var keys []byte
	prev := uint64(0)
	for _, i := range keep {
		keys = binary.AppendUvarint(keys, t.keys[i]-prev)
		prev = t.keys[i]
	}
	weights := make([]byte, 2*len(keep)*n)
	for c := range n {
		for j, i := range keep {
			q := int16(math.Round(float64(t.weights[i*n+c] / scale)))
			binary.LittleEndian.PutUint16(weights[2*(c*len(keep)+j):], uint16(q))
		}
	}
	return savedTable{NClasses: n, NKeys: len(keep), Keys: keys, Scale: scale, Weights: weights}
}

// load rebuilds a weightTable from its serialised form.
func (s savedTable) load() (*weightTable, error) {
	if s.NClasses <= 0 || s.NKeys < 0 || len(s.Weights) != 2*s.NKeys*s.NClasses {
		return nil, errors.New("nlp model: malformed weight table")
	}
	keys := make([]uint64, s.NKeys)
	buf := s.Keys
	prev := uint64(0)
	for i := range keys {
		d, n := binary.Uvarint(buf)
		if n <= 0 {
			return nil, fmt.Errorf("nlp model: bad key %d of %d", i, s.NKeys)
		}
		buf = buf[n:]
		prev += d
		keys[i] = prev
	}
	n := s.NClasses
	weights := make([]float32, s.NKeys*n)
	for c := range n {
		col := s.Weights[2*c*s.NKeys:]
		for j := range s.NKeys {
			q := int16(binary.LittleEndian.Uint16(col[2*j:]))
			weights[j*n+c] = float32(q) * s.Scale
		}
	}
	return newWeightTable(n, keys, weights), nil
}
