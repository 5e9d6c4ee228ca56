package graph

import (
	"log/slog"
	"time"

	"github.com/cayleygraph/cayley/graph"
)

// commitTries bounds the tries of one commit in applyDeltas, and
// firstCommitWait is the wait before the second; each wait doubles, so eight
// tries span about 30 s, more than Galera's default 5 s to suspect a node
// that is gone and 15 s to evict it.
var (
	commitTries     = 8
	firstCommitWait = 250 * time.Millisecond
)

// applyDeltas commits deltas as s.qs.ApplyDeltas does, and commits them
// again while the server rolled the transaction back for a reason that
// passes: a Galera cluster refuses commits while it changes its members,
// and one that lost certification to a write through another node, and
// expects the client to try again (retryableMySQL). A transaction rolled
// back left nothing behind, so the same deltas make the same transaction.
// Other errors, and other backends' errors, return at once.
func (s *Store) applyDeltas(deltas []graph.Delta, opts graph.IgnoreOpts) error {
	wait := firstCommitWait
	for try := 1; ; try++ {
		err := s.qs.ApplyDeltas(deltas, opts)
		if err == nil || try == commitTries || !retryableMySQL(err) {
			return err
		}
		slog.Warn("the server rolled a commit back; trying again", "store", s.addr, "try", try, "wait", wait, "err", err)
		time.Sleep(wait)
		wait *= 2
	}
}
