package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/annals/annals/export/serve"
	"github.com/annals/annals/graph"
	"github.com/spf13/cobra"
)

// serveOptions are the inputs of `annals serve`.
type serveOptions struct {
	IO          *IOStreams
	Store       storeFlags
	Listen      string
	Public      bool
	AllowWrites bool
	TokenFile   string
	Hosts       []string
	Timeout     time.Duration
	MaxResults  int
	MaxQueries  int
	QueryMemory int // MiB
	Title       string
}

func newServeCmd(io *IOStreams) *cobra.Command {
	opts := &serveOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the graph over HTTP: a page for people, a JSON API, Gizmo queries, exports",
		Long: `Serve the store over HTTP until interrupted.

  /                          the timeline and its graph, with filters
  /api/actors                actors, most statements first
  /api/timeline              the selected statements by day, with their sentences
  /api/statements[/ID]       the selected statements (or one, with its source)
  /api/statements/ID/sentence  the sentence a statement was read from
  /api/documents/ID          a document and its text
  /api/relations?a=&b=       how two actors are linked
  /api/v2/query?lang=gizmo   Cayley's query API (POST the query)
  /api/v2/read               the quads, 10,000 a page (limit, after; Link: rel="next")
  /export/FORMAT             dot, svg, graphml, csv (filtered); jsonld, nquads

Filters are query parameters named as the export flags: actor, actor_only,
hops, predicate, from, to, min_confidence, and doc; lists take offset and
limit. An actor selects its parts too (for Russia: Russian forces, the
Russian Defence Ministry), and their parts in turn; actor_only=1 leaves them
out.

It listens on 127.0.0.1 only. Reads need no authentication: to listen on
an address other machines reach, give it with --listen and add --public.
It answers only requests for its own host names (for 127.0.0.1:PORT:
127.0.0.1:PORT, localhost:PORT and [::1]:PORT; else the host of --listen),
421 for others, so that a web page cannot read it through DNS rebinding;
--allow-host adds a name.

The store is opened read-only unless --allow-writes, which also enables
Cayley's /api/v2/write, /api/v2/delete and /api/v2/node/delete. A write
must carry the server's token, "Authorization: Bearer TOKEN": made up at
start and printed on stderr, or read from --write-token-file or the
environment variable ANNALS_WRITE_TOKEN. It must also have Content-Type
application/n-quads or application/json (415 otherwise), and is refused
(403) when a browser says it comes from another origin (Origin,
Sec-Fetch-Site), so a web page cannot write. A bolt file served read-only
is open only while a request is answered, so annals ingest can add news
meanwhile and the page shows it on the next request; --allow-writes holds
the file for the server's life. At most --max-queries queries run at once
(more are refused with 503), and one whose memory grows past --query-memory
MiB is stopped (413).`,
		Example: `  annals serve
  annals serve --db news.db --listen 127.0.0.1:9000
  annals serve --listen 0.0.0.0:8080 --public --allow-host news.example.org
  annals serve --db news.db --allow-writes
  curl -H "Authorization: Bearer TOKEN" -H "Content-Type: application/n-quads" \
    --data-binary @more.nq http://127.0.0.1:8080/api/v2/write`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runServe(cmd.Context(), opts) },
	}
	opts.Store.register(cmd)
	cmd.Flags().StringVar(&opts.Listen, "listen", serve.DefaultAddr, "address to listen on, host:port")
	cmd.Flags().BoolVar(&opts.Public, "public", false, "allow a --listen address that other machines can reach")
	cmd.Flags().BoolVar(&opts.AllowWrites, "allow-writes", false, "open the store for writing and enable Cayley's write endpoints, which take a token")
	cmd.Flags().StringVar(&opts.TokenFile, "write-token-file", "", "file holding the token writes must carry (default: $"+envWriteToken+", else one made up and printed)")
	cmd.Flags().StringArrayVar(&opts.Hosts, "allow-host", nil, "another host name (host or host:port) requests may be for, e.g. behind a proxy; repeatable")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", serve.DefaultRequestTimeout, "time limit of a request")
	cmd.Flags().IntVar(&opts.MaxResults, "max-results", serve.DefaultMaxResults, "most items a list or query returns")
	cmd.Flags().IntVar(&opts.MaxQueries, "max-queries", serve.DefaultMaxQueries, "most Gizmo queries running at once")
	cmd.Flags().IntVar(&opts.QueryMemory, "query-memory", serve.DefaultQueryMemory>>20, "MiB of memory a Gizmo query may take; the server may briefly reach several times this, as one step of a script can double it")
	cmd.Flags().StringVar(&opts.Title, "title", "", "title of the page")
	return cmd
}

func runServe(ctx context.Context, opts *serveOptions) error {
	if err := serve.CheckListen(opts.Listen, opts.Public); err != nil {
		return usageError("%s", withAdvice(err))
	}
	if opts.TokenFile != "" && !opts.AllowWrites {
		return usageError("--write-token-file is for --allow-writes")
	}
	cfg := serve.Config{AllowWrites: opts.AllowWrites, RequestTimeout: opts.Timeout,
		MaxResults: opts.MaxResults, MaxQueries: opts.MaxQueries, QueryMemory: int64(opts.QueryMemory) << 20,
		Title: opts.Title, Log: opts.IO.Log}
	generated := false
	if opts.AllowWrites {
		var err error
		if cfg.WriteToken, generated, err = writeToken(opts.TokenFile); err != nil {
			return err
		}
	}
	// Listen first: the Host names the server answers need the port.
	ln, err := net.Listen("tcp", opts.Listen)
	if err != nil {
		return err
	}
	defer ln.Close()
	host, _, _ := net.SplitHostPort(opts.Listen) // CheckListen parsed it
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	cfg.Hosts = serve.HostNames(host, port, opts.Hosts)
	srv, closeStore, err := newServer(ctx, opts, cfg)
	if err != nil {
		return err
	}
	defer closeStore()
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       opts.Timeout + 10*time.Second,
		WriteTimeout:      opts.Timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	mode := "read-only"
	switch {
	case opts.AllowWrites:
		mode = "writes allowed"
	case graph.Embedded(opts.Store.DB):
		mode = "read-only, opened per request"
	}
	if generated {
		fmt.Fprintf(opts.IO.Err, "annals: writes need the header \"Authorization: Bearer %s\" (or set %s)\n", cfg.WriteToken, envWriteToken)
	}
	fmt.Fprintf(opts.IO.Err, "annals: serving %s (%s) on http://%s/ — Ctrl-C stops\n", graph.Redact(opts.Store.DB), mode, ln.Addr())

	// main cancels ctx on SIGINT and SIGTERM.
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newServer makes the server with the way of holding the store that lets
// others use it: a bolt file served read-only is opened only while requests
// are in flight, so that `annals ingest` can add to it meanwhile (bolt takes
// one writer or many readers); any other store, or one open for writing,
// stays open. It opens the store once first, so that a missing one is
// reported at start; a bolt file a writer holds is served anyway, its
// requests answering 503 until the writer is done.
func newServer(ctx context.Context, opts *serveOptions, cfg serve.Config) (*serve.Server, func(), error) {
	if opts.AllowWrites || !graph.Embedded(opts.Store.DB) {
		st, err := opts.Store.open(ctx, !opts.AllowWrites)
		if err != nil {
			return nil, nil, err
		}
		srv, err := serve.New(st, cfg)
		if err != nil {
			st.Close()
			return nil, nil, err
		}
		return srv, func() { st.Close() }, nil
	}
	switch st, err := opts.Store.open(ctx, true); {
	case errors.Is(err, graph.ErrLocked):
		fmt.Fprintf(opts.IO.Err, "annals: %v; serving it anyway: requests answer 503 until it is done\n", err)
	case err != nil:
		return nil, nil, err
	default:
		if err := st.Close(); err != nil {
			return nil, nil, err
		}
	}
	srv, err := serve.NewOpening(func(ctx context.Context) (*graph.Store, error) {
		return opts.Store.open(ctx, true)
	}, cfg)
	return srv, func() {}, err
}
