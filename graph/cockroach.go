package graph

import (
	"strings"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // registers "cockroach" (pgx)
)

// cockroachBackend is Cayley's CockroachDB flavour of its SQL store, reached
// with a cockroach:// (or cockroachdb://) address: the rest of the address is
// that of a PostgreSQL URL, e.g.
// cockroach://annals@db1:26257/annals?sslmode=verify-full. Cayley's own
// flavour takes postgres:// URLs, which this package already gives to the
// PostgreSQL backend; the flavour uses CockroachDB-only DDL (column
// families) and fails on a PostgreSQL server.
const cockroachBackend = "annals-cockroach"

func init() {
	graph.RegisterQuadStore(cockroachBackend, graph.QuadStoreRegistration{
		NewFunc: func(addr string, o graph.Options) (graph.QuadStore, error) {
			return graph.NewQuadStore("cockroach", cockroachDSN(addr), o)
		},
		InitFunc: func(addr string, o graph.Options) error {
			return graph.InitQuadStore("cockroach", cockroachDSN(addr), o)
		},
		IsPersistent: true,
	})
}

// isCockroach tells whether addr names a CockroachDB cluster.
func isCockroach(addr string) bool {
	return strings.HasPrefix(addr, "cockroach://") || strings.HasPrefix(addr, "cockroachdb://")
}

// cockroachDSN turns a cockroach:// address into the postgresql:// URL that
// the pgx driver takes.
func cockroachDSN(addr string) string {
	for _, scheme := range []string{"cockroach://", "cockroachdb://"} {
		if rest, ok := strings.CutPrefix(addr, scheme); ok {
			return "postgresql://" + rest
		}
	}
	return addr
}
