package boltkv

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/kvtest"
	"github.com/hidal-go/hidalgo/kv/options"
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

// layoutKeys are keys the way Cayley writes them: node shards ('v' or 'n'
// and two hash bytes) next to ordinary buckets, the hash leading each key.
var layoutKeys = []kv.Key{
	{[]byte("log"), []byte{0, 0, 0, 1}},
	{[]byte("log"), []byte{0, 0, 0, 2}},
	{[]byte("meta"), []byte("version")},
	{[]byte{'n', 0x01, 0x02}, []byte{0x01, 0x02, 0xaa}},
	{[]byte{'v', 0x00, 0xff}, []byte{0x00, 0xff, 0x10}},
	{[]byte{'v', 0x01, 0x02}, []byte{0x01, 0x02, 0x03}},
	{[]byte{'v', 0x01, 0x02}, []byte{0x01, 0x02, 0x04, 0x05}},
	{[]byte{'v', 0x01, 0x03}, []byte{0x01, 0x03, 0x00}},
	{[]byte("vx"), []byte("not a shard")},
}

func openLayout(t *testing.T, path string, flat bool) *DB {
	t.Helper()
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &DB{db: db, flat: flat}
}

func fill(t *testing.T, db *DB) {
	t.Helper()
	ctx := context.Background()
	err := db.Update(ctx, func(tx kv.Tx) error {
		if err := kv.CreateBucket(ctx, tx, kv.Key{[]byte{'v', 0x09, 0x09}}); err != nil {
			return err
		}
		for i, k := range layoutKeys {
			if err := tx.Put(ctx, k, []byte{byte(i)}); err != nil {
				return err
			}
		}
		return tx.Del(ctx, layoutKeys[len(layoutKeys)-3]) // deleted again
	})
	if err != nil {
		t.Fatal(err)
	}
}

// observe lists what a caller sees: every key and value of a full scan and of
// a few prefix scans, and single and batched reads.
func observe(t *testing.T, db *DB) []string {
	t.Helper()
	ctx := context.Background()
	var seen []string
	scan := func(name string, opts ...kv.IteratorOption) {
		_ = db.View(ctx, func(tx kv.Tx) error {
			it := tx.Scan(ctx, opts...)
			defer it.Close()
			for it.Next(ctx) {
				seen = append(seen, fmt.Sprintf("%s %q=%v", name, it.Key(), it.Val()))
			}
			return it.Err()
		})
	}
	scan("all")
	scan("shard", options.WithPrefixKV(kv.Key{[]byte{'v', 0x01, 0x02}}))
	scan("key prefix", options.WithPrefixKV(kv.Key{[]byte{'v', 0x01, 0x02}, []byte{0x01, 0x02, 0x04}}))
	scan("missing shard", options.WithPrefixKV(kv.Key{[]byte{'v', 0x07, 0x07}}))
	_ = db.View(ctx, func(tx kv.Tx) error {
		for _, k := range append(layoutKeys, kv.Key{[]byte{'v', 0x01, 0x02}, []byte{0x01, 0x02, 0x09}}) {
			v, err := tx.Get(ctx, k)
			seen = append(seen, fmt.Sprintf("get %q=%v %v", k, v, err))
		}
		vals, err := tx.GetBatch(ctx, layoutKeys)
		seen = append(seen, fmt.Sprintf("batch %v %v", vals, err))
		return nil
	})
	return seen
}

// TestFlatShardsLookTheSame checks that the one-bucket node tables give a
// caller exactly what Cayley's sharded buckets give, and are what a new file
// gets.
func TestFlatShardsLookTheSame(t *testing.T) {
	dir := t.TempDir()
	sharded := openLayout(t, filepath.Join(dir, "sharded.db"), false)
	flat := openLayout(t, filepath.Join(dir, "flat.db"), true)
	fill(t, sharded)
	fill(t, flat)
	want, got := observe(t, sharded), observe(t, flat)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("flat layout differs:\n got %q\nwant %q", got, want)
	}

	var buckets []string
	_ = flat.db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			buckets = append(buckets, fmt.Sprintf("%q", name))
			return nil
		})
	})
	if g, w := strings.Join(buckets, " "), `"log" "meta" "n" "v" "vx"`; g != w {
		t.Errorf("flat file's top-level buckets = %s, want %s", g, w)
	}
}

// TestNewKeepsTheFilesLayout checks that New keeps a sharded file sharded
// and gives any other file, a new one included, the flat layout.
func TestNewKeepsTheFilesLayout(t *testing.T) {
	dir := t.TempDir()
	for _, flat := range []bool{false, true} {
		path := filepath.Join(dir, fmt.Sprintf("flat-%v.db", flat))
		db := openLayout(t, path, flat)
		fill(t, db)
		want := observe(t, db)
		db.db.Close()

		bdb, err := bolt.Open(path, 0o644, nil)
		if err != nil {
			t.Fatal(err)
		}
		reopened := New(bdb)
		if reopened.flat != flat {
			t.Errorf("file written flat=%v reopened flat=%v", flat, reopened.flat)
		}
		if got := observe(t, reopened); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("file written flat=%v reads differently after reopening", flat)
		}
		bdb.Close()
	}
	bdb, err := bolt.Open(filepath.Join(dir, "new.db"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	if !New(bdb).flat {
		t.Error("a new file is not flat")
	}
}
