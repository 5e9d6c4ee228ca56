package graph

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/go-sql-driver/mysql"
)

// failingQuadStore fails its first commits with the errors in fail, then
// commits.
type failingQuadStore struct {
	graph.QuadStore
	fail  []error
	tries int
}

func (f *failingQuadStore) ApplyDeltas(in []graph.Delta, opts graph.IgnoreOpts) error {
	f.tries++
	if len(f.fail) > 0 {
		err := f.fail[0]
		f.fail = f.fail[1:]
		return err
	}
	return f.QuadStore.ApplyDeltas(in, opts)
}

func TestApplyDeltasRetries(t *testing.T) {
	defer func(tries int, wait time.Duration) { commitTries, firstCommitWait = tries, wait }(commitTries, firstCommitWait)
	commitTries, firstCommitWait = 4, time.Millisecond
	galera := &mysql.MySQLError{Number: 1180, Message: "Error while appending streaming replication fragment(provider status: Not connected to Primary Component)"}
	certification := fmt.Errorf("commit: %w", &mysql.MySQLError{Number: 1213, Message: "Deadlock found when trying to get lock; try restarting transaction"})
	notReady := &mysql.MySQLError{Number: 1047, Message: "WSREP has not yet prepared node for application use"}
	duplicate := &mysql.MySQLError{Number: 1062, Message: "Duplicate entry"}
	other := errors.New("driver: bad connection")
	tests := []struct {
		name      string
		fail      []error
		wantTries int
		wantErr   error
	}{
		{"no error", nil, 1, nil},
		{"Galera view change, then commits", []error{galera, notReady}, 3, nil},
		{"lost certification, then commits", []error{certification}, 2, nil},
		{"passing errors past the bound", []error{galera, galera, galera, galera, galera}, 4, galera},
		{"other MySQL error", []error{duplicate}, 1, duplicate},
		{"broken connection", []error{other}, 1, other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := &failingQuadStore{QuadStore: memstore.New(), fail: tt.fail}
			s := &Store{qs: qs, addr: "mysql://test"}
			q := quad.Make(quad.IRI("urn:a"), quad.IRI("urn:b"), quad.IRI("urn:c"), nil)
			err := s.applyDeltas([]graph.Delta{{Quad: q, Action: graph.Add}}, graph.IgnoreOpts{IgnoreDup: true})
			if !errors.Is(err, tt.wantErr) || qs.tries != tt.wantTries {
				t.Errorf("applyDeltas = %v after %d tries; want %v after %d", err, qs.tries, tt.wantErr, tt.wantTries)
			}
			st, err := qs.Stats(context.Background(), true)
			if err != nil {
				t.Fatal(err)
			}
			stored := st.Quads.Value > 0
			if stored != (tt.wantErr == nil) {
				t.Errorf("quad stored = %v, want %v", stored, tt.wantErr == nil)
			}
		})
	}
}
