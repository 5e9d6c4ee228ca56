package graph

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"

	"github.com/annals/annals/graph/internal/boltkv"
)

// boltBackend is Cayley's bbolt key-value store opened the way a command-line
// tool needs: the path is the database file itself, a second process fails
// after lockTimeout instead of hanging (Cayley passes no timeout), and
// read-only opens share the file with other readers.
const boltBackend = "annals-bolt"

// lockTimeout is how long an open waits for another process's lock.
const lockTimeout = 2 * time.Second

// ErrLocked is matched by the error (a *LockedError, naming the holder when
// it is known) returned when another process holds the store.
var ErrLocked = errors.New("store is in use by another process")

func init() {
	ckv.Register(boltBackend, ckv.Registration{
		NewFunc:      openBolt,
		InitFunc:     openBolt,
		IsPersistent: true,
	})
}

func openBolt(path string, o graph.Options) (hkv.KV, error) {
	if path == "" {
		return nil, ckv.ErrEmptyPath
	}
	readOnly, _ := o.BoolKey("read_only", false)
	if !readOnly {
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
		}
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: lockTimeout, ReadOnly: readOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, &LockedError{Path: path, Holder: readHolder(path)}
	}
	if err != nil {
		return nil, err
	}
	nosync, _ := o.BoolKey("nosync", false)
	db.NoSync = nosync
	if readOnly {
		return boltkv.New(db), nil
	}
	holder, _ := o.StringKey("holder", "")
	if holder == "" {
		holder = defaultHolder()
	}
	// The record only improves another process's refusal message: a
	// directory that takes no new file must not stop the writer.
	_ = writeHolder(path, holder)
	return &heldKV{KV: boltkv.New(db), path: path}, nil
}
