package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// pgBulk writes to Cayley's PostgreSQL quad store in bulk: every read
// still goes to Cayley's store, while ApplyDeltas writes the same rows as
// Cayley's (its nodes and quads tables, hashes, value columns, reference
// counts, the horizon sequence and ts) in a handful of statements per
// commit instead of one round trip per node and per quad. Each batch is
// copied into temporary staging tables (COPY), then merged with one
// INSERT ... SELECT ... ON CONFLICT per table, one DELETE ... USING for the
// removed quads and one UPDATE ... FROM for the nodes that lose references,
// all in one transaction.
//
// The bulk path follows Cayley's ApplyDeltas at this version step by step,
// quirks included: a node's count is raised by every addition naming it,
// even one that IgnoreDup finds already stored (the count errs high); a
// deletion that IgnoreMissing finds missing gives its references back to
// the nodes that lose references on balance only; nodes at zero or below
// are removed only by a commit that lowers some node's count.
//
// It is no graph.QuadStore wrapper: Cayley's SQL query shapes build their
// iterators only on Cayley's own store type.
type pgBulk struct {
	cayley graph.QuadStore // Cayley's *sql.QuadStore on the same database
	db     *sql.DB
}

// openPGBulk opens bulk writes to the PostgreSQL database at addr, on a
// connection pool of their own, beside Cayley's store qs.
func openPGBulk(addr string, qs graph.QuadStore) (*pgBulk, error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, err
	}
	db.SetMaxIdleConns(2) // the staging tables live as long as a connection
	return &pgBulk{cayley: qs, db: db}, nil
}

// Close closes the connection pool.
func (b *pgBulk) Close() error { return b.db.Close() }

// inBackground says whether a commit of deltas may run while the same
// process reads (Store.background). Through the bulk writer, one that only
// adds may: PostgreSQL shows its rows to other connections all at once at
// its commit, and it removes no node that a read begun before then could
// still name. One that deletes runs alone, since a read of quads under way
// would then resolve names after their nodes had gone.
func (s *Store) inBackground(deltas []graph.Delta) bool {
	if s.bulk == nil {
		return s.background
	}
	for _, d := range deltas {
		if d.Action != graph.Add {
			return false
		}
	}
	return true
}

// stagingTables are created once per connection; they empty at each commit.
const stagingTables = `
CREATE TEMP TABLE IF NOT EXISTS annals_nodes_in (
	ord INT, refs INT, hash BYTEA, value BYTEA, value_string TEXT, datatype TEXT,
	language TEXT, iri BOOLEAN, bnode BOOLEAN, value_int BIGINT, value_bool BOOLEAN,
	value_float DOUBLE PRECISION, value_time TIMESTAMP WITH TIME ZONE
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS annals_quads_in (
	ord INT, s BYTEA, p BYTEA, o BYTEA, l BYTEA
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS annals_quads_del (
	s BYTEA, p BYTEA, o BYTEA, l BYTEA
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS annals_nodes_dec (
	hash BYTEA, inc INT
) ON COMMIT DELETE ROWS;`

// nodeColumns are the value columns of Cayley's nodes table, in the order
// of annals_nodes_in after ord, refs and hash.
var nodeColumns = []string{"value", "value_string", "datatype", "language", "iri", "bnode",
	"value_int", "value_bool", "value_float", "value_time"}

// ApplyDeltas writes deltas in one transaction, as Cayley's ApplyDeltas does.
func (b *pgBulk) ApplyDeltas(in []graph.Delta, opts graph.IgnoreOpts) error {
	ctx := context.Background()
	deltas := graphlog.SplitDeltas(in)
	tx, err := b.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin write transaction: %w", err)
	}
	if err := applyBulk(ctx, tx, deltas, opts); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	// Cayley's store caches its exact counts until its own ApplyDeltas
	// runs: an empty one resets them.
	return b.cayley.ApplyDeltas(nil, opts)
}

// applyBulk runs the statements of one commit in tx.
func applyBulk(ctx context.Context, tx *sql.Tx, d *graphlog.Deltas, opts graph.IgnoreOpts) error {
	if _, err := tx.ExecContext(ctx, stagingTables); err != nil {
		return fmt.Errorf("create staging tables: %w", err)
	}
	if err := insertNodes(ctx, tx, d.IncNode); err != nil {
		return err
	}
	if err := insertQuads(ctx, tx, d.QuadAdd, opts.IgnoreDup); err != nil {
		return err
	}
	fix, err := deleteQuads(ctx, tx, d.QuadDel, opts.IgnoreMissing)
	if err != nil {
		return err
	}
	if len(d.DecNode) == 0 {
		return nil
	}
	return lowerNodes(ctx, tx, d.DecNode, fix)
}

// copyRows copies rows into a staging table.
func copyRows(ctx context.Context, tx *sql.Tx, table string, columns []string, n int, row func(i int) []any) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, columns...))
	if err != nil {
		return fmt.Errorf("copy into %s: %w", table, err)
	}
	defer stmt.Close()
	for i := range n {
		if _, err := stmt.ExecContext(ctx, row(i)...); err != nil {
			return fmt.Errorf("copy into %s: %w", table, err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return fmt.Errorf("copy into %s: %w", table, err)
	}
	return stmt.Close()
}

// insertNodes adds the nodes that gain references, or raises their counts,
// as Cayley's RunTx does with one INSERT ... ON CONFLICT per node.
func insertNodes(ctx context.Context, tx *sql.Tx, nodes []graphlog.NodeUpdate) error {
	if len(nodes) == 0 {
		return nil
	}
	rows := make([][]any, len(nodes))
	for i, n := range nodes {
		typ, values, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		row := make([]any, 3+len(nodeColumns))
		row[0], row[1], row[2] = int64(i), int64(n.RefInc), values[0]
		for j, col := range typ.Columns() {
			row[3+columnIndex(col)] = values[1+j]
		}
		rows[i] = row
	}
	cols := append([]string{"ord", "refs", "hash"}, nodeColumns...)
	if err := copyRows(ctx, tx, "annals_nodes_in", cols, len(rows), func(i int) []any { return rows[i] }); err != nil {
		return err
	}
	list := "refs, hash"
	for _, c := range nodeColumns {
		list += ", " + c
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO nodes(`+list+`) SELECT `+list+
		` FROM annals_nodes_in ORDER BY ord ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`)
	if err != nil {
		return fmt.Errorf("insert %d nodes: %w", len(nodes), err)
	}
	return nil
}

// columnIndex is the place of a value column in nodeColumns.
func columnIndex(col string) int {
	for i, c := range nodeColumns {
		if c == col {
			return i
		}
	}
	panic("graph: unknown node column " + col) // Cayley's column lists are fixed
}

// quadRow gives the hash columns of a quad: a missing label is NULL.
func quadRow(q refs.QuadHash) []any {
	row := make([]any, 0, 4)
	for _, h := range q.Dirs() {
		row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
	}
	return row
}

// insertQuads adds quads in their order, so that each takes the next
// horizon as it does through Cayley (a duplicate consumes one too).
func insertQuads(ctx context.Context, tx *sql.Tx, quads []graphlog.QuadUpdate, ignoreDup bool) error {
	if len(quads) == 0 {
		return nil
	}
	err := copyRows(ctx, tx, "annals_quads_in", []string{"ord", "s", "p", "o", "l"}, len(quads), func(i int) []any {
		return append([]any{int64(i)}, quadRow(quads[i].Quad)...)
	})
	if err != nil {
		return err
	}
	end := ""
	if ignoreDup {
		end = " ON CONFLICT DO NOTHING"
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, l, now() FROM annals_quads_in ORDER BY ord`+end)
	if pe, ok := errors.AsType[*pq.Error](err); ok && pe.Code == "23505" {
		return &graph.DeltaError{Err: graph.ErrQuadExists}
	}
	if err != nil {
		return fmt.Errorf("insert %d quads: %w", len(quads), err)
	}
	return nil
}

// deleteQuads removes quads and returns, for a missing quad that
// ignoreMissing lets pass, the references to give back to its nodes.
func deleteQuads(ctx context.Context, tx *sql.Tx, quads []graphlog.QuadUpdate, ignoreMissing bool) (map[refs.ValueHash]int, error) {
	fix := map[refs.ValueHash]int{}
	if len(quads) == 0 {
		return fix, nil
	}
	err := copyRows(ctx, tx, "annals_quads_del", []string{"s", "p", "o", "l"}, len(quads), func(i int) []any {
		return quadRow(quads[i].Quad)
	})
	if err != nil {
		return nil, err
	}
	// Statistics, so that the planner joins through the quads' indexes.
	if _, err := tx.ExecContext(ctx, `ANALYZE annals_quads_del`); err != nil {
		return nil, fmt.Errorf("analyze staging table: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `DELETE FROM quads q USING annals_quads_del d
		WHERE q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o
		AND q.label_hash IS NOT DISTINCT FROM d.l
		RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash`)
	if err != nil {
		return nil, fmt.Errorf("delete %d quads: %w", len(quads), err)
	}
	deleted := map[refs.QuadHash]int{}
	for rows.Next() {
		var h [4]csql.NodeHash
		if err := rows.Scan(&h[0], &h[1], &h[2], &h[3]); err != nil {
			rows.Close()
			return nil, fmt.Errorf("delete %d quads: %w", len(quads), err)
		}
		var q refs.QuadHash
		for i, dir := range quad.Directions {
			q.Set(dir, h[i].ValueHash)
		}
		deleted[q]++
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("delete %d quads: %w", len(quads), err)
	}
	// A quad listed twice is deleted by the first; Cayley finds the
	// second missing.
	for _, d := range quads {
		if deleted[d.Quad] > 0 {
			deleted[d.Quad]--
			continue
		}
		if !ignoreMissing {
			return nil, &graph.DeltaError{Err: graph.ErrQuadNotExist}
		}
		for _, h := range d.Quad.Dirs() {
			if h.Valid() {
				fix[h]++
			}
		}
	}
	return fix, nil
}

// lowerNodes lowers the counts of the nodes that lose references on
// balance, then removes every node whose count is zero or below, as
// Cayley does.
func lowerNodes(ctx context.Context, tx *sql.Tx, nodes []graphlog.NodeUpdate, fix map[refs.ValueHash]int) error {
	type dec struct {
		hash []byte
		inc  int64
	}
	var decs []dec
	for _, n := range nodes {
		inc := n.RefInc + fix[n.Hash]
		if inc == 0 {
			continue
		}
		decs = append(decs, dec{bytes.Clone(n.Hash[:]), int64(inc)})
	}
	if len(decs) > 0 {
		err := copyRows(ctx, tx, "annals_nodes_dec", []string{"hash", "inc"}, len(decs), func(i int) []any {
			return []any{decs[i].hash, decs[i].inc}
		})
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `ANALYZE annals_nodes_dec`); err != nil {
			return fmt.Errorf("analyze staging table: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE nodes n SET refs = n.refs + d.inc
			FROM annals_nodes_dec d WHERE n.hash = d.hash`); err != nil {
			return fmt.Errorf("update %d nodes: %w", len(decs), err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE refs <= 0`); err != nil {
		return fmt.Errorf("delete unused nodes: %w", err)
	}
	return nil
}
