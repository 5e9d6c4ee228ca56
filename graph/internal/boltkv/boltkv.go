// Copyright 2016 The Cayley Authors. All rights reserved.
// Modifications copyright 2026 The Annals Authors.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

// Package boltkv is hidalgo's bbolt adapter (github.com/hidal-go/hidalgo
// v0.3.0, kv/bbolt) with two changes:
//
//   - a transaction remembers the buckets it has opened. Cayley's key-value
//     store addresses every key as bucket+key, and the original looked the
//     bucket up again (creating it if missing) on each Put and Get: measured
//     on a bulk ingest, about 15 % of the write time went to those lookups;
//   - Cayley's node tables, sharded by value hash into 65,536 buckets named
//     'v' plus two bytes (and as many 'n' ones), live in one bucket each,
//     named "v" and "n", with the two shard bytes leading each key. Small
//     buckets are stored inline in their parent's pages, so the shards sat in
//     bbolt's root and a commit that touched shards all over rewrote most of
//     it: the root grew with the store and so did the memory of every commit.
//     The keys, their order and what a caller sees are unchanged; a file
//     written with the sharded layout is opened with it (see [New]).
//
// Everything else, the iterator included, is the original.
package boltkv

import (
	"bytes"
	"context"

	"github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

var _ kv.KV = (*DB)(nil)

// New wraps an open bbolt database. A file that already holds Cayley's
// sharded node buckets keeps that layout; any other file, a new one
// included, gets one bucket per node table.
func New(d *bolt.DB) *DB {
	sharded := false
	_ = d.View(func(tx *bolt.Tx) error {
		k, _ := tx.Cursor().Seek([]byte{'v', 0, 0})
		sharded = isShard(k)
		if !sharded {
			k, _ = tx.Cursor().Seek([]byte{'n', 0, 0})
			sharded = isShard(k)
		}
		return nil
	})
	return &DB{db: d, flat: !sharded}
}

// DB is a bbolt database seen as a hidalgo key-value store.
type DB struct {
	db   *bolt.DB
	flat bool // node shards live in one bucket per table
}

// isShard reports whether a top-level bucket name is one of Cayley's
// hash-sharded node buckets ('v' or 'n' and two hash bytes).
func isShard(name []byte) bool {
	return len(name) == 3 && (name[0] == 'v' || name[0] == 'n')
}

// isTable reports whether a top-level bucket name is the one bucket of a
// node table ('v' or 'n') in the flat layout.
func isTable(name []byte) bool {
	return len(name) == 1 && (name[0] == 'v' || name[0] == 'n')
}

// flatKey is the key a shard's key has in its table's one bucket.
func flatKey(dst, shard, key []byte) []byte {
	return append(append(dst, shard[1:]...), key...)
}

// DB returns the underlying bbolt database.
func (db *DB) DB() *bolt.DB {
	return db.db
}

// Close closes the database.
func (db *DB) Close() error {
	return db.db.Close()
}

// Tx begins a transaction, writable when rw is true.
func (db *DB) Tx(ctx context.Context, rw bool) (kv.Tx, error) {
	tx, err := db.db.Begin(rw)
	if err != nil {
		return nil, err
	}
	return &Tx{tx: tx, flat: db.flat}, nil
}

// View runs fn in a read-only transaction.
func (db *DB) View(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.View(ctx, db, fn)
}

// Update runs fn in a writable transaction and commits it.
func (db *DB) Update(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.Update(ctx, db, fn)
}

// Tx is a bbolt transaction with a cache of its top-level buckets.
type Tx struct {
	tx      *bolt.Tx
	flat    bool
	buckets map[string]*bolt.Bucket // top-level buckets opened so far
	scratch []byte                  // flat keys for reads (bbolt does not keep them)
}

// shard returns the table bucket and key (appended to dst) of a key in a
// node shard, and false for any other key.
func (tx *Tx) shard(key kv.Key, create bool, dst []byte) (*bolt.Bucket, []byte, bool, error) {
	if !tx.flat || len(key) != 2 || !isShard(key[0]) {
		return nil, nil, false, nil
	}
	b, err := tx.top(key[0][:1], create)
	return b, flatKey(dst, key[0], key[1]), true, err
}

func (tx *Tx) root() *bolt.Bucket {
	// a hack to get the root bucket
	c := tx.tx.Cursor()
	return c.Bucket()
}

// top returns the top-level bucket name, creating it when create is set and
// the transaction is writable; nil if it does not exist.
func (tx *Tx) top(name []byte, create bool) (*bolt.Bucket, error) {
	if b, ok := tx.buckets[string(name)]; ok {
		return b, nil
	}
	var (
		b   *bolt.Bucket
		err error
	)
	b = tx.tx.Bucket(name)
	if b == nil && create { // one lookup when it exists, as it nearly always does
		b, err = tx.tx.CreateBucket(name)
	}
	if err != nil || b == nil {
		return nil, err
	}
	if tx.buckets == nil {
		tx.buckets = make(map[string]*bolt.Bucket)
	}
	tx.buckets[string(name)] = b
	return b, nil
}

func (tx *Tx) bucket(key kv.Key) (*bolt.Bucket, kv.Key) {
	if len(key) <= 1 {
		return tx.root(), key
	}
	b, _ := tx.top(key[0], false)
	key = key[1:]
	for b != nil && len(key) > 1 {
		b = b.Bucket(key[0])
		key = key[1:]
	}
	return b, key
}

// Get reads one key.
func (tx *Tx) Get(ctx context.Context, key kv.Key) (kv.Value, error) {
	if v, ok := tx.getShard(key); ok {
		if v == nil {
			return nil, kv.ErrNotFound
		}
		return v, nil
	}
	b, k := tx.bucket(key)
	if b == nil || len(k) != 1 {
		return nil, kv.ErrNotFound
	}
	v := b.Get(k[0])
	if v == nil {
		return nil, kv.ErrNotFound
	}
	return v, nil
}

// GetBatch reads several keys; a missing key gives a nil value.
func (tx *Tx) GetBatch(ctx context.Context, keys []kv.Key) ([]kv.Value, error) {
	vals := make([]kv.Value, len(keys))
	for i, key := range keys {
		if v, ok := tx.getShard(key); ok {
			vals[i] = v
		} else if b, k := tx.bucket(key); b != nil && len(k) == 1 {
			vals[i] = b.Get(k[0])
		}
	}
	return vals, nil
}

// getShard reads a key of a node shard; false for any other key.
func (tx *Tx) getShard(key kv.Key) ([]byte, bool) {
	b, fk, ok, _ := tx.shard(key, false, tx.scratch[:0]) // bbolt keeps no key it reads
	if !ok {
		return nil, false
	}
	tx.scratch = fk
	if b == nil {
		return nil, true
	}
	return b.Get(fk), true
}

// Commit commits the transaction.
func (tx *Tx) Commit(ctx context.Context) error {
	tx.buckets = nil
	return tx.tx.Commit()
}

// Close rolls the transaction back if it was not committed.
func (tx *Tx) Close() error {
	tx.buckets = nil
	return tx.tx.Rollback()
}

// Put writes one key, creating the buckets on its path.
func (tx *Tx) Put(ctx context.Context, k kv.Key, v kv.Value) error {
	// a new key each time: bbolt keeps the keys it puts until the commit
	if b, fk, ok, err := tx.shard(k, true, nil); ok {
		if err == nil && b != nil && (len(k[1]) != 0 || len(v) != 0) { // else: bucket creation
			err = b.Put(fk, v)
		}
		if err == bolt.ErrTxNotWritable {
			err = kv.ErrReadOnly
		}
		return err
	}
	var (
		b   *bolt.Bucket
		err error
	)
	if len(k) <= 1 {
		b = tx.root()
	} else {
		b, err = tx.top(k[0], true)
		k = k[1:]
	}
	for err == nil && b != nil && len(k) > 1 {
		b, err = b.CreateBucketIfNotExists(k[0])
		k = k[1:]
	}
	if err != nil {
		if err == bolt.ErrTxNotWritable {
			err = kv.ErrReadOnly
		}
		return err
	} else if len(k[0]) == 0 && len(v) == 0 {
		return nil // bucket creation, no need to put value
	}
	err = b.Put(k[0], v)
	if err == bolt.ErrTxNotWritable {
		err = kv.ErrReadOnly
	}
	return err
}

// Del deletes one key.
func (tx *Tx) Del(ctx context.Context, k kv.Key) error {
	b, fk, ok, _ := tx.shard(k, false, tx.scratch[:0])
	if !ok {
		b, k = tx.bucket(k)
		if b == nil || len(k) != 1 {
			return nil
		}
		fk = k[0]
	}
	if b == nil {
		return nil
	}
	err := b.Delete(fk)
	if err == bolt.ErrTxNotWritable {
		err = kv.ErrReadOnly
	}
	return err
}

// Scan iterates over keys.
func (tx *Tx) Scan(ctx context.Context, opts ...kv.IteratorOption) kv.Iterator {
	var it kv.Iterator = &Iterator{
		tx:    tx,
		rootb: tx.root(),
	}
	it.Reset()
	return kv.ApplyIteratorOptions(it, opts)
}

var (
	_ kv.Seeker         = &Iterator{}
	_ kv.PrefixIterator = &Iterator{}
)

// Iterator walks keys in order, descending into nested buckets.
type Iterator struct {
	tx    *Tx // only used for iterator optimization
	rootb *bolt.Bucket
	rootk kv.Key // used to reconstruct a full key
	pref  kv.Key // prefix to check all keys against
	stack struct {
		k kv.Key
		b []*bolt.Bucket
		c []*bolt.Cursor
	}
	k, v []byte // inside the current bucket
}

// Reset moves the iterator back before its first key.
func (it *Iterator) Reset() {
	it.k = nil
	it.v = nil
	it.stack.c = nil
	it.stack.b = nil
	if cap(it.stack.k) >= len(it.rootk) {
		it.stack.k = it.stack.k[:len(it.rootk)]
	} else {
		// we will append to it
		it.stack.k = it.rootk.Clone()
	}
	copy(it.stack.k, it.rootk)
	if it.rootb != nil {
		it.stack.b = []*bolt.Bucket{it.rootb}
	}
}

// WithPrefix limits the iterator to keys starting with pref.
func (it *Iterator) WithPrefix(pref kv.Key) kv.Iterator {
	it.Reset()
	if it.tx.flat && len(pref) > 0 && isShard(pref[0]) {
		if len(pref) > 2 { // shards hold no buckets
			*it = Iterator{tx: it.tx}
			return it
		}
		var rest []byte
		if len(pref) == 2 {
			rest = pref[1]
		}
		pref = kv.Key{pref[0][:1], flatKey(nil, pref[0], rest)}
	}
	kpref := pref
	b, p := it.tx.bucket(pref)
	if b == nil || len(p) > 1 {
		// if the prefix key is still longer than 1, it means that
		// a bucket mentioned in the prefix does not exists and
		// we can safely return an empty iterator
		*it = Iterator{tx: it.tx}
		return it
	}
	// the key for bucket we iterate
	it.rootk = kpref[:len(kpref)-len(p)]
	it.rootb = b
	it.pref = p
	it.Reset()
	return it
}

func (it *Iterator) next(pref kv.Key) bool {
	for len(it.stack.b) > 0 {
		i := len(it.stack.b) - 1
		cb := it.stack.b[i]
		if len(it.stack.c) < len(it.stack.b) {
			c := cb.Cursor()
			it.stack.c = append(it.stack.c, c)
			if i >= len(pref) {
				it.k, it.v = c.First()
			} else {
				it.k, it.v = c.Seek(pref[i])
			}
		} else {
			c := it.stack.c[i]
			it.k, it.v = c.Next()
		}
		if it.k != nil {
			// found a key, check prefix
			if i >= len(pref) || bytes.HasPrefix(it.k, pref[i]) {
				// prefix matches, or is not specified
				if it.v == nil {
					// it's a bucket
					cb := it.stack.b[len(it.stack.b)-1]
					if b := cb.Bucket(it.k); b != nil {
						it.stack.b = append(it.stack.b, b)
						it.stack.k = append(it.stack.k, it.k)
						continue
					}
					// or maybe it's a key after all
				}
				// return this value
				return true
			}
		}
		// iterator is ended, or we reached the end of the prefix
		// return to top-level bucket
		it.stack.c = it.stack.c[:len(it.stack.c)-1]
		it.stack.b = it.stack.b[:len(it.stack.b)-1]
		if len(it.stack.k) > 0 { // since we hide top-level bucket it can be smaller
			it.stack.k = it.stack.k[:len(it.stack.k)-1]
		}
	}
	return false
}

// Seek moves to the first key at or after key.
func (it *Iterator) Seek(ctx context.Context, key kv.Key) bool {
	it.Reset()
	if !it.next(key) {
		return false
	}
	return it.Key().HasPrefix(it.pref)
}

// Next moves to the next key.
func (it *Iterator) Next(ctx context.Context) bool {
	return it.next(it.pref)
}

// Key returns the current key.
func (it *Iterator) Key() kv.Key {
	if len(it.stack.b) == 0 {
		return nil
	}
	k := it.stack.k.Clone()
	k = append(k, append([]byte{}, it.k...))
	if it.tx != nil && it.tx.flat && len(k) == 2 && isTable(k[0]) && len(k[1]) >= 2 { // back to the shard's own name
		return kv.Key{{k[0][0], k[1][0], k[1][1]}, k[1][2:]}
	}
	return k
}

// Val returns the current value.
func (it *Iterator) Val() kv.Value {
	return it.v
}

// Err returns nil: bbolt iteration cannot fail.
func (it *Iterator) Err() error {
	return nil
}

// Close releases the iterator.
func (it *Iterator) Close() error {
	*it = Iterator{}
	return nil
}
