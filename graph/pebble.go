package graph

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
	"github.com/cockroachdb/pebble/v2/vfs"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/annals/annals/graph/internal/pebblekv"
)

// pebbleBackend is Cayley's key-value quad store over Pebble, CockroachDB's
// LSM storage engine, in a directory: the address is "pebble:" and the
// directory's path. It is held like a bolt store: one writer or several
// readers across processes, a refused process told who holds it.
const pebbleBackend = "annals-pebble"

// PebbleScheme starts the address of a Pebble store ("pebble:DIR").
const PebbleScheme = "pebble:"

// Pebble's settings for a bulk ingest, where each commit is one batch of
// whole documents. Measured on the Wikinews set: see the README.
const (
	// pebbleMemTable is the size of a memtable: fewer, larger flushes
	// make fewer level-0 files to compact.
	pebbleMemTable = 32 << 20
	// pebbleCache is the block cache, which Cayley's point reads during a
	// commit (does this node exist, what does this index list hold) hit.
	// Pebble reserves the memtables' memory (up to two) in it: a cache no
	// larger than they are caches nothing, and every read of a table
	// reads and checksums its filter and index blocks from the file
	// (measured: a 64 MB cache beside 64 MB memtables held 0 blocks, and
	// the ingest took 2.3 times bbolt's CPU).
	pebbleCache = 128 << 20
	// pebbleL0Compaction and pebbleL0Stop let level 0 gather more files
	// before compacting them and stopping writes than Pebble's defaults
	// (4 and 12): a bulk load compacts in fewer, larger steps.
	pebbleL0Compaction = 8
	pebbleL0Stop       = 32
	// pebbleLBase is the size the base level may reach before it is
	// compacted into the next (Pebble's default 64 MB).
	pebbleLBase = 256 << 20
	// pebbleBloomBits is the bloom filter's bits per key in every table:
	// most lookups during an ingest are of nodes not stored yet.
	pebbleBloomBits = 10
)

// lockFile is the file in a Pebble store's directory that its processes
// lock: shared by readers, exclusive for the writer (Pebble's own lock is
// exclusive even for a read-only open).
const lockFile = "annals.lock"

func init() {
	ckv.Register(pebbleBackend, ckv.Registration{
		NewFunc:      openPebble,
		InitFunc:     openPebble,
		IsPersistent: true,
	})
}

// pebbleOptions are the options a store is opened with.
func pebbleOptions(readOnly bool) *pebble.Options {
	o := &pebble.Options{
		MemTableSize:          pebbleMemTable,
		L0CompactionThreshold: pebbleL0Compaction,
		L0StopWritesThreshold: pebbleL0Stop,
		LBaseMaxBytes:         pebbleLBase,
		// One compaction at a time, a second only when Pebble falls
		// behind: the ingest's own work wants the other core.
		CompactionConcurrencyRange: func() (int, int) { return 1, 2 },
		FormatMajorVersion:         pebble.FormatNewest,
		ReadOnly:                   readOnly,
		Logger:                     pebbleLogger{},
	}
	for i := range o.Levels {
		o.Levels[i].FilterPolicy = bloom.FilterPolicy(pebbleBloomBits)
	}
	if readOnly {
		// The shared lock on lockFile keeps writers out; Pebble's own
		// exclusive lock would keep other readers out too.
		o.FS = sharedFS{vfs.Default}
	}
	return o
}

func openPebble(path string, o graph.Options) (hkv.KV, error) {
	if path == "" {
		return nil, ckv.ErrEmptyPath
	}
	readOnly, _ := o.BoolKey("read_only", false)
	if !readOnly {
		if err := os.MkdirAll(path, 0o755); err != nil {
			return nil, err
		}
	}
	lock, err := lockDir(path, readOnly)
	if err != nil {
		return nil, err
	}
	opts := pebbleOptions(readOnly)
	opts.Cache = pebble.NewCache(pebbleCache)
	db, err := pebble.Open(path, opts)
	opts.Cache.Unref() // the database holds its own reference
	if err != nil {
		lock.Close()
		return nil, err
	}
	nosync, _ := o.BoolKey("nosync", false)
	kv := pebblekv.New(db, nosync, lock.Close)
	if readOnly {
		return kv, nil
	}
	holder, _ := o.StringKey("holder", "")
	if holder == "" {
		holder = defaultHolder()
	}
	record := pebbleHolder(path)
	_ = writeHolder(record, holder) // as for bolt: only a better message for others
	return &heldKV{KV: kv, path: record}, nil
}

// pebbleHolder is the path whose holder file (holderPath) names a Pebble
// store's writer: annals.holder in the store's directory.
func pebbleHolder(dir string) string { return filepath.Join(dir, "annals") }

// lockDir takes the lock of a Pebble store's directory, shared to read,
// exclusive to write, waiting up to lockTimeout as bbolt does: then it
// returns a *LockedError naming the writer that holds the store, if any.
func lockDir(dir string, shared bool) (*os.File, error) {
	name := filepath.Join(dir, lockFile)
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil && shared {
		f, err = os.Open(name) // a store in a folder the reader may not write
	}
	if err != nil {
		return nil, err
	}
	how := syscall.LOCK_EX
	if shared {
		how = syscall.LOCK_SH
	}
	deadline := time.Now().Add(lockTimeout)
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", name, err)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, &LockedError{Path: dir, Holder: readHolder(pebbleHolder(dir))}
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// sharedFS is the file system of a read-only open: Pebble's directory lock
// is left to lockDir's shared lock.
type sharedFS struct{ vfs.FS }

// Lock takes no lock.
func (sharedFS) Lock(string) (io.Closer, error) { return io.NopCloser(nil), nil }

// pebbleLogger sends Pebble's messages to slog: its progress reports at
// debug level, its errors as warnings.
type pebbleLogger struct{}

func (pebbleLogger) Infof(format string, args ...any) {
	slog.Debug("pebble: " + strings.TrimSpace(fmt.Sprintf(format, args...)))
}

func (pebbleLogger) Errorf(format string, args ...any) {
	slog.Warn("pebble: " + strings.TrimSpace(fmt.Sprintf(format, args...)))
}

// Fatalf reports an error Pebble cannot go on after (a corrupt store) and
// ends the process, as Pebble's own logger does.
func (pebbleLogger) Fatalf(format string, args ...any) {
	slog.Error("pebble: " + strings.TrimSpace(fmt.Sprintf(format, args...)))
	os.Exit(1)
}
