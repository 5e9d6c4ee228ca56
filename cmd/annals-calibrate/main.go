// Command annals-calibrate fits the model behind statement confidence
// (package ingest/assess) to statements judged right or not, and prints how
// well calibrated it is. Two kinds of verdicts feed it: the strict fact
// scorer's on the MEANTIME development articles (CC BY 4.0, NewsReader),
// made afresh by verdicts.py, and a reader's on random statements of the
// Wikinews set (CC BY 2.5), kept in data/ (see data/README.md). From the
// repository root:
//
//	go build -o annals ./cmd/annals
//	python3 cmd/annals-calibrate/verdicts.py --annals ./annals --eval ../shared/eval \
//	    --docs /tmp/docs.jsonl --verdicts /tmp/verdicts.tsv
//	W=../shared/corpus/wikinews-2019-2020.jsonl
//	D=cmd/annals-calibrate/data
//	go run ./cmd/annals-calibrate -docs /tmp/docs.jsonl,$W,$W,$W,$W \
//	    -verdicts /tmp/verdicts.tsv,$D/wikinews-reader.tsv,$D/wikinews-reader-2.tsv,$D/wikinews-reader-3.tsv,$D/wikinews-reader-4.tsv \
//	    -weights 6,1,1,1,1 -out ingest/assess/model.json
//
// The weights make the scorer's 312 verdicts count a little more than the
// reader's 1,445 together.
//
// verdicts.py judges every statement with fact_eval.py's own checks; this
// command runs the standard pipeline without its assessment on the
// articles, joins the statements to their verdicts by id, fits, and writes
// the model. Equal inputs give the same file.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/assess"
	"github.com/annals/annals/ingest/source"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "annals-calibrate:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annals-calibrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	docs := fs.String("docs", "", "the articles, JSON Lines (verdicts.py --docs); several joined by commas, one per verdicts file")
	verdicts := fs.String("verdicts", "", "the verdicts (verdicts.py --verdicts, or a reader's: cmd/annals-calibrate/data); several joined by commas")
	out := fs.String("out", "", "model file to write (default: print it)")
	weights := fs.String("weights", "", "how much a verdict of each -verdicts file weighs in the fit, joined by commas (default 1 each)")
	lambda := fs.Float64("lambda", 2, "L2 penalty on the weights")
	folds := fs.Int("folds", 5, "folds of the cross-validated figures")
	minJoined := fs.Float64("min-joined", 0.9, "the share of each verdicts file that must still join to statements; "+
		"lower it to keep the verdicts of statements a later extractor still makes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *docs == "" || *verdicts == "" {
		fs.Usage()
		return errors.New("-docs and -verdicts are required")
	}
	docFiles, verdictFiles := strings.Split(*docs, ","), strings.Split(*verdicts, ",")
	if len(docFiles) != len(verdictFiles) {
		return fmt.Errorf("%d -docs files for %d -verdicts files: want one each", len(docFiles), len(verdictFiles))
	}
	weightOf, err := parseWeights(*weights, len(verdictFiles))
	if err != nil {
		return err
	}
	var samples []assess.Sample
	for i := range docFiles {
		right, err := readVerdicts(verdictFiles[i])
		if err != nil {
			return err
		}
		set, err := judged(ctx, docFiles[i], right, *minJoined)
		if err != nil {
			return fmt.Errorf("%s: %w", verdictFiles[i], err)
		}
		fmt.Fprintf(stderr, "%s: %d of %d verdicts joined to statements, weight %g\n", verdictFiles[i], len(set), len(right), weightOf[i])
		for k := range set {
			set[k].Weight = weightOf[i]
		}
		samples = append(samples, set...)
	}
	m, err := assess.Fit(samples, *lambda)
	if err != nil {
		return err
	}
	m.Source = fmt.Sprintf("fitted by cmd/annals-calibrate (lambda %g) to %d statements judged right or not: "+
		"%s (weights %v)", *lambda, len(samples), strings.Join(verdictFiles, ", "), weightOf)
	report(stdout, m, samples, *lambda, *folds)
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if *out == "" {
		_, err = stdout.Write(data)
		return err
	}
	return os.WriteFile(*out, data, 0o644)
}

// parseWeights reads the -weights flag: n positive numbers, or none for 1
// each.
func parseWeights(flag string, n int) ([]float64, error) {
	out := make([]float64, n)
	if flag == "" {
		for i := range out {
			out[i] = 1
		}
		return out, nil
	}
	parts := strings.Split(flag, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("-weights: %d weights for %d verdicts files", len(parts), n)
	}
	for i, p := range parts {
		w, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || !(w > 0) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("-weights: %q is no positive number", p)
		}
		out[i] = w
	}
	return out, nil
}

// readVerdicts maps statement ids to whether they are right.
func readVerdicts(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	right := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 3 {
			return nil, fmt.Errorf("%s:%d: want id, article, verdict", path, n)
		}
		v, err := strconv.Atoi(fields[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: verdict %q", path, n, fields[2])
		}
		right[fields[0]] = v == 1
	}
	return right, sc.Err()
}

// judged runs the pipeline, without its assessment, on the articles and
// returns the features of every statement that has a verdict.
func judged(ctx context.Context, docs string, right map[string]bool, minJoined float64) ([]assess.Sample, error) {
	pipe, err := ingest.Default()
	if err != nil {
		return nil, err
	}
	pipe = pipe.Without("assess/")
	var samples []assess.Sample
	seen := map[string]bool{}
	for a, err := range pipe.Analyse(ctx, source.Documents(ctx, []string{docs}, source.Options{}), 1) {
		if err != nil {
			return nil, err
		}
		doc := assess.NewDocument(a)
		for i := range a.Statements {
			st := &a.Statements[i]
			ok, judged := right[st.ID]
			if !judged || seen[st.ID] {
				continue
			}
			seen[st.ID] = true
			samples = append(samples, assess.Sample{Features: doc.Features(st), Right: ok})
		}
	}
	// A reader's verdicts outlive small changes of the extractor: a
	// statement it no longer makes loses its verdict. Many lost mean the
	// verdicts were made of another version.
	if float64(len(samples)) < minJoined*float64(len(right)) {
		return nil, fmt.Errorf("%d verdicts, %d of them found among the statements: were they made by another version?", len(right), len(samples))
	}
	return samples, nil
}

// report prints the weights, the reliability table with the limits of
// assess.Unusable applied, and cross-validated figures.
func report(w io.Writer, m *assess.Model, samples []assess.Sample, lambda float64, folds int) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "feature\tweight")
	for i, n := range m.Features {
		fmt.Fprintf(tw, "%s\t%+.3f\n", n, m.Weights[i])
	}
	fmt.Fprintf(tw, "bias\t%+.3f\n", m.Bias)
	tw.Flush()
	unusable := func(f assess.Features) bool { return assess.Unusable(f) != "" }
	bins, ece := assess.Reliability(m, samples, unusable)
	fmt.Fprintf(w, "\nreliability on the %d fitted statements (limits applied):\n", len(samples))
	printBins(w, bins)
	fmt.Fprintf(w, "expected calibration error %.3f\n", ece)

	// Cross-validated: each fold judged by a model fitted on the others.
	var cv []assess.Sample
	var cvProb []float64
	for k := range folds {
		var train, test []assess.Sample
		for i, s := range samples {
			if i%folds == k {
				test = append(test, s)
			} else {
				train = append(train, s)
			}
		}
		mk, err := assess.Fit(train, lambda)
		if err != nil {
			fmt.Fprintf(w, "fold %d: %v\n", k, err)
			return
		}
		for _, s := range test {
			p := mk.Probability(s.Features)
			if unusable(s.Features) {
				p = min(p, assess.Limit)
			}
			cv = append(cv, s)
			cvProb = append(cvProb, p)
		}
	}
	fmt.Fprintf(w, "\n%d-fold cross-validated: precision and share kept at thresholds\n", folds)
	fmt.Fprintln(w, "min confidence  kept  right  precision  log loss")
	loss := 0.0
	for i, s := range cv {
		p := math.Min(math.Max(cvProb[i], 1e-6), 1-1e-6)
		if s.Right {
			loss -= math.Log(p)
		} else {
			loss -= math.Log(1 - p)
		}
	}
	for _, t := range []float64{0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7} {
		kept, ok := 0, 0
		for i, s := range cv {
			if cvProb[i] >= t {
				kept++
				if s.Right {
					ok++
				}
			}
		}
		fmt.Fprintf(w, "%14.1f  %4d  %5d  %9.3f  %.3f\n", t, kept, ok, float64(ok)/math.Max(float64(kept), 1), loss/float64(len(cv)))
	}
}

func printBins(w io.Writer, bins []assess.Bin) {
	fmt.Fprintln(w, "confidence   statements  right  share right  mean confidence")
	for _, b := range bins {
		if b.N == 0 {
			continue
		}
		fmt.Fprintf(w, "%.1f–%.1f   %10d  %5d  %11.3f  %15.3f\n", b.Low, b.High, b.N, b.Right, float64(b.Right)/float64(b.N), b.Mean)
	}
}
