package main

import (
	"context"
	"fmt"
	"io"

	annals "github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
	"github.com/annals/annals/graph"
	"github.com/cayleygraph/quad"
)

// exportFormats are the whole-store exports the export stage times by
// default, as `annals export --format NAME` writes them with no filter.
const exportFormats = "nquads,jsonld,graphml,csv"

// benchExports times each export format of the store at db, each as
// a stage of its own ("export nquads", ...), its output counted and
// dropped. Its "quads" column counts the quads read (the derived view
// included) for RDF, the statements written for GraphML and CSV, and
// those drawn for dot and svg (of the most connected actors, as `annals
// export` draws by default); "output" is the size of the export.
func benchExports(ctx context.Context, db string, formats []string, memprofile string) ([]stageResult, error) {
	var results []stageResult
	for _, name := range formats {
		r, err := measure("export "+name, memprofile, func(r *stageResult) error { return benchExport(ctx, db, name, r) })
		if err != nil {
			return nil, fmt.Errorf("export %s: %w", name, err)
		}
		results = append(results, r)
	}
	return results, nil
}

// benchExport is `annals export --format NAME` of the store at db, without
// filters.
func benchExport(ctx context.Context, db, name string, r *stageResult) error {
	format, ok := export.FormatNamed(name)
	if !ok {
		return fmt.Errorf("no export format %q", name)
	}
	st, err := graph.Open(ctx, db, graph.ReadOnly())
	if err != nil {
		return err
	}
	defer st.Close()
	out := &countingWriter{}
	if format.Whole() {
		quads, prefixes := export.StoreQuads(ctx, st.QuadStore(), true)
		counted := func(yield func(q quad.Quad) error) error {
			return quads(func(q quad.Quad) error { r.quads++; return yield(q) })
		}
		err = format.Quads(ctx, out, counted, prefixes)
	} else {
		var sel selection.Selection
		sel, err = selection.Params{MinConfidence: annals.DefaultMinConfidence, HideGeneric: true}.Selection()
		if err != nil {
			return err
		}
		if format.Statements == nil { // a drawing: of the most connected actors, as by default
			var tl export.Timeline
			if tl, err = sel.MostConnected(ctx, st, export.DefaultMaxActors, ""); err != nil {
				return err
			}
			r.quads = len(tl.Statements)
			err = format.Timeline(ctx, out, tl)
		} else {
			var src export.StatementSource
			var actors export.ActorLookup
			if src, actors, err = sel.Stream(ctx, st); err != nil {
				return err
			}
			counted := func(yield func(*annals.Statement) error) error {
				return src(func(s *annals.Statement) error { r.quads++; return yield(s) })
			}
			err = format.Statements(ctx, out, counted, actors, selection.SupportLookup(ctx, st))
		}
	}
	r.storeBytes = out.n
	r.skipDocs, r.skipSents = true, true
	return err
}

// countingWriter drops what it is given and counts the bytes.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

var _ io.Writer = (*countingWriter)(nil)
