package main

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"time"

	"github.com/annals/annals/graph"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/actor"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/fact"
	"github.com/annals/annals/ingest/source"
	"github.com/spf13/cobra"
)

// ingestOptions are the inputs of `annals ingest`.
type ingestOptions struct {
	IO      *IOStreams
	Store   storeFlags
	Paths   []string
	Date    string // --date YYYY-MM-DD
	Format  string
	Strict  bool
	Aliases string // --aliases FILE
	Workers int
	Quiet   bool // no progress display (progress.go)
}

func newIngestCmd(io *IOStreams) *cobra.Command {
	opts := &ingestOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read news articles and store their statements",
		Long: `Read news articles and store their statements in the graph.

PATH is a .txt or .md file (one article), a .jsonl file (one article per line:
{"id","date","title","text","url"}), a folder (read recursively), or - for
standard input. Ingesting the same article twice adds nothing; a changed
article with a known id replaces its old statements. A document may hold at
most 8 MiB of text; a longer one is refused ("file:line: the text is ...").

A .txt or .md file's id is its name relative to PATH (notes.md for
news/notes.md given alone, 2025/notes.md inside the folder news), unless its
front matter gives "id: ...": edit the file and ingest it again to replace
it, and "annals forget notes.md" to remove it. Markdown is stored as its
plain text (CommonMark without emphasis, link and code marks; headings and
list items as paragraphs of their own); offsets point into that text.

The articles of one run that tell one story share the facts they both
report (see "annals timeline": a fact's sources); an article of a later
run starts a story of its own.`,
		Example: `  annals ingest testdata/istanbul-talks.jsonl
  annals ingest --date 2025-07-23 article.txt
  cat news.jsonl | annals ingest -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runIngest(cmd.Context(), opts)
		},
	}
	opts.Store.register(cmd)
	cmd.Flags().StringVar(&opts.Date, "date", "", "date of the articles (YYYY-MM-DD): overrides what .txt/.md files say; used for JSON Lines records without a date")
	cmd.Flags().StringVar(&opts.Aliases, "aliases", "", "an aliases file (YAML: merge, rename, split) applied to the actors")
	cmd.Flags().StringVar(&opts.Format, "format", "", "format of standard input: text, markdown or jsonl (default: guess)")
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "any bad input is fatal, before anything is written")
	cmd.Flags().IntVar(&opts.Workers, "workers", defaultWorkers(), "documents analysed in parallel")
	cmd.Flags().BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress display on stderr (the summary line still goes to stdout)")
	return cmd
}

// defaultWorkers is how many documents are analysed at once: one per CPU.
func defaultWorkers() int { return runtime.NumCPU() }

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	graph.WriteStats
	Documents, Sentences int
	Errors               int
	Elapsed              time.Duration
}

func runIngest(ctx context.Context, opts *ingestOptions) error {
	date, err := parseDay("date", opts.Date)
	if err != nil {
		return err
	}
	srcOpts := source.Options{Date: date, Stdin: opts.IO.In, Format: opts.Format, Log: opts.IO.Log}
	ctx = withDocProgress(ctx, opts.IO.Log) // docprogress.go
	pipe, err := ingest.Default()
	if err != nil {
		return err
	}
	if pipe, err = withAliases(pipe, opts.Aliases); err != nil {
		return err
	}
	start := time.Now()
	var sum ingestSummary
	report := func(err error) {
		sum.Errors++
		fmt.Fprintln(opts.IO.Err, err)
	}

	if opts.Strict {
		// Read and analyse everything first; write only if nothing was wrong.
		var all []*analysis.Analysis
		for a, err := range pipe.Analyse(ctx, source.Documents(ctx, opts.Paths, srcOpts), opts.Workers) {
			if err != nil {
				report(err)
				continue
			}
			all = append(all, a)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if sum.Errors > 0 {
			return &exitError{code: 1, msg: fmt.Sprintf("%d bad inputs; nothing written (--strict)", sum.Errors)}
		}
		return store(ctx, opts, pipe, func(yield func(*analysis.Analysis, error) bool) {
			for _, a := range all {
				if !yield(a, nil) {
					return
				}
			}
		}, &sum, start)
	}
	return store(ctx, opts, pipe, pipe.Analyse(ctx, source.Documents(ctx, opts.Paths, srcOpts), opts.Workers), &sum, start)
}

// store writes analysed documents as they come and prints the summary.
func store(ctx context.Context, opts *ingestOptions, pipe *ingest.Pipeline, docs iter.Seq2[*analysis.Analysis, error], sum *ingestSummary, start time.Time) error {
	st, err := opts.Store.open(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	w := st.NewWriter(pipe.Version())
	w.JoinActors(actor.NewJoiner(pipe.Apart))
	// the documents of one story share the facts they both tell, as extract's do
	stories := &fact.Stories{}
	prog := startIngestProgress(opts) // progress.go
	defer prog.done()
	for a, err := range docs {
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			sum.Errors++
			fmt.Fprintln(opts.IO.Err, err)
			continue
		}
		if _, err := stories.Join(a); err != nil {
			return fmt.Errorf("facts of %s: %w", a.Document.ID, err)
		}
		if _, err := w.Write(ctx, a.Extraction()); err != nil {
			return fmt.Errorf("store %s: %w", a.Document.ID, err)
		}
		sum.Documents++
		sum.Sentences += len(a.Sentences)
		prog.update(sum.Documents, sum.Sentences)
	}
	prog.done()
	if err := w.Close(ctx); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	sum.WriteStats = w.Stats()
	sum.Elapsed = time.Since(start)
	fmt.Fprintf(opts.IO.Out, "%s: %d documents (%d added, %d replaced, %d unchanged), %d sentences, %d statements, %d quads written in %s\n",
		graph.Redact(opts.Store.DB), sum.Documents, sum.Added, sum.Replaced, sum.Unchanged, sum.Sentences, sum.Statements,
		sum.QuadsAdded, sum.Elapsed.Round(time.Millisecond))
	if sum.Errors > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%d bad inputs skipped", sum.Errors)}
	}
	return nil
}
