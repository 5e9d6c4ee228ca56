// Command annals-train trains the tagger, lemmatizer and parser of package
// ingest/nlp on a CoNLL-U treebank (UD English EWT) and writes the model file
// that the package embeds. Equal flags and data give a bit-identical file.
//
//	go run ./cmd/annals-train -train en_ewt-ud-train.conllu -dev en_ewt-ud-dev.conllu \
//	    -out ingest/nlp/model/en-ewt.gob.gz
package main

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/annals/annals/ingest/nlp"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "annals-train:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	var opt nlp.TrainOptions
	flag := flag.NewFlagSet("annals-train", flag.ContinueOnError)
	flag.SetOutput(stderr)
	trainPath := flag.String("train", "", "training treebank (CoNLL-U)")
	devPath := flag.String("dev", "", "development treebank (CoNLL-U) for the printed figures; optional")
	out := flag.String("out", "", "model file to write (gzip-compressed gob)")
	flag.Uint64Var(&opt.Seed, "seed", 1, "seed of every shuffle")
	flag.IntVar(&opt.Folds, "folds", 5, "jackknife folds")
	flag.IntVar(&opt.TagEpochs, "tag-epochs", 10, "epochs per tagger pass")
	flag.IntVar(&opt.ParseEpochs, "parse-epochs", 12, "parser epochs")
	flag.IntVar(&opt.Beam, "beam", 4, "parser beam width, trained globally with max-violation updates (0 or 1: greedy, trained with the dynamic oracle)")
	flag.IntVar(&opt.RelabelEpochs, "relabel-epochs", 10, "epochs of the relabeller that names the arcs of the finished tree again (negative: none)")
	minUpdates := flag.Int("min-updates", 1, "drop features that took part in fewer perceptron updates")
	pruneBelow := flag.Float64("prune-below", 1, "drop features whose averaged weights are all smaller in magnitude")
	flag.BoolVar(&opt.NoParser, "no-parser", false, "train the tagger and lemmatizer only")
	flag.StringVar(&opt.TagCache, "tag-cache", "", "file keeping the trained tagger and jackknifed tags between runs, for parser experiments (read if made from the same data and tagger flags, else written; the model is the same)")
	flag.IntVar(&opt.Workers, "workers", 0, "goroutines for independent jobs (0: GOMAXPROCS; no effect on the result)")
	if err := flag.Parse(args); err != nil {
		return err
	}
	if *trainPath == "" || *out == "" {
		flag.Usage()
		return fmt.Errorf("-train and -out are required")
	}
	opt.MinUpdates = int32(*minUpdates)
	opt.PruneBelow = float32(*pruneBelow)
	opt.Log = stderr

	train, err := readFile(*trainPath)
	if err != nil {
		return err
	}
	var dev []nlp.Sentence
	if *devPath != "" {
		if dev, err = readFile(*devPath); err != nil {
			return err
		}
	}
	start := time.Now()
	m, err := nlp.Train(train, dev, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %s: %d bytes, sha256 %x, trained in %s\n",
		*out, buf.Len(), sha256.Sum256(buf.Bytes()), time.Since(start).Round(time.Millisecond))
	return nil
}

func readFile(path string) ([]nlp.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := nlp.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}
