package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/mysql" // registers "mysql" (go-sql-driver/mysql)
	"github.com/go-sql-driver/mysql"
)

// mysqlBackend is Cayley's MySQL flavour of its SQL store, reached with a
// mysql:// address (mysql://annals:secret@db1:3306/annals?tls=true) and
// tested against MariaDB, alone and as a Galera cluster. The URL becomes
// the driver's DSN (annals:secret@tcp(db1:3306)/annals?tls=true); its
// query parameters are the driver's (tls, timeout, ...) or session
// variables (wsrep_sync_wait=1 for reads that see every write committed
// on another Galera node).
//
// Cayley's schema for MySQL loses and mangles data on MariaDB, so every
// writable open brings the tables to a repaired schema (mysqlRepairs):
// docs/mariadb.md tells each trap.
const mysqlBackend = "annals-mysql"

func init() {
	// The driver logs what it cannot return (a connection reset while it
	// reads) through its own logger, by default to the standard one.
	_ = mysql.SetLogger(mysqlLog{})
	graph.RegisterQuadStore(mysqlBackend, graph.QuadStoreRegistration{
		NewFunc: func(addr string, o graph.Options) (graph.QuadStore, error) {
			dsn, err := mysqlDSN(addr)
			if err != nil {
				return nil, err
			}
			return graph.NewQuadStore("mysql", dsn, o)
		},
		InitFunc:     initMySQL,
		IsPersistent: true,
	})
}

// mysqlLog sends the MySQL driver's messages to slog, redacted.
type mysqlLog struct{}

// Print logs the driver's message as a warning.
func (mysqlLog) Print(v ...any) {
	slog.Warn("mysql driver: " + Redact(strings.TrimSpace(fmt.Sprint(v...))))
}

// isMySQL tells whether addr names a MySQL or MariaDB server.
func isMySQL(addr string) bool { return strings.HasPrefix(addr, "mysql://") }

// mysqlDSN turns a mysql://user:password@host:port/database?params address
// into the DSN of the Go MySQL driver. The port defaults to 3306, the host
// to 127.0.0.1; the database must be named. User, password and database may
// be percent-encoded in the URL (a password with @ or / in it).
func mysqlDSN(addr string) (string, error) {
	u, err := url.Parse(addr)
	if err != nil {
		return "", err
	}
	if u.Scheme != "mysql" {
		return "", errors.New("not a mysql:// address")
	}
	db := strings.TrimPrefix(u.Path, "/")
	if db == "" || strings.Contains(db, "/") {
		return "", errors.New("mysql address names no database (mysql://user:password@host:port/database)")
	}
	cfg := mysql.NewConfig()
	if u.User != nil {
		cfg.User = u.User.Username()
		cfg.Passwd, _ = u.User.Password()
	}
	host, port := u.Hostname(), u.Port()
	if host == "" {
		host = "127.0.0.1"
	}
	if port == "" {
		port = "3306"
	}
	cfg.Net, cfg.Addr, cfg.DBName = "tcp", net.JoinHostPort(host, port), db
	dsn := cfg.FormatDSN()
	if u.RawQuery != "" {
		// The driver parses its own parameters: unknown ones are session
		// variables, bad values are its errors.
		parsed, err := mysql.ParseDSN(dsn + "?" + u.RawQuery)
		if err != nil {
			return "", err
		}
		dsn = parsed.FormatDSN()
	}
	return dsn, nil
}

// initMySQL creates Cayley's tables in the database if it has none, and
// repairs them (mysqlRepairs) whether new or found. Like the other
// backends, it returns graph.ErrDatabaseExists for a store already there.
func initMySQL(addr string, o graph.Options) error {
	dsn, err := mysqlDSN(addr)
	if err != nil {
		return err
	}
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	var tables int
	err = db.QueryRow(`SELECT COUNT(*) FROM information_schema.TABLES
		WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('nodes', 'quads')`).Scan(&tables)
	if err != nil {
		return err
	}
	switch tables {
	case 0:
		if err := graph.InitQuadStore("mysql", dsn, o); err != nil {
			return err
		}
	case 1:
		// MySQL commits each CREATE TABLE at once: a creation cut short
		// leaves one table, which Cayley's Init would refuse.
		return errors.New("the database holds only one of the tables nodes and quads: drop it and open again")
	}
	if err := repairMySQL(db); err != nil {
		return fmt.Errorf("repair Cayley's schema: %w", err)
	}
	if tables == 2 {
		return graph.ErrDatabaseExists
	}
	return nil
}

// mysqlRepair is one change to Cayley's MySQL schema, made when check finds
// it missing.
type mysqlRepair struct {
	// check is a query counting the rows of information_schema that show
	// the repair done (0: not done).
	check string
	// alter makes the change in one statement.
	alter string
}

// mysqlRepairs are the changes to the tables that Cayley's Init makes for
// MySQL, each idempotent, so that a store Cayley made (or a run cut short)
// is mended at the next writable open:
//
//   - Text columns are TEXT (64 KiB; a longer article fails under strict
//     mode and is cut short without it) in the server's default character
//     set (latin1 unless configured: characters outside it fail or become
//     '?') and a case-insensitive collation (Gizmo's comparisons and
//     regular expressions would ignore case). They become LONGTEXT in
//     utf8mb4 with its binary collation, and the raw value column LONGBLOB.
//   - Without conditional indexes Cayley makes quads unique on (subject,
//     predicate, object) whatever the label, and its INSERT IGNORE drops
//     a second quad in another named graph without an error: every
//     statement's graph that repeats a triple of another lost it. The
//     unique key becomes (subject, predicate, object, label) with a
//     missing label stored as an empty key, since a unique index lets
//     NULLs repeat.
var mysqlRepairs = []mysqlRepair{
	{
		check: `SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
			AND TABLE_NAME = 'nodes' AND COLUMN_NAME = 'value_string'
			AND DATA_TYPE = 'longtext' AND COLLATION_NAME = 'utf8mb4_bin'`,
		alter: `ALTER TABLE nodes DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
			MODIFY value LONGBLOB,
			MODIFY value_string LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
			MODIFY datatype LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
			MODIFY language LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
	},
	{
		check: `SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
			AND TABLE_NAME = 'quads' AND COLUMN_NAME = 'label_key'`,
		alter: `ALTER TABLE quads
			ADD COLUMN label_key VARBINARY(20) AS (IFNULL(label_hash, '')) PERSISTENT,
			DROP INDEX spo_unique,
			DROP INDEX spol_unique,
			ADD UNIQUE INDEX spol_unique (subject_hash, predicate_hash, object_hash, label_key)`,
	},
}

// repairMySQL applies the repairs the schema lacks.
func repairMySQL(db *sql.DB) error {
	for _, r := range mysqlRepairs {
		var done int
		if err := db.QueryRow(r.check).Scan(&done); err != nil {
			return err
		}
		if done > 0 {
			continue
		}
		if _, err := db.Exec(r.alter); err != nil {
			return err
		}
	}
	return nil
}

// retryableMySQL tells whether err is a rollback that a new try of the
// same transaction may pass (Store.applyDeltas): a deadlock or a write that
// lost Galera's certification to one through another node (1213), a commit
// that Galera could not replicate while the cluster changed its members
// (1180, "Not connected to Primary Component"), or a node that is not in the
// primary component (1047, "WSREP has not yet prepared node for application
// use"). A broken connection is not one: the commit may have happened.
func retryableMySQL(err error) bool {
	var me *mysql.MySQLError
	if !errors.As(err, &me) {
		return false
	}
	switch me.Number {
	case 1213, 1180, 1047:
		return true
	}
	return false
}
