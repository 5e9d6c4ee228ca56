package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers "gizmo"
)

// DefaultQueryLimit bounds the results of a query unless asked otherwise.
const DefaultQueryLimit = 1000

// Query runs src in a Cayley query language ("gizmo") through Cayley's own
// query layer and returns up to limit results as JSON-ready values.
func (s *Store) Query(ctx context.Context, lang, src string, limit int) ([]any, error) {
	if limit <= 0 {
		limit = DefaultQueryLimit
	}
	it, err := query.Execute(ctx, s.qs, lang, src, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		return out, fmt.Errorf("%s query: %w", lang, err)
	}
	return out, nil
}
