package boltkv

import (
	"path/filepath"
	"testing"

	"github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/kvtest"
	bolt "go.etcd.io/bbolt"
)

// TestConformance runs hidalgo's own suite for key-value stores, which the
// original adapter passes: the bucket cache must not change behaviour.
func TestConformance(t *testing.T) {
	kvtest.RunTestLocal(t, func(dir string) (kv.KV, error) {
		db, err := bolt.Open(filepath.Join(dir, "bbolt.db"), 0o644, nil)
		if err != nil {
			return nil, err
		}
		return New(db), nil
	}, nil)
}
