// Package pebblekv presents a Pebble database (CockroachDB's LSM storage
// engine) as a hierarchical hidalgo key-value store, the interface Cayley's
// key-value quad store writes through.
//
// hidalgo ships a flat adapter for an older Pebble, upgraded to hierarchical
// keys by joining the parts with '/' and escaping it with '\'; that encoding
// does not keep the order of keys whose parts hold those bytes, allocates a
// key for every read and write, and its read transactions see each commit
// as it lands. This one encodes a key so that byte order is the order of
// [kv.Key.Compare] and a key prefix stays a byte prefix, reuses one buffer
// per transaction, reads through a snapshot (a consistent view, as bbolt's
// read transactions give) and writes through an indexed batch committed at
// once: a transaction is all-or-nothing.
package pebblekv

import (
	"bytes"
	"context"
	"errors"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/hidal-go/hidalgo/kv"
)

var _ kv.KV = (*DB)(nil)

// Key encoding. Every part is escaped (0x00 becomes 0x00 0xff) and all but
// the last are followed by the separator 0x00 0x01, which sorts below any
// escaped byte: {a} < {a, b} < {a\x00} as kv.Key.Compare has it.
const (
	zero    = 0x00
	sepByte = 0x01
	escByte = 0xff
)

// appendKey appends the encoding of k to dst.
func appendKey(dst []byte, k kv.Key) []byte {
	for i, part := range k {
		if i > 0 {
			dst = append(dst, zero, sepByte)
		}
		for {
			j := bytes.IndexByte(part, zero)
			if j < 0 {
				dst = append(dst, part...)
				break
			}
			dst = append(dst, part[:j+1]...)
			dst = append(dst, escByte)
			part = part[j+1:]
		}
	}
	return dst
}

// decodeKey is the key whose encoding is b.
func decodeKey(b []byte) kv.Key {
	k := kv.Key{nil}
	cur := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == zero && i+1 < len(b) {
			i++
			if b[i] == sepByte {
				k[len(k)-1] = cur
				k = append(k, nil)
				cur = make([]byte, 0, len(b)-i)
				continue
			}
			// escByte: an escaped zero byte
		}
		cur = append(cur, c)
	}
	k[len(k)-1] = cur
	return k
}

// DB is a Pebble database seen as a hidalgo key-value store.
type DB struct {
	db      *pebble.DB
	write   *pebble.WriteOptions
	onClose func() error
	// writer is held by the open write transaction: a batch sees nothing
	// of another batch, so two at once would lose one's update of a key
	// both read (bbolt has one writer at a time too).
	writer sync.Mutex
}

// New wraps an open Pebble database. Commits wait for the write-ahead log
// to reach the disk unless noSync is set; onClose, if not nil, runs after
// the database is closed (to release a lock taken beside Pebble's own).
func New(db *pebble.DB, noSync bool, onClose func() error) *DB {
	w := pebble.Sync
	if noSync {
		w = pebble.NoSync
	}
	return &DB{db: db, write: w, onClose: onClose}
}

// DB returns the underlying Pebble database.
func (db *DB) DB() *pebble.DB { return db.db }

// Close closes the database.
func (db *DB) Close() error {
	if db.db == nil {
		return nil
	}
	err := db.db.Close()
	db.db = nil
	if db.onClose != nil {
		err = errors.Join(err, db.onClose())
	}
	return err
}

// Tx begins a transaction: a snapshot to read, or an indexed batch that
// reads the database through what it has written so far when rw is set.
func (db *DB) Tx(ctx context.Context, rw bool) (kv.Tx, error) {
	if db.db == nil {
		return nil, pebble.ErrClosed
	}
	if rw {
		db.writer.Lock()
		b := db.db.NewIndexedBatch()
		return &Tx{r: b, batch: b, write: db.write, unlock: db.writer.Unlock}, nil
	}
	s := db.db.NewSnapshot()
	return &Tx{r: s, snap: s}, nil
}

// View runs fn in a read-only transaction.
func (db *DB) View(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.View(ctx, db, fn)
}

// Update runs fn in a writable transaction and commits it.
func (db *DB) Update(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.Update(ctx, db, fn)
}

// Tx is a read transaction over a snapshot or a write transaction over an
// indexed batch.
type Tx struct {
	r     pebble.Reader
	batch *pebble.Batch // nil for a read transaction
	snap  *pebble.Snapshot
	write *pebble.WriteOptions
	buf   []byte // the last encoded key: Pebble copies keys it is given
	// unlock releases the database's writer lock; nil for a read
	// transaction or once released.
	unlock func()
}

func (tx *Tx) key(k kv.Key) []byte {
	tx.buf = appendKey(tx.buf[:0], k)
	return tx.buf
}

// Get reads one key.
func (tx *Tx) Get(ctx context.Context, key kv.Key) (kv.Value, error) {
	if tx.r == nil {
		return nil, pebble.ErrClosed
	}
	v, closer, err := tx.r.Get(tx.key(key))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, kv.ErrNotFound
	} else if err != nil {
		return nil, err
	}
	out := append(kv.Value(nil), v...) // v is Pebble's until closer closes
	if out == nil {
		out = kv.Value{}
	}
	return out, closer.Close()
}

// GetBatch reads several keys; a missing key gives a nil value.
func (tx *Tx) GetBatch(ctx context.Context, keys []kv.Key) ([]kv.Value, error) {
	return kv.GetBatch(ctx, tx, keys)
}

// Put writes one key. Putting an empty value under an empty last part is
// how hidalgo creates a bucket; buckets need no record here.
func (tx *Tx) Put(ctx context.Context, k kv.Key, v kv.Value) error {
	if tx.batch == nil {
		return kv.ErrReadOnly
	}
	if len(k) > 1 && len(k[len(k)-1]) == 0 && len(v) == 0 {
		return nil
	}
	return tx.batch.Set(tx.key(k), v, nil)
}

// Del deletes one key.
func (tx *Tx) Del(ctx context.Context, k kv.Key) error {
	if tx.batch == nil {
		return kv.ErrReadOnly
	}
	return tx.batch.Delete(tx.key(k), nil)
}

// Commit writes the batch in one atomic step.
func (tx *Tx) Commit(ctx context.Context) error {
	if tx.batch == nil {
		if tx.snap != nil {
			return kv.ErrReadOnly
		}
		return pebble.ErrClosed
	}
	err := tx.batch.Commit(tx.write)
	if cerr := tx.Close(); err == nil {
		err = cerr
	}
	return err
}

// Close discards what was not committed and releases the transaction; a
// second call does nothing.
func (tx *Tx) Close() error {
	var err error
	if tx.batch != nil {
		err = tx.batch.Close()
	}
	if tx.snap != nil {
		err = tx.snap.Close()
	}
	tx.batch, tx.snap, tx.r = nil, nil, nil
	if tx.unlock != nil {
		tx.unlock()
		tx.unlock = nil
	}
	return err
}

// Scan iterates over keys in order.
func (tx *Tx) Scan(ctx context.Context, opts ...kv.IteratorOption) kv.Iterator {
	var it kv.Iterator = &Iterator{r: tx.r, first: true}
	return kv.ApplyIteratorOptions(it, opts)
}

var (
	_ kv.Seeker         = (*Iterator)(nil)
	_ kv.PrefixIterator = (*Iterator)(nil)
)

// Iterator walks keys in order, bounded to a prefix.
type Iterator struct {
	r     pebble.Reader
	it    *pebble.Iterator
	pref  []byte // encoded prefix
	first bool   // before the first key
	err   error
	key   kv.Key // decoded current key, nil until asked
}

// open creates the Pebble iterator bounded to the prefix.
func (it *Iterator) open() bool {
	if it.it != nil {
		return true
	}
	if it.err != nil {
		return false
	}
	if it.r == nil {
		it.err = pebble.ErrClosed
		return false
	}
	o := &pebble.IterOptions{}
	if len(it.pref) > 0 {
		o.LowerBound = it.pref
		o.UpperBound = upperBound(it.pref)
	}
	it.it, it.err = it.r.NewIter(o)
	return it.err == nil
}

// upperBound is the smallest key above every key that starts with p, or
// nil when there is none.
func upperBound(p []byte) []byte {
	u := append([]byte(nil), p...)
	for i := len(u) - 1; i >= 0; i-- {
		if u[i] != 0xff {
			u[i]++
			return u[:i+1]
		}
	}
	return nil
}

// Reset moves the iterator back before its first key.
func (it *Iterator) Reset() {
	it.first = true
	it.key = nil
}

// WithPrefix limits the iterator to keys starting with pref.
func (it *Iterator) WithPrefix(pref kv.Key) kv.Iterator {
	if it.it != nil {
		it.err = it.it.Close()
		it.it = nil
	}
	it.pref = appendKey(nil, pref)
	it.Reset()
	return it
}

// Next moves to the next key.
func (it *Iterator) Next(ctx context.Context) bool {
	if !it.open() {
		return false
	}
	it.key = nil
	if it.first {
		it.first = false
		return it.it.First()
	}
	return it.it.Next()
}

// Seek moves to the first key at or after key within the prefix.
func (it *Iterator) Seek(ctx context.Context, key kv.Key) bool {
	if !it.open() {
		return false
	}
	it.first = false
	it.key = nil
	k := appendKey(nil, key)
	if bytes.Compare(k, it.pref) < 0 {
		k = it.pref
	}
	return it.it.SeekGE(k)
}

// Key returns the current key.
func (it *Iterator) Key() kv.Key {
	if it.it == nil || it.first || !it.it.Valid() {
		return nil
	}
	if it.key == nil {
		it.key = decodeKey(it.it.Key())
	}
	return it.key
}

// Val returns the current value.
func (it *Iterator) Val() kv.Value {
	if it.it == nil || it.first || !it.it.Valid() {
		return nil
	}
	v, err := it.it.ValueAndErr()
	if err != nil {
		it.err = err
		return nil
	}
	return v
}

// Err returns the first error the iterator met.
func (it *Iterator) Err() error {
	if it.err != nil {
		return it.err
	}
	if it.it != nil {
		return it.it.Error()
	}
	return nil
}

// Close releases the iterator.
func (it *Iterator) Close() error {
	err := it.Err()
	if it.it != nil {
		if cerr := it.it.Close(); err == nil {
			err = cerr
		}
		it.it = nil
	}
	it.r = nil
	return err
}
