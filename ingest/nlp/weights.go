package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// keep receives a value derived from the prefetching loads in score, so
// that the compiler cannot drop them. It is not inlined, and unlike a shared
// variable it costs concurrent callers nothing.
//
//go:noinline
func keep(uint32) {}

// quantStep is the coarsest quantisation step of the weights. Averaged
// weights are mostly between 0.1 and 10; on EWT dev a step of 1/64 changed
// UAS by 0.01 against full int16 precision, and it makes the weights
// compress far better.
var quantStep float32 = 1.0 / 64

// quantise turns float weights (row-major, one row per sorted key) into a
// frozen int16 table. Rows that quantise to all zeros are dropped.
func quantise(n int, keys []uint64, weights []float32) *weightTable {
	maxAbs := float32(0)
	for _, w := range weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	scale := max(maxAbs/32767, quantStep)
	var kept []uint32
	q := make([]int16, 0, len(weights))
	for i, k := range keys {
		row := weights[i*n : (i+1)*n]
		nonZero := false
		for _, w := range row {
			if math.Round(float64(w/scale)) != 0 {
				nonZero = true
				break
			}
		}
		if !nonZero {
			continue
		}
		kept = append(kept, uint32(k))
		for _, w := range row {
			q = append(q, int16(math.Round(float64(w/scale))))
		}
	}
	return newWeightTable(n, scale, kept, q)
}

// weightTable is a frozen, read-only feature → weight-row table with int16
// weights: open addressing over a power-of-two array, faster than a Go map,
// and built in one pass at load time.
//
// Lookups are the main cost of tagging and parsing: the tables are far larger
// than the CPU caches. So for few classes (the parser's three moves) the
// weights sit inline next to their key, one cache line per lookup; for many
// classes a row keeps only its non-zero weights, as (class, weight) pairs,
// since a perceptron row is mostly zeros.
type weightTable struct {
	nClasses int
	scale    float32  // weight = int16 × scale
	keys     []uint32 // sorted; kept for saving
	// cells holds the hash table: per slot, the key (0: empty) followed by
	// either the row's weights packed two per uint32 (inline layout) or the
	// start and length of the row's pairs.
	cells  []uint32
	pairs  []uint32 // class<<16 | uint16(weight), row after row
	stride int
	inline bool
	mask   uint32
}

// maxInlineClasses bounds the inline layout to 16-byte slots.
const maxInlineClasses = 6

// newWeightTable builds a table from dense rows (row-major, one row per
// sorted key). The rows are not retained.
func newWeightTable(n int, scale float32, sortedKeys []uint32, rows []int16) *weightTable {
	t := newEmptyTable(n, scale, sortedKeys)
	for i, k := range sortedKeys {
		row := rows[i*n : (i+1)*n]
		cell := t.insert(k)
		if t.inline {
			for c, w := range row {
				cell[1+c/2] |= uint32(uint16(w)) << (16 * (c % 2))
			}
			continue
		}
		cell[1] = uint32(len(t.pairs))
		for c, w := range row {
			if w != 0 {
				t.pairs = append(t.pairs, uint32(c)<<16|uint32(uint16(w)))
			}
		}
		cell[2] = uint32(len(t.pairs)) - cell[1]
	}
	return t
}

// newSparseTable builds a table of many classes from its rows' non-zero
// (class, weight) pairs: row i is pairs[starts[i]:starts[i+1]].
func newSparseTable(n int, scale float32, sortedKeys []uint32, starts, pairs []uint32) *weightTable {
	t := newEmptyTable(n, scale, sortedKeys)
	if t.inline {
		panic("nlp: newSparseTable with few classes")
	}
	t.pairs = pairs
	for i, k := range sortedKeys {
		cell := t.insert(k)
		cell[1], cell[2] = starts[i], starts[i+1]-starts[i]
	}
	return t
}

func newEmptyTable(n int, scale float32, sortedKeys []uint32) *weightTable {
	// A load factor between 1/3 and 2/3: small enough for short probes,
	// large enough to keep the table (and its cache misses) small.
	size := 1
	for 2*size < 3*len(sortedKeys)+3 {
		size <<= 1
	}
	t := &weightTable{nClasses: n, scale: scale, keys: sortedKeys, mask: uint32(size - 1)}
	t.inline = n <= maxInlineClasses
	if t.inline {
		t.stride = 1 + (n+1)/2
	} else {
		t.stride = 3
	}
	t.cells = make([]uint32, size*t.stride)
	return t
}

// insert claims the cell of key k.
func (t *weightTable) insert(k uint32) []uint32 {
	j := slotOf(k) & t.mask
	for t.cells[int(j)*t.stride] != 0 {
		j = (j + 1) & t.mask
	}
	cell := t.cells[int(j)*t.stride : int(j+1)*t.stride]
	cell[0] = k
	return cell
}

// row writes the dense weights of key k (which must be in the table) to dst.
func (t *weightTable) row(k uint32, dst []int16) {
	clear(dst)
	c, ok := t.find(k, slotOf(k)&t.mask)
	if !ok {
		return
	}
	cell := t.cells[c : int(c)+t.stride]
	if t.inline {
		for i := range dst {
			dst[i] = int16(cell[1+i/2] >> (16 * (i % 2)))
		}
		return
	}
	for _, p := range t.pairs[cell[1] : cell[1]+cell[2]] {
		dst[p>>16] = int16(p)
	}
}

// slotOf scrambles the key's bits again so that similar keys spread out.
func slotOf(k uint32) uint32 { return (k * 0x9E3779B1) ^ (k >> 16) }

// maxBatch is how many features score looks up before summing them.
const maxBatch = 128

// score sets scores (len nClasses) to the summed weights of feats, in units
// of t.scale.
//
// It works in phases so that the CPU can overlap cache misses instead of
// waiting for each in turn behind a mispredicted "found?" branch: first it
// loads the first cell of every feature's slot (independent loads), then it
// probes and touches the start of each row found, and only then sums.
func (t *weightTable) score(feats []uint64, scores []int32) {
	clear(scores)
	var slots [maxBatch]uint32
	var found [maxBatch]uint32 // cell index of each feature found
	for len(feats) > 0 {
		batch := feats[:min(len(feats), maxBatch)]
		feats = feats[len(batch):]
		var touch uint32
		for i, f := range batch {
			j := slotOf(uint32(f)) & t.mask
			slots[i] = j
			touch += t.cells[int(j)*t.stride]
		}
		nFound := 0
		for i, f := range batch {
			if c, ok := t.find(uint32(f), slots[i]); ok {
				found[nFound] = c
				nFound++
				if !t.inline && t.cells[c+2] > 0 {
					touch += t.pairs[t.cells[c+1]]
				}
			}
		}
		keep(touch) // keeps the touching loads from being optimised away
		for _, c := range found[:nFound] {
			cell := t.cells[c : int(c)+t.stride]
			if t.inline {
				for k := range t.nClasses {
					scores[k] += int32(int16(cell[1+k/2] >> (16 * (k % 2))))
				}
				continue
			}
			for _, p := range t.pairs[cell[1] : cell[1]+cell[2]] {
				scores[p>>16] += int32(int16(p))
			}
		}
	}
}

// find returns the index in cells of key k's cell, probing from slot j.
func (t *weightTable) find(k, j uint32) (uint32, bool) {
	for {
		c := int(j) * t.stride
		switch t.cells[c] {
		case k:
			return uint32(c), true
		case 0:
			return 0, false
		}
		j = (j + 1) & t.mask
	}
}

// argmax returns the highest-scoring class; ties go to the lowest index.
func argmax(scores []int32) int {
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

// pruned returns a copy without the features whose weights are all smaller
// in magnitude than minAbs: they rarely change a decision but cost space and
// cache.
func (t *weightTable) pruned(minAbs float32) *weightTable {
	if minAbs <= 0 {
		return t
	}
	limit := int32(math.Ceil(float64(minAbs / t.scale)))
	n := t.nClasses
	var keys []uint32
	var rows []int16
	row := make([]int16, n)
	for _, k := range t.keys {
		t.row(k, row)
		for _, w := range row {
			if int32(w) >= limit || int32(w) <= -limit {
				keys = append(keys, k)
				rows = append(rows, row...)
				break
			}
		}
	}
	return newWeightTable(n, t.scale, keys, rows)
}

// savedTable is the serialised form of a weightTable. Its two byte sections
// are not gob-encoded: Model.Save writes them raw after the gob header, and
// Load slices them out of the decompressed file without copying.
type savedTable struct {
	NClasses   int
	NKeys      int
	Scale      float32 // weight = int16 × Scale
	KeysLen    int     // bytes of keys
	WeightsLen int     // bytes of weights
	// keys are the sorted keys as uvarint deltas.
	keys []byte
	// weights are little-endian int16s: for few classes all of them, class
	// by class (similar values side by side compress better); for many
	// classes, per row, a count byte and (class byte, int16) per non-zero
	// weight, since such rows are mostly zeros.
	weights []byte
}

// sparseOnDisk reports whether rows of n classes are saved sparsely.
func sparseOnDisk(n int) bool { return n > maxInlineClasses && n <= 255 }

func (t *weightTable) save() savedTable {
	n := t.nClasses
	var keys []byte
	prev := uint32(0)
	for _, k := range t.keys {
		keys = binary.AppendUvarint(keys, uint64(k-prev))
		prev = k
	}
	nk := len(t.keys)
	var weights []byte
	row := make([]int16, n)
	if sparseOnDisk(n) {
		for _, k := range t.keys {
			t.row(k, row)
			count := 0
			for _, w := range row {
				count += b2i(w != 0)
			}
			weights = append(weights, byte(count))
			for c, w := range row {
				if w != 0 {
					weights = append(weights, byte(c))
					weights = binary.LittleEndian.AppendUint16(weights, uint16(w))
				}
			}
		}
	} else {
		weights = make([]byte, 2*nk*n)
		for j, k := range t.keys {
			t.row(k, row)
			for c, w := range row {
				binary.LittleEndian.PutUint16(weights[2*(c*nk+j):], uint16(w))
			}
		}
	}
	return savedTable{NClasses: n, NKeys: nk, Scale: t.scale, KeysLen: len(keys), WeightsLen: len(weights), keys: keys, weights: weights}
}

var errMalformedTable = errors.New("nlp: malformed weight table in model")

// load rebuilds a weightTable from its serialised form.
func (s savedTable) load() (*weightTable, error) {
	n := s.NClasses
	if n <= 0 || s.NKeys < 0 || len(s.keys) != s.KeysLen || len(s.weights) != s.WeightsLen {
		return nil, errMalformedTable
	}
	keys := make([]uint32, s.NKeys)
	buf := s.keys
	prev := uint64(0)
	for i := range keys {
		d, size := binary.Uvarint(buf)
		if size <= 0 || prev+d > math.MaxUint32 || d == 0 && i > 0 {
			return nil, fmt.Errorf("nlp: bad key %d of %d in model", i, s.NKeys)
		}
		buf = buf[size:]
		prev += d
		keys[i] = uint32(prev)
	}
	w := s.weights
	if sparseOnDisk(n) {
		starts := make([]uint32, s.NKeys+1)
		pairs := make([]uint32, 0, len(w)/3)
		for j := range s.NKeys {
			if len(w) < 1 || len(w) < 1+3*int(w[0]) {
				return nil, errMalformedTable
			}
			count := int(w[0])
			w = w[1:]
			for range count {
				c := uint32(w[0])
				if c >= uint32(n) {
					return nil, errMalformedTable
				}
				pairs = append(pairs, c<<16|uint32(binary.LittleEndian.Uint16(w[1:])))
				w = w[3:]
			}
			starts[j+1] = uint32(len(pairs))
		}
		if len(w) != 0 {
			return nil, errMalformedTable
		}
		return newSparseTable(n, s.Scale, keys, starts, pairs), nil
	}
	rows := make([]int16, s.NKeys*n)
	{
		if len(w) != 2*s.NKeys*n {
			return nil, errMalformedTable
		}
		for c := range n {
			col := w[2*c*s.NKeys:]
			for j := range s.NKeys {
				rows[j*n+c] = int16(binary.LittleEndian.Uint16(col[2*j:]))
			}
		}
	}
	return newWeightTable(n, s.Scale, keys, rows), nil
}
