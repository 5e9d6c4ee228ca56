package graph

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore" // "memory" stores for tests and throw-away runs
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)

// DefaultBase is the base of data IRIs when none is given (vocab.DefaultBase).
const DefaultBase = vocab.DefaultBase

// ErrNoStore is returned when a store opened read-only does not exist yet.
var ErrNoStore = errors.New("no store there yet")

// Store is a timeline graph kept in a Cayley quad store.
type Store struct {
	qs  graph.QuadStore
	iri vocab.IRIs
	// addr names the store in messages, its password redacted.
	addr     string
	readOnly bool
	// background says whether a commit may run while the same process reads:
	// bbolt and Pebble (pebblekv reads through a snapshot) give readers a
	// consistent view during a write transaction,
	// Cayley's memory store is not safe for it (and the SQL backends are not
	// measured for it).
	background bool
	// bulk, if not nil, writes in place of Cayley's ApplyDeltas (pgbulk.go).
	bulk *pgBulk
}

// Option configures Open.
type Option func(*options)

type options struct {
	base     string
	readOnly bool
	noSync   bool
	holder   string
}

// WithBase sets the base of the IRIs of actors, statements and documents.
func WithBase(base string) Option { return func(o *options) { o.base = base } }

// ReadOnly opens the store for reading only: it must exist, and other
// readers may open it at the same time.
func ReadOnly() Option { return func(o *options) { o.readOnly = true } }

// NoSync skips fsync after each commit: faster bulk loads, at the risk of
// losing the last commits (never consistency) on power loss.
func NoSync() Option { return func(o *options) { o.noSync = true } }

// HeldBy names the command that opens the store ("annals ingest"): a bolt
// store opened for writing records it with the process id and the time, and
// another process refused the store names it. The default is the program's
// name.
func HeldBy(command string) Option { return func(o *options) { o.holder = command } }

// Embedded reports whether addr names an embedded store, a bbolt file or a
// Pebble directory ("pebble:DIR"): one writer or
// several readers at a time across processes, so a long-running reader
// should open it only while it reads.
func Embedded(addr string) bool {
	return addr != "" && addr != "memory" && !strings.HasPrefix(addr, "postgres://") &&
		!strings.HasPrefix(addr, "postgresql://") && !isCockroach(addr) && !isMySQL(addr)
}

// Open opens the store at addr, creating it if needed: "memory" for an
// in-memory store, a postgres:// URL for PostgreSQL, "pebble:DIR" for a
// Pebble store in a directory (see pebble.go), anything else is the path of
// an embedded bbolt file. A cockroach:// URL (see cockroach.go) names a
// CockroachDB cluster, a mysql:// URL (mysql.go) a MySQL or MariaDB server.
func Open(ctx context.Context, addr string, opts ...Option) (*Store, error) {
	o := options{base: DefaultBase}
	for _, opt := range opts {
		opt(&o)
	}
	if o.base == "" {
		return nil, errors.New("open store: empty IRI base")
	}
	backend, path := boltBackend, addr
	switch {
	case addr == "memory":
		backend = "memstore"
	case strings.HasPrefix(addr, "postgres://"), strings.HasPrefix(addr, "postgresql://"):
		backend = "postgres"
	case isCockroach(addr):
		backend = cockroachBackend // cockroach.go
	case strings.HasPrefix(addr, PebbleScheme):
		backend, path = pebbleBackend, strings.TrimPrefix(addr, PebbleScheme)
	case isMySQL(addr):
		backend = mysqlBackend // mysql.go
	case addr == "":
		return nil, errors.New("open store: no address given")
	}
	gopts := graph.Options{"no_bloom": true, "nosync": o.noSync, "read_only": o.readOnly, "holder": o.holder}
	embedded := backend == boltBackend || backend == pebbleBackend
	if embedded && o.readOnly {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("open store %s: %w", Redact(addr), ErrNoStore)
		}
	}
	if backend != "memstore" && !o.readOnly {
		err := graph.InitQuadStore(backend, path, gopts)
		if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return nil, openError(addr, err)
		}
	}
	if backend == "memstore" {
		path = ""
	}
	h, err := cayley.NewGraph(backend, path, gopts)
	if err != nil {
		return nil, openError(addr, err)
	}
	s := &Store{qs: h.QuadStore, iri: vocab.IRIs{Base: o.base}, addr: Redact(addr), readOnly: o.readOnly,
		background: embedded}
	if backend == "postgres" && !o.readOnly {
		if s.bulk, err = openPGBulk(addr, h.QuadStore); err != nil { // pgbulk.go
			h.Close()
			return nil, openError(addr, err)
		}
	}
	return s, nil
}

// openError adds the store to an error of Open, unless it is a refusal,
// which names the store already.
func openError(addr string, err error) error {
	if locked, ok := errors.AsType[*LockedError](err); ok {
		named := *locked
		named.Path = addr // "pebble:DIR", as the user wrote it
		return &named
	}
	return redacted(fmt.Errorf("open store %s: %w", addr, err))
}

// Close releases the store.
func (s *Store) Close() error {
	if s.bulk != nil {
		s.bulk.Close()
	}
	if err := s.qs.Close(); err != nil {
		return redacted(fmt.Errorf("close store %s: %w", s.addr, err))
	}
	return nil
}

// applyDeltas commits deltas in one transaction, through the bulk writer
// if the store has one (PostgreSQL), else through Cayley's (retry.go).
func (s *Store) applyDeltas(deltas []graph.Delta, opts graph.IgnoreOpts) error {
	if s.bulk != nil {
		return s.bulk.ApplyDeltas(deltas, opts)
	}
	return s.applyCayley(deltas, opts)
}

// QuadStore gives the underlying Cayley store, for Cayley's own tools.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// IRIs gives the minter of the store's node IRIs.
func (s *Store) IRIs() vocab.IRIs { return s.iri }
