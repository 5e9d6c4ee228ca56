package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/nlp"
	"github.com/spf13/cobra"
)

// parseOptions are the inputs of `annals parse`.
type parseOptions struct {
	IO     *IOStreams
	File   string // "" or "-" for stdin
	CoNLLU bool   // the input is CoNLL-U with given words
}

func newParseCmd(io *IOStreams) *cobra.Command {
	opts := &parseOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "parse [FILE]",
		Short: "Tag, lemmatise and parse text; print CoNLL-U",
		Long: `Split raw English text into sentences and words, and print each word's lemma,
universal and Penn part of speech, head and dependency relation as CoNLL-U.

With --conllu the input is CoNLL-U with given words: ID and FORM are kept,
LEMMA, UPOS, XPOS, HEAD and DEPREL are filled in (the other columns are kept).`,
		Example: `  annals parse article.txt
  annals parse --conllu < en_ewt-ud-dev.conllu > out.conllu`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.File = args[0]
			}
			return runParse(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.CoNLLU, "conllu", false, "the input is CoNLL-U with given words")
	return cmd
}

func runParse(ctx context.Context, opts *parseOptions) error {
	in, name := opts.IO.In, "<stdin>"
	if opts.File != "" && opts.File != "-" {
		f, err := os.Open(opts.File)
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, opts.File
	}
	model, err := nlp.Default()
	if err != nil {
		return fmt.Errorf("load language model: %w", err)
	}
	var sents []nlp.Sentence
	if opts.CoNLLU {
		if sents, err = nlp.ReadCoNLLU(bufio.NewReader(in)); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := model.Reannotate(ctx, sents); err != nil {
			return err
		}
	} else {
		raw, err := io.ReadAll(in)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		a := &analysis.Analysis{Document: annals.Document{ID: name, Text: string(raw)}}
		if err := ingest.NewPipeline(ingest.Splitter{}, ingest.Annotator{Model: model}).Run(ctx, a); err != nil {
			return err
		}
		sents = ingest.CoNLLU(a)
	}
	w := bufio.NewWriter(opts.IO.Out)
	if err := nlp.WriteCoNLLU(w, sents); err != nil {
		return err
	}
	return w.Flush()
}
