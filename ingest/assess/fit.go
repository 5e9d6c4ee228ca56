package assess

import (
	"errors"
	"math"
)

// Sample is one judged statement: its features and whether it was right.
type Sample struct {
	Features Features
	Right    bool
	// Weight is how much the sample counts in the fit; 0 counts as 1. A
	// source of verdicts with fewer samples may weigh more, so that each
	// source counts about the same.
	Weight float64
}

// Fit fits a logistic model to samples by Newton's method, with an L2
// penalty of lambda on the weights (not the bias): the samples are few
// (hundreds), and the penalty keeps a feature that a handful of them
// happen to share from taking a large weight.
func Fit(samples []Sample, lambda float64) (*Model, error) {
	if len(samples) == 0 {
		return nil, errors.New("assess fit: no samples")
	}
	d := len(FeatureNames) + 1 // the bias is the last input
	x := make([][]float64, len(samples))
	y := make([]float64, len(samples))
	weight := make([]float64, len(samples))
	for i, s := range samples {
		x[i] = append(s.Features.Vector(), 1)
		if s.Right {
			y[i] = 1
		}
		weight[i] = s.Weight
		if weight[i] <= 0 {
			weight[i] = 1
		}
	}
	w := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for j := range hess {
			hess[j] = make([]float64, d)
		}
		for i := range x {
			p := sigmoid(dot(w, x[i]))
			for j := range d {
				grad[j] += weight[i] * (p - y[i]) * x[i][j]
				for k := range d {
					hess[j][k] += weight[i] * p * (1 - p) * x[i][j] * x[i][k]
				}
			}
		}
		for j := 0; j < d-1; j++ {
			grad[j] += lambda * w[j]
			hess[j][j] += lambda
		}
		hess[d-1][d-1] += 1e-9 // a bias with no data behind it stays solvable
		step, err := solve(hess, grad)
		if err != nil {
			return nil, err
		}
		change := 0.0
		for j := range w {
			w[j] -= step[j]
			change = math.Max(change, math.Abs(step[j]))
		}
		if change < 1e-9 {
			break
		}
	}
	return &Model{Features: append([]string(nil), FeatureNames...), Weights: w[:d-1], Bias: w[d-1]}, nil
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// solve solves a·x = b by Gaussian elimination with partial pivoting; a
// and b are changed.
func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-12 {
			return nil, errors.New("assess fit: singular system")
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x, nil
}

// Bin is one row of a reliability table: the samples whose probability
// fell in [Low, High), their mean probability and how many were right.
type Bin struct {
	Low, High float64
	N, Right  int
	Mean      float64 // mean probability in the bin
}

// Reliability sorts samples into ten bins of probability under m and
// returns the table and the expected calibration error: the mean, weighted
// by the bins' sizes, of |share right − mean probability|.
func Reliability(m *Model, samples []Sample, limit func(Features) bool) ([]Bin, float64) {
	bins := make([]Bin, 10)
	for i := range bins {
		bins[i].Low, bins[i].High = float64(i)/10, float64(i+1)/10
	}
	for _, s := range samples {
		p := m.Probability(s.Features)
		if limit != nil && limit(s.Features) {
			p = min(p, Limit)
		}
		k := min(int(p*10), 9)
		bins[k].N++
		bins[k].Mean += p
		if s.Right {
			bins[k].Right++
		}
	}
	ece := 0.0
	for i := range bins {
		b := &bins[i]
		if b.N == 0 {
			continue
		}
		b.Mean /= float64(b.N)
		ece += float64(b.N) / float64(len(samples)) * math.Abs(float64(b.Right)/float64(b.N)-b.Mean)
	}
	return bins, ece
}
