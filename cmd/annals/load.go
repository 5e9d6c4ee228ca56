package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/annals/annals/graph"
	"github.com/annals/annals/ingest/actor"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"
)

// loadOptions are the inputs of `annals load`.
type loadOptions struct {
	IO     *IOStreams
	Store  storeFlags
	Paths  []string
	Batch  int
	NoSync bool
	Quiet  bool
}

func newLoadCmd(io *IOStreams) *cobra.Command {
	opts := &loadOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "load FILE...",
		Short: "Bulk-load N-Quads into the store",
		Long: `Load N-Quads files (- for standard input; .gz files are decompressed) into
the store, in transactions of about 20,000 quads.

The output of "annals extract --format nquads" comes in document blocks:
each document is written whole in one transaction, a document already
stored with the same content is skipped, a changed one replaces its old
statements, and actors are joined across documents as ingest joins them.
Any other N-Quads (an export, say) are added as they come. Loading the same
file twice adds nothing.`,
		Example: `  annals extract --format nquads part-*.jsonl > part.nq   # on many machines
  annals load --db news.db part-*.nq`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runLoad(cmd.Context(), opts)
		},
	}
	opts.Store.register(cmd)
	cmd.Flags().IntVar(&opts.Batch, "batch", graph.DefaultBatch, "quads per transaction (whole documents are never split)")
	cmd.Flags().BoolVar(&opts.NoSync, "nosync", false, "bolt: skip fsync after each commit (faster; the last commits can be lost on power loss, never consistency)")
	cmd.Flags().BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress display on stderr")
	return cmd
}

func runLoad(ctx context.Context, opts *loadOptions) error {
	start := time.Now()
	gopts := []graph.Option{graph.WithBase(opts.Store.Base)}
	if opts.NoSync {
		gopts = append(gopts, graph.NoSync())
	}
	st, err := graph.Open(ctx, opts.Store.DB, gopts...)
	if err != nil {
		return err
	}
	defer st.Close()
	l := st.NewLoader(actor.NewJoiner(nil))
	l.SetBatch(opts.Batch)
	prog := newProgress(opts.IO.Err, !opts.Quiet && isTerminal(opts.IO.Err))
	prog.rate = "quads"
	for _, p := range opts.Paths {
		if err := loadFile(ctx, l, p, opts.IO.In, prog); err != nil {
			return err
		}
	}
	if err := l.Close(ctx); err != nil {
		return err
	}
	prog.done()
	s := l.Stats()
	elapsed := time.Since(start)
	fmt.Fprintf(opts.IO.Out, "%s: %d documents (%d added, %d replaced, %d unchanged), %d quads read (%d outside documents), %d written in %s (%.0f quads/s)\n",
		graph.Redact(opts.Store.DB), s.Added+s.Replaced+s.Unchanged, s.Added, s.Replaced, s.Unchanged, s.Read, s.Loose,
		s.QuadsAdded, elapsed.Round(time.Millisecond), float64(s.Read)/elapsed.Seconds())
	return nil
}

// loadFile loads one file, or standard input for "-".
func loadFile(ctx context.Context, l *graph.Loader, path string, stdin io.Reader, prog *progress) error {
	var in io.Reader = stdin
	name := "<stdin>"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("load: %w", err)
		}
		defer f.Close()
		in, name = f, path
	}
	in = bufio.NewReaderSize(in, 1<<16)
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(in)
		if err != nil {
			return fmt.Errorf("load %s: %w", name, err)
		}
		defer z.Close()
		in = z
	}
	r := nquads.NewReader(in, false)
	defer r.Close()
	if err := l.Load(ctx, &progressReader{r: r, l: l, prog: prog}); err != nil {
		return fmt.Errorf("load %s: %w", name, err)
	}
	return nil
}

// progressReader updates the progress line as quads are read.
type progressReader struct {
	r    *nquads.Reader
	l    *graph.Loader
	prog *progress
	n    int
}

// ReadQuad implements quad.Reader.
func (p *progressReader) ReadQuad() (quad.Quad, error) {
	q, err := p.r.ReadQuad()
	if p.n++; p.n%1000 == 0 {
		s := p.l.Stats()
		p.prog.update(s.Added+s.Replaced+s.Unchanged, s.Read)
	}
	return q, err
}
