package pebblekv

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/kvtest"
	"github.com/hidal-go/hidalgo/kv/options"
)

func openMem(t testing.TB) *DB {
	t.Helper()
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	return New(db, true, nil)
}

// TestConformance runs hidalgo's own suite for key-value stores.
func TestConformance(t *testing.T) {
	kvtest.RunTestLocal(t, func(dir string) (kv.KV, error) {
		db, err := pebble.Open(dir, &pebble.Options{})
		if err != nil {
			return nil, err
		}
		return New(db, true, nil), nil
	}, nil)
}

// keys in kv.Key.Compare order, with the bytes that a careless encoding
// reorders: zero bytes, separators, 0xff.
var orderedKeys = []kv.Key{
	{[]byte("a")},
	{[]byte("a"), []byte{}},
	{[]byte("a"), []byte{0}},
	{[]byte("a"), []byte{0, 0}},
	{[]byte("a"), []byte{0, 1}},
	{[]byte("a"), []byte{0, 0xff}},
	{[]byte("a"), []byte("/")},
	{[]byte("a"), []byte("\\")},
	{[]byte("a"), []byte{0xff}},
	{[]byte("a"), []byte{0xff}, []byte("x")},
	{[]byte{'a', 0}},
	{[]byte{'a', 0}, []byte("b")},
	{[]byte{'a', 0, 1}},
	{[]byte("a/")},
	{[]byte("b")},
}

func TestKeyEncoding(t *testing.T) {
	for i, k := range orderedKeys {
		if got := decodeKey(appendKey(nil, k)); got.Compare(k) != 0 || len(got) != len(k) {
			t.Errorf("decode(encode(%q)) = %q", k, got)
		}
		if i > 0 {
			prev := orderedKeys[i-1]
			if prev.Compare(k) >= 0 {
				t.Fatalf("test table out of order at %q", k)
			}
			if bytes.Compare(appendKey(nil, prev), appendKey(nil, k)) >= 0 {
				t.Errorf("encode(%q) sorts at or after encode(%q)", prev, k)
			}
		}
		for _, p := range orderedKeys {
			if k.HasPrefix(p) && !bytes.HasPrefix(appendKey(nil, k), appendKey(nil, p)) {
				t.Errorf("%q has prefix %q, its encoding does not", k, p)
			}
		}
	}
}

// TestScanOrderAndPrefix stores keys in shuffled order and reads them back
// through prefixes, Cayley's only kind of scan.
func TestScanOrderAndPrefix(t *testing.T) {
	ctx := context.Background()
	db := openMem(t)
	defer db.Close()
	err := db.Update(ctx, func(tx kv.Tx) error {
		for i := len(orderedKeys) - 1; i >= 0; i-- {
			if len(orderedKeys[i]) < 2 || len(orderedKeys[i][len(orderedKeys[i])-1]) > 0 {
				if err := tx.Put(ctx, orderedKeys[i], []byte{byte(i)}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	scan := func(pref kv.Key) []kv.Key {
		var got []kv.Key
		err := db.View(ctx, func(tx kv.Tx) error {
			return kv.Each(ctx, tx, func(k kv.Key, v kv.Value) error {
				got = append(got, k.Clone())
				return nil
			}, options.WithPrefixKV(pref))
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	var want []kv.Key
	for _, k := range orderedKeys {
		if len(k) < 2 || len(k[len(k)-1]) > 0 {
			want = append(want, k)
		}
	}
	eq := func(a, b kv.Key) bool { return a.Compare(b) == 0 && len(a) == len(b) }
	if got := scan(nil); !slices.EqualFunc(got, want, eq) {
		t.Errorf("full scan:\n got %q\nwant %q", got, want)
	}
	pref := kv.Key{[]byte("a"), []byte{0}}
	var wantPref []kv.Key
	for _, k := range want {
		if k.HasPrefix(pref) {
			wantPref = append(wantPref, k)
		}
	}
	if got := scan(pref); len(wantPref) != 4 || !slices.EqualFunc(got, wantPref, eq) {
		t.Errorf("scan %q:\n got %q\nwant %q", pref, got, wantPref)
	}
}

// TestSnapshotIsolation: a read transaction sees the store as it was when
// it began, whatever commits after, as bbolt's read transactions do; a
// write transaction is invisible until it commits, then whole.
func TestSnapshotIsolation(t *testing.T) {
	ctx := context.Background()
	db := openMem(t)
	defer db.Close()
	k1, k2 := kv.Key{[]byte("b"), []byte("1")}, kv.Key{[]byte("b"), []byte("2")}
	if err := db.Update(ctx, func(tx kv.Tx) error { return tx.Put(ctx, k1, []byte("old")) }); err != nil {
		t.Fatal(err)
	}
	rtx, err := db.Tx(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	defer rtx.Close()
	wtx, err := db.Tx(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []kv.Key{k1, k2} {
		if err := wtx.Put(ctx, k, []byte("new")); err != nil {
			t.Fatal(err)
		}
	}
	if v, err := wtx.Get(ctx, k2); err != nil || string(v) != "new" {
		t.Errorf("the write transaction reads its own write: %q, %v", v, err)
	}
	if err := db.View(ctx, func(tx kv.Tx) error {
		v, err := tx.Get(ctx, k1)
		if string(v) != "old" {
			t.Errorf("before the commit a reader sees %q, %v", v, err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := wtx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := wtx.Close(); err != nil {
		t.Errorf("close after commit: %v", err)
	}
	if v, err := rtx.Get(ctx, k1); err != nil || string(v) != "old" {
		t.Errorf("a read transaction begun before the commit sees %q, %v; want old", v, err)
	}
	if _, err := rtx.Get(ctx, k2); err != kv.ErrNotFound {
		t.Errorf("a read transaction begun before the commit sees the new key: %v", err)
	}
	if err := rtx.Put(ctx, k2, nil); err != kv.ErrReadOnly {
		t.Errorf("put in a read transaction: %v, want ErrReadOnly", err)
	}
	if err := db.View(ctx, func(tx kv.Tx) error {
		for _, k := range []kv.Key{k1, k2} {
			if v, err := tx.Get(ctx, k); err != nil || string(v) != "new" {
				t.Errorf("after the commit %q = %q, %v", k, v, err)
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
