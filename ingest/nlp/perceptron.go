package nlp

import "slices"

// perceptron is an averaged multi-class perceptron under training. Each
// feature owns a dense row of per-class weights. Averaging is exact and lazy
// (Collins 2002; Daumé's trick): every weight remembers when it last changed
// and how much it accumulated until then.
//
// Training is sequential and uses no map iteration, so it is deterministic.
type perceptron struct {
	nClasses int
	index    map[uint64]int32 // feature → row; rows live in the flat slices below
	weight   []float32        // current weights, nClasses per row (small integers: exact in float32, and half the memory traffic of float64)
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
				scores[c] += float64(w)
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
		r := p.row(f)
		p.updates[r]++
		p.add(int(r)*n+truth, 1)
		p.add(int(r)*n+guess, -1)
	}
}

// addTo adds delta to the weight of class for every feature of feats, as
// one update; structured training (beam.go) adds the gold and the
// predicted sequence's features separately.
func (p *perceptron) addTo(class int, delta float64, feats []uint64) {
	n := p.nClasses
	for _, f := range feats {
		r := p.row(f)
		p.updates[r]++
		p.add(int(r)*n+class, delta)
	}
}

// row returns feature f's row, adding a zero row if f is new.
func (p *perceptron) row(f uint64) int32 {
	r, ok := p.index[f]
	if !ok {
		n := p.nClasses
		r = int32(len(p.updates))
		p.index[f] = r
		p.updates = append(p.updates, 0)
		p.weight = append(p.weight, make([]float32, n)...)
		p.total = append(p.total, make([]float64, n)...)
		p.stamp = append(p.stamp, make([]int32, n)...)
	}
	return r
}

func (p *perceptron) add(i int, delta float64) {
	p.total[i] += float64(p.now-p.stamp[i]) * float64(p.weight[i])
	p.stamp[i] = p.now
	p.weight[i] += float32(delta)
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
			total := p.total[i] + float64(p.now-p.stamp[i])*float64(p.weight[i])
			weights = append(weights, float32(total/now))
		}
	}
	return quantise(n, keys, weights)
}

// argmax64 returns the highest-scoring class; ties go to the lowest index.
func argmax64(scores []float64) int {
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}
