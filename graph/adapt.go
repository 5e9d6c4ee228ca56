package graph

import (
	"cmp"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// txBudget bounds the bytes of pages that one bolt transaction dirties.
// bbolt holds every page a transaction touches in memory until it commits;
// with keys spread over the whole file (Cayley hashes values), a batch of
// 10,000 quads touches more distinct pages the bigger the file, so a fixed
// batch would make memory grow with the store. A Writer on a bolt file
// shrinks its batch when a commit dirtied more than this, and grows it back
// towards the batch asked for when commits are cheap again.
const txBudget = 48 << 20

// minBatch is the smallest batch the Writer shrinks to.
const minBatch = 1000

// boltFiles maps the path of each bolt file opened to its database, for
// its transaction statistics.
var boltFiles sync.Map // string → *bolt.DB

// pageAlloc is the bytes of pages the committed transactions of the
// store's bolt file have allocated; ok is false for other backends.
func (s *Store) pageAlloc() (n int64, ok bool) {
	v, ok := boltFiles.Load(s.addr)
	if !ok {
		return 0, false
	}
	st := v.(*bolt.DB).Stats()
	return st.TxStats.GetPageAlloc(), true
}

// batchTuner is the state of a Writer's batch size on a bolt file.
type batchTuner struct {
	max       int   // the batch asked for; 0 before the first commit
	lastAlloc int64 // pageAlloc after the last commit
	budget    int64 // txBudget unless a test says otherwise
}

// adapt resizes the batch after a commit (see txBudget).
func (w *Writer) adapt() {
	alloc, ok := w.s.pageAlloc()
	if !ok {
		return
	}
	t := &w.tune
	if t.max == 0 {
		t.max = w.batch
	}
	budget := cmp.Or(t.budget, txBudget)
	spent := alloc - t.lastAlloc
	t.lastAlloc = alloc
	switch {
	case spent > budget:
		w.batch = max(minBatch, int(int64(w.batch)*budget/spent))
	case spent < budget/2 && w.batch < t.max:
		w.batch = min(t.max, w.batch+w.batch/4+1)
	}
}
