// Package serve is the HTTP face of the timeline graph, behind
// `annals serve`: a JSON API (actors, timeline, statements, relations,
// documents) with the filters of the command line, Cayley's own API v2
// (Gizmo queries) mounted at /api/v2/, the exports at /export/FORMAT, and a
// page for people at /.
//
// The server is read-only unless Config.AllowWrites; every request has a
// time limit and every list a size limit.
package serve

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/annals/annals/export/selection"
	"github.com/annals/annals/graph"
	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/quad/json"   // formats of /api/v2/read and /api/v2/write
	_ "github.com/cayleygraph/quad/nquads" //
)

// Config tunes a server. Zero fields take the defaults below.
type Config struct {
	// AllowWrites enables Cayley's /api/v2/write, /api/v2/delete and
	// /api/v2/node/delete; without it they answer 403. The store must
	// then be open for writing, and WriteToken set.
	AllowWrites bool
	// WriteToken is the token every write must carry, as
	// "Authorization: Bearer TOKEN" (see guard.go).
	WriteToken string
	// Hosts are the Host header values the server answers, host:port
	// (HostNames gives a listen address's); others get 421, against DNS
	// rebinding. Empty: the loopback names at the port of the connection.
	Hosts []string
	// RequestTimeout bounds every request (default 30s).
	RequestTimeout time.Duration
	// MaxResults bounds every list the API returns, and the results of a
	// query (default 1000). A request's "limit" can only lower it.
	MaxResults int
	// MaxDrawn bounds the statements of a drawing (dot, svg; default
	// 2000): a larger selection is refused with 413, asking for filters.
	MaxDrawn int
	// MaxExported bounds the other exports: statements of CSV and
	// GraphML, quads of N-Quads and JSON-LD (default 1,000,000).
	MaxExported int
	// MaxQueries bounds the queries (/api/v2/query) running at once
	// (default 2); more are refused with 503 at once.
	MaxQueries int
	// QueryMemory bounds, in bytes, how far the heap may grow while a
	// query runs (default 64 MiB); past it the query is stopped (413).
	// One step of a script can double the heap before it stops, so the
	// default is small: the largest query on the Wikinews store, every
	// node in one array, takes under 32 MiB.
	QueryMemory int64
	// MaxRead bounds the quads of one /api/v2/read answer (default
	// 10,000); a "limit" can only lower it, and "after" pages on.
	MaxRead int
	// MaxInFlight bounds the requests answered at once (default four per
	// CPU, at least 8): more wait a moment, then get 503 with Retry-After.
	// Reads of the store are CPU work, so more at once only make each
	// slower (see load_test.go).
	MaxInFlight int
	// Title is the page's title (default "Annals").
	Title string
	// Log receives one line per failed request; nil logs nothing.
	Log *slog.Logger
}

// Defaults of Config.
const (
	DefaultRequestTimeout = 30 * time.Second
	DefaultMaxResults     = 1000
	DefaultMaxDrawn       = 2000
	DefaultMaxExported    = 1_000_000
	DefaultMaxQueries     = 2
	DefaultQueryMemory    = 64 << 20
	DefaultMaxRead        = 10_000
)

// Server answers the HTTP API of one store.
type Server struct {
	stores  stores
	cfg     Config
	handler http.Handler
	// lock lets reads run together and writes (Cayley's write endpoints)
	// alone, since not every backend (the memory store) is safe to read
	// while it is written.
	lock sync.RWMutex
	// queries holds a token per query running (see serveQuery).
	queries chan struct{}
	// timelines indexes the statements per generation of the store; writes
	// counts the writes through Cayley's API, which start a new generation.
	timelines *timelines
	writes    atomic.Uint64
}

// New makes the server of a store it holds open for its whole life: a
// store open for writing, or one that other processes share freely
// (PostgreSQL, memory).
func New(st *graph.Store, cfg Config) (*Server, error) {
	if err := checkGuard(cfg); err != nil {
		return nil, err
	}
	s := newServer(cfg)
	cayley, err := s.cayleyAPI(st)
	if err != nil {
		return nil, err
	}
	s.stores.held = &session{st: st, cayley: cayley}
	return s, nil
}

// NewOpening makes the server of a store it opens only while it answers
// (see Opener), read-only: an embedded bolt store, which other processes
// may then write between requests, the next request seeing what they wrote.
func NewOpening(open Opener, cfg Config) (*Server, error) {
	if cfg.AllowWrites {
		return nil, errors.New("serve: a store opened per request is read-only; hold it open (New) to allow writes")
	}
	if err := checkGuard(cfg); err != nil {
		return nil, err
	}
	s := newServer(cfg)
	s.stores.open = open
	return s, nil
}

func newServer(cfg Config) *Server {
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.MaxResults <= 0 {
		cfg.MaxResults = DefaultMaxResults
	}
	if cfg.MaxDrawn <= 0 {
		cfg.MaxDrawn = DefaultMaxDrawn
	}
	if cfg.MaxExported <= 0 {
		cfg.MaxExported = DefaultMaxExported
	}
	if cfg.MaxQueries <= 0 {
		cfg.MaxQueries = DefaultMaxQueries
	}
	if cfg.QueryMemory <= 0 {
		cfg.QueryMemory = DefaultQueryMemory
	}
	if cfg.MaxRead <= 0 {
		cfg.MaxRead = DefaultMaxRead
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = max(8, 4*runtime.GOMAXPROCS(0))
	}
	if cfg.Title == "" {
		cfg.Title = "Annals"
	}
	s := &Server{cfg: cfg, timelines: newTimelines(), queries: make(chan struct{}, cfg.MaxQueries)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/actors", s.handleActors)
	mux.HandleFunc("GET /api/timeline", s.handleTimeline)
	mux.HandleFunc("GET /api/statements", s.handleStatements)
	mux.HandleFunc("GET /api/statements/{id}", s.handleStatement)
	mux.HandleFunc("GET /api/statements/{id}/sentence", s.handleSentence)
	mux.HandleFunc("GET /api/documents/{id}", s.handleDocument)
	mux.HandleFunc("GET /api/relations", s.handleRelations)
	mux.HandleFunc("/api/v2/", func(w http.ResponseWriter, r *http.Request) {
		r.Context().Value(sessionKey{}).(*session).cayley.ServeHTTP(w, r)
	})
	mux.HandleFunc("GET /export/{format}", s.handleExport)
	mux.HandleFunc("GET /{$}", s.handlePage)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, errors.New("no such page: "+r.URL.Path))
	})
	s.handler = s.guarded(limited(cfg.MaxInFlight, http.TimeoutHandler(s.locked(s.withStore(mux)), cfg.RequestTimeout,
		`{"error":"the request took longer than the server allows; narrow it with filters"}`)))
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.handler.ServeHTTP(w, r)
}

// cayleyAPI mounts Cayley's API v2 on a store: queries in every language
// registered (Gizmo), reads, and writes only when allowed.
func (s *Server) cayleyAPI(st *graph.Store) (http.Handler, error) {
	h := &cgraph.Handle{QuadStore: st.QuadStore()}
	if s.cfg.AllowWrites {
		qw, err := cgraph.NewQuadWriter("single", h.QuadStore, nil)
		if err != nil {
			return nil, err
		}
		h.QuadWriter = qw
	}
	api := cayleyhttp.NewAPIv2(h)
	api.SetReadOnly(!s.cfg.AllowWrites)
	api.SetQueryTimeout(s.cfg.RequestTimeout)
	api.SetQueryLimit(s.cfg.MaxResults)
	const maxBody = 16 << 20
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		if strings.TrimSuffix(r.URL.Path, "/") == "/api/v2/query" {
			s.serveQuery(w, r, h.QuadStore) // query.go
			return
		}
		s.v2(w, r, api) // v2.go
	}), nil
}

// locked takes the store's lock for the request: the write lock for
// Cayley's write endpoints, a read lock for the rest.
func (s *Server) locked(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && isWrite(r.URL.Path) {
			s.lock.Lock()
			defer s.lock.Unlock()
			defer s.writes.Add(1)
		} else {
			s.lock.RLock()
			defer s.lock.RUnlock()
		}
		next.ServeHTTP(w, r)
	})
}

func isWrite(path string) bool {
	switch strings.TrimSuffix(path, "/") {
	case "/api/v2/write", "/api/v2/delete", "/api/v2/node/delete":
		return true
	}
	return false
}

// writeJSON writes v with status 200, without HTML escaping.
func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // a failed write is the client gone
}

func writeError(w http.ResponseWriter, status int, err error) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

// fail answers an error: 400 for a bad request or an unknown actor, 413
// for a body too large, and for the rest 503 or 500 without the detail,
// which is logged (failure.go).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var bad badRequest
	var actor *selection.ActorError
	switch {
	case errors.As(err, &bad), errors.As(err, &actor), errors.Is(err, selection.ErrHopsWithoutActor):
		writeError(w, http.StatusBadRequest, err)
	case errors.As(err, new(tooLarge)):
		writeError(w, http.StatusRequestEntityTooLarge, err)
	case r.Context().Err() != nil:
		writeError(w, http.StatusServiceUnavailable, errors.New("the request was cancelled or took too long"))
	default:
		s.internal(w, r, err)
	}
}
