// Command annals-bench measures throughput and memory of the ingest, the
// extraction, the N-Quads load and Cayley's own loader on N copies of a
// corpus (by default the Wikinews set in ../shared). It is a development
// tool, kept out of the annals binary that users run.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/annals/annals/graph"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/actor"
	"github.com/annals/annals/ingest/fact"
	"github.com/annals/annals/ingest/source"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// benchOptions are the inputs of annals-bench.
type benchOptions struct {
	Out        io.Writer
	Log        *slog.Logger
	Corpus     string
	Copies     int
	Workers    int
	Dir        string
	Keep       bool
	Stages     []string
	CPUProfile string
	MemProfile string
	Batch      int
	DB         string // PostgreSQL server for the stages named STAGE:pg
	Engine     string // the embedded engine of the other store stages: "bolt" or "pebble"
	// ExportStore is the store the export stage reads; "" for the one the
	// ingest stage wrote.
	ExportStore string
	// Exports are the formats the export stage times.
	Exports []string
}

// defaultCorpus is the Wikinews set, where the repository's CI finds it.
const defaultCorpus = "../shared/corpus/wikinews-2019-2020.jsonl"

const usage = `annals-bench copies a JSON Lines corpus N times with unique ids, then times
each stage into a fresh store (bbolt, or Pebble with -engine pebble):

  ingest   the whole pipeline into the store, as "annals ingest" does
  extract  the pipeline alone, writing N-Quads, as "extract --format nquads"
  load     those N-Quads through "annals load" (the store's writer)
  cayley   the same N-Quads through Cayley's own loader (QuadStore.NewQuadWriter
           with quad.CopyBatch, as "cayley load" does)
  export   the exports of the ingest stage's store (or -export-store), each as
           "annals export --format F" writes it with no filter (-exports: nquads,
           jsonld, graphml and csv by default)

A store stage named with ":pg" (ingest:pg, load:pg, cayley:pg) runs the same
into a fresh database on the PostgreSQL server that -db names (its user may
create databases; the database is dropped afterwards unless -keep), so that
both backends are reported side by side; its output column is the database's
size. CPU and memory are those of this process, not the server's.

For each it prints the time, the CPU time (user and system: wall time alone
says little on a busy machine), articles/s, sentences/s, quads/s and the
stage's peak memory: resident (VmHWM, reset before each stage), resident
without the store file pages that bbolt maps in ("anon"), the Go heap
including garbage not yet collected, and the live Go heap after a
collection. -memprofile writes a heap profile of each stage when its live
heap peaks.

  go run ./cmd/annals-bench -copies 1
  go run ./cmd/annals-bench -copies 10 -corpus ../shared/corpus/wikinews-2019-2020.jsonl
  go run ./cmd/annals-bench -stages ingest,ingest:pg,extract,load,load:pg \
      -db 'postgres://annals:annals@127.0.0.1:5432/annals?sslmode=disable'

Flags:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit status: 2 for a
// usage error, 1 for a failed run.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	opts := &benchOptions{Out: stdout, Log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	fs := flag.NewFlagSet("annals-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	fs.StringVar(&opts.Corpus, "corpus", defaultCorpus, "JSON Lines corpus")
	fs.IntVar(&opts.Copies, "copies", 1, "copies of the corpus, ids made unique")
	fs.IntVar(&opts.Workers, "workers", runtime.NumCPU(), "documents analysed in parallel")
	fs.StringVar(&opts.Dir, "dir", "", "work folder (default: a temporary one)")
	fs.BoolVar(&opts.Keep, "keep", false, "keep the work folder")
	stages := fs.String("stages", "ingest,extract,load,cayley", "stages to run, comma-separated")
	fs.StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile of the run")
	fs.IntVar(&opts.Batch, "batch", graph.DefaultBatch, "quads per transaction in the ingest and load stages")
	fs.StringVar(&opts.ExportStore, "export-store", "", "store the export stage reads (default: the ingest stage's)")
	exports := fs.String("exports", exportFormats, "formats the export stage times, comma-separated")
	fs.StringVar(&opts.MemProfile, "memprofile", "", "write a heap profile of each stage at its peak heap, to PATH.STAGE")
	fs.StringVar(&opts.DB, "db", "", "PostgreSQL server URL for the stages named STAGE:pg")
	fs.StringVar(&opts.Engine, "engine", "bolt", "embedded store engine of the other store stages: bolt or pebble")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "annals-bench: unexpected arguments %q\n", fs.Args())
		return 2
	}
	if opts.Engine != "bolt" && opts.Engine != "pebble" {
		fmt.Fprintf(stderr, "annals-bench: -engine %q: want bolt or pebble\n", opts.Engine)
		return 2
	}
	opts.Stages = strings.Split(*stages, ",")
	opts.Exports = strings.Split(*exports, ",")
	if err := runBench(ctx, opts); err != nil {
		fmt.Fprintln(stderr, "annals-bench:", err)
		var u usageError
		if errors.As(err, &u) {
			return 2
		}
		return 1
	}
	return 0
}

// usageError is a mistake in the command line.
type usageError string

func (e usageError) Error() string { return string(e) }

// stageResult is what one stage measured.
type stageResult struct {
	name                string
	elapsed, cpu        time.Duration // wall clock; user and system CPU of the process
	docs, sentences     int
	quads               int
	peakRSS, peakAnon   uint64 // bytes
	peakHeap            uint64 // Go heap objects, live or not yet collected, bytes
	peakLive            uint64 // Go heap live after a collection, bytes
	storeBytes          int64
	note                string
	skipDocs, skipSents bool
}

func runBench(ctx context.Context, opts *benchOptions) error {
	if opts.Copies < 1 {
		return usageError(fmt.Sprintf("-copies %d: want at least 1", opts.Copies))
	}
	dir := opts.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "annals-bench-")
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if !opts.Keep && opts.Dir == "" {
		defer os.RemoveAll(dir)
	}
	if opts.CPUProfile != "" {
		f, err := os.Create(opts.CPUProfile)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	docs, err := copyCorpus(opts.Corpus, corpus, opts.Copies)
	if err != nil {
		return err
	}
	// The pipeline's models stay in memory: only the stages that analyse
	// text load them, so that the export stage's figures leave them out.
	var pipe *ingest.Pipeline
	if slices.ContainsFunc(opts.Stages, analyses) {
		if pipe, err = ingest.Default(); err != nil {
			return err
		}
	}
	fmt.Fprintf(opts.Out, "annals-bench: %d × %s = %d articles; %d workers, GOMAXPROCS %d, %s, store %s\n",
		opts.Copies, filepath.Base(opts.Corpus), docs, opts.Workers, runtime.GOMAXPROCS(0), runtime.Version(), opts.Engine)
	nq := filepath.Join(dir, "corpus.nq")
	var results []stageResult
	sentences := 0
	for _, stage := range opts.Stages {
		var r stageResult
		var err error
		name, onPG := strings.CutSuffix(stage, pgSuffix)
		if onPG && (name == "extract" || opts.DB == "") {
			return usageError(fmt.Sprintf("-stages %s: only ingest, load and cayley run on PostgreSQL, with -db", stage))
		}
		store := filepath.Join(dir, name+".db")
		if opts.Engine == "pebble" {
			store = graph.PebbleScheme + filepath.Join(dir, name+".pebble")
		}
		drop := func() error { return nil }
		if onPG && name != "extract" {
			if store, drop, err = freshDatabase(ctx, opts.DB, name); err != nil {
				return err
			}
			if opts.Keep {
				drop = func() error { return nil }
			}
		}
		switch name {
		case "ingest":
			r, err = measure(stage, opts.MemProfile, func(r *stageResult) error {
				return benchIngest(ctx, pipe, corpus, store, opts, r)
			})
		case "extract":
			r, err = measure(stage, opts.MemProfile, func(r *stageResult) error { return benchExtract(ctx, pipe, corpus, nq, opts, r) })
		case "load":
			r, err = measure(stage, opts.MemProfile, func(r *stageResult) error { return benchLoad(ctx, nq, store, opts.Batch, r) })
		case "cayley":
			r, err = measure(stage, opts.MemProfile, func(r *stageResult) error { return benchCayley(ctx, nq, store, r) })
		case "export":
			db := opts.ExportStore
			if db == "" {
				db = filepath.Join(dir, "ingest.db")
				if opts.Engine == "pebble" {
					db = graph.PebbleScheme + filepath.Join(dir, "ingest.pebble")
				}
			}
			exports, err := benchExports(ctx, db, opts.Exports, opts.MemProfile)
			if err != nil {
				return fmt.Errorf("bench %s: %w", stage, err)
			}
			results = append(results, exports...)
			continue
		default:
			return usageError(fmt.Sprintf("-stages: unknown stage %q", stage))
		}
		if derr := drop(); err == nil {
			err = derr
		}
		if err != nil {
			return fmt.Errorf("bench %s: %w", stage, err)
		}
		if r.sentences > 0 {
			sentences = r.sentences
		}
		results = append(results, r)
	}
	printBench(opts.Out, results, docs, sentences)
	if opts.Keep || opts.Dir != "" {
		fmt.Fprintf(opts.Out, "work folder: %s\n", dir)
	}
	return nil
}

// analyses tells whether a stage runs the pipeline: ingest and extract, on
// any store ("ingest:pg" too).
func analyses(stage string) bool {
	name, _ := strings.CutSuffix(stage, pgSuffix)
	return name == "ingest" || name == "extract"
}

// copyCorpus writes copies of a JSON Lines corpus to dst, each record's id
// made unique by a "~copy" suffix after the first copy, and counts them.
func copyCorpus(src, dst string, copies int) (int, error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return 0, fmt.Errorf("bench corpus: %w", err)
	}
	f, err := os.Create(dst)
	if err != nil {
		return 0, fmt.Errorf("bench corpus: %w", err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	n := 0
	for k := range copies {
		for i, line := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			var rec map[string]json.RawMessage
			if err := json.Unmarshal(line, &rec); err != nil {
				return 0, fmt.Errorf("bench corpus %s:%d: %w", src, i+1, err)
			}
			id := "line-" + strconv.Itoa(i+1)
			if raw, ok := rec["id"]; ok {
				var s string
				if json.Unmarshal(raw, &s) == nil && s != "" {
					id = s
				}
			}
			if k > 0 {
				id += "~" + strconv.Itoa(k)
			}
			rec["id"], _ = json.Marshal(id) // a string always marshals
			out, err := json.Marshal(rec)
			if err != nil {
				return 0, fmt.Errorf("bench corpus: %w", err)
			}
			w.Write(out)
			w.WriteByte('\n')
			n++
		}
	}
	if err := w.Flush(); err != nil {
		return 0, fmt.Errorf("bench corpus: %w", err)
	}
	return n, f.Close()
}

// measure runs one stage and records its time and peak memory.
func measure(name, memprofile string, run func(*stageResult) error) (stageResult, error) {
	r := stageResult{name: name}
	// Return the heap an earlier stage freed to the system, or its pages
	// count in this stage's peak anonymous memory.
	debug.FreeOSMemory()
	resetPeakRSS()
	if memprofile != "" {
		memprofile += "." + name
	}
	stop := samplePeaks(&r, memprofile)
	cpu0 := cpuTime()
	start := time.Now()
	err := run(&r)
	r.elapsed = time.Since(start)
	r.cpu = cpuTime() - cpu0
	stop()
	if hwm := statusKB("VmHWM"); hwm > r.peakRSS {
		r.peakRSS = hwm
	}
	return r, err
}

// samplePeaks records the peak anonymous RSS and Go heap every 20 ms until
// the returned function is called.
func samplePeaks(r *stageResult, memprofile string) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	var profiled uint64
	var last time.Time
	take := func() {
		if a := statusKB("RssAnon"); a > r.peakAnon {
			r.peakAnon = a
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			if h := sample[0].Value.Uint64(); h > r.peakHeap {
				r.peakHeap = h
			}
		}
		if sample[1].Value.Kind() == metrics.KindUint64 {
			live := sample[1].Value.Uint64()
			r.peakLive = max(r.peakLive, live)
			// A heap profile when the live heap is at a new high.
			if memprofile != "" && live > profiled+profiled/20 && time.Since(last) > 2*time.Second {
				if err := writeHeapProfile(memprofile); err == nil {
					profiled, last = live, time.Now()
				}
			}
		}
	}
	wg.Go(func() {
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				take()
				return
			case <-t.C:
				take()
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// cpuTime is the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// resetPeakRSS resets VmHWM (Linux 4.0 and later); elsewhere it does nothing.
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// statusKB reads a "Name: N kB" line of /proc/self/status, in bytes; 0 if
// there is none.
func statusKB(name string) uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, name+":"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return pprof.WriteHeapProfile(f)
}

// benchIngest is `annals ingest` into a fresh bolt store.
func benchIngest(ctx context.Context, pipe *ingest.Pipeline, corpus, db string, opts *benchOptions, r *stageResult) error {
	st, err := graph.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	w := st.NewWriter(pipe.Version())
	w.JoinActors(actor.NewJoiner(pipe.Apart))
	w.SetBatch(opts.Batch)
	stories := &fact.Stories{} // as annals ingest joins the facts of a run's stories
	docs := source.Documents(ctx, []string{corpus}, source.Options{Log: opts.Log})
	for a, err := range pipe.Analyse(ctx, docs, opts.Workers) {
		if err != nil {
			return err
		}
		if _, err := stories.Join(a); err != nil {
			return err
		}
		if _, err := w.Write(ctx, a.Extraction()); err != nil {
			return err
		}
		r.docs++
		r.sentences += len(a.Sentences)
	}
	if err := w.Close(ctx); err != nil {
		return err
	}
	r.quads = w.Stats().QuadsAdded
	if err := st.Close(); err != nil {
		return err
	}
	r.storeBytes = fileSize(db)
	return nil
}

// benchExtract is `annals extract --format nquads` into a file.
func benchExtract(ctx context.Context, pipe *ingest.Pipeline, corpus, out string, opts *benchOptions, r *stageResult) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<16)
	docs := source.Documents(ctx, []string{corpus}, source.Options{Log: opts.Log})
	for a, err := range pipe.Analyse(ctx, docs, opts.Workers) {
		if err != nil {
			return err
		}
		qs := graph.Quads(a.Extraction(), "", pipe.Version())
		if err := graph.WriteNQuads(w, qs); err != nil {
			return err
		}
		r.docs++
		r.sentences += len(a.Sentences)
		r.quads += len(qs)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	r.storeBytes = fileSize(out)
	r.note = "N-Quads file"
	return f.Close()
}

// benchLoad is `annals load` of the N-Quads into a fresh bolt store.
func benchLoad(ctx context.Context, nq, db string, batch int, r *stageResult) error {
	f, err := os.Open(nq)
	if err != nil {
		return fmt.Errorf("no N-Quads to load (run the extract stage first): %w", err)
	}
	defer f.Close()
	st, err := graph.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	l := st.NewLoader(actor.NewJoiner(nil))
	l.SetBatch(batch)
	if err := l.Load(ctx, nquads.NewReader(bufio.NewReaderSize(f, 1<<16), false)); err != nil {
		return err
	}
	if err := l.Close(ctx); err != nil {
		return err
	}
	s := l.Stats()
	r.docs = s.Added + s.Replaced + s.Unchanged
	r.quads = s.Read
	r.skipSents = true
	if err := st.Close(); err != nil {
		return err
	}
	r.storeBytes = fileSize(db)
	return nil
}

// benchCayley loads the N-Quads with Cayley's own bulk loader: the store's
// quad writer fed by quad.CopyBatch in batches of 10,000, as `cayley load`
// does. On bolt that writer commits every 200,000 quads.
func benchCayley(ctx context.Context, nq, db string, r *stageResult) error {
	f, err := os.Open(nq)
	if err != nil {
		return fmt.Errorf("no N-Quads to load (run the extract stage first): %w", err)
	}
	defer f.Close()
	st, err := graph.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	bw, err := st.QuadStore().NewQuadWriter()
	if err != nil {
		return err
	}
	n, err := quad.CopyBatch(bw, nquads.NewReader(bufio.NewReaderSize(f, 1<<16), false), graph.DefaultBatch)
	if cerr := bw.Close(); err == nil {
		err = cerr
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	r.quads = n
	r.skipDocs, r.skipSents = true, true
	r.note = "Cayley's loader"
	if err := st.Close(); err != nil {
		return err
	}
	r.storeBytes = fileSize(db)
	return nil
}

// fileSize is the size of a file, of the files of a Pebble store, or of a
// PostgreSQL database.
func fileSize(path string) int64 {
	if isPostgres(path) {
		return databaseSize(path)
	}
	path = strings.TrimPrefix(path, graph.PebbleScheme)
	var n int64
	filepath.WalkDir(path, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func printBench(w io.Writer, results []stageResult, docs, sentences int) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\ttime\tCPU\tarticles/s\tsentences/s\tquads\tquads/s\tpeak RSS\tpeak anon\tpeak heap\tpeak live\toutput\t")
	mb := func(b uint64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }
	var load, cayley, loadCPU, cayleyCPU time.Duration
	for _, r := range results {
		s := r.elapsed.Seconds()
		art, sen := "-", "-"
		if !r.skipDocs {
			art = fmt.Sprintf("%.1f", float64(max(r.docs, 0))/s)
			if r.docs == 0 {
				art = fmt.Sprintf("%.1f", float64(docs)/s)
			}
		}
		if !r.skipSents {
			sen = fmt.Sprintf("%.0f", float64(r.sentences)/s)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%.0f\t%s\t%s\t%s\t%s\t%.0f MB\t\n", r.name, r.elapsed.Round(10*time.Millisecond),
			r.cpu.Round(10*time.Millisecond), art, sen, r.quads, float64(r.quads)/s, mb(r.peakRSS), mb(r.peakAnon), mb(r.peakHeap), mb(r.peakLive), float64(r.storeBytes)/(1<<20))
		switch r.name {
		case "load":
			load, loadCPU = r.elapsed, r.cpu
		case "cayley":
			cayley, cayleyCPU = r.elapsed, r.cpu
		}
	}
	tw.Flush()
	if sentences > 0 {
		fmt.Fprintf(w, "%d articles, %d sentences\n", docs, sentences)
	}
	if load > 0 && cayley > 0 {
		fmt.Fprintf(w, "annals load / Cayley's loader on the same N-Quads: %.2f× the time, %.2f× the CPU\n",
			load.Seconds()/cayley.Seconds(), loadCPU.Seconds()/max(cayleyCPU.Seconds(), 1e-9))
	}
}
